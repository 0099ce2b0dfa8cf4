/** Anything kept in a list and known by id: nodes, edges. */
export type IdList = ReadonlyArray<{ readonly id: string }>

/**
 * An id → position map of `list`, the last of repeated ids winning (as edges see them: the
 * loader refuses repeats, but a diagram being edited can hold them for a moment).
 */
export function idPositions(list: IdList): Map<string, number> {
  const index = new Map<string, number>()
  for (let i = 0; i < list.length; i++) index.set(list[i]!.id, i)
  return index
}

/**
 * The position of `id` among the first `length` items of `list` by `index`, or −1. An index may
 * be shared with later versions of the list and hold more (ids appended since, or removed), so a
 * position is trusted only when it is inside the list and holds that id.
 */
export function positionIn(
  index: ReadonlyMap<string, number>,
  list: IdList,
  id: string,
  length = list.length
): number {
  const p = index.get(id)
  return p !== undefined && p < length && list[p]!.id === id ? p : -1
}
