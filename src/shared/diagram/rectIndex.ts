import type { Rect } from './groups'

/** Cell size of the index: a query looks at the few rectangles in the cells it touches. */
const CELL = 256
/** Cells are keyed by one number (a string key per look-up doubled the cost of placing labels). */
const SPAN = 1 << 20

function key(cx: number, cy: number): number {
  return cx * SPAN + cy
}

export function rectsOverlap(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  )
}

export function insideRect(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

/** A uniform grid over the occupied rectangles, so a candidate is tested against its neighbours only. */
export class RectIndex {
  private readonly cells = new Map<number, Rect[]>()
  constructor(
    rects: readonly Rect[],
    private readonly reach: number
  ) {
    for (const r of rects) this.add(r)
  }

  add(r: Rect): void {
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) {
        const list = this.cells.get(key(cx, cy))
        if (list) list.push(r)
        else this.cells.set(key(cx, cy), [r])
      }
    }
  }

  /** Does the rectangle come within `reach` of any indexed one? */
  hits(r: Rect): boolean {
    const m = this.reach
    for (
      let cx = Math.floor((r.x - m) / CELL);
      cx <= Math.floor((r.x + r.width + m) / CELL);
      cx++
    ) {
      for (
        let cy = Math.floor((r.y - m) / CELL);
        cy <= Math.floor((r.y + r.height + m) / CELL);
        cy++
      ) {
        for (const o of this.cells.get(key(cx, cy)) ?? []) if (rectsOverlap(r, o, m)) return true
      }
    }
    return false
  }

  /** How much of the rectangle the indexed ones cover (overlaps added up). */
  coveredArea(r: Rect): number {
    const seen = new Set<Rect>()
    let area = 0
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) {
        for (const o of this.cells.get(key(cx, cy)) ?? []) {
          if (seen.has(o)) continue
          seen.add(o)
          const w = Math.min(r.x + r.width, o.x + o.width) - Math.max(r.x, o.x)
          const h = Math.min(r.y + r.height, o.y + o.height) - Math.max(r.y, o.y)
          if (w > 0 && h > 0) area += w * h
        }
      }
    }
    return area
  }
}
