import type { Point } from '../../../shared/layout/layoutGraph'

/** Slow start and end, so nodes visibly travel rather than snap. */
function easeInOutCubic(t: number): number {
  const u = Math.min(1, Math.max(0, t))
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2
}

/**
 * Positions at animation progress t (0…1, eased) for every id in `to`. An id missing from `from`
 * is already at its target. t = 0 gives `from`, t = 1 gives `to` exactly.
 */
export function interpolatePositions(
  from: ReadonlyMap<string, Point>,
  to: ReadonlyMap<string, Point>,
  t: number,
  ease: (t: number) => number = easeInOutCubic
): Map<string, Point> {
  const out = new Map<string, Point>()
  const k = t <= 0 ? 0 : t >= 1 ? 1 : ease(t)
  for (const [id, end] of to) {
    const start = from.get(id)
    if (!start || k === 1) out.set(id, { x: end.x, y: end.y })
    else out.set(id, { x: start.x + (end.x - start.x) * k, y: start.y + (end.y - start.y) * k })
  }
  return out
}
