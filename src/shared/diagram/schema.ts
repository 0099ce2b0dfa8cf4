import { z } from 'zod'
import { PRICE_IDS } from '../catalog/priceIds'

export const DIAGRAM_FORMAT = 'pipewright/diagram'
export const CURRENT_DIAGRAM_VERSION = 5

/** Bounds that keep a hostile file from exhausting memory or producing absurd geometry. */
export const DIAGRAM_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxNodes: 50_000,
  maxEdges: 100_000,
  maxIdLength: 100,
  maxNameLength: 200,
  maxLabelLength: 200,
  maxConfigKeys: 64,
  maxConfigKeyLength: 100,
  maxConfigStringLength: 10_000,
  maxAbsCoordinate: 10_000_000,
  maxAbsNumber: 1e15,
  maxDepth: 32,
  maxGroups: 1000,
  maxNotes: 1000,
  maxNoteLength: 2000,
  maxAbsSize: 1_000_000,
  maxIgnores: 1000,
  maxCodeLength: 100,
  maxReasonLength: 500
} as const

const L = DIAGRAM_LIMITS

const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(L.maxIdLength, `must be at most ${L.maxIdLength} characters`)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits and _ . : -')

const coordinate = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((n) => Math.abs(n) <= L.maxAbsCoordinate, `must be within ±${L.maxAbsCoordinate}`)

/** A setting's value. Read-only like the rest of a diagram (see `types.ts`). */
export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | readonly ConfigValue[]
  | { readonly [key: string]: ConfigValue }

const configValue: z.ZodType<ConfigValue> = z.lazy(() =>
  z.union([
    z
      .string()
      .max(L.maxConfigStringLength, `must be at most ${L.maxConfigStringLength} characters`),
    z
      .number()
      .refine(Number.isFinite, 'must be a finite number')
      .refine((n) => Math.abs(n) <= L.maxAbsNumber, `must be within ±${L.maxAbsNumber}`),
    z.boolean(),
    z.null(),
    z.array(configValue).max(1000, 'must have at most 1000 items'),
    z.record(z.string().max(L.maxConfigKeyLength), configValue)
  ])
)

const configSchema = z
  .record(z.string().min(1).max(L.maxConfigKeyLength), configValue)
  .refine(
    (c) => Object.keys(c).length <= L.maxConfigKeys,
    `must have at most ${L.maxConfigKeys} keys`
  )

export const nodeSchema = z.strictObject({
  id: idSchema,
  service: z.string().min(1).max(L.maxIdLength),
  position: z.strictObject({ x: coordinate, y: coordinate }),
  label: z
    .string()
    .max(L.maxLabelLength, `must be at most ${L.maxLabelLength} characters`)
    .optional(),
  config: configSchema.optional(),
  /** The group this node sits in (format version 3). Positions stay absolute. */
  parentId: idSchema.optional(),
  /**
   * A resource this diagram uses but does not own (format version 4): an imported template names
   * it by a parameter, an imported value or an ARN. It is drawn and checked like any other
   * service; `reference` says where it comes from, and an exported template takes it as a parameter.
   */
  external: z
    .strictObject({
      reference: z
        .string()
        .min(1)
        .max(L.maxLabelLength, `must be at most ${L.maxLabelLength} characters`)
    })
    .optional()
})

const sizeValue = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((n) => n > 0 && n <= L.maxAbsSize, `must be between 0 and ${L.maxAbsSize}`)

const GROUP_KINDS = ['on-premises', 'region', 'vpc', 'availability-zone', 'custom'] as const

/** A frame around services: on-premises, an AWS Region, a VPC, an Availability Zone, or free-named. */
export const groupSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(GROUP_KINDS),
  label: z.string().max(L.maxLabelLength, `must be at most ${L.maxLabelLength} characters`),
  position: z.strictObject({ x: coordinate, y: coordinate }),
  size: z.strictObject({ width: sizeValue, height: sizeValue }),
  parentId: idSchema.optional()
})

/** A sticky note: plain text, always rendered as text. */
export const noteSchema = z.strictObject({
  id: idSchema,
  text: z.string().max(L.maxNoteLength, `must be at most ${L.maxNoteLength} characters`),
  position: z.strictObject({ x: coordinate, y: coordinate }),
  size: z.strictObject({ width: sizeValue, height: sizeValue }).optional(),
  parentId: idSchema.optional()
})

export const edgeSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  config: configSchema.optional()
})

/**
 * A problem the team has looked at and accepted (format version 5): its code, optionally the node
 * or edge it is about (without either, every problem of that code), and why. The reason is
 * required: a suppression nobody can explain is one nobody can review.
 */
export const ignoreSchema = z.strictObject({
  code: z
    .string()
    .min(1, 'must not be empty')
    .max(L.maxCodeLength, `must be at most ${L.maxCodeLength} characters`)
    .regex(/^[a-z0-9-]+$/, 'is a problem code: lower-case letters, digits and -'),
  nodeId: idSchema.optional(),
  edgeId: idSchema.optional(),
  reason: z
    .string()
    .max(L.maxReasonLength, `must be at most ${L.maxReasonLength} characters`)
    .refine((r) => r.trim().length > 0, 'must say why the problem is accepted')
})

/** Unit prices the user set for this diagram (a negotiated rate, a what-if), by price id. */
const pricingSchema = z.strictObject({
  region: z.literal('us-east-1'),
  overrides: z.partialRecord(
    z.enum(PRICE_IDS),
    z
      .number()
      .refine(Number.isFinite, 'must be a finite number')
      .refine((n) => n >= 0 && n <= 1_000_000, 'must be between 0 and 1,000,000 USD')
  )
})

export const diagramSchema = z.strictObject({
  format: z.literal(DIAGRAM_FORMAT),
  version: z.literal(CURRENT_DIAGRAM_VERSION),
  name: z.string().max(L.maxNameLength, `must be at most ${L.maxNameLength} characters`),
  pricing: pricingSchema.optional(),
  groups: z
    .array(groupSchema)
    .max(L.maxGroups, `must have at most ${L.maxGroups} groups`)
    .optional(),
  notes: z.array(noteSchema).max(L.maxNotes, `must have at most ${L.maxNotes} notes`).optional(),
  nodes: z.array(nodeSchema).max(L.maxNodes, `must have at most ${L.maxNodes} nodes`),
  edges: z.array(edgeSchema).max(L.maxEdges, `must have at most ${L.maxEdges} edges`),
  ignore: z
    .array(ignoreSchema)
    .max(L.maxIgnores, `must have at most ${L.maxIgnores} entries`)
    .optional()
})
