import { z } from 'zod'
import { DIAGRAM_LIMITS } from '../diagram/schema'
import type { BridgeMethod } from './channels'

/**
 * The typed contract between renderer and main. Main parses every request with these schemas
 * (the renderer is not trusted); the renderer parses every response.
 */
export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
})

// Plain unions: two branches share `canceled: false`, which a discriminated union cannot express.
export const openDiagramResponseSchema = z.union([
  z.strictObject({ canceled: z.literal(true) }),
  z.strictObject({
    canceled: z.literal(false),
    path: z.string(),
    name: z.string(),
    text: z.string().max(DIAGRAM_LIMITS.maxFileBytes),
  }),
  z.strictObject({ canceled: z.literal(false), error: z.string() }),
])

export const saveDiagramRequestSchema = z.strictObject({
  text: z.string().max(DIAGRAM_LIMITS.maxFileBytes),
  /** A path the user already chose in this session; anything else opens the save dialog. */
  path: z.string().max(4096).optional(),
  suggestedName: z.string().max(255),
})

export const saveDiagramResponseSchema = z.union([
  z.strictObject({ canceled: z.literal(true) }),
  z.strictObject({ canceled: z.literal(false), path: z.string(), name: z.string() }),
  z.strictObject({ canceled: z.literal(false), error: z.string() }),
])

export const IPC_CONTRACT = {
  getAppInfo: { request: z.undefined(), response: appInfoSchema },
  openDiagram: { request: z.undefined(), response: openDiagramResponseSchema },
  saveDiagram: { request: saveDiagramRequestSchema, response: saveDiagramResponseSchema },
} as const satisfies Record<BridgeMethod, { request: z.ZodType; response: z.ZodType }>

export type AppInfo = z.infer<typeof appInfoSchema>
export type OpenDiagramResponse = z.infer<typeof openDiagramResponseSchema>
export type SaveDiagramRequest = z.infer<typeof saveDiagramRequestSchema>
export type SaveDiagramResponse = z.infer<typeof saveDiagramResponseSchema>

/** What the preload exposes on `window.pipewright`. */
export interface PipewrightBridge {
  getAppInfo(): Promise<AppInfo>
  openDiagram(): Promise<OpenDiagramResponse>
  saveDiagram(request: SaveDiagramRequest): Promise<SaveDiagramResponse>
}
