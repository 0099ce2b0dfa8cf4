import {
  DiagramIndex,
  MAX_UNGROUPED_EDGES,
  type EdgeEnds,
  type GraphLists,
  type IndexParts,
  type Shared
} from './diagramIndex'
import { idPositions, positionIn, type IdList } from './positions'

/** Room for edges connected next, so that the first connection after a rebuild copies nothing. */
function endsRoom(edgeCount: number): EdgeEnds {
  return {
    from: new Int32Array(edgeCount + MAX_UNGROUPED_EDGES),
    to: new Int32Array(edgeCount + MAX_UNGROUPED_EDGES)
  }
}

/**
 * Looks edge `k`'s ends up and writes them into `ends`; −1 for both when either is missing.
 * `exact` says `ids` was built from `nodes` alone, so a position it holds needs no check: on a
 * 10,000-node diagram the check's 30,000 reads of scattered node objects cost about 2 ms.
 */
function setEnds(
  ends: EdgeEnds,
  k: number,
  edge: GraphLists['edges'][number],
  ids: ReadonlyMap<string, number>,
  nodes: IdList,
  exact: boolean
): void {
  const s = exact ? (ids.get(edge.source) ?? -1) : positionIn(ids, nodes, edge.source)
  const t = exact ? (ids.get(edge.target) ?? -1) : positionIn(ids, nodes, edge.target)
  const missing = s < 0 || t < 0
  ends.from[k] = missing ? -1 : s
  ends.to[k] = missing ? -1 : t
}

/** Something new to share; the index made with it becomes its owner. */
function unowned<T>(value: T): Shared<T> {
  return { value, owner: {} }
}

/** The index of a version built from nothing. */
function freshIndex(lists: GraphLists): DiagramIndex {
  const { nodes, edges } = lists
  const nodeIds = idPositions(nodes)
  const edgeIds = idPositions(edges)
  const ends = endsRoom(edges.length)
  for (let k = 0; k < edges.length; k++) {
    setEnds(ends, k, edges[k]!, nodeIds, nodes, true)
  }
  return new DiagramIndex(lists, {
    nodeIds: unowned(nodeIds),
    repeatedNodeIds: nodeIds.size !== nodes.length,
    edgeIds: unowned(edgeIds),
    repeatedEdgeIds: edgeIds.size !== edges.length,
    ends: unowned(ends)
  })
}

/**
 * The index of `lists`, derived from the previous version's when there is one: the same index
 * again for the very same lists; the previous maps and arrays grown in place when only edges
 * were appended; otherwise whatever still holds (the node map when ids kept their places, the
 * ends of edges that did not change) kept, and the rest built.
 */
export function indexDiagram(lists: GraphLists, previous?: DiagramIndex): DiagramIndex {
  if (!previous) return freshIndex(lists)
  if (lists.nodes === previous.nodes && lists.edges === previous.edges) return previous
  return appendedEdges(lists, previous) ?? changed(lists, previous)
}

/** Same nodes, edges only appended with fresh ids: everything shared and grown in place. */
function appendedEdges(lists: GraphLists, previous: DiagramIndex): DiagramIndex | undefined {
  const { nodes, edges } = lists
  const before = previous.edges.length
  const m = edges.length
  const p = DiagramIndex.parts(previous)
  if (
    previous.repeatedNodeIds ||
    previous.repeatedEdgeIds ||
    nodes.length !== previous.nodes.length ||
    m < before ||
    !p.mayGrow(p.nodeIds) ||
    !p.mayGrow(p.edgeIds) ||
    !p.mayGrow(p.ends)
  )
    return undefined
  if (nodes !== previous.nodes) {
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== previous.nodes[i]) return undefined
  }
  if (edges !== previous.edges) {
    for (let k = 0; k < before; k++) if (edges[k] !== previous.edges[k]) return undefined
  }
  const edgeIds = p.edgeIds.value
  for (let k = before; k < m; k++) {
    const id = edges[k]!.id
    if (edgeIds.has(id)) return undefined
    for (let q = before; q < k; q++) if (edges[q]!.id === id) return undefined
  }
  let ends = p.ends.value
  if (ends.from.length < m) {
    const capacity = Math.max(m, 2 * ends.from.length, 16)
    const grown = { from: new Int32Array(capacity), to: new Int32Array(capacity) }
    grown.from.set(ends.from.subarray(0, before))
    grown.to.set(ends.to.subarray(0, before))
    ends = grown
    p.ends.value = grown
  }
  const nodeIds = p.nodeIds.value
  for (let k = before; k < m; k++) {
    const edge = edges[k]!
    setEnds(ends, k, edge, nodeIds, nodes, false)
    edgeIds.set(edge.id, k)
  }
  const parts: IndexParts = {
    appendedTo: p.token,
    nodeIds: p.nodeIds,
    repeatedNodeIds: false,
    edgeIds: p.edgeIds,
    repeatedEdgeIds: false,
    ends: p.ends
  }
  if (p.grouping) parts.grouping = p.grouping
  return new DiagramIndex(lists, parts)
}

/** Any other edit: what still holds is kept, the rest built. */
function changed(lists: GraphLists, previous: DiagramIndex): DiagramIndex {
  const { nodes, edges } = lists
  const n = nodes.length
  const m = edges.length
  const was = previous.nodes
  const p = DiagramIndex.parts(previous)

  // Node id → position: kept, and grown in place, while the earlier ids stay where they were
  // and appended nodes have fresh ids (a move, a new label, a new node).
  let prefix = 0 // how many leading nodes are the same objects as before
  while (prefix < n && prefix < was.length && nodes[prefix] === was[prefix]) prefix++
  let nodeIds = p.nodeIds
  // Nothing to keep from an empty version (a validator's first call): a map of its own is exact.
  let keep = was.length > 0 && n >= was.length && !previous.repeatedNodeIds && p.mayGrow(nodeIds)
  for (let i = prefix; keep && i < was.length; i++) keep = nodes[i]!.id === was[i]!.id
  for (let i = was.length; keep && i < n; i++) keep = !nodeIds.value.has(nodes[i]!.id)
  if (keep) {
    for (let i = was.length; i < n; i++) nodeIds.value.set(nodes[i]!.id, i)
  } else {
    nodeIds = unowned(idPositions(nodes))
  }
  const repeatedNodeIds = nodeIds.value.size !== n
  // With repeated ids a kept edge's end may now be a later node of the same id.
  const positionsKept = keep && !repeatedNodeIds

  // Each edge's ends: an edge that is the same object as before keeps them while nodes kept
  // their places (a dangling one is looked up again: its node may have been added).
  const ends = endsRoom(m)
  const oldEnds = p.ends.value
  let edgePrefix = 0 // how many leading edges are the same objects as before
  // Whether every edge has the ends it had, so the grouping by node still holds (a node moved).
  let sameShape = n === was.length && m === previous.edges.length
  for (let k = 0; k < m; k++) {
    const edge = edges[k]!
    const kept = k < previous.edges.length && edge === previous.edges[k]
    if (kept && edgePrefix === k) edgePrefix++
    if (positionsKept && kept && oldEnds.from[k]! >= 0) {
      ends.from[k] = oldEnds.from[k]!
      ends.to[k] = oldEnds.to[k]!
    } else {
      setEnds(ends, k, edge, nodeIds.value, nodes, !keep)
    }
    if (sameShape) sameShape = ends.from[k] === oldEnds.from[k] && ends.to[k] === oldEnds.to[k]
  }

  // Edge id → position: kept while earlier edges stay where they were and appended ones have
  // fresh ids. An appended id already in the map (a repeat, or a removed edge's) means a new
  // map; the fresh ones set before it are harmless, as earlier versions never look past their
  // own length. A kept map holds ids of removed edges (at larger positions) but no repeats.
  let edgeIds = p.edgeIds
  let keepEdges =
    !previous.repeatedEdgeIds &&
    p.mayGrow(edgeIds) &&
    edgePrefix >= Math.min(m, previous.edges.length)
  for (let k = previous.edges.length; keepEdges && k < m; k++) {
    const id = edges[k]!.id
    if (edgeIds.value.has(id)) keepEdges = false
    else edgeIds.value.set(id, k)
  }
  if (!keepEdges) edgeIds = unowned(idPositions(edges))
  const repeatedEdgeIds = !keepEdges && edgeIds.value.size !== m

  const parts: IndexParts = {
    nodeIds,
    repeatedNodeIds,
    edgeIds,
    repeatedEdgeIds,
    ends: unowned(ends)
  }
  if (sameShape && p.grouping?.grouped === m) parts.grouping = p.grouping
  return new DiagramIndex(lists, parts)
}
