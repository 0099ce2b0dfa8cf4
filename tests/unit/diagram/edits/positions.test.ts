import { describe, expect, it } from 'vitest'
import { commitDrag, moveNodes, removeElements } from '../../../../src/shared/diagram/edits'
import { DEFAULT_CARD_SIZE } from '../../../../src/shared/diagram/freeSpot'
import type { Diagram } from '../../../../src/shared/diagram/types'
import { diagram, edge, node } from '../../helpers'

const sizeOf = () => DEFAULT_CARD_SIZE

const framed: Diagram = {
  ...diagram(
    [node('a', 's3', { x: 1050, y: 50 }), node('b', 'athena', { x: 0, y: 0 })],
    [edge('a', 'b')]
  ),
  nodes: [
    { id: 'a', service: 's3', position: { x: 1050, y: 50 }, parentId: 'vpc' },
    { id: 'b', service: 'athena', position: { x: 0, y: 0 } }
  ],
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

describe('commitDrag', () => {
  it('turns positions relative to a frame into absolute ones', () => {
    const next = commitDrag(framed, { a: { x: 100, y: 80 } }, sizeOf)
    expect(next.nodes[0]).toMatchObject({ position: { x: 1100, y: 80 }, parentId: 'vpc' })
  })

  it('takes positions outside frames as they are, and joins the frame the card lands in', () => {
    const next = commitDrag(framed, { b: { x: 1200, y: 100 } }, sizeOf)
    expect(next.nodes[1]).toMatchObject({ position: { x: 1200, y: 100 }, parentId: 'vpc' })
  })

  it('carries what is inside a moved frame', () => {
    const next = commitDrag(framed, { vpc: { x: 2000, y: 0 } }, sizeOf)
    expect(next.nodes[0]!.position).toEqual({ x: 2050, y: 50 })
  })

  it('leaves the diagram as it was when nothing moved', () => {
    expect(commitDrag(framed, {}, sizeOf)).toBe(framed)
  })
})

describe('moveNodes', () => {
  it('moves services to rounded positions and keeps the rest by identity', () => {
    const next = moveNodes(framed, new Map([['b', { x: 10.6, y: -4.2 }]]))
    expect(next.nodes[1]!.position).toEqual({ x: 11, y: -4 })
    expect(next.nodes[0]).toBe(framed.nodes[0])
    expect(next.groups).toBe(framed.groups)
  })
})

describe('removeElements', () => {
  it('removes a frame, its contents moving up to its parent, and edges of removed nodes', () => {
    const noFrame = removeElements(framed, ['vpc'], [])
    expect(noFrame.groups).toEqual([])
    expect('parentId' in noFrame.nodes[0]!).toBe(false)
    const noA = removeElements(framed, ['a'], [])
    expect(noA.edges).toEqual([])
  })

  it('removes an edge alone', () => {
    expect(removeElements(framed, [], ['a:b']).nodes).toHaveLength(2)
    expect(removeElements(framed, [], ['a:b']).edges).toEqual([])
  })
})
