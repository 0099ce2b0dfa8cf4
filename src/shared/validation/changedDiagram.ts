import type { Adjacency } from '../graph/adjacency'
import { MAX_UNGROUPED_EDGES, type DiagramIndex } from '../graph/diagramIndex'
import {
  checkEdge,
  duplicateWarning,
  edgeProblems,
  edgeResult,
  type EdgeResult
} from './edgeVerdicts'
import { checkNode } from './graphRules'
import { graphOf, neighbourhoodOf, sameNeighbourhood } from './neighbourhoods'
import type { Problem } from './problems'
import { edgeResultCount, resultOf, type Snapshot, type ValidatorStats } from './snapshot'
import { tally, type Counts } from './validationResult'

/**
 * Any edit: every node and edge compared with what was there before. A node whose object, edges
 * and neighbours are the same objects in the same places keeps its problems without a look; any
 * other node that was there before is compared field by field with its neighbourhood then, and
 * only a node whose neighbourhood differs is checked again. An edge keeps its verdict while it
 * is the same object between nodes of the same services.
 */
export function validateChanged(
  before: Snapshot,
  index: DiagramIndex,
  stats: ValidatorStats
): Snapshot {
  const was = graphOf(before.index)
  const now = graphOf(index)
  const { nodes: oldNodes, edges: oldEdges, from: oldFrom, to: oldTo } = was
  const { nodes, edges: edgeList, from, to, outStart, outEdges, inStart, inEdges } = now
  const nodeCount = nodes.length
  const edgeCount = edgeList.length

  // Nodes that are not the same object in the same place as last time.
  const nodeChanged = new Uint8Array(nodeCount)
  let prefix = 0 // how many leading nodes are unchanged
  while (prefix < nodeCount && prefix < oldNodes.length && nodes[prefix] === oldNodes[prefix])
    prefix++
  const anyNodeChanged = prefix !== nodeCount || nodeCount !== oldNodes.length
  for (let i = prefix; i < nodeCount; i++)
    nodeChanged[i] = i >= oldNodes.length || nodes[i] !== oldNodes[i] ? 1 : 0

  const duplicateIds = index.repeatedNodeIds
  // A node map shared with the last version means every earlier node id kept its place.
  const indexMoved = index.nodeIds !== before.index.nodeIds || duplicateIds
  // With repeated ids the bookkeeping by position does not hold: check every node.
  const reuseNodes = !duplicateIds && !before.index.repeatedNodeIds

  // Whether each edge is exactly as it was: the same object between the same unchanged nodes.
  const edgeSame = new Uint8Array(edgeCount)
  if (!indexMoved) {
    for (let k = 0; k < edgeCount && k < oldEdges.length; k++) {
      if (edgeList[k] !== oldEdges[k] || oldFrom[k]! < 0) continue
      if (nodeChanged[from[k]!] === 0 && nodeChanged[to[k]!] === 0) edgeSame[k] = 1
    }
  }

  const duplicate = copiesOfEarlierEdges(nodeCount, edgeCount, now, to)

  // Nodes whose neighbourhood may have changed: the ends of every edge that is new, gone or
  // moved (before and after), changed nodes and their neighbours.
  const dirty = new Uint8Array(nodeCount)
  const touchOld = (k: number) => {
    if (oldFrom[k]! < 0) return
    const oldEdge = oldEdges[k]!
    const s = indexMoved ? index.nodePosition(oldEdge.source) : oldFrom[k]!
    const t = indexMoved ? index.nodePosition(oldEdge.target) : oldTo[k]!
    if (s >= 0 && s < nodeCount) dirty[s] = 1
    if (t >= 0 && t < nodeCount) dirty[t] = 1
  }
  for (let k = 0; k < edgeCount; k++) {
    if (edgeSame[k] === 1) continue
    if (from[k]! >= 0) {
      dirty[from[k]!] = 1
      dirty[to[k]!] = 1
    }
    if (k < oldEdges.length) touchOld(k)
  }
  for (let k = edgeCount; k < oldEdges.length; k++) touchOld(k)
  if (anyNodeChanged) {
    for (let i = 0; i < nodeCount; i++) {
      if (nodeChanged[i] === 0) continue
      dirty[i] = 1
      for (let p = outStart[i]!; p < outStart[i + 1]!; p++) dirty[to[outEdges[p]!]!] = 1
      for (let p = inStart[i]!; p < inStart[i + 1]!; p++) dirty[from[inEdges[p]!]!] = 1
    }
  }

  const counts: Counts = { error: 0, warning: 0, info: 0 }
  const oldEdgePosition = movedPositions(oldEdges, edgeList)
  const edgeResults = new Array<EdgeResult | undefined>(edgeCount + MAX_UNGROUPED_EDGES)
  const edgeProblemLists = new Array<readonly Problem[] | undefined>(
    edgeCount + MAX_UNGROUPED_EDGES
  )
  const duplicates = new Array<Problem | undefined>(edgeCount + MAX_UNGROUPED_EDGES)
  for (let k = 0; k < edgeCount; k++) {
    const s = from[k]!
    if (s < 0) continue
    const edge = edgeList[k]!
    const source = nodes[s]!
    const target = nodes[to[k]!]!
    let oldAt = edgeSame[k] === 1 ? k : oldEdgePosition(k, edge.id)
    if (
      oldAt >= 0 &&
      edgeSame[k] === 0 &&
      (oldEdges[oldAt] !== edge ||
        oldFrom[oldAt]! < 0 ||
        oldNodes[oldFrom[oldAt]!]!.service !== source.service ||
        oldNodes[oldTo[oldAt]!]!.service !== target.service)
    ) {
      oldAt = -1
    }
    let result: EdgeResult
    let problems: readonly Problem[]
    if (oldAt >= 0) {
      result = before.edgeResults[oldAt]!
      problems = before.edgeProblems[oldAt]!
    } else {
      stats.edgesChecked++
      const check = checkEdge(edge, source, target)
      result = edgeResult(edge, check, edge.source === edge.target)
      problems = edgeProblems(edge, source, target, check)
    }
    edgeResults[k] = result
    edgeProblemLists[k] = problems
    tally(counts, problems, 1)
    if (duplicate[k] === 1) {
      duplicates[k] =
        (oldAt >= 0 ? before.duplicates[oldAt] : undefined) ??
        duplicateWarning(edge, source, target)
      counts.warning++
    }
  }

  const oldNodePosition = movedPositions(oldNodes, nodes)
  const nodeProblemLists = new Array<Problem[] | undefined>(nodeCount)
  let nodeProblemCount = 0
  for (let i = 0; i < nodeCount; i++) {
    const id = nodes[i]!.id
    let problems: Problem[] | undefined
    if (reuseNodes && dirty[i] === 0) {
      problems = before.nodeProblems[i]
    } else {
      const j = duplicateIds ? index.nodePosition(id) : i
      const at = reuseNodes ? oldNodePosition(i, id) : -1
      if (at >= 0 && sameNeighbourhood(was, at, now, j)) {
        problems = before.nodeProblems[at]
      } else {
        stats.nodesChecked++
        const found = checkNode(neighbourhoodOf(now, j))
        problems = found.length > 0 ? found : undefined
      }
    }
    nodeProblemLists[i] = problems
    if (problems) {
      tally(counts, problems, 1)
      if (!duplicateIds || index.nodePosition(id) === i) nodeProblemCount++
    }
  }

  const next: Snapshot = {
    index,
    edgeResults,
    edgeProblems: edgeProblemLists,
    duplicates,
    nodeProblems: nodeProblemLists,
    edgeResultCount: 0,
    nodeProblemCount,
    counts,
    result: undefined
  }
  next.edgeResultCount = edgeResultCount(next)
  next.result = resultOf(next)
  return next
}

/** A second edge between the same two nodes, in the same direction: later copies are duplicates. */
function copiesOfEarlierEdges(
  nodeCount: number,
  edgeCount: number,
  { outStart, outEdges }: Adjacency,
  to: Int32Array
): Uint8Array {
  const duplicate = new Uint8Array(edgeCount)
  const lastSource = new Int32Array(nodeCount).fill(-1)
  for (let s = 0; s < nodeCount; s++) {
    for (let p = outStart[s]!; p < outStart[s + 1]!; p++) {
      const k = outEdges[p]!
      const t = to[k]!
      if (lastSource[t] === s) duplicate[k] = 1
      else lastSource[t] = s
    }
  }
  return duplicate
}

/**
 * Where an element that is no longer at its old position was, by id; the map of moved ones is
 * made only when first needed.
 */
function movedPositions(
  old: ReadonlyArray<{ readonly id: string }>,
  now: ReadonlyArray<{ readonly id: string }>
): (position: number, id: string) => number {
  let moved: Map<string, number> | undefined
  return (position, id) => {
    if (position < old.length && old[position]!.id === id) return position
    if (!moved) {
      moved = new Map()
      for (let q = 0; q < old.length; q++) {
        if (q >= now.length || now[q]!.id !== old[q]!.id) moved.set(old[q]!.id, q)
      }
    }
    return moved.get(id) ?? -1
  }
}
