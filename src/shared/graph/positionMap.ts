import { positionIn } from './positions'

/** What a validation result's `edges` and `nodeProblems` offer: a read-only map by id. */
export interface ReadonlyLookup<V> extends Iterable<[string, V]> {
  readonly size: number
  get(id: string): V | undefined
  has(id: string): boolean
  entries(): IterableIterator<[string, V]>
  keys(): IterableIterator<string>
  values(): IterableIterator<V>
  forEach(callback: (value: V, id: string) => void): void
}

/**
 * A read-only map whose values are held by position, found through an id → position index. A
 * result's maps are views like this, not maps of their own: building a 15,000-entry Map cost
 * more than everything else an edit does. A later result that only appended elements shares
 * the index and the arrays and writes only past this view's `length`, so the view stays as it
 * was. With a repeated id (which the loader refuses) the last position is the id's.
 */
export class PositionMap<V> implements ReadonlyLookup<V> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly items: ReadonlyArray<{ readonly id: string }>,
    private readonly slots: ReadonlyArray<V | undefined>,
    private readonly length: number,
    private knownSize?: number
  ) {}

  get size(): number {
    return (this.knownSize ??= countPresent(this.index, this.items, this.slots, this.length, true))
  }

  get(id: string): V | undefined {
    // The index may be shared with later lists (see graph/diagramIndex.ts): trust only its own ids.
    const p = positionIn(this.index, this.items, id, this.length)
    return p < 0 ? undefined : this.slots[p]
  }

  has(id: string): boolean {
    return this.get(id) !== undefined
  }

  *entries(): IterableIterator<[string, V]> {
    for (let p = 0; p < this.length; p++) {
      const value = this.slots[p]
      if (value === undefined) continue
      const id = this.items[p]!.id
      if (this.index.get(id) === p) yield [id, value]
    }
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries()
  }

  *keys(): IterableIterator<string> {
    for (const [id] of this.entries()) yield id
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  forEach(callback: (value: V, id: string) => void): void {
    for (const [id, value] of this.entries()) callback(value, id)
  }
}

/** How many positions below `length` hold a value and are their id's own (for `size`). */
export function countPresent(
  index: ReadonlyMap<string, number>,
  items: ReadonlyArray<{ readonly id: string }>,
  values: ReadonlyArray<unknown>,
  length: number,
  repeatedIds: boolean
): number {
  let n = 0
  for (let p = 0; p < length; p++) {
    if (values[p] !== undefined && (!repeatedIds || index.get(items[p]!.id) === p)) n++
  }
  return n
}
