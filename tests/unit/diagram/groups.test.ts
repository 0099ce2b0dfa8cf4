import { describe, expect, it } from 'vitest'
import { descendantsOf, groupAt } from '../../../src/shared/diagram/groups'
import { moveItems } from '../../../src/shared/diagram/edits/positions'
import { removeItems } from '../../../src/shared/diagram/edits/remove'
import type { Diagram } from '../../../src/shared/diagram/types'
import { diagram, edge, node } from '../helpers'

const size = () => ({ width: 190, height: 60 })

function withGroups(): Diagram {
  return {
    ...diagram(
      [node('fn', 'lambda', { x: 120, y: 120 }), node('db', 'dynamodb', { x: 900, y: 120 })],
      [edge('fn', 'db')]
    ),
    groups: [
      {
        id: 'region',
        kind: 'region',
        label: 'us-east-1',
        position: { x: 0, y: 0 },
        size: { width: 800, height: 500 }
      },
      {
        id: 'vpc',
        kind: 'vpc',
        label: 'VPC',
        position: { x: 50, y: 50 },
        size: { width: 400, height: 300 },
        parentId: 'region'
      }
    ],
    notes: [{ id: 'n1', text: 'hello', position: { x: 1200, y: 0 } }]
  }
}

describe('groups', () => {
  it('finds the innermost group under a point', () => {
    const d = withGroups()
    expect(groupAt(d, 100, 100)?.id).toBe('vpc')
    expect(groupAt(d, 700, 450)?.id).toBe('region')
    expect(groupAt(d, 2000, 2000)).toBeUndefined()
  })

  it('a node dropped inside a VPC joins it, and moves with it when the VPC moves', () => {
    let d = moveItems(withGroups(), new Map([['db', { x: 150, y: 150 }]]), size)
    expect(d.nodes.find((n) => n.id === 'db')!.parentId).toBe('vpc')
    // fn was never moved, so it was never assigned to a group.
    expect(descendantsOf(d, 'region')).toEqual(new Set(['vpc', 'db']))
    d = moveItems(d, new Map([['vpc', { x: 150, y: 80 }]]), size) // the VPC moves by (+100, +30)
    expect(d.nodes.find((n) => n.id === 'db')!.position).toEqual({ x: 250, y: 180 })
    expect(d.nodes.find((n) => n.id === 'db')!.parentId).toBe('vpc')
    // Dragged out of every frame, it leaves the group.
    d = moveItems(d, new Map([['db', { x: 1500, y: 900 }]]), size)
    expect(d.nodes.find((n) => n.id === 'db')!.parentId).toBeUndefined()
  })

  it('deleting a group keeps what was inside it, one level up', () => {
    const d = removeItems(
      moveItems(withGroups(), new Map([['fn', { x: 100, y: 100 }]]), size),
      new Set(['vpc'])
    )
    expect(d.groups!.map((g) => g.id)).toEqual(['region'])
    expect(d.nodes.find((n) => n.id === 'fn')!.parentId).toBe('region')
    expect(d.edges).toHaveLength(1)
  })
})
