import { describe, expect, it } from 'vitest'
import {
  alternativeName,
  chartedSubdiagram,
  costCurves,
  curveSummary,
  findCrossovers,
  pointOf,
  sameCurveInputs,
  type CurvePoint
} from '../../../src/shared/estimation/costCurves'
import { costByService } from '../../../src/shared/estimation/costBreakdown'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import type { NodeEstimate } from '../../../src/shared/estimation/nodeEstimate'
import { multiplierText } from '../../../src/shared/estimation/whatIf'
import { diagram, edge, node } from '../helpers'

/** Two made-up modes: "Flat" costs 100 whatever the traffic, "Metered" 20 per unit of multiplier. */
const NAMES = ['Flat', 'Metered']
const costsAt = (m: number) => ({ Flat: 100, Metered: 20 * m })
const points = (ms: number[]): CurvePoint[] =>
  ms.map((m) => {
    const costs = costsAt(m)
    return { multiplier: m, costs, cheapest: costs.Metered < costs.Flat ? 'Metered' : 'Flat' }
  })

describe('alternative names', () => {
  it('drop the figures that change with traffic and keep the words', () => {
    expect(alternativeName('Provisioned (3 shards)')).toBe('Provisioned')
    expect(alternativeName('Provisioned (1 shard)')).toBe('Provisioned')
    expect(alternativeName('On-demand')).toBe('On-demand')
    expect(alternativeName('On-demand Advantage')).toBe('On-demand Advantage')
    expect(alternativeName('On-demand (Standard)')).toBe('On-demand (Standard)')
  })

  it('keep two labels apart that differ only in figures', () => {
    const p = pointOf(1, [
      { label: 'Provisioned (3 shards)', monthlyCostUSD: 30, chosen: true },
      { label: 'Provisioned (6 shards)', monthlyCostUSD: 60, chosen: false }
    ])!
    expect(p.names).toEqual(['Provisioned', 'Provisioned ′'])
    expect(p.point.cheapest).toBe('Provisioned')
  })
})

describe('crossovers', () => {
  it('are interpolated in log(multiplier) between samples without an evaluator', () => {
    // Metered 20m meets Flat 100 at m = 5. Samples 1 and 10: differences −80 (Metered cheaper) and 100.
    // t = 80 / 180 of the way from log 1 to log 10: m = 10^(4/9) ≈ 2.783, where the lines are
    // interpolated to 100 (Flat is flat).
    const [c, ...rest] = findCrossovers(points([1, 10]), NAMES)
    expect(rest).toEqual([])
    expect(c!.from).toBe('Metered')
    expect(c!.to).toBe('Flat')
    expect(c!.multiplier).toBeCloseTo(10 ** (4 / 9), 10)
    expect(c!.costUSD).toBe(100)
  })

  it('are bisected to within the tolerance with an evaluator', () => {
    const [c] = findCrossovers(points([1, 10]), NAMES, costsAt, 0.001)
    expect(c!.multiplier).toBeGreaterThanOrEqual(5)
    expect(c!.multiplier).toBeLessThan(5 * 1.001)
    expect(c!.costUSD).toBe(100)
  })

  it('are none when one alternative is cheapest throughout, one per change otherwise', () => {
    expect(findCrossovers(points([0.1, 1, 2, 4]), NAMES)).toEqual([])
    // A V-shaped cost (A) against a flat one (B): B, then A around 1×, then B again.
    const vee = (m: number) => ({ A: Math.abs(Math.log10(m)) * 10 + 1, B: 5 })
    const ms = [0.1, 0.3, 1, 3, 10]
    const pts = ms.map((m) => ({
      multiplier: m,
      costs: vee(m),
      cheapest: vee(m).A < vee(m).B ? 'A' : 'B'
    }))
    const found = findCrossovers(pts, ['A', 'B'], vee, 1e-6)
    expect(found.map((c) => `${c.from}→${c.to}`)).toEqual(['B→A', 'A→B'])
    // |log10 m| × 10 + 1 = 5 at m = 10^±0.4.
    expect(found[0]!.multiplier).toBeCloseTo(10 ** -0.4, 4)
    expect(found[1]!.multiplier).toBeCloseTo(10 ** 0.4, 4)
  })

  it('are put in words for the caption', () => {
    const curve = {
      nodeId: 's',
      names: NAMES,
      points: points([1, 10]),
      crossovers: findCrossovers(points([1, 10]), NAMES, costsAt, 0.001)
    }
    expect(curveSummary(curve, multiplierText)).toBe(
      'Metered is cheapest below 5×, Flat from there to 10×.'
    )
    expect(
      curveSummary({ ...curve, points: points([0.1, 2]), crossovers: [] }, multiplierText)
    ).toBe('Metered is cheapest from 0.1× to 2×.')
  })
})

/** producer p (100 records/s of 1 KB) → stream s with ten fixed provisioned shards → Lambda c; plus an unrelated branch. */
function fixedShards() {
  return diagram(
    [
      node('p', 'producer-app'),
      node('s', 'kinesis-data-streams', { config: { shards: 10 } }),
      node('c', 'lambda'),
      node('q', 'producer-app'),
      node('f', 'kinesis-firehose'),
      node('b', 's3'),
      node('x', 's3')
    ],
    [edge('p', 's'), edge('s', 'c'), edge('q', 'f'), edge('f', 'b'), edge('c', 'x')]
  )
}

describe('the streams’ cost curves', () => {
  it('estimate only the streams, what feeds them and what reads them', () => {
    const sub = chartedSubdiagram(fixedShards())
    expect(sub.nodes.map((n) => n.id)).toEqual(['p', 's', 'c'])
    expect(sub.edges.map((e) => e.id)).toEqual(['p:s', 's:c'])
    expect(chartedSubdiagram(diagram([node('b', 's3')])).nodes).toEqual([])
  })

  it('give the stream the same alternatives in the part as in the whole diagram', () => {
    for (const m of [0.1, 1, 7, 100]) {
      const whole = estimateDiagram(fixedShards(), { trafficMultiplier: m }).byId.get(
        's'
      )!.alternatives
      const part = estimateDiagram(chartedSubdiagram(fixedShards()), {
        trafficMultiplier: m
      }).byId.get('s')!.alternatives
      expect(part).toEqual(whole)
    }
  })

  it('have one line per alternative and find where ten fixed shards become the cheaper mode', () => {
    const [curve, ...rest] = costCurves(fixedShards())
    expect(rest).toEqual([])
    expect(curve!.nodeId).toBe('s')
    expect(curve!.points).toHaveLength(25)
    const names = curve!.names
    expect(names).toContain('Provisioned')
    // Ten shards cost the same at any traffic; on-demand grows with it: cheaper at 0.1×, dearer at 100×.
    expect(curve!.points[0]!.cheapest).not.toBe('Provisioned')
    expect(curve!.points[24]!.cheapest).toBe('Provisioned')
    const change = curve!.crossovers.find((c) => c.to === 'Provisioned')!
    expect(change).toBeDefined()
    // Just below the crossover the old mode is cheaper, at it the new one (bisection to 0.5 %).
    const cheapestAt = (m: number) =>
      pointOf(
        m,
        estimateDiagram(fixedShards(), { trafficMultiplier: m }).byId.get('s')!.alternatives
      )!.point.cheapest
    expect(cheapestAt(change.multiplier)).toBe('Provisioned')
    expect(cheapestAt(change.multiplier / 1.006)).toBe(change.from)
  })

  it('follow the diagram’s price overrides', () => {
    const cheapShards = {
      ...fixedShards(),
      pricing: { region: 'us-east-1' as const, overrides: { 'kds.shardHour': 0 } }
    }
    const [curve] = costCurves(cheapShards, { overrides: cheapShards.pricing.overrides })
    expect(curve!.points.every((p) => p.cheapest === 'Provisioned')).toBe(true)
    expect(curve!.crossovers).toEqual([])
  })

  it('are the same for a diagram whose cards only moved', () => {
    const a = fixedShards()
    const moved = {
      ...a,
      nodes: a.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: 0 } }))
    }
    expect(sameCurveInputs(a, moved)).toBe(true)
    const retuned = {
      ...a,
      nodes: a.nodes.map((n) => (n.id === 'p' ? { ...n, config: { recordsPerSecond: 5 } } : n))
    }
    expect(sameCurveInputs(a, retuned)).toBe(false)
    expect(sameCurveInputs(a, { ...a, edges: [...a.edges] })).toBe(false)
  })
})

describe('cost by service', () => {
  const est = (id: string, service: NodeEstimate['service'], usd: number) =>
    ({ id, service, monthlyCostUSD: usd }) as NodeEstimate

  it('sums nodes of a service, dearest first, and leaves out what costs nothing', () => {
    const rows = costByService([
      est('a', 's3', 5),
      est('b', 'lambda', 20),
      est('c', 's3', 30),
      est('d', 'glue-data-catalog', 0)
    ])
    expect(rows.map((r) => [r.service, r.nodes, r.monthlyCostUSD])).toEqual([
      ['s3', 2, 35],
      ['lambda', 1, 20]
    ])
  })

  it('puts everything past the top few in one row', () => {
    const services = ['s3', 'lambda', 'dynamodb', 'athena', 'sqs'] as const
    const rows = costByService(
      services.map((s, i) => est(s, s, 50 - i * 10)),
      2
    )
    expect(rows.map((r) => r.name)).toEqual([rows[0]!.name, rows[1]!.name, '3 other services'])
    expect(rows[2]).toMatchObject({ service: undefined, nodes: 3, monthlyCostUSD: 30 + 20 + 10 })
    // One service past the top is shown itself, not as "1 other services".
    expect(
      costByService(
        services.slice(0, 3).map((s, i) => est(s, s, 50 - i * 10)),
        2
      )
    ).toHaveLength(3)
  })
})
