/**
 * The curve React Flow draws for a bezier edge (`getBezierPath` in @xyflow/system, curvature
 * 0.25), so code without React Flow can tell where along an edge a label sits.
 */
export type Side = 'left' | 'right' | 'top' | 'bottom'

export interface EdgeEnds {
  sourceX: number
  sourceY: number
  sourceSide: Side
  targetX: number
  targetY: number
  targetSide: Side
}

const CURVATURE = 0.25

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance)
}

function control(side: Side, x1: number, y1: number, x2: number, y2: number): [number, number] {
  switch (side) {
    case 'left':
      return [x1 - controlOffset(x1 - x2), y1]
    case 'right':
      return [x1 + controlOffset(x2 - x1), y1]
    case 'top':
      return [x1, y1 - controlOffset(y1 - y2)]
    case 'bottom':
      return [x1, y1 + controlOffset(y2 - y1)]
  }
}

/** The point at `t` (0 at the source, 1 at the target) on the edge's cubic curve. */
export function pointOnEdge(e: EdgeEnds, t: number): { x: number; y: number } {
  const [c1x, c1y] = control(e.sourceSide, e.sourceX, e.sourceY, e.targetX, e.targetY)
  const [c2x, c2y] = control(e.targetSide, e.targetX, e.targetY, e.sourceX, e.sourceY)
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return { x: a * e.sourceX + b * c1x + c * c2x + d * e.targetX, y: a * e.sourceY + b * c1y + c * c2y + d * e.targetY }
}
