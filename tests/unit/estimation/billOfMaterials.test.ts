import { describe, expect, it } from 'vitest'
import {
  FIREHOSE_DEFAULT_RECORDS_PER_REQUEST,
  SIZE_RATIOS
} from '../../../src/shared/estimation/assumptions'
import { buildBillOfMaterials, capacityText } from '../../../src/shared/estimation/billOfMaterials'
import { US_EAST_1 } from '../../../src/shared/estimation/pricing/usEast1'
import { diagram, edge, node } from '../helpers'
import { estimate } from './estimateHelpers'

// producer 1,000 records/s × 1 KB → stream (fixed 2 shards) → Firehose (gzip) → S3; a catalog with no cost.
const pipeline = (firehose: Record<string, string> = { compression: 'gzip' }) =>
  diagram(
    [
      node('p', 'producer-app', {
        label: 'Checkout',
        config: { recordsPerSecond: 1000, recordSizeKB: 1 }
      }),
      node('k', 'kinesis-data-streams', { config: { shards: 2 } }),
      node('f', 'kinesis-firehose', { label: 'To the lake', config: firehose }),
      node('s3', 's3', { label: 'Lake' })
    ],
    [edge('p', 'k'), edge('k', 'f'), edge('f', 's3')],
    'Checkout events'
  )

describe('buildBillOfMaterials', () => {
  const d = pipeline()
  const e = estimate(d)
  const bom = buildBillOfMaterials(d, e)

  it('lists every priced service, most expensive first, with its line items and total', () => {
    const costs = bom.services.map((s) => s.monthlyUSD)
    expect(costs).toEqual([...costs].sort((a, b) => b - a))
    expect(bom.services.map((s) => s.nodeId).sort()).toEqual(
      e.nodes
        .filter((n) => n.lineItems.length > 0)
        .map((n) => n.id)
        .sort()
    )
    for (const s of bom.services) {
      const n = e.byId.get(s.nodeId)!
      expect(s.items).toEqual(n.lineItems)
      expect(s.monthlyUSD).toBe(n.monthlyCostUSD)
    }
    expect(bom.totalMonthlyUSD).toBe(e.totalMonthlyCostUSD)
    expect(bom.name).toBe('Checkout events')
  })

  it('names a service by its label, or its service name without one, and says what it is', () => {
    const stream = bom.services.find((s) => s.nodeId === 'k')!
    expect(stream.label).toBe('Kinesis Data Streams')
    expect(stream.service).toBe('Kinesis Data Streams')
    expect(capacityText(stream)).toContain('Shards: 2')
    const firehose = bom.services.find((s) => s.nodeId === 'f')!
    expect(firehose.label).toBe('To the lake')
    expect(firehose.service).toBe('Data Firehose')
  })

  it('keeps services with nothing to charge out of the table, but names them', () => {
    expect(bom.unpriced).toEqual(['Checkout'])
    expect(bom.services.some((s) => s.nodeId === 'p')).toBe(false)
  })

  it('lists only the price grades it uses, A first', () => {
    const used = new Set(bom.services.flatMap((s) => s.items.map((i) => i.grade)))
    expect(bom.grades).toEqual((['A', 'B', 'C', 'U'] as const).filter((g) => used.has(g)))
  })

  it("states the prices' date and month, and the traffic that enters", () => {
    expect(bom.pricing).toEqual({ ...e.pricing, hoursPerMonth: US_EAST_1.hoursPerMonth })
    expect(bom.assumptions[0]).toContain(`list prices as of ${e.pricing.asOf}`)
    expect(bom.assumptions[0]).toContain(`a month is ${US_EAST_1.hoursPerMonth} hours`)
    expect(bom.assumptions).toContainEqual(
      expect.stringMatching(/^Traffic in: “Checkout” sends 1,000 records\/s/)
    )
  })

  it('states a size ratio only when a service compresses or converts', () => {
    expect(bom.assumptions).toContainEqual(
      expect.stringContaining(`gzip at ${SIZE_RATIOS.compression.gzip} (To the lake)`)
    )
    const plain = pipeline({})
    const plainBom = buildBillOfMaterials(plain, estimate(plain))
    expect(plainBom.assumptions.join(' ')).not.toMatch(/fraction of its JSON size/)
  })

  it('states the what-if multiplier and the prices the user set, when there are any', () => {
    expect(bom.assumptions.join(' ')).not.toMatch(/What-if|Your own unit price/)
    const priced = {
      ...d,
      pricing: { region: 'us-east-1' as const, overrides: { 'kds.shardHour': 0.02 } }
    }
    const e2 = estimate(priced, { trafficMultiplier: 2, overrides: priced.pricing.overrides })
    const whatIf = buildBillOfMaterials(priced, e2, { trafficMultiplier: 2 })
    expect(whatIf.assumptions).toContainEqual(
      expect.stringContaining("What-if: every source's traffic is 2× what the diagram says")
    )
    expect(whatIf.assumptions).toContainEqual(
      expect.stringContaining(
        'Your own unit price (saved in the file) replaces the list price for “Shard hours”'
      )
    )
    expect(whatIf.assumptions).toContainEqual(expect.stringContaining('sends 2,000 records/s'))
  })

  it('states the Direct PUT batch size only for a Firehose written to directly', () => {
    const direct = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } }),
        node('f', 'kinesis-firehose', { label: 'Direct' }),
        node('s3', 's3')
      ],
      [edge('p', 'f'), edge('f', 's3')]
    )
    const text = buildBillOfMaterials(direct, estimate(direct)).assumptions.join(' ')
    expect(text).toContain(
      `Producers writing straight to “Direct” send ${FIREHOSE_DEFAULT_RECORDS_PER_REQUEST} records per PutRecordBatch call`
    )
    expect(bom.assumptions.join(' ')).not.toContain('PutRecordBatch')
  })
})
