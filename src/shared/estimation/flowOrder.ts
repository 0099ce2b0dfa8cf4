/**
 * The order traffic is carried in, for a graph given as position arrays (see TrafficByPosition).
 *
 * Loops are found once, as strongly connected components (Tarjan's algorithm, iterative so a
 * 50,000-node ring does not overflow the stack). Traffic is then propagated in topological order
 * of the components: Kahn's algorithm, and when only loops are left, a loop is entered at its
 * first node (in file order) that traffic already reaches, or at the first node left when
 * nothing reaches any loop. Entering where traffic comes in keeps what lies downstream of a loop
 * fed; the edges that close the loop then carry nothing. Every step is linear or a heap
 * operation, so a looped graph costs about what a tree of the same size does.
 */
export interface FlowOrder {
  /** Node positions, sources first. */
  order: Int32Array
  /** Positions of the nodes on a loop, ascending. */
  cycle: number[]
}

export interface PositionGraph {
  n: number
  outStart: Int32Array
  outEdges: Int32Array
  inStart: Int32Array
  inEdges: Int32Array
  edgeFrom: Int32Array
  edgeTo: Int32Array
}

export function flowOrder(g: PositionGraph): FlowOrder {
  const { n, outStart, outEdges, inStart, edgeTo } = g
  const indegree = new Int32Array(n)
  for (let i = 0; i < n; i++) indegree[i] = inStart[i + 1]! - inStart[i]!
  const order = new Int32Array(n)
  const ordered = new Uint8Array(n)
  const queue = new Int32Array(n)
  let queued = 0
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[queued++] = i
  // Nodes not yet ordered that an ordered node feeds: the candidates for entering a loop.
  const reached = new MinHeap(n)
  const inHeap = new Uint8Array(n)
  let firstRest = 0
  let done = 0
  for (let q = 0; done < n; q++) {
    if (q === queued) {
      let entry = -1
      while (reached.size > 0) {
        const i = reached.pop()
        if (ordered[i] === 0) {
          entry = i
          break
        }
      }
      if (entry < 0) {
        while (ordered[firstRest] === 1) firstRest++
        entry = firstRest
      }
      queue[queued++] = entry
    }
    const i = queue[q]!
    if (ordered[i] === 1) continue
    order[done++] = i
    ordered[i] = 1
    for (let p = outStart[i]!; p < outStart[i + 1]!; p++) {
      const t = edgeTo[outEdges[p]!]!
      if (ordered[t] === 1) continue
      if (--indegree[t]! === 0) queue[queued++] = t
      else if (inHeap[t] === 0) {
        inHeap[t] = 1
        reached.push(t)
      }
    }
  }
  return { order, cycle: nodesOnLoops(g) }
}

/** Nodes in a strongly connected component of more than one node (self-loops are not edges here). */
function nodesOnLoops(g: PositionGraph): number[] {
  const { n, outStart, outEdges, edgeTo } = g
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  let top = 0
  // The depth-first search's own stack: a node and the next of its edges to follow.
  const callNode = new Int32Array(n)
  const callEdge = new Int32Array(n)
  const looped = new Uint8Array(n)
  let next = 0
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue
    let depth = 0
    callNode[0] = root
    callEdge[0] = outStart[root]!
    index[root] = low[root] = next++
    stack[top++] = root
    onStack[root] = 1
    while (depth >= 0) {
      const v = callNode[depth]!
      const p = callEdge[depth]!
      if (p < outStart[v + 1]!) {
        callEdge[depth] = p + 1
        const w = edgeTo[outEdges[p]!]!
        if (index[w] === -1) {
          index[w] = low[w] = next++
          stack[top++] = w
          onStack[w] = 1
          depth++
          callNode[depth] = w
          callEdge[depth] = outStart[w]!
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!
        }
        continue
      }
      if (low[v] === index[v]) {
        let size = 0
        let w: number
        const base = top
        do {
          w = stack[--top]!
          onStack[w] = 0
          size++
        } while (w !== v)
        if (size > 1) for (let k = top; k < base; k++) looped[stack[k]!] = 1
      }
      depth--
      if (depth >= 0) {
        const u = callNode[depth]!
        if (low[v]! < low[u]!) low[u] = low[v]!
      }
    }
  }
  const cycle: number[] = []
  for (let i = 0; i < n; i++) if (looped[i] === 1) cycle.push(i)
  return cycle
}

/** A binary min-heap of node positions: the lowest position comes out first. */
class MinHeap {
  #items: Int32Array
  size = 0

  constructor(capacity: number) {
    this.#items = new Int32Array(Math.max(1, capacity))
  }

  push(value: number): void {
    const a = this.#items
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (a[parent]! <= value) break
      a[i] = a[parent]!
      i = parent
    }
    a[i] = value
  }

  pop(): number {
    const a = this.#items
    const top = a[0]!
    const last = a[--this.size]!
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= this.size) break
      const r = l + 1
      const c = r < this.size && a[r]! < a[l]! ? r : l
      if (a[c]! >= last) break
      a[i] = a[c]!
      i = c
    }
    a[i] = last
    return top
  }
}
