/**
 * Edge positions grouped by node, in diagram order: node i's outgoing edges are
 * `outEdges[outStart[i] .. outStart[i + 1])`, its incoming ones likewise in `inEdges`. An edge
 * with a missing end (−1) is in neither. A self-loop is never an incoming edge; it is an
 * outgoing one only when asked for (the validator's duplicate check counts two of them).
 */
export interface Adjacency {
  readonly outStart: Int32Array
  readonly outEdges: Int32Array
  readonly inStart: Int32Array
  readonly inEdges: Int32Array
}

/**
 * The one place edges are grouped by node, for the validator and the estimator alike. `from`
 * and `to` hold each edge's end positions (−1 for both when an end is missing) and may be longer
 * than `edgeCount`: the rest is room for edges appended later.
 */
export function groupEdges(
  nodeCount: number,
  from: Int32Array,
  to: Int32Array,
  edgeCount: number,
  selfLoopsOut: boolean
): Adjacency {
  const outStart = new Int32Array(nodeCount + 1)
  const inStart = new Int32Array(nodeCount + 1)
  for (let k = 0; k < edgeCount; k++) {
    const s = from[k]!
    if (s < 0) continue
    const t = to[k]!
    if (s === t) {
      if (selfLoopsOut) outStart[s + 1]!++
      continue
    }
    outStart[s + 1]!++
    inStart[t + 1]!++
  }
  for (let i = 0; i < nodeCount; i++) {
    outStart[i + 1]! += outStart[i]!
    inStart[i + 1]! += inStart[i]!
  }
  const outEdges = new Int32Array(outStart[nodeCount]!)
  const inEdges = new Int32Array(inStart[nodeCount]!)
  const outFill = outStart.slice(0, nodeCount)
  const inFill = inStart.slice(0, nodeCount)
  for (let k = 0; k < edgeCount; k++) {
    const s = from[k]!
    if (s < 0) continue
    const t = to[k]!
    if (s === t) {
      if (selfLoopsOut) outEdges[outFill[s]!++] = k
      continue
    }
    outEdges[outFill[s]!++] = k
    inEdges[inFill[t]!++] = k
  }
  return { outStart, outEdges, inStart, inEdges }
}

/** Whether any of the grouped edges is a self-loop (only an adjacency that keeps them has one). */
export function hasSelfLoops(adjacency: Adjacency): boolean {
  return adjacency.outEdges.length !== adjacency.inEdges.length
}
