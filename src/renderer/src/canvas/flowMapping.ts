import { MarkerType } from '@xyflow/react'
import { serviceName } from '../../../shared/catalog/services'
import type { Diagram, DiagramNode } from '../../../shared/diagram/types'
import type { Analysis } from '../store/analysis'
import type { Selection } from '../store/diagramStore'
import type { ServiceFlowNode, VerdictFlowEdge } from './flowTypes'

/**
 * The one place where our diagram becomes React Flow's nodes and edges. React Flow objects are
 * reused while nothing they show has changed, so memoised nodes do not re-render.
 */
const nodeCache = new WeakMap<DiagramNode, ServiceFlowNode>()

export function toFlowNodes(
  diagram: Diagram,
  analysis: Analysis,
  dragPositions: Readonly<Record<string, { x: number; y: number }>>,
  measured: Readonly<Record<string, { width: number; height: number }>>,
  selection: Selection,
): ServiceFlowNode[] {
  return diagram.nodes.map((node) => {
    const problems = analysis.nodeProblems.get(node.id) ?? []
    const severity = problems[0]?.severity
    const estimate = analysis.estimate.byId.get(node.id)
    const position = dragPositions[node.id] ?? node.position
    const size = measured[node.id]
    const selected = selection.nodeIds.has(node.id)
    const cached = nodeCache.get(node)
    if (
      cached &&
      cached.position === position &&
      cached.measured === size &&
      cached.selected === selected &&
      cached.data.severity === severity &&
      cached.data.problemCount === problems.length &&
      cached.data.estimate === estimate?.badge &&
      cached.data.costUSD === estimate?.monthlyCostUSD &&
      cached.data.throughput === estimate?.throughput
    ) {
      return cached
    }
    const data: ServiceFlowNode['data'] = { service: node.service, problemCount: problems.length }
    if (node.label) data.label = node.label
    if (severity) data.severity = severity
    if (estimate) {
      data.costUSD = estimate.monthlyCostUSD
      data.throughput = estimate.throughput
      if (estimate.badge) data.estimate = estimate.badge
    }
    const flowNode: ServiceFlowNode = {
      id: node.id,
      type: 'service',
      position,
      data,
      selected,
      ariaLabel: node.label ? `${node.label}, ${serviceName(node.service)}` : serviceName(node.service),
    }
    if (size) flowNode.measured = size
    nodeCache.set(node, flowNode)
    return flowNode
  })
}

export function toFlowEdges(diagram: Diagram, validation: Analysis['validation'], selection: Selection): VerdictFlowEdge[] {
  const fixes = new Map<string, string>()
  for (const p of validation.problems) {
    if (p.edgeId && p.fix?.kind === 'insert-services') fixes.set(p.edgeId, p.fix.description)
  }
  return diagram.edges.map((edge) => {
    const result = validation.edges.get(edge.id)
    const verdict = result?.verdict ?? 'error'
    const data: VerdictFlowEdge['data'] = { verdict, reason: result?.reason ?? '' }
    if (result?.mechanism) data.mechanism = result.mechanism
    if (result?.citation) data.citation = result.citation
    const fixLabel = fixes.get(edge.id)
    if (fixLabel) data.fixLabel = fixLabel
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'verdict',
      data,
      selected: selection.edgeIds.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: result?.reason,
    }
  })
}
