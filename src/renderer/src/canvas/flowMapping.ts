import { serviceName } from '../../../shared/catalog/services'
import type { Diagram, DiagramNode } from '../../../shared/diagram/types'
import type { LabelPlacement } from '../../../shared/diagram/labelPlacement'
import type { Analysis } from '../store/analysis'
import type { Selection } from '../store/diagramStore'
import { groupDepth } from '../../../shared/diagram/groups'
import type { NodeFreshness } from '../../../shared/estimation/freshness'
import { formatDelay } from '../../../shared/estimation/freshnessStep'
import type { NodeThroughput } from '../../../shared/estimation/flow'
import type {
  AppNode,
  GroupFlowNode,
  NoteFlowNode,
  ServiceFlowNode,
  ServiceNodeData,
  VerdictFlowEdge
} from './flowTypes'

/**
 * The one place where our diagram becomes React Flow's nodes and edges. React Flow objects are
 * reused while nothing they show has changed, so memoised nodes do not re-render.
 */
const nodeCache = new WeakMap<DiagramNode, ServiceFlowNode>()
/**
 * The last flow node made for each id. An edit that replaces a node object without changing what
 * it shows (auto-layout moving all 1,000 nodes to where the preview already put them, say) then
 * re-renders nothing: a fresh estimate has new throughput objects, so those compare by value.
 */
let nodesById = new Map<string, ServiceFlowNode>()
let edgesById = new Map<string, VerdictFlowEdge>()

type Position = { x: number; y: number }

const edgeVerdictCache = new WeakMap<Analysis['validation'], Map<string, 'warning' | 'error'>>()

/**
 * The worst verdict among each node's edges, so the minimap shows both ends of an error edge in
 * red. Worked out once per validation, not per drag frame.
 */
function worstEdgeVerdicts(
  diagram: Diagram,
  validation: Analysis['validation']
): Map<string, 'warning' | 'error'> {
  const cached = edgeVerdictCache.get(validation)
  if (cached) return cached
  const worst = new Map<string, 'warning' | 'error'>()
  for (const edge of diagram.edges) {
    const verdict = validation.edges.get(edge.id)?.verdict
    if (verdict !== 'warning' && verdict !== 'error') continue
    for (const end of [edge.source, edge.target]) {
      if (worst.get(end) !== 'error') worst.set(end, verdict)
    }
  }
  edgeVerdictCache.set(validation, worst)
  return worst
}

function samePosition(a: Position, b: Position): boolean {
  return a === b || (a.x === b.x && a.y === b.y)
}

function sameThroughput(a: NodeThroughput | undefined, b: NodeThroughput | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.inRecordsPerSecond === b.inRecordsPerSecond &&
      a.inMBps === b.inMBps &&
      a.outRecordsPerSecond === b.outRecordsPerSecond &&
      a.outMBps === b.outMBps)
  )
}

/** Groups and notes first (parents before children, as React Flow requires), then services. */
export function toFlowNodes(
  diagram: Diagram,
  analysis: Analysis,
  dragPositions: Readonly<Record<string, Position>>,
  measured: Readonly<Record<string, { width: number; height: number }>>,
  selection: Selection,
  resizePreview: Readonly<Record<string, { width: number; height: number }>> = {},
  /** Cards as icon and name only (zoomed out); those not yet measured keep full detail. */
  lite = false
): AppNode[] {
  const groupPosition = new Map((diagram.groups ?? []).map((g) => [g.id, g.position]))
  // React Flow places an item in a group relative to the group; the diagram keeps absolutes.
  const flowPosition = (item: { id: string; position: Position; parentId?: string }): Position => {
    const live = dragPositions[item.id]
    if (live) return live
    const parent = item.parentId !== undefined ? groupPosition.get(item.parentId) : undefined
    return parent ? { x: item.position.x - parent.x, y: item.position.y - parent.y } : item.position
  }
  const groups: GroupFlowNode[] = [...(diagram.groups ?? [])]
    .sort((a, b) => groupDepth(diagram, a.id) - groupDepth(diagram, b.id))
    .map((g) => {
      const size = resizePreview[g.id] ?? g.size
      const node: GroupFlowNode = {
        id: g.id,
        type: 'group',
        position: flowPosition(g),
        data: { kind: g.kind, label: g.label },
        width: size.width,
        height: size.height,
        selected: selection.nodeIds.has(g.id),
        ariaLabel: `${g.label} (group)`
      }
      if (g.parentId !== undefined) node.parentId = g.parentId
      const m = measured[g.id]
      if (m) node.measured = m
      return node
    })
  const notes: NoteFlowNode[] = (diagram.notes ?? []).map((n) => {
    const node: NoteFlowNode = {
      id: n.id,
      type: 'note',
      position: flowPosition(n),
      data: { text: n.text },
      selected: selection.nodeIds.has(n.id),
      ariaLabel: 'Note'
    }
    if (n.size) {
      node.width = n.size.width
      node.height = n.size.height
    }
    if (n.parentId !== undefined) node.parentId = n.parentId
    const m = measured[n.id]
    if (m) node.measured = m
    return node
  })
  const edgeVerdicts = worstEdgeVerdicts(diagram, analysis.validation)
  const made = new Map<string, ServiceFlowNode>()
  const services = diagram.nodes.map((node) => {
    const problems = analysis.nodeProblems.get(node.id) ?? []
    const edgeVerdict = edgeVerdicts.get(node.id)
    const severity = problems[0]?.severity
    const estimate = analysis.estimate.byId.get(node.id)
    const freshness = freshnessBadge(analysis.estimate.freshness.byId.get(node.id))
    const position = flowPosition(node)
    const size = measured[node.id]
    const selected = selection.nodeIds.has(node.id)
    const liteBox = lite && size ? size : undefined
    const byId = nodesById.get(node.id)
    const cached =
      nodeCache.get(node) ??
      (byId &&
      byId.data.service === node.service &&
      byId.data.label === node.label &&
      byId.data.external === node.external?.reference
        ? byId
        : undefined)
    if (
      cached &&
      samePosition(cached.position, position) &&
      cached.parentId === node.parentId &&
      cached.measured === size &&
      cached.selected === selected &&
      cached.data.lite === liteBox &&
      cached.data.severity === severity &&
      cached.data.edgeVerdict === edgeVerdict &&
      cached.data.problemCount === problems.length &&
      cached.data.estimate === estimate?.badge &&
      cached.data.costUSD === estimate?.monthlyCostUSD &&
      sameThroughput(cached.data.throughput, estimate?.throughput) &&
      sameFreshness(cached.data.freshness, freshness)
    ) {
      nodeCache.set(node, cached)
      return cached
    }
    const data: ServiceFlowNode['data'] = { service: node.service, problemCount: problems.length }
    if (node.label) data.label = node.label
    if (node.external) data.external = node.external.reference
    if (severity) data.severity = severity
    if (edgeVerdict) data.edgeVerdict = edgeVerdict
    if (estimate) {
      data.costUSD = estimate.monthlyCostUSD
      data.throughput = estimate.throughput
      if (estimate.badge) data.estimate = estimate.badge
    }
    if (freshness) data.freshness = freshness
    if (liteBox) data.lite = liteBox
    const flowNode: ServiceFlowNode = {
      id: node.id,
      type: 'service',
      position,
      data,
      selected,
      ariaLabel: node.label
        ? `${node.label}, ${serviceName(node.service)}`
        : serviceName(node.service)
    }
    if (size) flowNode.measured = size
    if (node.parentId !== undefined) flowNode.parentId = node.parentId
    nodeCache.set(node, flowNode)
    return flowNode
  })
  for (const n of services) made.set(n.id, n)
  nodesById = made
  return [...groups, ...notes, ...services]
}

/**
 * The flow nodes with the live positions of a drag in progress. Only the dragged items get new
 * objects: everything a move leaves alone keeps its object, so a move costs one pass over the
 * array (what plain React Flow's applyNodeChanges costs) and re-renders only what moved.
 */
export function withDragPositions(
  nodes: AppNode[],
  dragPositions: Readonly<Record<string, Position>>
): AppNode[] {
  const ids = Object.keys(dragPositions)
  if (ids.length === 0) return nodes
  let out: AppNode[] | undefined
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    const live = Object.hasOwn(dragPositions, node.id) ? dragPositions[node.id] : undefined
    if (!live || samePosition(node.position, live)) continue
    out ??= nodes.slice()
    out[i] = { ...node, position: live }
  }
  return out ?? nodes
}

/** The delay a sink or storage card shows; nothing for other nodes or where data does not reach. */
function freshnessBadge(f: NodeFreshness | undefined): ServiceNodeData['freshness'] {
  if (!f?.badged) return undefined
  return { worst: formatDelay(f.worstSeconds), average: formatDelay(f.averageSeconds) }
}

function sameFreshness(a: ServiceNodeData['freshness'], b: ServiceNodeData['freshness']): boolean {
  return (
    a === b ||
    (a !== undefined && b !== undefined && a.worst === b.worst && a.average === b.average)
  )
}

/** The one-click fix of each edge that has one, by edge id. */
export function edgeFixLabels(validation: Analysis['validation']): Map<string, string> {
  const fixes = new Map<string, string>()
  for (const p of validation.problems) {
    if (p.edgeId && p.fix?.kind === 'insert-services') fixes.set(p.edgeId, p.fix.description)
  }
  return fixes
}

export function toFlowEdges(
  diagram: Diagram,
  validation: Analysis['validation'],
  selection: Selection,
  labels: ReadonlyMap<string, LabelPlacement> = new Map()
): VerdictFlowEdge[] {
  const fixes = edgeFixLabels(validation)
  const made = new Map<string, VerdictFlowEdge>()
  const edges = diagram.edges.map((edge): VerdictFlowEdge => {
    const result = validation.edges.get(edge.id)
    const verdict = result?.verdict ?? 'error'
    const fixLabel = fixes.get(edge.id)
    const selected = selection.edgeIds.has(edge.id)
    const label = labels.get(edge.id)
    const cached = edgesById.get(edge.id)
    if (
      cached?.data &&
      cached.source === edge.source &&
      cached.target === edge.target &&
      cached.selected === selected &&
      cached.ariaLabel === result?.reason &&
      cached.data.verdict === verdict &&
      cached.data.reason === (result?.reason ?? '') &&
      cached.data.mechanism === (result?.mechanism || undefined) &&
      cached.data.citation === (result?.citation || undefined) &&
      cached.data.fixLabel === (fixLabel || undefined) &&
      cached.data.label?.t === label?.t &&
      cached.data.label?.width === label?.width
    ) {
      return cached
    }
    const data: VerdictFlowEdge['data'] = { verdict, reason: result?.reason ?? '' }
    if (result?.mechanism) data.mechanism = result.mechanism
    if (result?.citation) data.citation = result.citation
    if (fixLabel) data.fixLabel = fixLabel
    if (label) data.label = label
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'verdict',
      data,
      selected,
      ariaLabel: result?.reason
    }
  })
  for (const e of edges) made.set(e.id, e)
  edgesById = made
  return edges
}
