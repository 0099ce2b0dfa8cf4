import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import { estimateToJson } from '../../../src/shared/estimation/estimateJson'
import { indexDiagram } from '../../../src/shared/graph/indexDiagram'
import { positionIn } from '../../../src/shared/graph/positions'
import { createValidator, validateDiagram } from '../../../src/shared/validation/validator'
import { diagram, edge, node } from '../helpers'

describe('one index per diagram version, shared by validation and estimation', () => {
  it('builds an index once per version and hands the same one out again', () => {
    const list = [node('a', 's3'), node('b', 'lambda'), node('a', 'dynamodb')]
    const d = diagram(list)
    const index = indexDiagram(d)
    expect(indexDiagram(d, index)).toBe(index)
    // The last of repeated ids wins, as everywhere else.
    expect(index.nodePosition('a')).toBe(2)
    expect(index.nodePosition('b')).toBe(1)
    expect(index.nodePosition('c')).toBe(-1)
    expect(positionIn(index.nodeIds, list, 'a')).toBe(2)
  })

  it('trusts a shared index only for positions inside the list that hold the id', () => {
    const list = [{ id: 'a' }, { id: 'b' }]
    // A shared index that has since grown (ids of a later list) and keeps a removed id.
    const index = new Map([
      ['a', 0],
      ['b', 1],
      ['later', 2],
      ['removed', 1]
    ])
    expect(positionIn(index, list, 'later')).toBe(-1)
    expect(positionIn(index, list, 'removed')).toBe(-1)
    expect(positionIn(index, list, 'b')).toBe(1)
  })

  it('an estimate of an older diagram is right after the validator grew the index for a newer one', () => {
    const older: Diagram = diagram(
      [node('p', 'producer-app'), node('k', 'kinesis-data-streams')],
      [edge('p', 'k', { id: 'e1' })]
    )
    const olderIndex = indexDiagram(older)
    const validator = createValidator()
    validator.validate(older, olderIndex)
    // Appending a node and an edge with fresh ids grows the shared maps in place.
    const newer: Diagram = {
      ...older,
      nodes: [...older.nodes, node('l', 'lambda')],
      edges: [...older.edges, edge('k', 'l', { id: 'e2' })]
    }
    validator.validate(newer, indexDiagram(newer, olderIndex))
    const estimate = estimateDiagram(older, {}, olderIndex)
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
    const index = indexDiagram(d)
    const validator = createValidator()
    validator.validate(d, index)
    const withEnds = estimateDiagram(d, {}, index)
    const fresh = estimateDiagram(structuredClone(d))
    expect([...withEnds.edgeFlows]).toEqual([...fresh.edgeFlows])
    expect(withEnds.nodes.map((n) => n.throughput)).toEqual(fresh.nodes.map((n) => n.throughput))
    expect(withEnds.totalMonthlyCostUSD).toBe(fresh.totalMonthlyCostUSD)
    // The same after a connection taken by the validator's fast path.
    const next: Diagram = { ...d, edges: [...d.edges, edge('s', 'l', { id: 'back' })] }
    const nextIndex = indexDiagram(next, index)
    expect(nextIndex.appendsTo(index)).toBe(true)
    validator.validate(next, nextIndex)
    expect(validator.stats.edgesChecked).toBe(1)
    expect([...estimateDiagram(next, {}, nextIndex).edgeFlows]).toEqual([
      ...estimateDiagram(structuredClone(next)).edgeFlows
    ])
  })

  it('a validation and an estimate given the same index agree with fresh ones, edit after edit', () => {
    let d: Diagram = diagram(
      [
        node('p', 'producer-app'),
        node('k', 'kinesis-data-streams'),
        node('l', 'lambda'),
        node('f', 'kinesis-firehose'),
        node('s', 's3')
      ],
      [edge('p', 'k'), edge('k', 'l'), edge('l', 'f'), edge('f', 's')]
    )
    const edits: Array<(d: Diagram) => Diagram> = [
      // Connect, twice (the validator's fast path), then a self-loop and a copy.
      (d) => ({ ...d, edges: [...d.edges, edge('k', 'f')] }),
      (d) => ({ ...d, edges: [...d.edges, edge('s', 'l', { id: 'back' })] }),
      (d) => ({ ...d, edges: [...d.edges, edge('l', 'l'), edge('k', 'f', { id: 'again' })] }),
      // A setting changed, a node moved, a node added, an edge removed, a node removed.
      (d) => ({
        ...d,
        nodes: d.nodes.map((n) =>
          n.id === 'p' ? { ...n, config: { recordsPerSecond: 5000, recordSizeKB: 2 } } : n
        )
      }),
      (d) => ({
        ...d,
        nodes: d.nodes.map((n) => (n.id === 'l' ? { ...n, position: { x: 9, y: 9 } } : n))
      }),
      (d) => ({
        ...d,
        nodes: [...d.nodes, node('d', 'dynamodb')],
        edges: [...d.edges, edge('l', 'd')]
      }),
      (d) => ({ ...d, edges: d.edges.filter((e) => e.id !== 'k:l') }),
      (d) => ({
        ...d,
        nodes: d.nodes.filter((n) => n.id !== 'f'),
        edges: d.edges.filter((e) => e.source !== 'f' && e.target !== 'f')
      })
    ]
    const validator = createValidator()
    let index = indexDiagram(d)
    for (const change of [(x: Diagram) => x, ...edits]) {
      d = change(d)
      index = indexDiagram(d, index)
      const validation = validator.validate(d, index)
      const estimate = estimateDiagram(d, {}, index)
      const freshD = structuredClone(d)
      const freshValidation = validateDiagram(freshD)
      expect([...validation.problems]).toEqual([...freshValidation.problems])
      expect([...validation.edges]).toEqual([...freshValidation.edges])
      expect([...validation.nodeProblems]).toEqual([...freshValidation.nodeProblems])
      expect(estimateToJson(estimate)).toEqual(estimateToJson(estimateDiagram(freshD)))
      expect(estimate.problems).toEqual(estimateDiagram(freshD).problems)
      // The analysis the app and the CLI read, given the same index, is the same too.
      const shared = analyzeDiagram(d, { validate: (x, i) => validator.validate(x, i) }, index)
      expect(shared.problems).toEqual(analyzeDiagram(freshD).problems)
    }
  })
})
