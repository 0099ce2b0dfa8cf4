/**
 * What an import made of each thing in the source file. The report is how a user sees nothing was
 * lost: every resource (CloudFormation) or cell (draw.io) has exactly one entry.
 */
import type { Citation } from '../../catalog/citations'
import type { Diagram } from '../../diagram/types'

export type ImportSourceKind = 'cloudformation' | 'drawio'

/**
 * - `node`: drawn as a service node (`nodeIds`, usually one; a DynamoDB table with a stream gives two)
 * - `edge`: drawn as one or more edges (`edgeIds`): an event source mapping, a subscription, a rule target
 * - `setting`: folded into another node's settings (`nodeIds` names it)
 * - `external`: a resource outside the file, drawn as a node marked external
 * - `frame` / `note`: draw.io groups and shapes that are not services
 * - `not-pipeline`: read and deliberately not drawn (IAM roles, log groups, custom resources…)
 * - `unknown`: a type the importer has no mapping for; listed so it can be added by hand
 */
export type ImportOutcome =
  'node' | 'edge' | 'setting' | 'external' | 'frame' | 'note' | 'not-pipeline' | 'unknown'

export interface ImportReportEntry {
  /** The logical id (CloudFormation) or the cell id (draw.io). */
  sourceId: string
  /** The resource type (`AWS::Kinesis::Stream`) or the shape's style name (`mxgraph.aws4.kinesis_data_streams`). */
  sourceType: string
  outcome: ImportOutcome
  /** One sentence a person reads: what became of it and why. */
  detail: string
  nodeIds?: string[]
  edgeIds?: string[]
  /** draw.io: the frame (`frame`) or note (`note`) the cell became. */
  groupIds?: string[]
  noteIds?: string[]
  /** The reference page the mapping comes from (a resource reference page, draw.io's shape list). */
  citation?: Citation
}

/** Wiring seen only in IAM policies or environment variables: offered, never drawn silently. */
export interface SuggestedConnection {
  source: string
  target: string
  /** Where it was seen, e.g. "Environment variable STREAM_NAME of ProcessorFunction is !Ref ClickStream". */
  evidence: string
}

export interface ImportReport {
  kind: ImportSourceKind
  fileName: string
  entries: ImportReportEntry[]
  suggestions: SuggestedConnection[]
  /** File-wide remarks: conditions read but not evaluated, the page chosen, nested stacks not followed. */
  remarks: string[]
  /** draw.io: every page of the file (0-based `index`), so the caller can offer the others, and the one imported. */
  pages?: ImportPage[]
  page?: number
}

export interface ImportPage {
  index: number
  name: string
  id?: string
}

export interface ImportResult {
  diagram: Diagram
  report: ImportReport
}

export type ImportOutcomeResult = ({ ok: true } & ImportResult) | { ok: false; message: string }
