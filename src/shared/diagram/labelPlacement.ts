import { pointOnEdge, type EdgeEnds } from './edgeGeometry'
import type { Rect } from './groups'
import { RectIndex } from './rectIndex'

/**
 * Where each edge label goes: on the longest stretch of its edge that no card covers, so a label
 * is never cut by a card. A label with no stretch long enough is shortened (the canvas shows the
 * rest in a tooltip). Worked out when cards or edges change, not on every drag frame: the result
 * is a fraction along the edge, which the edge keeps while its ends move.
 */
export interface LabelBox {
  /** Natural width of the text pill. */
  width: number
  /** Narrowest the pill may become (the verdict icon and an ellipsis). */
  minWidth: number
  /** Pill height; the pill is centred on its point of the edge. */
  height: number
  /** Something hanging under the pill that cannot shrink (a fix button): its size and gap. */
  below?: { width: number; height: number; gap: number }
}

export interface LabelledEdge {
  id: string
  source: string
  target: string
  box: LabelBox
}

export interface LabelPlacement {
  /** Fraction along the edge, 0 at the source. */
  t: number
  /** Width the pill gets; less than its natural width when it had to be shortened. */
  width: number
}

/** Clear space kept between a label and a card. */
const CLEARANCE = 4
/** Points tried along each edge: an odd number, so the middle is one of them. */
const SAMPLES = 25
/** Shorter widths tried, as fractions of the natural width, before the narrowest. */
const SHRINK = [0.75, 0.5]

function ends(from: Rect, to: Rect): EdgeEnds {
  // Cards take edges on the right and give them on the left, centred vertically.
  return {
    sourceX: from.x + from.width,
    sourceY: from.y + from.height / 2,
    sourceSide: 'right',
    targetX: to.x,
    targetY: to.y + to.height / 2,
    targetSide: 'left'
  }
}

function boxAt(p: { x: number; y: number }, box: LabelBox, width: number): Rect {
  const below = box.below
  const w = Math.max(width, below?.width ?? 0)
  const h = box.height + (below ? below.gap + below.height : 0)
  return { x: p.x - w / 2, y: p.y - box.height / 2, width: w, height: h }
}

/** The middle of the longest run of free samples (ties: the run nearest the edge's middle). */
function bestRun(free: boolean[]): number | undefined {
  let best: { start: number; length: number } | undefined
  let start = -1
  for (let i = 0; i <= free.length; i++) {
    if (i < free.length && free[i]) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) {
      const length = i - start
      const middle = (start + i - 1) / 2
      const centre = (free.length - 1) / 2
      if (
        !best ||
        length > best.length ||
        (length === best.length &&
          Math.abs(middle - centre) < Math.abs(best.start + (best.length - 1) / 2 - centre))
      ) {
        best = { start, length }
      }
      start = -1
    }
  }
  return best ? Math.round(best.start + (best.length - 1) / 2) : undefined
}

function leastCovered(
  points: Array<{ x: number; y: number }>,
  box: LabelBox,
  cards: RectIndex
): number {
  let best = { i: Math.floor(points.length / 2), area: Infinity }
  points.forEach((p, i) => {
    const area = cards.coveredArea(boxAt(p, box, box.minWidth))
    if (
      area < best.area ||
      (area === best.area &&
        Math.abs(i - (points.length - 1) / 2) < Math.abs(best.i - (points.length - 1) / 2))
    )
      best = { i, area }
  })
  return best.i
}

export function placeEdgeLabels(
  cards: ReadonlyMap<string, Rect>,
  edges: readonly LabelledEdge[]
): Map<string, LabelPlacement> {
  const cardIndex = new RectIndex([...cards.values()], CLEARANCE)
  const labelIndex = new RectIndex([], CLEARANCE)
  const out = new Map<string, LabelPlacement>()
  const ts = Array.from({ length: SAMPLES }, (_, i) => 0.04 + (0.92 * i) / (SAMPLES - 1))
  for (const edge of edges) {
    const from = cards.get(edge.source)
    const to = cards.get(edge.target)
    if (!from || !to) continue
    const e = ends(from, to)
    const points = ts.map((t) => pointOnEdge(e, t))
    const widths = [
      edge.box.width,
      ...SHRINK.map((f) => edge.box.width * f).filter((w) => w > edge.box.minWidth),
      edge.box.minWidth
    ]
    let placed: { i: number; width: number } | undefined
    // Clear of cards and of labels already placed; failing that, clear of cards at least.
    for (const avoidLabels of [true, false]) {
      for (const width of widths) {
        const i = bestRun(
          points.map((p) => {
            const r = boxAt(p, edge.box, width)
            return !cardIndex.hits(r) && !(avoidLabels && labelIndex.hits(r))
          })
        )
        if (i !== undefined) {
          placed = { i, width }
          break
        }
      }
      if (placed) break
    }
    // Covered end to end: as narrow as it goes, where the cards cover it least.
    const at = placed ?? { i: leastCovered(points, edge.box, cardIndex), width: edge.box.minWidth }
    labelIndex.add(boxAt(points[at.i]!, edge.box, at.width))
    out.set(edge.id, { t: ts[at.i]!, width: Math.floor(at.width) })
  }
  return out
}
