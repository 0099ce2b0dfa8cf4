/**
 * The curve React Flow draws for a bezier edge (`getBezierPath` in @xyflow/system, curvature
 * 0.25), its arrowhead and where it meets a service card, without React Flow: label placement,
 * the canvas and the SVG export all read the same geometry.
 */
export type Side = 'left' | 'right' | 'top' | 'bottom'

export interface Point {
  x: number
  y: number
}

export interface EdgeEnds {
  sourceX: number
  sourceY: number
  sourceSide: Side
  targetX: number
  targetY: number
  targetSide: Side
}

/**
 * Where edges meet a service card of the given size, from styles.css: the 10 px handles sit in
 * the card's flex row, the target's left edge 1 px left of the card, the source's right edge
 * 4 px right of it (the 4 px left border against the 1 px right one), both vertically centred.
 */
export function serviceHandles(
  position: Point,
  size: { width: number; height: number }
): { source: Point; target: Point } {
  const y = position.y + size.height / 2
  return { source: { x: position.x + size.width + 4, y }, target: { x: position.x - 1, y } }
}

const CURVATURE = 0.25

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance)
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'left':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y }
    case 'right':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y }
    case 'top':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) }
    case 'bottom':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) }
  }
}

/** The point at `t` (0 at the source, 1 at the target) on the edge's cubic curve. */
export function pointOnEdge(e: EdgeEnds, t: number): Point {
  const source = { x: e.sourceX, y: e.sourceY }
  const target = { x: e.targetX, y: e.targetY }
  const c1 = control(e.sourceSide, source, target)
  const c2 = control(e.targetSide, target, source)
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return {
    x: a * source.x + b * c1.x + c * c2.x + d * target.x,
    y: a * source.y + b * c1.y + c * c2.y + d * target.y
  }
}

/** The path and the point its label centres on by default (the curve at t = 0.5). */
export function bezierEdge(
  source: Point,
  sourceSide: Side,
  target: Point,
  targetSide: Side
): { path: string; label: Point } {
  const c1 = control(sourceSide, source, target)
  const c2 = control(targetSide, target, source)
  return {
    path: `M${source.x},${source.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${target.x},${target.y}`,
    label: pointOnEdge(
      {
        sourceX: source.x,
        sourceY: source.y,
        sourceSide,
        targetX: target.x,
        targetY: target.y,
        targetSide
      },
      0.5
    )
  }
}

/** Length and half-width of an edge's arrowhead, in flow units (React Flow's closed arrow is about this size). */
const ARROW_LENGTH = 9
const ARROW_HALF_WIDTH = 5

/** A closed arrowhead whose tip is the edge's end, pointing into a handle on the given side of the target. */
export function arrowHeadPath(x: number, y: number, side: Side): string {
  // The direction the edge travels as it enters the target.
  const [dx, dy] =
    side === 'left' ? [1, 0] : side === 'right' ? [-1, 0] : side === 'top' ? [0, 1] : [0, -1]
  const baseX = x - dx * ARROW_LENGTH
  const baseY = y - dy * ARROW_LENGTH
  const px = -dy * ARROW_HALF_WIDTH
  const py = dx * ARROW_HALF_WIDTH
  return `M${baseX + px},${baseY + py}L${x},${y}L${baseX - px},${baseY - py}Z`
}
