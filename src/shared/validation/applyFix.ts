import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import type { Fix } from './problems'

/** Horizontal room one hop needs: a node card plus a readable edge label. */
const NODE_SPACING = 340
const SIDE_OFFSET = 260
const DROP_OFFSET = 140

export interface FixResult {
  diagram: Diagram
  addedNodeIds: string[]
  addedEdgeIds: string[]
}

function insertServices(diagram: Diagram, fix: Extract<Fix, { kind: 'insert-services' }>, newId: () => string): FixResult | undefined {
  const edge = diagram.edges.find((e) => e.id === fix.edgeId)
  if (!edge) return undefined
  const source = diagram.nodes.find((n) => n.id === edge.source)
  const target = diagram.nodes.find((n) => n.id === edge.target)
  if (!source || !target) return undefined

  const count = fix.services.length
  const dx = target.position.x - source.position.x
  const dy = target.position.y - source.position.y
  // Too little room between the ends: drop the new services below the line instead of on it.
  const crowded = Math.hypot(dx, dy) < NODE_SPACING * (count + 1)
  const added: DiagramNode[] = fix.services.map((service, i) => {
    const t = (i + 1) / (count + 1)
    return {
      id: newId(),
      service,
      position: {
        x: Math.round(source.position.x + dx * t),
        y: Math.round(source.position.y + dy * t + (crowded ? DROP_OFFSET : 0)),
      },
    }
  })
  const chain = [source, ...added, target]
  const newEdges: DiagramEdge[] = chain.slice(1).map((node, i) => {
    const e: DiagramEdge = { id: newId(), source: chain[i]!.id, target: node.id }
    // Settings of the removed edge describe how the upstream service is read; keep them there.
    if (i === 0 && edge.config) e.config = edge.config
    return e
  })
  return {
    diagram: {
      ...diagram,
      nodes: [...diagram.nodes, ...added],
      edges: [...diagram.edges.filter((e) => e.id !== edge.id), ...newEdges],
    },
    addedNodeIds: added.map((n) => n.id),
    addedEdgeIds: newEdges.map((e) => e.id),
  }
}

function addConnected(diagram: Diagram, fix: Extract<Fix, { kind: 'add-connected' }>, newId: () => string): FixResult | undefined {
  const anchor = diagram.nodes.find((n) => n.id === fix.nodeId)
  if (!anchor) return undefined
  const node: DiagramNode = {
    id: newId(),
    service: fix.service,
    position: {
      x: anchor.position.x + (fix.direction === 'in' ? -SIDE_OFFSET : SIDE_OFFSET),
      y: anchor.position.y + DROP_OFFSET,
    },
  }
  const edge: DiagramEdge =
    fix.direction === 'in'
      ? { id: newId(), source: node.id, target: anchor.id }
      : { id: newId(), source: anchor.id, target: node.id }
  return {
    diagram: { ...diagram, nodes: [...diagram.nodes, node], edges: [...diagram.edges, edge] },
    addedNodeIds: [node.id],
    addedEdgeIds: [edge.id],
  }
}

/** Applies a suggested fix; `undefined` when the diagram no longer has what the fix refers to. */
export function applyFix(diagram: Diagram, fix: Fix, newId: () => string): FixResult | undefined {
  return fix.kind === 'insert-services' ? insertServices(diagram, fix, newId) : addConnected(diagram, fix, newId)
}
