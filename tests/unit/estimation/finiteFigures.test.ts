import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import type { DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import { estimateToJson } from '../../../src/shared/estimation/estimateJson'
import { TRAFFIC_CEILING } from '../../../src/shared/estimation/assumptions'
import { diagram, edge, node } from '../helpers'

/** Every number in a JSON value, with its path. */
function numbers(
  value: unknown,
  path = '$',
  out: Array<[string, unknown]> = []
): Array<[string, unknown]> {
  if (value === null) out.push([path, null])
  else if (typeof value === 'number') out.push([path, value])
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out))
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out)
  return out
}

function notFinite(value: unknown): string[] {
  // JSON.stringify turns NaN and Infinity into null: check the object itself, not its text.
  return numbers(value)
    .filter(([, v]) => typeof v !== 'number' || !Number.isFinite(v))
    .map(([p, v]) => `${p} = ${String(v)}`)
}

/** n × [on-demand stream → Lambda emitting `ratio` records per record], fed by one producer. */
function multiplyingChain(n: number, ratio: number) {
  const nodes: DiagramNode[] = [
    node('p', 'producer-app', { config: { recordsPerSecond: 100, recordSizeKB: 1 } })
  ]
  const edges: DiagramEdge[] = []
  let last = 'p'
  for (let i = 0; i < n; i++) {
    nodes.push(node(`s${i}`, 'kinesis-data-streams', { config: { capacityMode: 'on-demand' } }))
    nodes.push(node(`f${i}`, 'lambda', { config: { outputRatio: ratio } }))
    edges.push(edge(last, `s${i}`), edge(`s${i}`, `f${i}`))
    last = `f${i}`
  }
  return diagram(nodes, edges)
}

describe('figures never go wrong (issue 12, part 6)', () => {
  it('holds 300 × [on-demand stream → Lambda × 100] at the ceiling: no NaN, no Infinity, an error at the node', () => {
    // Lambda f_k emits 100 × 100^(k+1) records/s: f3 gives 10^10 (the ceiling itself), f4 would give 10^12,
    // so f4 is held at the ceiling and reported; the nodes after it are held too, but not reported again.
    const a = analyzeDiagram(multiplyingChain(300, 100))
    expect(notFinite(estimateToJson(a.estimate))).toEqual([])
    expect(Number.isFinite(a.estimate.totalMonthlyCostUSD)).toBe(true)
    const overflow = a.problems.filter((p) => p.code === 'traffic-overflow')
    expect(overflow).toHaveLength(1)
    expect(overflow[0]).toMatchObject({ severity: 'error', nodeId: 'f4' })
    expect(overflow[0]!.message).toContain('10,000,000,000 records/s')
    expect(a.counts.error).toBeGreaterThan(0)
    // Downstream of the ceiling, traffic stays at it.
    expect(a.estimate.byId.get('s299')!.throughput.inRecordsPerSecond).toBe(
      TRAFFIC_CEILING.recordsPerSecond
    )
  })

  it('keeps every figure finite for any chain of in-range settings', () => {
    const settings = fc.record({
      recordsPerSecond: fc.double({ min: 0, max: 100_000_000, noNaN: true }),
      recordSizeKB: fc.double({ min: 0.001, max: 102_400, noNaN: true }),
      ratios: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
        minLength: 1,
        maxLength: 40
      }),
      mode: fc.constantFrom('provisioned', 'on-demand', 'on-demand-advantage')
    })
    fc.assert(
      fc.property(settings, ({ recordsPerSecond, recordSizeKB, ratios, mode }) => {
        const nodes: DiagramNode[] = [
          node('p', 'producer-app', { config: { recordsPerSecond, recordSizeKB } })
        ]
        const edges: DiagramEdge[] = []
        let last = 'p'
        ratios.forEach((ratio, i) => {
          nodes.push(
            node(`s${i}`, 'kinesis-data-streams', { config: { capacityMode: mode } }),
            node(`f${i}`, 'lambda', { config: { outputRatio: ratio } })
          )
          edges.push(edge(last, `s${i}`), edge(`s${i}`, `f${i}`))
          last = `f${i}`
        })
        nodes.push(
          node('db', 'dynamodb', { config: { capacityMode: 'provisioned' } }),
          node('b', 's3')
        )
        edges.push(edge(last, 'db'), edge(last, 'b'))
        const a = analyzeDiagram(diagram(nodes, edges))
        expect(notFinite(estimateToJson(a.estimate))).toEqual([])
      }),
      { numRuns: 60 }
    )
  })
})
