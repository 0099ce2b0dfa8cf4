import { describe, expect, it } from 'vitest'
import { interpolatePositions } from '../../../src/renderer/src/layout/autoLayout'
import {
  DEFAULT_NODE_SIZE,
  type LayoutInput,
  type Point
} from '../../../src/shared/layout/layoutGraph'
import { layoutPositions as layoutWith } from '../../../src/shared/layout/layoutPositions'
import { runElk } from '../../../src/shared/layout/runElk'
import { hasOverlap } from './overlap'

/** ELK on this thread, as the app's layout worker runs it. */
const layoutPositions = (input: LayoutInput) => layoutWith(input, runElk)

type Edge = [source: string, target: string]

/** Nodes of the usual service-node size, all piled at the origin unless a position is given. */
function graph(ids: string[], edges: Edge[], positions: Record<string, Point> = {}): LayoutInput {
  return {
    nodes: ids.map((id) => ({
      id,
      ...DEFAULT_NODE_SIZE,
      position: positions[id] ?? { x: 0, y: 0 }
    })),
    edges: edges.map(([source, target]) => ({ source, target }))
  }
}

function rectsOf(input: LayoutInput, positions: Map<string, Point>) {
  return input.nodes.map((n) => ({ ...positions.get(n.id)!, width: n.width, height: n.height }))
}

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s / 2 ** 31
  }
}

function randomDag(count: number, edgeCount: number, seed: number): LayoutInput {
  const rand = random(seed)
  const ids = Array.from({ length: count }, (_, i) => `n${i}`)
  const edges: Edge[] = []
  for (let k = 0; k < edgeCount; k++) {
    const a = Math.floor(rand() * count)
    const b = Math.floor(rand() * count)
    if (a !== b) edges.push(a < b ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!])
  }
  return graph(ids, edges)
}

describe('layoutPositions', () => {
  it('lays a chain out left to right in data-flow order', async () => {
    const input = graph(
      ['d', 'b', 'a', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd']
      ]
    )
    const at = await layoutPositions(input)
    const xs = ['a', 'b', 'c', 'd'].map((id) => at.get(id)!.x)
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!)
  })

  it('leaves room between layers for an edge label', async () => {
    const at = await layoutPositions(graph(['a', 'b'], [['a', 'b']]))
    expect(at.get('b')!.x - (at.get('a')!.x + DEFAULT_NODE_SIZE.width)).toBeGreaterThanOrEqual(150)
  })

  it('puts the targets of a fan-out in the same layer, one above the other', async () => {
    const input = graph(
      ['src', 't1', 't2', 't3'],
      [
        ['src', 't1'],
        ['src', 't2'],
        ['src', 't3']
      ]
    )
    const at = await layoutPositions(input)
    const targets = ['t1', 't2', 't3'].map((id) => at.get(id)!)
    expect(new Set(targets.map((p) => p.x)).size).toBe(1)
    expect(targets[0]!.x).toBeGreaterThan(at.get('src')!.x)
    const ys = targets.map((p) => p.y).sort((a, b) => a - b)
    for (let i = 1; i < ys.length; i++)
      expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_NODE_SIZE.height + 60)
  })

  it('places every node of a 60-node random DAG without overlap', async () => {
    const input = randomDag(60, 90, 7)
    const at = await layoutPositions(input)
    expect(at.size).toBe(60)
    expect(hasOverlap(rectsOf(input, at))).toBe(false)
    for (const { source, target } of input.edges)
      expect(at.get(target)!.x).toBeGreaterThan(at.get(source)!.x)
  })

  it('tolerates cycles and self-loops without overlap', async () => {
    const input = graph(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
        ['d', 'd'],
        ['d', 'e'],
        ['e', 'b']
      ]
    )
    const at = await layoutPositions(input)
    expect(at.size).toBe(5)
    expect(hasOverlap(rectsOf(input, at))).toBe(false)
  })

  it('packs disconnected components instead of lining them up in one row', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`)
    const edges: Edge[] = [0, 2, 4, 6, 8, 10].map((i) => [ids[i]!, ids[i + 1]!])
    const input = graph(ids, edges)
    const at = await layoutPositions(input)
    expect(hasOverlap(rectsOf(input, at))).toBe(false)
    expect(new Set([...at.values()].map((p) => p.y)).size).toBeGreaterThan(1)
    const xs = [...at.values()].map((p) => p.x)
    const ys = [...at.values()].map((p) => p.y)
    const width = Math.max(...xs) - Math.min(...xs) + DEFAULT_NODE_SIZE.width
    const height = Math.max(...ys) - Math.min(...ys) + DEFAULT_NODE_SIZE.height
    expect(width / height).toBeLessThan(4)
  })

  it('keeps the top-left corner of the whole diagram', async () => {
    const input = graph(['a', 'b'], [['a', 'b']], { a: { x: 300, y: -40 }, b: { x: 120, y: 500 } })
    const at = await layoutPositions(input)
    expect(Math.min(...[...at.values()].map((p) => p.x))).toBe(120)
    expect(Math.min(...[...at.values()].map((p) => p.y))).toBe(-40)
  })

  it('with onlyIds, moves only the selection and keeps its top-left corner', async () => {
    const positions = {
      a: { x: 0, y: 0 },
      b: { x: 900, y: 40 },
      c: { x: 400, y: 300 },
      d: { x: 410, y: 310 },
      e: { x: 2000, y: 2000 }
    }
    const input = graph(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e']
      ],
      positions
    )
    const only = new Set(['b', 'c', 'd'])
    const at = await layoutPositions({ ...input, onlyIds: only })

    expect([...at.keys()].sort()).toEqual(['b', 'c', 'd'])
    expect(Math.min(...[...at.values()].map((p) => p.x))).toBe(400)
    expect(Math.min(...[...at.values()].map((p) => p.y))).toBe(40)
    expect(at.get('b')!.x).toBeLessThan(at.get('c')!.x)
    expect(at.get('c')!.x).toBeLessThan(at.get('d')!.x)
    const selected = input.nodes.filter((n) => only.has(n.id))
    expect(
      hasOverlap(selected.map((n) => ({ ...at.get(n.id)!, width: n.width, height: n.height })))
    ).toBe(false)
  })

  it('returns nothing for an empty diagram or an empty selection', async () => {
    expect((await layoutPositions(graph([], []))).size).toBe(0)
    expect((await layoutPositions({ ...graph(['a'], []), onlyIds: new Set() })).size).toBe(0)
  })

  it('falls back to the default size for nodes not measured yet', async () => {
    const input: LayoutInput = {
      nodes: [
        { id: 'a', width: 0, height: Number.NaN, position: { x: 0, y: 0 } },
        { id: 'b', width: 0, height: 0, position: { x: 0, y: 0 } }
      ],
      edges: [{ source: 'a', target: 'b' }]
    }
    const at = await layoutPositions(input)
    expect(at.get('b')!.x - at.get('a')!.x).toBeGreaterThanOrEqual(DEFAULT_NODE_SIZE.width + 150)
  })
})

describe('interpolatePositions', () => {
  const from = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 100 }]
  ])
  const to = new Map([
    ['a', { x: 200, y: -100 }],
    ['b', { x: 100, y: 300 }],
    ['new', { x: 5, y: 5 }]
  ])

  it('starts at from and ends at to', () => {
    const start = interpolatePositions(from, to, 0)
    expect(start.get('a')).toEqual({ x: 0, y: 0 })
    expect(start.get('b')).toEqual({ x: 100, y: 100 })
    expect(interpolatePositions(from, to, 1)).toEqual(to)
  })

  it('is halfway at t = 0.5 and eases (slower near the ends)', () => {
    expect(interpolatePositions(from, to, 0.5).get('a')).toEqual({ x: 100, y: -50 })
    expect(interpolatePositions(from, to, 0.1).get('a')!.x).toBeLessThan(20)
  })

  it('clamps t outside 0…1 and puts ids missing from `from` at their target', () => {
    expect(interpolatePositions(from, to, -1).get('a')).toEqual({ x: 0, y: 0 })
    expect(interpolatePositions(from, to, 2).get('a')).toEqual({ x: 200, y: -100 })
    expect(interpolatePositions(from, to, 0.3).get('new')).toEqual({ x: 5, y: 5 })
  })
})

describe('hasOverlap', () => {
  it('detects shared area but not touching edges', () => {
    expect(
      hasOverlap([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 5, y: 5, width: 10, height: 10 }
      ])
    ).toBe(true)
    expect(
      hasOverlap([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 10, y: 0, width: 10, height: 10 }
      ])
    ).toBe(false)
    expect(
      hasOverlap([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: 2, y: 20, width: 10, height: 10 }
      ])
    ).toBe(false)
    expect(
      hasOverlap([
        { x: 0, y: 0, width: 100, height: 10 },
        { x: 50, y: 50, width: 5, height: 5 },
        { x: 60, y: 5, width: 5, height: 5 }
      ])
    ).toBe(true)
  })
})
