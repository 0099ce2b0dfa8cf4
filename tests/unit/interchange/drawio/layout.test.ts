import { describe, expect, it } from 'vitest'
import { DEFAULT_CARD_SIZE } from '../../../../src/shared/diagram/freeSpot'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import { spreadFactor } from '../../../../src/shared/interchange/drawio/placement'
import { imported, model, res, vertex } from './drawioFiles'

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < DEFAULT_CARD_SIZE.width && Math.abs(a.y - b.y) < DEFAULT_CARD_SIZE.height

describe('draw.io positions', () => {
  it('computes absolute positions of cells inside groups', () => {
    const cells =
      vertex('g', 'swimlane;container=1;', [500, 300, 300, 200], 'Lane') +
      vertex('q', res('sqs'), [50, 60, 78, 78], 'q', 'g') +
      vertex('t', res('sns'), [700, 360, 78, 78], 't')
    const d = imported(importDrawio({ text: model(cells) }, 'p.drawio')).diagram
    const q = d.nodes.find((n) => n.id === 'q')!
    const t = d.nodes.find((n) => n.id === 't')!
    // Both icons are centred at the same height on the page: 300 + 60 + 39 and 360 + 39.
    expect(q.position.y).toBe(t.position.y)
    expect(t.position.x - q.position.x).toBeGreaterThan(0)
  })

  it('spreads icons drawn close together so their cards do not overlap, keeping the arrangement', () => {
    const cells = [0, 1, 2, 3]
      .flatMap((row) =>
        [0, 1, 2].map((col) =>
          vertex(
            `n${String(row)}${String(col)}`,
            res('lambda'),
            [col * 100, row * 100, 78, 78],
            `f${String(row)}${String(col)}`
          )
        )
      )
      .join('')
    const r = imported(importDrawio({ text: model(cells) }, 'grid.drawio'))
    const nodes = r.diagram.nodes
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        expect(overlap(nodes[i]!.position, nodes[j]!.position)).toBe(false)
    const at = (id: string) => nodes.find((n) => n.id === id)!.position
    expect(at('n01').x).toBeGreaterThan(at('n00').x)
    expect(at('n10').y).toBeGreaterThan(at('n00').y)
    expect(at('n10').x).toBe(at('n00').x)
    expect(r.report.remarks.join(' ')).toMatch(/spread by 2\.30×/)
  })

  it('does not shrink a drawing whose icons are already far apart', () => {
    expect(
      spreadFactor([
        { x: 0, y: 0 },
        { x: 1000, y: 0 }
      ])
    ).toBe(1)
    expect(
      spreadFactor([
        { x: 0, y: 0 },
        { x: 0, y: 0 }
      ])
    ).toBe(1)
    expect(
      spreadFactor([
        { x: 0, y: 0 },
        { x: 1, y: 1 }
      ])
    ).toBe(8)
  })
})
