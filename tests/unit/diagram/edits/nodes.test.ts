import { describe, expect, it } from 'vitest'
import {
  addNode,
  connect,
  setEdgeConfig,
  setNodeLabel,
  setNodeSetting
} from '../../../../src/shared/diagram/edits'
import type { Diagram } from '../../../../src/shared/diagram/types'
import { diagram, edge, node } from '../../helpers'

const framed: Diagram = {
  ...diagram([node('a', 's3')]),
  groups: [
    {
      id: 'vpc',
      kind: 'vpc',
      label: 'VPC',
      position: { x: 1000, y: 0 },
      size: { width: 400, height: 300 }
    }
  ]
}

describe('addNode', () => {
  it('adds a card where it was dropped, rounded, with the id it is given', () => {
    const next = addNode(framed, { id: 'n1', service: 'lambda', position: { x: 10.4, y: 19.6 } })
    expect(next.nodes.at(-1)).toEqual({ id: 'n1', service: 'lambda', position: { x: 10, y: 20 } })
    expect(framed.nodes).toHaveLength(1)
  })

  it('puts a card dropped inside a frame in the frame', () => {
    const next = addNode(framed, { id: 'n1', service: 'lambda', position: { x: 1100, y: 100 } })
    expect(next.nodes.at(-1)?.parentId).toBe('vpc')
  })
})

describe('connect', () => {
  const d = diagram([node('a', 's3'), node('b', 'athena')])

  it('adds an edge with the id it is given', () => {
    expect(connect(d, { id: 'e', source: 'a', target: 'b' }).edges).toEqual([
      { id: 'e', source: 'a', target: 'b' }
    ])
  })

  it('gives back the same diagram for a self-loop or a second edge the same way', () => {
    expect(connect(d, { id: 'e', source: 'a', target: 'a' })).toBe(d)
    const once = connect(d, { id: 'e', source: 'a', target: 'b' })
    expect(connect(once, { id: 'f', source: 'a', target: 'b' })).toBe(once)
  })
})

describe('setEdgeConfig', () => {
  const d = diagram([node('a', 's3'), node('b', 'athena')], [edge('a', 'b')])

  it('sets settings, and an empty set removes them', () => {
    const set = setEdgeConfig(d, 'a:b', { enhancedFanOut: true })
    expect(set.edges[0]).toEqual({
      id: 'a:b',
      source: 'a',
      target: 'b',
      config: { enhancedFanOut: true }
    })
    expect(setEdgeConfig(set, 'a:b', {}).edges[0]).toEqual({ id: 'a:b', source: 'a', target: 'b' })
  })

  it('leaves the diagram alone for an edge it does not have', () => {
    expect(setEdgeConfig(d, 'nope', { x: 1 })).toBe(d)
  })
})

describe('setNodeLabel', () => {
  const d = diagram([node('a', 's3'), node('b', 'athena')])

  it('names a card, and an empty name takes the label off', () => {
    const named = setNodeLabel(d, 'a', 'raw events')
    expect(named.nodes[0]?.label).toBe('raw events')
    expect(named.nodes[1]).toBe(d.nodes[1])
    expect('label' in setNodeLabel(named, 'a', '').nodes[0]!).toBe(false)
  })
})

describe('setNodeSetting', () => {
  const d = diagram([
    node('k', 'kinesis-data-streams', { config: { shards: 2, retentionHours: 24 } })
  ])

  it('changes a setting in its place, adds a new one last, and removes one', () => {
    const changed = setNodeSetting(d, 'k', 'shards', 4)
    expect(Object.entries(changed.nodes[0]!.config!)).toEqual([
      ['shards', 4],
      ['retentionHours', 24]
    ])
    expect(
      Object.keys(setNodeSetting(d, 'k', 'capacityMode', 'on-demand').nodes[0]!.config!)
    ).toEqual(['shards', 'retentionHours', 'capacityMode'])
    expect(setNodeSetting(d, 'k', 'shards', undefined).nodes[0]!.config).toEqual({
      retentionHours: 24
    })
  })

  it('drops the config when the last setting goes', () => {
    const one = diagram([node('k', 'kinesis-data-streams', { config: { shards: 2 } })])
    expect('config' in setNodeSetting(one, 'k', 'shards', undefined).nodes[0]!).toBe(false)
  })

  it('keeps a setting named like an Object property as an own setting', () => {
    const next = setNodeSetting(d, 'k', '__proto__', 1)
    expect(Object.hasOwn(next.nodes[0]!.config!, '__proto__')).toBe(true)
  })
})
