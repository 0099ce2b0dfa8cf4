import { describe, expect, it } from 'vitest'
import {
  duplicate,
  extractFragment,
  insertFragment,
  pasteFragment
} from '../../../../src/shared/diagram/edits/fragments'
import { DEFAULT_CARD_SIZE, rectsOverlap } from '../../../../src/shared/diagram/freeSpot'
import { diagram, edge, node } from '../../helpers'

const base = diagram(
  [
    node('a', 'kinesis-data-streams', { x: 0, y: 0, config: { shards: 2 } }),
    node('b', 'lambda', { x: 300, y: 0 }),
    node('c', 's3', { x: 600, y: 0 })
  ],
  [edge('a', 'b', { config: { enhancedFanOut: true } }), edge('b', 'c')]
)

describe('fragments', () => {
  it('takes the selected nodes and only the edges between them', () => {
    const f = extractFragment(base, new Set(['a', 'b']))
    expect(f.nodes.map((n) => n.id)).toEqual(['a', 'b'])
    expect(f.edges.map((e) => [e.source, e.target])).toEqual([['a', 'b']])
  })

  it('pastes with new ids, offset positions, inner edges rewired and settings copied, not shared', () => {
    let n = 0
    const f = extractFragment(base, new Set(['a', 'b']))
    const r = insertFragment(base, f, () => `new${n++}`, { x: 40, y: 40 })
    expect(r.nodeIds).toEqual(['new0', 'new1'])
    expect(r.edgeIds).toEqual(['new2'])
    const pasted = r.diagram.nodes.slice(3)
    expect(pasted.map((p) => p.position)).toEqual([
      { x: 40, y: 40 },
      { x: 340, y: 40 }
    ])
    expect(r.diagram.edges.at(-1)).toEqual({
      id: 'new2',
      source: 'new0',
      target: 'new1',
      config: { enhancedFanOut: true }
    })
    expect(pasted[0]!.config).toEqual({ shards: 2 })
    expect(pasted[0]!.config).not.toBe(base.nodes[0]!.config)
    expect(base.nodes).toHaveLength(3) // the original is untouched
  })
})

describe('pasteFragment and duplicate', () => {
  const ids = () => {
    let n = 0
    return () => `copy-${++n}`
  }

  it('pastes with the ids the factory makes, clear of the cards already there', () => {
    const result = pasteFragment(base, extractFragment(base, new Set(['a'])), { x: 0, y: 0 }, ids())
    expect(result.nodeIds).toEqual(['copy-1'])
    const pasted = result.diagram.nodes.at(-1)!
    for (const n of base.nodes)
      expect(
        rectsOverlap(
          { ...pasted.position, ...DEFAULT_CARD_SIZE },
          { ...n.position, ...DEFAULT_CARD_SIZE }
        )
      ).toBe(false)
  })

  it('duplicates the selection with its inner edges, a step away', () => {
    const result = duplicate(base, new Set(['a', 'b']), ids())
    expect(result.nodeIds).toHaveLength(2)
    expect(result.edgeIds).toHaveLength(1)
    expect(result.diagram.edges.at(-1)).toMatchObject({ source: 'copy-1', target: 'copy-2' })
  })

  it('pastes nothing from an empty fragment', () => {
    expect(pasteFragment(base, { nodes: [], edges: [] }, { x: 0, y: 0 }, ids()).diagram).toBe(base)
  })
})
