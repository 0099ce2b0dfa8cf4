import type { Edge, Node } from '@xyflow/react'
import type { Verdict } from '../../../shared/mechanisms/integrationMatrix'
import type { ServiceId } from '../../../shared/catalog/services'
import type { NodeThroughput } from '../../../shared/estimation/flow'
import type { GroupKind } from '../../../shared/diagram/types'
import type { LabelPlacement } from '../../../shared/diagram/labelPlacement'
import type { Severity } from '../../../shared/validation/problems'

export type ServiceNodeData = {
  service: ServiceId
  label?: string
  /** Worst problem on the node and how many there are, for the badge. */
  severity?: Severity
  problemCount: number
  /** Worst verdict among the node's edges (a warning or an error), for the minimap. */
  edgeVerdict?: 'warning' | 'error'
  /** Headline capacity figure from the estimate, e.g. "3 shards". */
  estimate?: string
  costUSD?: number
  throughput?: NodeThroughput
  /** How far behind the data is here, worst case and average, on sinks and storage ("≈ 65 s behind"). */
  freshness?: { worst: string; average: string }
  /** A resource outside the diagram's own stack (nodes[].external): where it comes from, e.g. a template parameter. */
  external?: string
  /**
   * Zoomed out below legibility: the card is drawn as its icon and name only, in the box it
   * measured at full detail, so nothing around it moves (issue 14's level of detail).
   */
  lite?: { width: number; height: number }
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>

export type GroupFlowNode = Node<{ kind: GroupKind; label: string }, 'group'>
export type NoteFlowNode = Node<{ text: string }, 'note'>

/** Everything on the canvas that React Flow treats as a node. */
export type AppNode = ServiceFlowNode | GroupFlowNode | NoteFlowNode

export type VerdictEdgeData = {
  verdict: Verdict
  reason: string
  mechanism?: string
  citation?: string
  /** The fix's label, when a one-click fix exists for this edge. */
  fixLabel?: string
  /** Where along the edge its label sits and how wide it may be (edges/edgeLabelPlacements.ts). */
  label?: LabelPlacement
}

export type VerdictFlowEdge = Edge<VerdictEdgeData, 'verdict'>
