import { Position } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { arrowHeadPath } from '../../../src/renderer/src/canvas/edges/arrowHead'

/** The three corners of the closed path, in order: one side of the base, the tip, the other side. */
function corners(d: string): [[number, number], [number, number], [number, number]] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number)
  expect(d.startsWith('M') && d.endsWith('Z')).toBe(true)
  return [
    [numbers[0]!, numbers[1]!],
    [numbers[2]!, numbers[3]!],
    [numbers[4]!, numbers[5]!]
  ]
}

describe('arrowHeadPath', () => {
  it.each([
    [Position.Left, [-1, 0]],
    [Position.Right, [1, 0]],
    [Position.Top, [0, -1]],
    [Position.Bottom, [0, 1]]
  ] as const)('points into a handle on the %s side, tip on the end point', (side, [bx, by]) => {
    const [a, tip, b] = corners(arrowHeadPath(100, 50, side))
    expect(tip).toEqual([100, 50])
    // The base's midpoint lies behind the tip, on the side the edge comes from.
    const mid = [(a[0] + b[0]) / 2 - 100, (a[1] + b[1]) / 2 - 50]
    expect(Math.sign(mid[0]!)).toBe(bx === 0 ? 0 : bx)
    expect(Math.sign(mid[1]!)).toBe(by === 0 ? 0 : by)
    // The base is square to the direction of travel.
    expect((a[0] - b[0]) * mid[0]! + (a[1] - b[1]) * mid[1]!).toBeCloseTo(0)
  })
})
