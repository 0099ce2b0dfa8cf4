import type { DiagramAnalysis } from '../analysis/analyzeDiagram'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import type { FigureKey } from '../estimation/figureLabels'
import type {
  CapacityChange,
  CostChange,
  CostDiff,
  DiagramDiff,
  EdgeChange,
  EdgeRef,
  FigureChange,
  NodeChange,
  NodeRef,
  SettingChange
} from './diffModel'
import { matchEdges } from './matchEdges'
import { problemChanges } from './problemChanges'
import { childPath, sameValue, settingChanges } from './settingChanges'

/** One side of a diff: a diagram and the analysis of it (analyzeDiagram). */
export interface DiffSide {
  diagram: Diagram
  analysis: DiagramAnalysis
}

function nodeRef(node: DiagramNode): NodeRef {
  const ref: NodeRef = { id: node.id, service: node.service }
  if (node.label !== undefined) ref.label = node.label
  return ref
}

function edgeRef(edge: DiagramEdge, side: DiffSide): EdgeRef {
  const ref: EdgeRef = { id: edge.id, source: edge.source, target: edge.target }
  const mechanism = side.analysis.validation.edges.get(edge.id)?.mechanism
  if (mechanism !== undefined) ref.mechanism = mechanism
  return ref
}

function nodeSettingChanges(a: DiagramNode, b: DiagramNode): SettingChange[] {
  return [
    ...settingChanges('label', a.label, b.label),
    ...settingChanges('service', a.service, b.service),
    ...settingChanges('external.reference', a.external?.reference, b.external?.reference),
    ...settingChanges('config', a.config, b.config)
  ]
}

/**
 * An edge's ends and settings. `mechanism` is the mechanism the validator took, by its label:
 * listed when it differs and the saved choice (`config.mechanism`) did not change, which is when
 * an end's new service gave the pair another default.
 */
function edgeSettingChanges(a: EdgeRef & DiagramEdge, b: EdgeRef & DiagramEdge): SettingChange[] {
  const config = settingChanges('config', a.config, b.config)
  const changes = [
    ...settingChanges('source', a.source, b.source),
    ...settingChanges('target', a.target, b.target),
    ...config
  ]
  const chosen = childPath('config', 'mechanism')
  if (a.mechanism !== b.mechanism && !config.some((c) => c.path === chosen))
    changes.push(...settingChanges('mechanism', a.mechanism, b.mechanism))
  return changes
}

function figureChanges(before: DiffSide, after: DiffSide, id: string): FigureChange[] {
  const a = before.analysis.estimate.byId.get(id)?.capacity ?? {}
  const b = after.analysis.estimate.byId.get(id)?.capacity ?? {}
  const keys = [
    ...(Object.keys(b) as FigureKey[]),
    ...(Object.keys(a) as FigureKey[]).filter((k) => !(k in b))
  ]
  const changes: FigureChange[] = []
  for (const key of keys) {
    if (sameValue(a[key], b[key])) continue
    const change: FigureChange = { key }
    if (a[key] !== undefined) change.before = a[key]
    if (b[key] !== undefined) change.after = b[key]
    changes.push(change)
  }
  return changes
}

function costDiff(before: DiffSide, after: DiffSide, nodes: NodeRef[]): CostDiff {
  const cost = (side: DiffSide, id: string) =>
    side.analysis.estimate.byId.get(id)?.monthlyCostUSD ?? 0
  const services: CostChange[] = nodes.map((node) => {
    const beforeUSD = cost(before, node.id)
    const afterUSD = cost(after, node.id)
    return { node, beforeUSD, afterUSD, deltaUSD: afterUSD - beforeUSD }
  })
  services.sort(
    (x, y) =>
      Math.abs(y.deltaUSD) - Math.abs(x.deltaUSD) ||
      y.afterUSD - x.afterUSD ||
      (x.node.id < y.node.id ? -1 : x.node.id > y.node.id ? 1 : 0)
  )
  const beforeUSD = before.analysis.estimate.totalMonthlyCostUSD
  const afterUSD = after.analysis.estimate.totalMonthlyCostUSD
  return {
    services,
    beforeUSD,
    afterUSD,
    deltaUSD: afterUSD - beforeUSD,
    pricing: after.analysis.estimate.pricing
  }
}

/**
 * What a change does: services and connections added, removed and changed (settings, not
 * positions: moves are only counted), the verdicts it brings and clears, the capacity it needs
 * and what it costs, service by service. Nodes are matched by id (ids are stable: UUIDs in a
 * diagram, logical ids in an imported template); edges by id, else by their ends and mechanism.
 */
export function diffDiagrams(before: DiffSide, after: DiffSide): DiagramDiff {
  const beforeNodes = new Map(before.diagram.nodes.map((n) => [n.id, n]))
  const afterIds = new Set(after.diagram.nodes.map((n) => n.id))
  const added: NodeRef[] = []
  const changed: NodeChange[] = []
  const capacity: CapacityChange[] = []
  let moved = 0
  for (const node of after.diagram.nodes) {
    const old = beforeNodes.get(node.id)
    if (!old) {
      added.push(nodeRef(node))
      continue
    }
    const changes = nodeSettingChanges(old, node)
    if (changes.length > 0) changed.push({ ...nodeRef(node), changes })
    const { x, y } = old.position
    if (x !== node.position.x || y !== node.position.y || old.parentId !== node.parentId) moved++
    const figures = figureChanges(before, after, node.id)
    if (figures.length > 0) capacity.push({ node: nodeRef(node), figures })
  }
  const removed = before.diagram.nodes.filter((n) => !afterIds.has(n.id)).map(nodeRef)

  const mechanismId = (side: DiffSide) => (e: DiagramEdge) =>
    side.analysis.validation.edges.get(e.id)?.mechanismId
  const edges = matchEdges(
    before.diagram.edges,
    after.diagram.edges,
    mechanismId(before),
    mechanismId(after)
  )
  const beforeIdOf = new Map<string, string>()
  const changedEdges: EdgeChange[] = []
  for (const [old, edge] of edges.pairs) {
    beforeIdOf.set(edge.id, old.id)
    const a = { ...old, ...edgeRef(old, before) }
    const b = { ...edge, ...edgeRef(edge, after) }
    const changes = edgeSettingChanges(a, b)
    // A new id for the same connection (a redraw, a re-import) is not a change to review.
    if (changes.length === 0) continue
    const change: EdgeChange = { ...edgeRef(edge, after), changes }
    if (old.id !== edge.id) change.beforeId = old.id
    changedEdges.push(change)
  }

  return {
    diagram: [
      ...settingChanges('name', before.diagram.name, after.diagram.name),
      ...settingChanges(
        'pricing.overrides',
        before.diagram.pricing?.overrides,
        after.diagram.pricing?.overrides
      )
    ],
    nodes: { added, removed, changed, moved },
    edges: {
      added: edges.added.map((e) => edgeRef(e, after)),
      removed: edges.removed.map((e) => edgeRef(e, before)),
      changed: changedEdges
    },
    problems: problemChanges(
      before.analysis.problems,
      after.analysis.problems,
      (id) => beforeIdOf.get(id) ?? id
    ),
    capacity,
    cost: costDiff(before, after, [...after.diagram.nodes.map(nodeRef), ...removed])
  }
}
