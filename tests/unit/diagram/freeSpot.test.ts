import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findFreeRow,
  findFreeSpot,
  occupiedRects,
  rectsOverlap
} from '../../../src/shared/diagram/freeSpot'
import type { Rect } from '../../../src/shared/diagram/groups'
import { diagram, node } from '../helpers'

const CARD = { width: 190, height: 60 }
const MARGIN = 20

const rect = (x: number, y: number, width = CARD.width, height = CARD.height): Rect => ({
  x,
  y,
  width,
  height
})
const placed = (spot: { x: number; y: number }, size = CARD): Rect => ({ ...spot, ...size })
const inside = (r: Rect, area: Rect) =>
  r.x >= area.x &&
  r.y >= area.y &&
  r.x + r.width <= area.x + area.width &&
  r.y + r.height <= area.y + area.height

const arbRect = (span: number, maxSize: number) =>
  fc.record({
    x: fc.integer({ min: -span, max: span }),
    y: fc.integer({ min: -span, max: span }),
    width: fc.integer({ min: 10, max: maxSize }),
    height: fc.integer({ min: 10, max: maxSize })
  })

describe('findFreeSpot', () => {
  it('keeps the preferred spot when it is free and in view', () => {
    const area = rect(0, 0, 1000, 600)
    expect(
      findFreeSpot({ size: CARD, preferred: { x: 300, y: 200 }, occupied: [rect(0, 0)], area })
    ).toEqual({ x: 300, y: 200 })
  })

  it('moves off a card in the way to the nearest clear spot, keeping the margin', () => {
    const occupied = [rect(300, 200)]
    const spot = findFreeSpot({
      size: CARD,
      preferred: { x: 300, y: 200 },
      occupied,
      area: rect(0, 0, 1000, 600)
    })
    expect(rectsOverlap(placed(spot), occupied[0]!, MARGIN)).toBe(false)
    // Nearest: straight above or below the card (a card is wider than it is tall).
    expect(spot.x).toBe(300)
    expect(Math.abs(spot.y - 200)).toBe(CARD.height + MARGIN)
  })

  it('pulls a spot outside the view into it', () => {
    const area = rect(0, 0, 1000, 600)
    const spot = findFreeSpot({ size: CARD, preferred: { x: 5000, y: -3000 }, occupied: [], area })
    expect(inside(placed(spot), area)).toBe(true)
  })

  it('keeps out from under panels given as occupied', () => {
    const area = rect(0, 0, 1000, 600)
    const minimap = rect(760, 420, 240, 180)
    const spot = findFreeSpot({
      size: CARD,
      preferred: { x: 800, y: 500 },
      occupied: [minimap],
      area
    })
    expect(rectsOverlap(placed(spot), minimap)).toBe(false)
    expect(inside(placed(spot), area)).toBe(true)
  })

  it('goes outside the view, still clear of everything, when the view is full', () => {
    const area = rect(0, 0, 400, 200)
    const spot = findFreeSpot({
      size: CARD,
      preferred: { x: 100, y: 50 },
      occupied: [rect(-50, -50, 500, 300)],
      area
    })
    expect(rectsOverlap(placed(spot), rect(-50, -50, 500, 300))).toBe(false)
  })

  it('property: never overlaps anything, whatever is in the way', () => {
    fc.assert(
      fc.property(
        fc.array(arbRect(1500, 600), { maxLength: 40 }),
        arbRect(1500, 400),
        fc.option(arbRect(1500, 2000), { nil: undefined }),
        (occupied, item, area) => {
          const size = { width: item.width, height: item.height }
          const spot = findFreeSpot({
            size,
            preferred: { x: item.x, y: item.y },
            occupied,
            ...(area ? { area } : {})
          })
          for (const o of occupied) expect(rectsOverlap(placed(spot, size), o)).toBe(false)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('property: inside the view whenever the view has a clear patch big enough', () => {
    fc.assert(
      fc.property(
        arbRect(1000, 2500).filter((a) => a.width >= 500 && a.height >= 300),
        fc.array(arbRect(3000, 500), { maxLength: 40 }),
        fc.record({
          x: fc.integer({ min: -3000, max: 3000 }),
          y: fc.integer({ min: -3000, max: 3000 })
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (area, clutter, preferred, u, v) => {
          // A clear patch inside the view with room for the card, its margin and a grid step.
          const patch = {
            width: CARD.width + 2 * MARGIN + 2 * 40,
            height: CARD.height + 2 * MARGIN + 2 * 40
          }
          const hole = rect(
            area.x + u * (area.width - patch.width),
            area.y + v * (area.height - patch.height),
            patch.width,
            patch.height
          )
          const occupied = clutter.filter((r) => !rectsOverlap(r, hole))
          const spot = findFreeSpot({ size: CARD, preferred, occupied, area })
          expect(inside(placed(spot), area)).toBe(true)
          for (const o of occupied) expect(rectsOverlap(placed(spot), o)).toBe(false)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('findFreeRow', () => {
  it('lays items out left to right, a gap apart, clear of everything', () => {
    const occupied = [rect(0, 0), rect(700, 0)]
    const spots = findFreeRow([CARD, CARD], { x: 100, y: 0 }, 40, occupied)
    expect(spots[0]!.y).toBe(spots[1]!.y)
    expect(spots[1]!.x - spots[0]!.x).toBe(CARD.width + 40)
    for (const s of spots) for (const o of occupied) expect(rectsOverlap(placed(s), o)).toBe(false)
  })
})

describe('occupiedRects', () => {
  it('uses measured sizes where known and leaves out what is excepted', () => {
    const d = diagram([node('a', 's3', { x: 10, y: 20 }), node('b', 'sqs', { x: 400, y: 20 })])
    const rects = occupiedRects(
      d,
      { sizeOf: (id) => (id === 'a' ? { width: 230, height: 70 } : undefined) },
      new Set(['b'])
    )
    expect(rects).toEqual([{ x: 10, y: 20, width: 230, height: 70 }])
  })
})
