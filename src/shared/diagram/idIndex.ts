/**
 * Id → position maps of a diagram's node and edge lists, shared by whoever needs one for the
 * same list: the validator builds them as it goes and registers them, the estimator then finds
 * them instead of hashing 25,000 ids again. Lists are immutable; a registered map may hold
 * more (ids appended in a later list, or removed since), so a position is only trusted after
 * checking it is inside the list and holds that id: use positionIn().
 */
const INDEXES = new WeakMap<ReadonlyArray<{ readonly id: string }>, ReadonlyMap<string, number>>()

export function registerIndex(list: ReadonlyArray<{ readonly id: string }>, index: ReadonlyMap<string, number>): void {
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

/** The position of `id` in `list` by `index`, or −1. */
export function positionIn(index: ReadonlyMap<string, number>, list: ReadonlyArray<{ readonly id: string }>, id: string): number {
  const p = index.get(id)
  return p !== undefined && p < list.length && list[p]!.id === id ? p : -1
}
