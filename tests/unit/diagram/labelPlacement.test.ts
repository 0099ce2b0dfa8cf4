import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pointOnEdge } from '../../../src/shared/diagram/edgeGeometry'
import type { Rect } from '../../../src/shared/diagram/groups'
import {
  placeEdgeLabels,
  type LabelBox,
  type LabelledEdge
} from '../../../src/shared/diagram/labelPlacement'
import { rectsOverlap } from '../../../src/shared/diagram/rectIndex'

const CARD = { width: 190, height: 60 }
const card = (x: number, y: number, width = CARD.width): Rect => ({
  x,
  y,
  width,
  height: CARD.height
})
const box = (width: number, below?: LabelBox['below']): LabelBox => ({
  width,
  minWidth: 30,
  height: 20,
  ...(below ? { below } : {})
})

/** Where the label ends up, as the canvas draws it: centred on its point of the edge. */
function labelRect(
  cards: Map<string, Rect>,
  edge: LabelledEdge,
  placed: { t: number; width: number }
): Rect {
  const from = cards.get(edge.source)!
  const to = cards.get(edge.target)!
  const p = pointOnEdge(
    {
      sourceX: from.x + from.width,
      sourceY: from.y + from.height / 2,
      sourceSide: 'right',
      targetX: to.x,
      targetY: to.y + to.height / 2,
      targetSide: 'left'
    },
    placed.t
  )
  const width = Math.max(placed.width, edge.box.below?.width ?? 0)
  const height = edge.box.height + (edge.box.below ? edge.box.below.gap + edge.box.below.height : 0)
  return { x: p.x - width / 2, y: p.y - edge.box.height / 2, width, height }
}

describe('placeEdgeLabels', () => {
  it('puts the label in the middle of a clear edge, at full width', () => {
    const cards = new Map([
      ['a', card(0, 0)],
      ['b', card(500, 0)]
    ])
    const placed = placeEdgeLabels(cards, [
      { id: 'e', source: 'a', target: 'b', box: box(150) }
    ]).get('e')!
    expect(placed).toEqual({ t: 0.5, width: 150 })
  })

  it('slides the label off a card that sits on the middle of the edge', () => {
    const cards = new Map([
      ['a', card(0, 0)],
      ['b', card(900, 0)],
      ['over', card(400, -10, 100)]
    ])
    const edge = { id: 'e', source: 'a', target: 'b', box: box(120) }
    const placed = placeEdgeLabels(cards, [edge]).get('e')!
    expect(placed.width).toBe(120)
    expect(placed.t).not.toBe(0.5)
    for (const c of cards.values())
      expect(rectsOverlap(labelRect(cards, edge, placed), c)).toBe(false)
  })

  it('shortens a label that is wider than the gap between its cards', () => {
    const cards = new Map([
      ['a', card(0, 0)],
      ['b', card(300, 0)]
    ])
    const edge = { id: 'e', source: 'a', target: 'b', box: box(200) }
    const placed = placeEdgeLabels(cards, [edge]).get('e')!
    expect(placed.width).toBeLessThan(200)
    for (const c of cards.values())
      expect(rectsOverlap(labelRect(cards, edge, placed), c)).toBe(false)
  })

  it('keeps a fix button hanging under the label clear of the cards too', () => {
    const cards = new Map([
      ['a', card(0, 0)],
      ['b', card(600, 60)]
    ])
    const edge = {
      id: 'e',
      source: 'a',
      target: 'b',
      box: box(150, { width: 160, height: 19, gap: 3 })
    }
    const placed = placeEdgeLabels(cards, [edge]).get('e')!
    for (const c of cards.values())
      expect(rectsOverlap(labelRect(cards, edge, placed), c)).toBe(false)
  })

  it('keeps two labels leaving the same card apart when there is room', () => {
    const cards = new Map([
      ['a', card(0, 100)],
      ['up', card(500, -60)],
      ['down', card(500, 260)]
    ])
    const edges = [
      { id: 'e1', source: 'a', target: 'up', box: box(120) },
      { id: 'e2', source: 'a', target: 'down', box: box(120) }
    ]
    const placed = placeEdgeLabels(cards, edges)
    expect(
      rectsOverlap(
        labelRect(cards, edges[0]!, placed.get('e1')!),
        labelRect(cards, edges[1]!, placed.get('e2')!)
      )
    ).toBe(false)
  })

  it('property: a label it reports at full width never overlaps a card', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -1500, max: 1500 }),
            y: fc.integer({ min: -800, max: 800 })
          }),
          { minLength: 2, maxLength: 12 }
        ),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.integer({ min: 40, max: 220 })), {
          maxLength: 12
        }),
        (spots, links) => {
          const cards = new Map(spots.map((p, i) => [`n${i}`, card(p.x, p.y)]))
          const edges = links
            .map(([s, t, w], i) => ({
              id: `e${i}`,
              source: `n${s % spots.length}`,
              target: `n${t % spots.length}`,
              box: box(w)
            }))
            .filter((e) => e.source !== e.target)
          const placed = placeEdgeLabels(cards, edges)
          for (const e of edges) {
            const p = placed.get(e.id)!
            expect(p.t).toBeGreaterThan(0)
            expect(p.t).toBeLessThan(1)
            // Only a label squeezed to its narrowest may have found no clear spot at all.
            if (p.width === e.box.minWidth) continue
            for (const c of cards.values())
              expect(rectsOverlap(labelRect(cards, e, p), c)).toBe(false)
          }
        }
      ),
      { numRuns: 300 }
    )
  })

  // How long it takes is the drag and open benchmarks' business (npm run bench), not a test's.
  it('places every one of 1,500 labels among 1,000 cards', () => {
    const cards = new Map<string, Rect>()
    for (let i = 0; i < 1000; i++)
      cards.set(`n${i}`, card((i % 40) * 340, Math.floor(i / 40) * 160))
    const edges: LabelledEdge[] = []
    for (let i = 0; i < 1500; i++)
      edges.push({
        id: `e${i}`,
        source: `n${i % 1000}`,
        target: `n${(i * 7 + 1) % 1000}`,
        box: box(140)
      })
    const placed = placeEdgeLabels(cards, edges)
    expect(edges.every((e) => placed.has(e.id))).toBe(true)
  })
})
