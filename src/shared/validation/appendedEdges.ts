import type { DiagramIndex } from '../graph/diagramIndex'
import { checkEdge, duplicateWarning, edgeProblems, edgeResult } from './edgeVerdicts'
import { checkNode, type Neighbourhood } from './graphRules'
import type { Problem } from './problems'
import { resultOf, type Snapshot, type ValidatorStats } from './snapshot'
import { tally, type ValidationResult } from './validationResult'

/**
 * The editor's commonest edit, connecting two nodes: the same nodes and edges only appended
 * (`index` was derived from the snapshot's by appending). Only the new edges and their two
 * ends are checked; the snapshot's arrays are extended in place, past the lengths the previous
 * result reads, and the adjacency of the earlier edges is used as it is, the new edges looked
 * at one by one.
 */
export function validateAppendedEdges(
  s: Snapshot,
  index: DiagramIndex,
  stats: ValidatorStats
): ValidationResult {
  const nodes = index.nodes
  const edges = index.edges
  const before = s.index.edges.length
  const edgeCount = edges.length
  if (edgeCount === before && s.result) {
    s.index = index
    return s.result
  }
  const { from, to } = index.ends
  const { adjacency, grouped } = index.partialAdjacency()
  const { outStart, outEdges, inStart, inEdges } = adjacency
  const counts = { ...s.counts }
  const dirty: number[] = []
  for (let k = before; k < edgeCount; k++) {
    const edge = edges[k]!
    const a = from[k]!
    const b = to[k]!
    if (a < 0) {
      s.edgeResults[k] = undefined
      s.edgeProblems[k] = undefined
      s.duplicates[k] = undefined
      continue
    }
    // A copy of an earlier edge: among the grouped ones (in order), then the ungrouped ones.
    let copy = false
    for (let p = outStart[a]!; !copy && p < outStart[a + 1]!; p++) {
      const q = outEdges[p]!
      if (q >= k) break
      copy = to[q] === b
    }
    for (let q = grouped; !copy && q < k; q++) copy = from[q] === a && to[q] === b
    const source = nodes[a]!
    const target = nodes[b]!
    stats.edgesChecked++
    const check = checkEdge(edge, source, target)
    const problems = edgeProblems(edge, source, target, check)
    s.edgeResults[k] = edgeResult(edge, check, a === b)
    s.edgeProblems[k] = problems
    s.edgeResultCount++
    tally(counts, problems, 1)
    const duplicate: Problem | undefined = copy ? duplicateWarning(edge, source, target) : undefined
    s.duplicates[k] = duplicate
    if (duplicate) counts.warning++
    // A self-loop is not part of its node's neighbourhood.
    if (a !== b) dirty.push(a, b)
  }

  const hoodOf = (j: number): Neighbourhood => {
    const incoming: Neighbourhood['incoming'] = []
    const outgoing: Neighbourhood['outgoing'] = []
    for (let p = inStart[j]!; p < inStart[j + 1]!; p++)
      incoming.push({ edge: edges[inEdges[p]!]!, from: nodes[from[inEdges[p]!]!]! })
    for (let q = grouped; q < edgeCount; q++)
      if (to[q] === j && from[q] !== j && from[q]! >= 0)
        incoming.push({ edge: edges[q]!, from: nodes[from[q]!]! })
    for (let p = outStart[j]!; p < outStart[j + 1]!; p++) {
      const k = outEdges[p]!
      if (to[k] !== j) outgoing.push({ edge: edges[k]!, to: nodes[to[k]!]! })
    }
    for (let q = grouped; q < edgeCount; q++)
      if (from[q] === j && to[q] !== j) outgoing.push({ edge: edges[q]!, to: nodes[to[q]!]! })
    return { node: nodes[j]!, incoming, outgoing }
  }
  // Copied, not written in place: the previous result reads these positions.
  const nodeProblems = s.nodeProblems.slice()
  for (let d = 0; d < dirty.length; d++) {
    const j = dirty[d]!
    if (dirty.indexOf(j) !== d) continue
    stats.nodesChecked++
    const found = checkNode(hoodOf(j))
    const now = found.length > 0 ? found : undefined
    const was = nodeProblems[j]
    tally(counts, was, -1)
    tally(counts, now, 1)
    s.nodeProblemCount += (now ? 1 : 0) - (was ? 1 : 0)
    nodeProblems[j] = now
  }
  s.nodeProblems = nodeProblems
  s.counts = counts
  s.index = index
  s.result = resultOf(s)
  return s.result
}
