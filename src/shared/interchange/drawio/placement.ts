import { DEFAULT_CARD_SIZE } from '../../diagram/freeSpot'
import { DRAWIO_GEOMETRY } from './drawioLimits'
import type { Point } from './mxCells'

const G = DRAWIO_GEOMETRY

/**
 * How much to spread a drawing so that ~78 px icons become 190 × 60 cards without overlapping:
 * the smallest factor at which every two services drawn side by side (or one above the other)
 * are a card and a gap apart on one axis. The author's arrangement is kept; only the spacing grows.
 */
export function spreadFactor(centers: readonly Point[]): number {
  if (centers.length > G.pairwiseLimit) return G.fallbackScale
  const needX = DEFAULT_CARD_SIZE.width + G.cardGap
  const needY = DEFAULT_CARD_SIZE.height + G.cardGap
  let scale = 1
  for (let i = 0; i < centers.length; i++)
    for (let j = i + 1; j < centers.length; j++) {
      const dx = Math.abs(centers[i]!.x - centers[j]!.x)
      const dy = Math.abs(centers[i]!.y - centers[j]!.y)
      // Icons drawn on the same spot cannot be separated by scaling; they are left as drawn.
      if (dx < 1 && dy < 1) continue
      const pair = Math.min(dx < 1 ? Infinity : needX / dx, dy < 1 ? Infinity : needY / dy)
      if (pair > scale) scale = pair
    }
  return Math.min(scale, G.maxScale)
}

const LIMIT = 9_000_000

/** A coordinate inside the schema's bounds, rounded to a whole pixel. */
export function coordinate(n: number): number {
  return Math.max(-LIMIT, Math.min(LIMIT, Math.round(n)))
}
