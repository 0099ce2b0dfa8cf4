import { describe, expect, it } from 'vitest'
import { indexOf, positionIn, registerIndex } from '../../../src/shared/graph/idIndex'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import { createValidator } from '../../../src/shared/validation/validator'
import { diagram, edge, node } from '../helpers'

describe('shared id indexes', () => {
  it('builds an index once per list and hands the same one out again', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'a' }]
    const index = indexOf(list)
    expect(indexOf(list)).toBe(index)
    // The last of repeated ids wins, as everywhere else.
    expect(positionIn(index, list, 'a')).toBe(2)
    expect(positionIn(index, list, 'b')).toBe(1)
    expect(positionIn(index, list, 'c')).toBe(-1)
  })

  it('trusts a registered index only for positions inside the list that hold the id', () => {
    const list = [{ id: 'a' }, { id: 'b' }]
    // A shared index that has since grown (ids of a later list) and keeps a removed id.
    registerIndex(
      list,
      new Map([
        ['a', 0],
        ['b', 1],
        ['later', 2],
        ['removed', 1]
      ])
    )
    const index = indexOf(list)
    expect(positionIn(index, list, 'later')).toBe(-1)
    expect(positionIn(index, list, 'removed')).toBe(-1)
    expect(positionIn(index, list, 'b')).toBe(1)
  })

  it('an estimate of an older diagram is right after the validator grew the index for a newer one', () => {
    const older: Diagram = diagram(
      [node('p', 'producer-app'), node('k', 'kinesis-data-streams')],
      [edge('p', 'k', { id: 'e1' })]
    )
    const validator = createValidator()
    validator.validate(older)
    // Appending a node and an edge with fresh ids grows the validator's maps in place.
    const newer: Diagram = {
      ...older,
      nodes: [...older.nodes, node('l', 'lambda')],
      edges: [...older.edges, edge('k', 'l', { id: 'e2' })]
    }
    validator.validate(newer)
    const estimate = estimateDiagram(older)
    expect(estimate.byId.get('l')).toBeUndefined()
    expect(estimate.edgeFlows.get('e2')).toBeUndefined()
    expect(estimate.byId.size).toBe(2)
    expect(estimate.edgeFlows.size).toBe(1)
    expect(estimate.byId.get('k')?.service).toBe('kinesis-data-streams')
    expect(estimate.edgeFlows.get('e1')?.recordsPerSecond).toBeGreaterThan(0)
    const fresh = estimateDiagram(structuredClone(older))
    expect(estimate.totalMonthlyCostUSD).toBe(fresh.totalMonthlyCostUSD)
    expect([...estimate.edgeFlows]).toEqual([...fresh.edgeFlows])
  })

  it('the estimator reads the edge ends the validator worked out, and gets what it would itself', () => {
    const d: Diagram = diagram(
      [
        node('p', 'producer-app'),
        node('k', 'kinesis-data-streams'),
        node('l', 'lambda'),
        node('s', 's3')
      ],
      [
        edge('p', 'k'),
        edge('k', 'l'),
        edge('l', 's'),
        edge('k', 'k', { id: 'loop' }),
        edge('l', 'gone', { id: 'dangling' }),
        edge('p', 'k', { id: 'copy' })
      ]
    )
    const validator = createValidator()
    validator.validate(d)
    const withEnds = estimateDiagram(d)
    const fresh = estimateDiagram(structuredClone(d))
    expect([...withEnds.edgeFlows]).toEqual([...fresh.edgeFlows])
    expect(withEnds.nodes.map((n) => n.throughput)).toEqual(fresh.nodes.map((n) => n.throughput))
    expect(withEnds.totalMonthlyCostUSD).toBe(fresh.totalMonthlyCostUSD)
    // The same after a connection taken by the validator's fast path.
    const next: Diagram = { ...d, edges: [...d.edges, edge('s', 'l', { id: 'back' })] }
    validator.validate(next)
    expect([...estimateDiagram(next).edgeFlows]).toEqual([
      ...estimateDiagram(structuredClone(next)).edgeFlows
    ])
  })
})
