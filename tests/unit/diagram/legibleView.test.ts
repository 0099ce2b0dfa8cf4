import { describe, expect, it } from 'vitest'
import { LEGIBLE_ZOOM, legibleViewport } from '../../../src/shared/diagram/legibleView'

const PANE = { width: 900, height: 620 }

describe('legibleViewport', () => {
  it('fits a small diagram, centred, at no more than 100 %', () => {
    const v = legibleViewport({ x: 0, y: 0, width: 400, height: 100 }, undefined, PANE)
    expect(v.zoom).toBe(1)
    expect(v.x + 200 * v.zoom).toBeCloseTo(450)
    expect(v.y + 50 * v.zoom).toBeCloseTo(310)
  })

  it('fits a diagram that fits at a legible zoom whole', () => {
    const v = legibleViewport({ x: 100, y: -50, width: 1600, height: 300 }, undefined, PANE)
    expect(v.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM)
    expect(v.x + 100 * v.zoom).toBeGreaterThanOrEqual(0)
    expect(v.x + 1700 * v.zoom).toBeLessThanOrEqual(PANE.width)
  })

  it('never opens below the legible zoom: a long diagram opens at it, its sources at the left', () => {
    const sources = { x: 0, y: 200, width: 190, height: 60 }
    const v = legibleViewport({ x: 0, y: 0, width: 6000, height: 400 }, sources, PANE)
    expect(v.zoom).toBe(LEGIBLE_ZOOM)
    const left = v.x + sources.x * v.zoom
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(100)
  })

  it('centres the sources across the flow when the diagram is also too tall', () => {
    const sources = { x: 0, y: 1500, width: 190, height: 60 }
    const v = legibleViewport({ x: 0, y: 0, width: 5000, height: 3000 }, sources, PANE)
    expect(v.zoom).toBe(LEGIBLE_ZOOM)
    expect(v.y + 1530 * v.zoom).toBeCloseTo(PANE.height / 2)
  })
})
