import type { z } from 'zod'
import type { ServiceId } from '../catalog/services'
import type {
  diagramSchema,
  edgeSchema,
  groupSchema,
  ignoreSchema,
  nodeSchema,
  noteSchema
} from './schema'
import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT } from './schema'

/**
 * Diagrams are never changed in place: the incremental validator, the flow mapping and undo all
 * reuse parts of the previous diagram by identity. The types say so, all the way down; an edit
 * builds a new object (see `edits/`).
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** What the schema accepts, as it is parsed; the diagram types below are this, read-only. */
type Parsed<S extends z.ZodType> = z.output<S>

export type Config = DeepReadonly<NonNullable<Parsed<typeof nodeSchema>['config']>>

/**
 * The schema takes any service string so that loading can name an unknown one and suggest the
 * nearest id; a loaded diagram has passed that catalog check, so its services are `ServiceId`s.
 */
export type DiagramNode = DeepReadonly<
  Omit<Parsed<typeof nodeSchema>, 'service'> & { service: ServiceId }
>
export type DiagramGroup = DeepReadonly<Parsed<typeof groupSchema>>
export type GroupKind = DiagramGroup['kind']
export type DiagramNote = DeepReadonly<Parsed<typeof noteSchema>>
export type DiagramEdge = DeepReadonly<Parsed<typeof edgeSchema>>
/** A problem accepted with a reason (format version 5). */
export type DiagramIgnore = DeepReadonly<Parsed<typeof ignoreSchema>>

type ParsedDiagram = Parsed<typeof diagramSchema>

/**
 * A whole diagram. `pricing` (price overrides) arrived with format version 2; `groups`, `notes`
 * and `nodes[].parentId` with version 3; `nodes[].external` with version 4; `ignore` with 5.
 */
export type Diagram = DeepReadonly<Omit<ParsedDiagram, 'nodes'> & { nodes: DiagramNode[] }>

export function emptyDiagram(name = 'Untitled pipeline'): Diagram {
  return { format: DIAGRAM_FORMAT, version: CURRENT_DIAGRAM_VERSION, name, nodes: [], edges: [] }
}
