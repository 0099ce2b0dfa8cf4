import type { Rect } from '../../../src/shared/layout/layoutGraph'

/** True when two rectangles share interior area; touching edges do not count. */
export function hasOverlap(rects: ReadonlyArray<Rect>): boolean {
  const sorted = [...rects].sort((a, b) => a.x - b.x)
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!
      if (b.x >= a.x + a.width) break
      if (a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width) return true
    }
  }
  return false
}
