import { describe, expect, it } from 'vitest'
import { diagram, edge, node } from '../helpers'
import { estimate, fedBy, lineItem, nodeEstimate, priceIds, problemCodes } from './estimateHelpers'

// A month is 730 h = 2,628,000 s; 1 GB = 1,048,576 KB.

describe('Firehose ingestion', () => {
  it('bills a 3 KB record as 5 KB at $0.029/GB', () => {
    // 1,000 records/s × 5 KB × 2,628,000 s = 13,140,000,000 KB ÷ 1,048,576 = 12,531.280517578125 GB
    // × $0.029 = $363.4071350097656
    const e = estimate(fedBy(1000, 3, 'kinesis-firehose', {}, [{ service: 's3' }]))
    const i = lineItem(e, 't', 'firehose.ingestGBTier1')
    expect(i.item).toContain('5 KB')
    expect(i.quantity).toBeCloseTo(12531.280517578125, 6)
    expect(i.unitPriceUSD).toBe(0.029)
    expect(i.costUSD).toBeCloseTo(363.4071350097656, 6)
    expect(nodeEstimate(e, 't').capacity.ingestedGBPerMonth).toBeCloseTo(12531.280517578125, 6)
  })

  it('bills a 12 KB record as 15 KB', () => {
    // 100 × 15 KB × 2,628,000 ÷ 1,048,576 = 3,759.3841552734375 GB × $0.029 = $109.02214050292969
    const i = lineItem(estimate(fedBy(100, 12, 'kinesis-firehose')), 't', 'firehose.ingestGBTier1')
    expect(i.item).toContain('15 KB')
    expect(i.quantity).toBeCloseTo(3759.3841552734375, 6)
    expect(i.costUSD).toBeCloseTo(109.02214050292969, 6)
  })

  it('bills a record of exactly 5 KB as 5 KB, even after a filter upstream', () => {
    // 22 records/s × 0.7 = 15.4 records/s of 5 KB; 15.4 × 5 × 2,628,000 ÷ 1,048,576 = 192.98171997070312 GB
    const d = fedBy(22, 5, 'lambda', { outputRatio: 0.7 }, [{ service: 'kinesis-firehose' }])
    const i = lineItem(estimate(d), 'c1', 'firehose.ingestGBTier1')
    expect(i.item).toContain('5 KB')
    expect(i.quantity).toBeCloseTo(192.981719970703, 6)
  })

  it('adds format conversion at $0.018 per GB ingested (5 KB increments)', () => {
    // 12,531.280517578125 GB (as above) × $0.018 = $225.56304931640622
    const e = estimate(
      fedBy(1000, 3, 'kinesis-firehose', { formatConversion: 'parquet' }, [{ service: 's3' }])
    )
    const i = lineItem(e, 't', 'firehose.formatConversionGB')
    expect(i.quantity).toBeCloseTo(12531.280517578125, 6)
    expect(i.costUSD).toBeCloseTo(225.56304931640622, 6)
    // total 363.4071350097656 + 225.56304931640622 = $588.9701843261718
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(588.9701843261718, 6)
  })

  it('has no format conversion line without conversion', () => {
    expect(priceIds(estimate(fedBy(1000, 3, 'kinesis-firehose')), 't')).toEqual([
      'firehose.ingestGBTier1'
    ])
  })

  it('bills ingestion from MSK per GB at the MSK rate, without 5 KB rounding', () => {
    // 1,024 records/s × 1 KB = 1 MB/s into MSK and on to Firehose
    // 1 MB/s × 2,628,000 s ÷ 1,024 = 2,566.40625 GB × $0.055 = $141.15234375 (5 KB rounding would bill 5×)
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1024, recordSizeKB: 1 } }),
        node('m', 'msk'),
        node('f', 'kinesis-firehose'),
        node('s3', 's3')
      ],
      [edge('p', 'm'), edge('m', 'f'), edge('f', 's3')]
    )
    const e = estimate(d)
    expect(priceIds(e, 'f')).toEqual(['firehose.mskIngestGB'])
    const i = lineItem(e, 'f', 'firehose.mskIngestGB')
    expect(i.quantity).toBeCloseTo(2566.40625, 6)
    expect(i.unitPriceUSD).toBe(0.055)
    expect(i.costUSD).toBeCloseTo(141.15234375, 6)
  })
})

describe('Firehose Direct PUT quota (5 MiB/s, 500,000 records/s in us-east-1)', () => {
  it('warns above 5 MiB/s and names the quota', () => {
    // 6,144 records/s × 1 KB = 6,144 KB/s = 6 MiB/s > 5
    const e = estimate(fedBy(6144, 1, 'kinesis-firehose'))
    const p = nodeEstimate(e, 't').problems.find((x) => x.code === 'firehose-direct-put-quota')
    expect(p?.severity).toBe('warning')
    expect(p?.message).toContain('5 MiB/s')
    expect(p?.message).toContain('500,000 records/s')
  })

  it('does not warn at exactly 5 MiB/s', () => {
    // 5,120 records/s × 1 KB = 5,120 KB/s = 5 MiB/s
    expect(problemCodes(estimate(fedBy(5120, 1, 'kinesis-firehose')), 't')).not.toContain(
      'firehose-direct-put-quota'
    )
  })

  it('warns above 500,000 records/s even when the bandwidth is small', () => {
    // 600,000 × 0.001 KB = 600 KB/s = 0.59 MiB/s, but 600,000 > 500,000 records/s
    expect(problemCodes(estimate(fedBy(600_000, 0.001, 'kinesis-firehose')), 't')).toContain(
      'firehose-direct-put-quota'
    )
    // 500,000 records/s is at the quota, not above it
    expect(problemCodes(estimate(fedBy(500_000, 0.001, 'kinesis-firehose')), 't')).not.toContain(
      'firehose-direct-put-quota'
    )
  })

  it('does not warn when a Kinesis stream feeds the delivery stream', () => {
    // 6 MiB/s through 6 shards: the Direct PUT quota does not apply
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 6144, recordSizeKB: 1 } }),
        node('k', 'kinesis-data-streams'),
        node('f', 'kinesis-firehose')
      ],
      [edge('p', 'k'), edge('k', 'f')]
    )
    expect(problemCodes(estimate(d), 'f')).not.toContain('firehose-direct-put-quota')
  })

  it('does not warn when MSK feeds the delivery stream, and bills MSK ingest', () => {
    // 6 MiB/s × 2,628,000 s ÷ 1,024 = 15,398.4375 GB × $0.055 = $846.9140625
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 6144, recordSizeKB: 1 } }),
        node('m', 'msk'),
        node('f', 'kinesis-firehose')
      ],
      [edge('p', 'm'), edge('m', 'f')]
    )
    const e = estimate(d)
    expect(problemCodes(e, 'f')).not.toContain('firehose-direct-put-quota')
    expect(lineItem(e, 'f', 'firehose.mskIngestGB').costUSD).toBeCloseTo(846.9140625, 6)
  })
})
