/**
 * Id → position maps of a diagram's node and edge lists, shared by whoever needs one for the
 * same list: the validator builds them as it goes and registers them, the estimator then finds
 * them instead of hashing 25,000 ids again. Lists are immutable; a registered map may hold
 * more (ids appended in a later list, or removed since), so a position is only trusted after
 * checking it is inside the list and holds that id: use positionIn().
 */
const INDEXES = new WeakMap<ReadonlyArray<{ readonly id: string }>, ReadonlyMap<string, number>>()

export function registerIndex(
  list: ReadonlyArray<{ readonly id: string }>,
  index: ReadonlyMap<string, number>
): void {
  INDEXES.set(list, index)
}

/** The map registered for `list`, or one built (the last of repeated ids wins) and registered. */
export function indexOf(list: ReadonlyArray<{ readonly id: string }>): ReadonlyMap<string, number> {
  let index = INDEXES.get(list)
  if (!index) {
    const built = new Map<string, number>()
    for (let i = 0; i < list.length; i++) built.set(list[i]!.id, i)
    INDEXES.set(list, built)
    index = built
  }
  return index
}

/** The position of `id` among the first `length` items of `list` by `index`, or −1. */
export function positionIn(
  index: ReadonlyMap<string, number>,
  list: ReadonlyArray<{ readonly id: string }>,
  id: string,
  length = list.length
): number {
  const p = index.get(id)
  return p !== undefined && p < length && list[p]!.id === id ? p : -1
}

/** Each edge's end positions in a node list (−1 for both when an end is missing). */
export interface EdgeEnds {
  from: Int32Array
  to: Int32Array
}

const ENDS = new WeakMap<
  ReadonlyArray<{ readonly id: string }>,
  { nodes: ReadonlyArray<{ readonly id: string }>; ends: EdgeEnds }
>()

/**
 * Registers where each edge of `edges` starts and ends in `nodes` (the validator works them out
 * anyway); the arrays may be longer than the list and grow past it later, never change below.
 */
export function registerEdgeEnds(
  edges: ReadonlyArray<{ readonly id: string }>,
  nodes: ReadonlyArray<{ readonly id: string }>,
  ends: EdgeEnds
): void {
  ENDS.set(edges, { nodes, ends })
}

/** The ends registered for exactly this edge list in exactly this node list, or worked out and registered. */
export function edgeEndsOf(
  edges: ReadonlyArray<{ readonly source: string; readonly target: string; readonly id: string }>,
  nodes: ReadonlyArray<{ readonly id: string }>
): EdgeEnds {
  const entry = ENDS.get(edges)
  if (entry && entry.nodes === nodes) return entry.ends
  const index = indexOf(nodes)
  const ends = { from: new Int32Array(edges.length), to: new Int32Array(edges.length) }
  for (let k = 0; k < edges.length; k++) {
    const s = positionIn(index, nodes, edges[k]!.source)
    const t = positionIn(index, nodes, edges[k]!.target)
    ends.from[k] = s < 0 || t < 0 ? -1 : s
    ends.to[k] = s < 0 || t < 0 ? -1 : t
  }
  registerEdgeEnds(edges, nodes, ends)
  return ends
}
