import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import {
  createValidator,
  validateDiagram,
  type ValidationResult
} from '../../../src/shared/validation/validator'
import { diagram, edge, node, pipeline } from '../helpers'

/** 200 nodes: 100 S3 buckets each notifying its own Lambda function (s0 → f0, s1 → f1, ...). */
function bigDiagram(): Diagram {
  const nodes: DiagramNode[] = []
  const edges: DiagramEdge[] = []
  for (let i = 0; i < 100; i++) {
    nodes.push(node(`s${i}`, 's3', { x: i * 10 }), node(`f${i}`, 'lambda', { x: i * 10, y: 200 }))
    edges.push(edge(`s${i}`, `f${i}`))
  }
  return diagram(nodes, edges)
}

function same(a: ValidationResult, b: ValidationResult) {
  expect(a.problems).toEqual(b.problems)
  expect([...a.edges]).toEqual([...b.edges])
  expect([...a.nodeProblems]).toEqual([...b.nodeProblems])
  expect(a.counts).toEqual(b.counts)
}

describe('createValidator', () => {
  it('checks everything the first time', () => {
    const v = createValidator()
    v.validate(bigDiagram())
    expect(v.stats).toEqual({ edgesChecked: 100, nodesChecked: 200 })
  })

  it('re-checks nothing when the same diagram is validated again', () => {
    const v = createValidator()
    const d = bigDiagram()
    const first = v.validate(d)
    const second = v.validate(d)
    expect(v.stats).toEqual({ edgesChecked: 0, nodesChecked: 0 })
    same(first, second)
  })

  it('re-checks one edge and its two endpoints when one edge is added', () => {
    const v = createValidator()
    const d = bigDiagram()
    v.validate(d)
    // f0 (Lambda) → s1 (S3) is a new, documented edge.
    const next: Diagram = { ...d, edges: [...d.edges, edge('f0', 's1')] }
    const result = v.validate(next)
    expect(v.stats).toEqual({ edgesChecked: 1, nodesChecked: 2 })
    expect(result.edges.get('f0:s1')?.verdict).toBe('ok')
    same(result, validateDiagram(next))
  })

  it('finds the problem on an added bad edge without re-checking the rest', () => {
    const v = createValidator()
    const d = bigDiagram()
    v.validate(d)
    // Lambda → Lambda is a documented destination; Lambda → QuickSight is not an integration.
    const next: Diagram = {
      ...d,
      nodes: [...d.nodes, node('q', 'quicksight')],
      edges: [...d.edges, edge('f5', 'f6', { id: 'lambda-loop' }), edge('f7', 'q')]
    }
    const result = v.validate(next)
    expect(v.stats.edgesChecked).toBe(2)
    expect(v.stats.nodesChecked).toBe(4)
    expect(result.edges.get('lambda-loop')?.verdict).toBe('ok')
    expect(result.edges.get('f7:q')?.verdict).toBe('error')
    same(result, validateDiagram(next))
  })

  it('re-checks an edge whose config changed, and its source when fan-out changes', () => {
    const v = createValidator()
    const d = pipeline('kinesis-data-streams', 'lambda')
    v.validate(d)
    const withBatch: Diagram = { ...d, edges: [{ ...d.edges[0]!, config: { batchSize: 100 } }] }
    v.validate(withBatch)
    expect(v.stats).toEqual({ edgesChecked: 1, nodesChecked: 0 })
    const withEfo: Diagram = {
      ...withBatch,
      edges: [{ ...withBatch.edges[0]!, config: { batchSize: 100, enhancedFanOut: true } }]
    }
    const result = v.validate(withEfo)
    expect(v.stats).toEqual({ edgesChecked: 1, nodesChecked: 1 })
    same(result, validateDiagram(withEfo))
  })

  it('follows a stream crossing the shared-consumer limit and back', () => {
    const v = createValidator()
    const nodes = [
      node('k', 'kinesis-data-streams'),
      ...Array.from({ length: 6 }, (_, i) => node(`c${i}`, 'lambda'))
    ]
    const five = diagram(
      nodes,
      nodes.slice(1, 6).map((n) => edge('k', n.id))
    )
    const six: Diagram = { ...five, edges: [...five.edges, edge('k', 'c5')] }
    expect(v.validate(five).problems.map((p) => p.code)).not.toContain('kds-shared-consumers')
    expect(v.validate(six).problems.map((p) => p.code)).toContain('kds-shared-consumers')
    const efo: Diagram = {
      ...six,
      edges: six.edges.map((e, i) => (i === 0 ? { ...e, config: { enhancedFanOut: true } } : e))
    }
    const result = v.validate(efo)
    expect(result.problems.map((p) => p.code)).not.toContain('kds-shared-consumers')
    same(result, validateDiagram(efo))
  })

  it('re-checks the edges of a node whose service changed', () => {
    const v = createValidator()
    const d = pipeline('kinesis-data-streams', 'kinesis-firehose', 's3')
    expect(v.validate(d).counts.error).toBe(0)
    // Swap the Firehose for a Lambda function: stream → lambda is fine, lambda → s3 too.
    const swapped: Diagram = {
      ...d,
      nodes: d.nodes.map((n) =>
        n.id === 'kinesis-firehose' ? { ...n, service: 'lambda' as const } : n
      )
    }
    const result = v.validate(swapped)
    expect(v.stats.edgesChecked).toBe(2)
    expect(v.stats.nodesChecked).toBe(3)
    same(result, validateDiagram(swapped))
    // And to something that does not fit: SQS cannot read a Kinesis stream.
    const wrong: Diagram = {
      ...d,
      nodes: d.nodes.map((n) =>
        n.id === 'kinesis-firehose' ? { ...n, service: 'sqs' as const } : n
      )
    }
    const bad = v.validate(wrong)
    expect(bad.edges.get('kinesis-data-streams:kinesis-firehose')?.verdict).toBe('error')
    same(bad, validateDiagram(wrong))
  })

  it('re-checks the endpoints of a removed edge and drops its problems', () => {
    const v = createValidator()
    const d = diagram(
      [node('a', 'kinesis-data-streams'), node('b', 's3'), node('c', 'lambda')],
      [edge('a', 'b'), edge('a', 'c')]
    )
    expect(v.validate(d).counts.error).toBe(1)
    const next: Diagram = { ...d, edges: d.edges.filter((e) => e.id !== 'a:b') }
    const result = v.validate(next)
    expect(v.stats).toEqual({ edgesChecked: 0, nodesChecked: 2 })
    expect(result.counts.error).toBe(0)
    expect(result.problems.map((p) => p.code)).toEqual(['orphan-node'])
    same(result, validateDiagram(next))
  })

  it('agrees with a fresh validation after a series of edits', () => {
    const v = createValidator()
    let d: Diagram = pipeline('producer-app', 'kinesis-data-streams', 'kcl-app')
    const steps: Array<(x: Diagram) => Diagram> = [
      (x) => ({ ...x, nodes: [...x.nodes, node('leases', 'dynamodb')] }),
      (x) => ({ ...x, edges: [...x.edges, edge('kcl-app', 'leases')] }),
      (x) => ({
        ...x,
        nodes: x.nodes.map((n) => (n.id === 'kcl-app' ? { ...n, label: 'Sessionizer' } : n))
      }),
      (x) => ({
        ...x,
        nodes: [...x.nodes, node('athena', 'athena')],
        edges: [...x.edges, edge('kcl-app', 'athena')]
      }),
      (x) => ({ ...x, edges: x.edges.filter((e) => e.target !== 'leases') })
    ]
    for (const step of steps) {
      d = step(d)
      same(v.validate(d), validateDiagram(d))
    }
  })
})
