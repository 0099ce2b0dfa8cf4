import { describe, expect, it } from 'vitest'
import { bezierEdge, serviceHandles } from '../../../src/shared/diagram/edgeGeometry'

describe('edge geometry shared with the canvas', () => {
  it('gives the path and label point React Flow drew for the same cards (clickstream fixture, Chromium)', () => {
    // Producer (0,0) 223.53125 × 56 → Kinesis Data Streams (340,0) × 63.59375, as measured on the canvas.
    const from = serviceHandles({ x: 0, y: 0 }, { width: 223.53125, height: 56 }).source
    const to = serviceHandles({ x: 340, y: 0 }, { width: 233, height: 63.59375 }).target
    const edge = bezierEdge(from, 'right', to, 'left')
    expect(edge.path).toBe('M227.53125,28 C283.265625,28 283.265625,31.796875 339,31.796875')
    expect(edge.label.x).toBeCloseTo(283.266, 3)
    expect(edge.label.y).toBeCloseTo(29.8984, 3)
  })

  it('curves back around when the target is left of the source, as React Flow does', () => {
    const edge = bezierEdge({ x: 400, y: 0 }, 'right', { x: 0, y: 100 }, 'left')
    // Offset 0.25 × 25 × √400 = 125 out of each end.
    expect(edge.path).toBe('M400,0 C525,0 -125,100 0,100')
  })
})
