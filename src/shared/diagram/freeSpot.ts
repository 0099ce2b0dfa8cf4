import type { Rect } from './groups'
import { insideRect, RectIndex } from './rectIndex'
import type { Diagram } from './types'

export { rectsOverlap } from './rectIndex'

/**
 * Where a new item goes when the user did not point at a spot (keyboard add, paste, duplicate,
 * one-click fixes): the free spot nearest to where it would naturally go, inside the part of the
 * canvas the user can see. One finder for all of them, so none of them stacks a card on another
 * or hides it under a panel.
 */
export interface FreeSpotQuery {
  /** Size of the item to place. */
  size: { width: number; height: number }
  /** Top-left corner the item would take if nothing were in the way. */
  preferred: { x: number; y: number }
  /** What the item must not overlap: cards, notes, panels over the canvas (all in flow coordinates). */
  occupied: readonly Rect[]
  /** The visible canvas in flow coordinates; a spot inside it wins over any spot outside. */
  area?: Rect
  /** Clear space kept around the item. */
  margin?: number
}

export const DEFAULT_SPOT_MARGIN = 20
/** Candidate spots sit on a grid of this pitch (the canvas's snap grid) around the preferred one. */
const BASE_STEP = 20
/** Rings searched before giving up on the nearby canvas; the step widens on big areas to stay within it. */
const MAX_RINGS = 120

/** The nearest free spot on square rings around the preferred one, or undefined within `rings`. */
function ringSearch(
  q: FreeSpotQuery,
  index: RectIndex,
  step: number,
  rings: number,
  within: Rect | undefined
): { x: number; y: number } | undefined {
  const { width, height } = q.size
  const free = (x: number, y: number) => {
    const r = { x, y, width, height }
    return (!within || insideRect(r, within)) && !index.hits(r)
  }
  const { x: px, y: py } = q.preferred
  if (free(px, py)) return { x: px, y: py }
  for (let k = 1; k <= rings; k++) {
    let best: { x: number; y: number; d: number } | undefined
    const consider = (i: number, j: number) => {
      const x = px + i * step
      const y = py + j * step
      const d = i * i + j * j
      if ((!best || d < best.d) && free(x, y)) best = { x, y, d }
    }
    for (let i = -k; i <= k; i++) {
      consider(i, -k)
      consider(i, k)
    }
    for (let j = -k + 1; j <= k - 1; j++) {
      consider(-k, j)
      consider(k, j)
    }
    if (best) return { x: best.x, y: best.y }
  }
  return undefined
}

/** The top-left corner of a spot where an item of the given size overlaps nothing. */
export function findFreeSpot(q: FreeSpotQuery): { x: number; y: number } {
  const margin = q.margin ?? DEFAULT_SPOT_MARGIN
  const index = new RectIndex(q.occupied, margin)
  const { area } = q
  if (area && area.width >= q.size.width && area.height >= q.size.height) {
    // Start from the preferred spot pulled into the view, and search as far as the view reaches.
    const preferred = {
      x: Math.min(Math.max(q.preferred.x, area.x), area.x + area.width - q.size.width),
      y: Math.min(Math.max(q.preferred.y, area.y), area.y + area.height - q.size.height)
    }
    const reach = Math.max(
      Math.abs(preferred.x - area.x),
      Math.abs(area.x + area.width - preferred.x),
      Math.abs(preferred.y - area.y),
      Math.abs(area.y + area.height - preferred.y)
    )
    const step = Math.max(BASE_STEP, Math.ceil(reach / MAX_RINGS / BASE_STEP) * BASE_STEP)
    const inView = ringSearch({ ...q, preferred }, index, step, Math.ceil(reach / step), area)
    if (inView) return inView
  }
  // The view is full (or unknown): the nearest free spot anywhere near the preferred one.
  const nearby = ringSearch(q, index, BASE_STEP, MAX_RINGS, undefined)
  if (nearby) return nearby
  // Still nothing: right of everything, which is always free.
  const right = Math.max(...q.occupied.map((r) => r.x + r.width))
  return { x: right + margin, y: q.preferred.y }
}

export interface Size {
  width: number
  height: number
}

/** Size of a service card React Flow has not measured yet. */
export const DEFAULT_CARD_SIZE: Size = { width: 190, height: 60 }

/** What new items must keep clear of: the diagram's cards and notes, and what covers the canvas. */
export interface Surroundings {
  /** Measured size of a card, when React Flow has measured it. */
  sizeOf?(id: string): Size | undefined
  /** The visible, unobstructed canvas in flow coordinates. */
  area?: Rect
  /** Panels over the canvas (minimap, controls), in flow coordinates. */
  blocked?: readonly Rect[]
}

/** Cards and notes as rectangles; frames are left out, since a new card may land inside one. */
export function occupiedRects(
  diagram: Diagram,
  around: Surroundings = {},
  except?: ReadonlySet<string>
): Rect[] {
  const rects: Rect[] = [...(around.blocked ?? [])]
  for (const n of diagram.nodes) {
    if (except?.has(n.id)) continue
    rects.push({ ...n.position, ...(around.sizeOf?.(n.id) ?? DEFAULT_CARD_SIZE) })
  }
  for (const n of diagram.notes ?? []) {
    if (except?.has(n.id)) continue
    rects.push({ ...n.position, ...(n.size ?? around.sizeOf?.(n.id) ?? DEFAULT_CARD_SIZE) })
  }
  return rects
}

/** The free spot nearest `preferred` among the diagram's cards and notes (and in view, when the view is known). */
export function freeSpotIn(
  diagram: Diagram,
  around: Surroundings,
  size: Size,
  preferred: { x: number; y: number }
): { x: number; y: number } {
  const query: FreeSpotQuery = { size, preferred, occupied: occupiedRects(diagram, around) }
  if (around.area) query.area = around.area
  return findFreeSpot(query)
}

/** Horizontal room a hop needs between two cards for a readable edge label. */
export const EDGE_LABEL_ROOM = 150

/**
 * Top-left corners for items laid out in one row, left to right, `gap` apart: the row as a whole
 * goes to the free spot nearest `preferred` (its top-left corner), so every item is free.
 */
export function findFreeRow(
  sizes: readonly Size[],
  preferred: { x: number; y: number },
  gap: number,
  occupied: readonly Rect[],
  area?: Rect
): Array<{ x: number; y: number }> {
  const width = sizes.reduce((sum, s) => sum + s.width, 0) + gap * Math.max(0, sizes.length - 1)
  const height = Math.max(...sizes.map((s) => s.height))
  const query: FreeSpotQuery = { size: { width, height }, preferred, occupied }
  if (area) query.area = area
  const at = findFreeSpot(query)
  let x = at.x
  return sizes.map((s) => {
    const spot = { x, y: at.y + (height - s.height) / 2 }
    x += s.width + gap
    return spot
  })
}
