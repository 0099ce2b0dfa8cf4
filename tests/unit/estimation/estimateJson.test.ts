import { describe, expect, it } from 'vitest'
import { estimateToJson } from '../../../src/shared/estimation/estimateJson'
import { diagram, edge, node } from '../helpers'
import { estimate } from './estimateHelpers'
import { LINE_ITEM_KEYS, NODE_KEYS, THROUGHPUT_KEYS } from './estimateJsonShape'

// producer 1,792 records/s × 2 KB = 3.5 MB/s → stream (4 shards) → Lambda (factor 2) → DynamoDB; plus an entered-cost RDS
const d = diagram(
  [
    node('p', 'producer-app', { config: { recordsPerSecond: 1792, recordSizeKB: 2 } }),
    node('k', 'kinesis-data-streams'),
    node('fn', 'lambda', { config: { parallelizationFactor: 2 } }),
    node('db', 'dynamodb'),
    node('rds', 'rds', { config: { monthlyCostUSD: 120 } })
  ],
  [edge('p', 'k'), edge('k', 'fn'), edge('fn', 'db')]
)

describe('estimateToJson', () => {
  const e = estimate(d)
  const json = estimateToJson(e)

  it('has exactly the documented keys', () => {
    expect(Object.keys(json).sort()).toEqual([
      'freshness',
      'nodes',
      'pricing',
      'totalMonthlyCostUSD'
    ])
    expect(Object.keys(json.pricing).sort()).toEqual(['asOf', 'region'])
    expect(json.nodes.map((n) => n.id)).toEqual(['p', 'k', 'fn', 'db', 'rds'])
    for (const n of json.nodes) {
      // Services priced in more than one mode list every mode.
      const modes = n.service === 'kinesis-data-streams' || n.service === 'dynamodb'
      expect(Object.keys(n).sort(), n.id).toEqual(
        modes ? [...NODE_KEYS, 'modes'].sort() : NODE_KEYS
      )
      expect(Object.keys(n.throughput).sort(), n.id).toEqual(THROUGHPUT_KEYS)
      for (const i of n.lineItems) expect(Object.keys(i).sort(), n.id).toEqual(LINE_ITEM_KEYS)
    }
  })

  it('dates the prices by the oldest one used', () => {
    // The KDS shard-hour and the Lambda prices are dated 2024-07-01; the table itself 2026-11-23.
    expect(json.pricing).toEqual({ region: 'us-east-1', asOf: '2024-07-01' })
  })

  it('carries the headline capacities', () => {
    const byId = new Map(json.nodes.map((n) => [n.id, n]))
    expect(byId.get('k')!.capacity.shards).toBe(4)
    // 4 shards × factor 2 = 8
    expect(byId.get('fn')!.capacity.concurrency).toBe(8)
    // 1,792 items/s × ⌈2 KB ÷ 1 KB⌉ = 3,584 WCU
    expect(byId.get('db')!.capacity.writeCapacityUnits).toBe(3584)
    expect(byId.get('k')!.throughput).toEqual({
      inRecordsPerSecond: 1792,
      inMBps: 3.5,
      outRecordsPerSecond: 1792,
      outMBps: 3.5,
      // no peak set: the peak is the average
      peakInRecordsPerSecond: 1792,
      peakInMBps: 3.5,
      peakOutRecordsPerSecond: 1792,
      peakOutMBps: 3.5
    })
    expect(byId.get('rds')!.lineItems).toEqual([
      { item: 'Entered monthly cost', quantity: 1, unit: 'month', unitPriceUSD: 120, costUSD: 120 }
    ])
  })

  it('rounds money to cents and makes each line cost quantity × unit price', () => {
    for (const n of json.nodes) {
      expect(Number.isInteger(Math.round(n.monthlyCostUSD * 100)), n.id).toBe(true)
      expect(n.monthlyCostUSD * 100).toBeCloseTo(Math.round(n.monthlyCostUSD * 100), 6)
      for (const i of n.lineItems)
        expect(i.costUSD, `${n.id} ${i.item}`).toBeCloseTo(i.quantity * i.unitPriceUSD, 2)
    }
  })

  it('totals the node costs to the cent', () => {
    const sumOfNodes = e.nodes.reduce((s, n) => s + n.monthlyCostUSD, 0)
    expect(e.totalMonthlyCostUSD).toBeCloseTo(sumOfNodes, 9)
    expect(json.totalMonthlyCostUSD).toBeCloseTo(sumOfNodes, 2)
    const sumOfJsonNodes = json.nodes.reduce((s, n) => s + n.monthlyCostUSD, 0)
    // each node is rounded to the cent on its own, so the sum may differ from the rounded total by under a cent per node
    expect(Math.abs(json.totalMonthlyCostUSD - sumOfJsonNodes)).toBeLessThanOrEqual(
      0.005 * json.nodes.length + 1e-9
    )
    for (const n of e.nodes) {
      const lines = n.lineItems.reduce((s, i) => s + i.costUSD, 0)
      expect(n.monthlyCostUSD, n.id).toBeCloseTo(lines, 9)
    }
  })

  it('survives JSON.stringify unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })
})

describe('explanations', () => {
  it('are written when read, and are an ordinary enumerable property', () => {
    const e = estimate(d)
    const k = e.byId.get('k')!
    expect(Object.keys(k)).toContain('explanations')
    expect(k.explanations.length).toBeGreaterThan(0)
    expect(k.explanations).toBe(k.explanations)
    expect({ ...k }.explanations).toEqual(k.explanations)
    expect((JSON.parse(JSON.stringify(k)) as typeof k).explanations).toEqual(k.explanations)
  })
})
