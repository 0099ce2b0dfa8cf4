import { describe, expect, it } from 'vitest'
import {
  DEFAULT_NODE_SIZE,
  placeAt,
  toLayoutGraph,
  type LayoutInput
} from '../../../src/shared/layout/layoutGraph'

const node = (
  id: string,
  x: number,
  y: number,
  size: { width: number; height: number } = DEFAULT_NODE_SIZE
) => ({ id, ...size, position: { x, y } })

describe('toLayoutGraph', () => {
  it('is plain data that survives a structured clone (it crosses to the layout worker)', () => {
    const input: LayoutInput = {
      nodes: [node('a', 0, 0), node('b', 10, 10)],
      edges: [{ source: 'a', target: 'b' }]
    }
    const prepared = toLayoutGraph(input)!
    expect(structuredClone(prepared.graph)).toEqual(prepared.graph)
  })

  it('orders children top to bottom, then left to right, so ELK keeps the reading order', () => {
    const prepared = toLayoutGraph({
      nodes: [node('low', 0, 300), node('right', 500, 0), node('left', 0, 0)],
      edges: []
    })!
    expect(prepared.graph.children!.map((c) => c.id)).toEqual(['left', 'right', 'low'])
  })

  it('anchors at the top-left of the nodes it lays out and drops duplicates, self-loops and edges leaving the set', () => {
    const prepared = toLayoutGraph({
      nodes: [node('a', 40, 90), node('a', 0, 0), node('b', 300, 20), node('c', -500, -500)],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'a' },
        { source: 'b', target: 'c' }
      ],
      onlyIds: new Set(['a', 'b'])
    })!
    expect(prepared.anchor).toEqual({ x: 40, y: 20 })
    expect(prepared.graph.children!.map((c) => c.id).sort()).toEqual(['a', 'b'])
    expect(prepared.graph.edges).toEqual([{ id: '__e0', sources: ['a'], targets: ['b'] }])
  })

  it('gives unmeasured nodes the default size', () => {
    const prepared = toLayoutGraph({
      nodes: [node('a', 0, 0, { width: 0, height: Number.NaN })],
      edges: []
    })!
    expect(prepared.graph.children![0]).toMatchObject(DEFAULT_NODE_SIZE)
  })

  it('has nothing to lay out for no nodes or an empty selection', () => {
    expect(toLayoutGraph({ nodes: [], edges: [] })).toBeUndefined()
    expect(
      toLayoutGraph({ nodes: [node('a', 0, 0)], edges: [], onlyIds: new Set() })
    ).toBeUndefined()
  })
})

describe('placeAt', () => {
  it('moves the laid-out block to the anchor, in whole pixels', () => {
    const at = placeAt({ x: 100, y: -20 }, [
      { id: 'a', x: 12, y: 30.4 },
      { id: 'b', x: 262.6, y: 12 }
    ])
    expect(at).toEqual(
      new Map([
        ['a', { x: 100, y: -2 }],
        ['b', { x: 351, y: -20 }]
      ])
    )
  })

  it('returns nothing for nothing placed', () => {
    expect(placeAt({ x: 0, y: 0 }, []).size).toBe(0)
  })
})
