import type { Diagram } from '../../diagram/types'

export interface ExportReport {
  /** Each service node that became a resource, with its logical id and type. */
  resources: { nodeId: string; logicalId: string; type: string }[]
  /** Nodes with no resource type (a producer application, devices, an on-premises database), and why. */
  skipped: { nodeId: string; reason: string }[]
  /** Parameters the template asks for (names, code locations, VPC and subnet ids, external resources). */
  parameters: string[]
  /** What is left to the user before the stack deploys; also written into the template's Metadata. */
  leftToUser: string[]
}

export interface ExportResult {
  /** The template as YAML. */
  text: string
  report: ExportReport
}

/** A CloudFormation template for a diagram: one resource per service node that has a type, wired as its edges say. */
export function exportTemplate(diagram: Diagram): ExportResult {
  throw new Error(`CloudFormation export of ${diagram.name} is not written yet.`)
}
