import { getBezierPath, Position } from '@xyflow/system'
import { describe, expect, it } from 'vitest'
import { pointOnEdge, type Side } from '../../../src/shared/diagram/edgeGeometry'

const POSITION: Record<Side, Position> = {
  left: Position.Left,
  right: Position.Right,
  top: Position.Top,
  bottom: Position.Bottom
}

describe('pointOnEdge', () => {
  const cases: Array<[number, number, Side, number, number, Side]> = [
    [0, 0, 'right', 400, 120, 'left'],
    [500, 40, 'right', 100, -200, 'left'],
    [0, 0, 'bottom', 60, 300, 'top']
  ]
  it.each(cases)(
    "goes through React Flow's own middle of the edge (%d,%d → %d,%d)",
    (sx, sy, ss, tx, ty, ts) => {
      const [, labelX, labelY] = getBezierPath({
        sourceX: sx,
        sourceY: sy,
        sourcePosition: POSITION[ss],
        targetX: tx,
        targetY: ty,
        targetPosition: POSITION[ts]
      })
      const mid = pointOnEdge(
        { sourceX: sx, sourceY: sy, sourceSide: ss, targetX: tx, targetY: ty, targetSide: ts },
        0.5
      )
      expect(mid.x).toBeCloseTo(labelX, 6)
      expect(mid.y).toBeCloseTo(labelY, 6)
    }
  )

  it('starts at the source and ends at the target', () => {
    const e = {
      sourceX: 10,
      sourceY: 20,
      sourceSide: 'right' as const,
      targetX: 300,
      targetY: -40,
      targetSide: 'left' as const
    }
    expect(pointOnEdge(e, 0)).toEqual({ x: 10, y: 20 })
    expect(pointOnEdge(e, 1)).toEqual({ x: 300, y: -40 })
  })
})
