import { describe, expect, it } from 'vitest'
import { estimate, fedBy, lineItem, nodeEstimate, priceIds, problemCodes } from './estimateHelpers'

// A month is 730 h = 2,628,000 s; 1 MB/s for a month = 2,628,000 MB ÷ 1,024 = 2,566.40625 GB.

describe('Kinesis Data Streams: provisioned shards', () => {
  it('sizes by write bandwidth: 3.5 MB/s → 4 shards', () => {
    // 1,792 records/s × 2 KB = 3,584 KB/s ÷ 1,024 = 3.5 MB/s → ⌈3.5 ÷ 1 MB/s⌉ = 4
    // records: ⌈1,792 ÷ 1,000⌉ = 2; reads: ⌈1 consumer × 3.5 ÷ 2⌉ = 2 → max = 4
    const e = estimate(fedBy(1792, 2, 'kinesis-data-streams', {}, [{ service: 'lambda' }]))
    const k = nodeEstimate(e, 't')
    expect(k.capacity.shards).toBe(4)
    expect(k.badge).toBe('4 shards')
  })

  it('sizes by records: 2,500 records/s of 0.1 KB → 3 shards', () => {
    // 2,500 × 0.1 KB = 250 KB/s = 0.244 MB/s → 1 shard by bandwidth; ⌈2,500 ÷ 1,000⌉ = ⌈2.5⌉ = 3 by records
    const e = estimate(fedBy(2500, 0.1, 'kinesis-data-streams', {}, [{ service: 'lambda' }]))
    expect(nodeEstimate(e, 't').capacity.shards).toBe(3)
    expect(nodeEstimate(e, 't').badge).toBe('3 shards')
  })

  it('sizes by shared readers: 1 MB/s read by 5 shared consumers → 3 shards', () => {
    // 1,024 records/s × 1 KB = 1 MB/s: writes ⌈1⌉ = 1, records ⌈1.024⌉ = 2, reads ⌈5 × 1 MB/s ÷ 2 MB/s⌉ = ⌈2.5⌉ = 3
    const consumers = Array.from({ length: 5 }, () => ({ service: 'lambda' as const }))
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', {}, consumers))
    expect(nodeEstimate(e, 't').capacity.shards).toBe(3)
  })

  it('does not add shards for enhanced fan-out consumers', () => {
    // same 1 MB/s, but all 5 Lambdas use enhanced fan-out (own 2 MB/s per shard):
    // shared reads 0 → max(⌈1⌉, ⌈1.024⌉ = 2, 0) = 2 shards
    const consumers = Array.from({ length: 5 }, () => ({ service: 'lambda' as const, edgeConfig: { enhancedFanOut: true } }))
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', {}, consumers))
    const k = nodeEstimate(e, 't')
    expect(k.capacity.shards).toBe(2)
    expect(k.explanations.some((x) => x.includes('5 enhanced fan-out'))).toBe(true)
  })

  it('counts an enhanced fan-out edge to a consumer that cannot use it as a shared reader', () => {
    // Firehose reads through shared GetRecords: 2 shared readers × 1 MB/s ÷ 2 = 1, so still 2 (by records),
    // while 5 Firehose readers "with" EFO would need ⌈5 × 1 ÷ 2⌉ = 3
    const consumers = Array.from({ length: 5 }, () => ({ service: 'kinesis-firehose' as const, edgeConfig: { enhancedFanOut: true } }))
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', {}, consumers))
    expect(nodeEstimate(e, 't').capacity.shards).toBe(3)
  })

  it('says 1 shard (singular) for a trickle', () => {
    const e = estimate(fedBy(1, 1, 'kinesis-data-streams'))
    expect(nodeEstimate(e, 't').capacity.shards).toBe(1)
    expect(nodeEstimate(e, 't').badge).toBe('1 shard')
  })

  it('flags a fixed shard count below the need as under-provisioned: needs N', () => {
    // needs 4 (3.5 MB/s, as above), fixed at 2
    const e = estimate(fedBy(1792, 2, 'kinesis-data-streams', { shards: 2 }, [{ service: 'lambda' }]))
    const k = nodeEstimate(e, 't')
    expect(k.capacity.shards).toBe(2)
    expect(k.badge).toBe('2 shards')
    const p = k.problems.find((x) => x.code === 'kds-under-provisioned')
    expect(p?.severity).toBe('error')
    expect(p?.message).toContain('needs 4')
    expect(e.problems.map((x) => x.code)).toContain('kds-under-provisioned')
  })

  it('accepts a fixed shard count at or above the need', () => {
    for (const shards of [4, 10]) {
      const e = estimate(fedBy(1792, 2, 'kinesis-data-streams', { shards }, [{ service: 'lambda' }]))
      expect(problemCodes(e, 't')).not.toContain('kds-under-provisioned')
      expect(nodeEstimate(e, 't').capacity.shards).toBe(shards)
    }
  })

  // streams/latest/dev/large-records.html: MaxRecordSizeInKiB is 1,024 by default and up to 10,240.
  it('takes a 2 MiB record only when the stream is set to take it; above 10 MiB never', () => {
    // 1 record/s × 2,048 KiB: above the 1,024 KiB default → an error naming the setting
    const byDefault = problemCodes(estimate(fedBy(1, 2048, 'kinesis-data-streams')), 't')
    expect(byDefault).toContain('kds-record-above-setting')
    expect(byDefault).not.toContain('kds-record-too-large')
    const msg = estimate(fedBy(1, 2048, 'kinesis-data-streams')).problems.find((p) => p.code === 'kds-record-above-setting')!.message
    expect(msg).toContain('maxRecordSizeKB')
    expect(msg).toContain('2,048 KiB')
    // the stream raised to 4,096 KiB: no record-size problem
    const raised = problemCodes(estimate(fedBy(1, 2048, 'kinesis-data-streams', { maxRecordSizeKB: 4096 })), 't')
    expect(raised).not.toContain('kds-record-above-setting')
    expect(raised).not.toContain('kds-record-too-large')
    // 10,241 KiB is above the 10 MiB ceiling whatever the setting
    expect(problemCodes(estimate(fedBy(1, 10_241, 'kinesis-data-streams', { maxRecordSizeKB: 10_240 })), 't')).toContain('kds-record-too-large')
    // exactly 1,024 KiB fits the default
    const exact = problemCodes(estimate(fedBy(1, 1024, 'kinesis-data-streams')), 't')
    expect(exact).not.toContain('kds-record-above-setting')
  })
})

describe('Kinesis Data Streams: provisioned cost', () => {
  // 100 records/s × 30 KB = 3,000 KB/s = 2.9296875 MB/s → ⌈2.93⌉ = 3 shards
  const stream = (config: Record<string, string | number> = {}) => fedBy(100, 30, 'kinesis-data-streams', config)

  it('bills shard-hours at 730 h × $0.015', () => {
    // 3 shards × 730 h = 2,190 shard-hours × $0.015 = $32.85
    const i = lineItem(estimate(stream()), 't', 'kds.shardHour')
    expect(i.quantity).toBe(2190)
    expect(i.unitPriceUSD).toBe(0.015)
    expect(i.costUSD).toBeCloseTo(32.85, 2)
  })

  it('bills PUT payload units in 25 KB chunks (a 30 KB record = 2 units)', () => {
    // ⌈30 ÷ 25⌉ = 2 units × 100 records/s × 2,628,000 s = 525,600,000 = 525.6 M units × $0.014 = $7.3584
    const i = lineItem(estimate(stream()), 't', 'kds.putPayloadUnitsMillion')
    expect(i.item).toContain('2 per record')
    expect(i.quantity).toBeCloseTo(525.6, 6)
    expect(i.costUSD).toBeCloseTo(7.3584, 4)
  })

  it('bills one PUT payload unit for a record of exactly 25 KB, however the rate is reached', () => {
    // 29 records/s of 25 KB through a Lambda keeping 1 in 10 = 2.9 records/s of 25 KB: still 1 unit each
    // 2.9 × 1 × 2,628,000 = 7,621,200 = 7.6212 M units
    const d = fedBy(29, 25, 'lambda', { outputRatio: 0.1 }, [{ service: 'kinesis-data-streams' }])
    const i = lineItem(estimate(d), 'c1', 'kds.putPayloadUnitsMillion')
    expect(i.item).toContain('1 per record')
    expect(i.quantity).toBeCloseTo(7.6212, 6)
  })

  it('adds extended retention at 48 h: shards × 730 × $0.02', () => {
    // 3 × 730 = 2,190 shard-hours × $0.02 = $43.80; total 32.85 + 7.3584 + 43.80 = $84.0084
    const e = estimate(stream({ retentionHours: 48 }))
    expect(lineItem(e, 't', 'kds.extendedRetentionShardHour').costUSD).toBeCloseTo(43.8, 2)
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(84.0084, 4)
  })

  it('has no retention line at the default 24 h', () => {
    const ids = priceIds(estimate(stream()), 't')
    expect(ids).toEqual(['kds.shardHour', 'kds.putPayloadUnitsMillion'])
    // 32.85 + 7.3584 = $40.2084
    expect(nodeEstimate(estimate(stream()), 't').monthlyCostUSD).toBeCloseTo(40.2084, 4)
  })

  it('bills retention beyond 7 days per GB-month', () => {
    // 1,024 records/s × 1 KB = 1 MB/s → 2 shards (⌈1.024⌉); retention 720 h
    // up to 7 days: 2 × 730 × $0.02 = $29.20
    // beyond: 1 MB/s × 3,600 s ÷ 1,024 = 3.515625 GB/h × (720 − 168) h = 1,940.625 GB-month × $0.023 = $44.634375
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', { retentionHours: 720 }))
    expect(lineItem(e, 't', 'kds.extendedRetentionShardHour').costUSD).toBeCloseTo(29.2, 2)
    const lt = lineItem(e, 't', 'kds.longTermRetentionGBMonth')
    expect(lt.quantity).toBeCloseTo(1940.625, 6)
    expect(lt.costUSD).toBeCloseTo(44.634375, 6)
  })

  it('bills enhanced fan-out per consumer-shard-hour and per GB retrieved', () => {
    // 1,024 records/s × 1 KB = 1 MB/s → 2 shards; one EFO Lambda
    // 1 consumer × 2 shards × 730 h = 1,460 × $0.015 = $21.90
    // 1 MB/s × 2,628,000 s ÷ 1,024 = 2,566.40625 GB × $0.013 = $33.36328125
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', {}, [{ service: 'lambda', edgeConfig: { enhancedFanOut: true } }]))
    const hours = lineItem(e, 't', 'kds.efoConsumerShardHour')
    expect(hours.quantity).toBe(1460)
    expect(hours.costUSD).toBeCloseTo(21.9, 2)
    const gb = lineItem(e, 't', 'kds.efoRetrievalGB')
    expect(gb.quantity).toBeCloseTo(2566.40625, 6)
    expect(gb.costUSD).toBeCloseTo(33.36328125, 6)
  })
})

describe('Kinesis Data Streams: on-demand', () => {
  // 1,000 records/s × 1.5 KB = 1,500 KB/s = 1.46484375 MB/s, read by one shared Lambda
  const onDemand = (config: Record<string, string | number> = {}) =>
    estimate(fedBy(1000, 1.5, 'kinesis-data-streams', { capacityMode: 'on-demand', ...config }, [{ service: 'lambda' }]))

  it('bills stream-hours at 730 × $0.04', () => {
    // 730 × $0.04 = $29.20
    expect(lineItem(onDemand(), 't', 'kds.od.streamHour').costUSD).toBeCloseTo(29.2, 2)
  })

  it('bills ingest with records rounded up to 1 KB at $0.08/GB', () => {
    // 1.5 KB → 2 KB billed; 1,000 × 2 KB × 2,628,000 s = 5,256,000,000 KB ÷ 1,048,576 = 5,012.51220703125 GB
    // × $0.08 = $401.0009765625
    const i = lineItem(onDemand(), 't', 'kds.od.ingestGB')
    expect(i.item).toContain('2 KB')
    expect(i.quantity).toBeCloseTo(5012.51220703125, 6)
    expect(i.costUSD).toBeCloseTo(401.0009765625, 6)
  })

  it('bills shared retrieval at $0.04/GB per consumer', () => {
    // 1,500 KB/s × 2,628,000 s ÷ 1,048,576 = 3,759.3841552734375 GB × 1 consumer × $0.04 = $150.3753662109375
    const i = lineItem(onDemand(), 't', 'kds.od.retrievalGB')
    expect(i.quantity).toBeCloseTo(3759.3841552734375, 6)
    expect(i.costUSD).toBeCloseTo(150.3753662109375, 6)
    // two consumers read it twice
    const two = estimate(fedBy(1000, 1.5, 'kinesis-data-streams', { capacityMode: 'on-demand' }, [{ service: 'lambda' }, { service: 'kcl-app' }]))
    expect(lineItem(two, 't', 'kds.od.retrievalGB').quantity).toBeCloseTo(7518.768310546875, 6)
  })

  it('totals stream-hours, ingest and retrieval, with no shard or PUT-unit charges', () => {
    // 29.20 + 401.0009765625 + 150.3753662109375 = $580.5763427734375
    const e = onDemand()
    expect(priceIds(e, 't')).toEqual(['kds.od.streamHour', 'kds.od.ingestGB', 'kds.od.retrievalGB'])
    expect(nodeEstimate(e, 't').monthlyCostUSD).toBeCloseTo(580.5763427734375, 6)
    expect(nodeEstimate(e, 't').badge).toBe('on-demand')
  })

  it('bills on-demand extended retention per GB-month', () => {
    // 1.46484375 MB/s × 3,600 s ÷ 1,024 = 5.14984130859375 GB/h × (48 − 24) h = 123.59619140625 GB-month × $0.10 = $12.359619140625
    const i = lineItem(onDemand({ retentionHours: 48 }), 't', 'kds.od.extendedRetentionGBMonth')
    expect(i.quantity).toBeCloseTo(123.59619140625, 6)
    expect(i.costUSD).toBeCloseTo(12.359619140625, 6)
  })

  it('shows the write capacity a new on-demand stream starts with', () => {
    expect(nodeEstimate(onDemand(), 't').capacity.onDemandInitialWriteMBps).toBe(4)
  })

  it('warns about warm-up above 4 MB/s, not below', () => {
    // 1,152 records/s × 4 KB = 4,608 KB/s = 4.5 MB/s > 4 MB/s (records 1,152 < 4,000)
    const above = estimate(fedBy(1152, 4, 'kinesis-data-streams', { capacityMode: 'on-demand' }))
    const warning = nodeEstimate(above, 't').problems.find((p) => p.code === 'kds-on-demand-warmup')
    expect(warning?.severity).toBe('warning')
    // 896 records/s × 4 KB = 3,584 KB/s = 3.5 MB/s
    const below = estimate(fedBy(896, 4, 'kinesis-data-streams', { capacityMode: 'on-demand' }))
    expect(problemCodes(below, 't')).not.toContain('kds-on-demand-warmup')
  })

  it('warns about warm-up above 4,000 records/s even when the bandwidth is small', () => {
    // 5,000 records/s × 0.1 KB = 500 KB/s = 0.49 MB/s, but 5,000 > 4,000 records/s
    expect(problemCodes(estimate(fedBy(5000, 0.1, 'kinesis-data-streams', { capacityMode: 'on-demand' })), 't')).toContain('kds-on-demand-warmup')
  })

  it('never warns about warm-up in provisioned mode', () => {
    expect(problemCodes(estimate(fedBy(1152, 4, 'kinesis-data-streams')), 't')).not.toContain('kds-on-demand-warmup')
  })
})

describe('Kinesis Data Streams: provisioned vs on-demand', () => {
  it('shows both alternatives and names provisioned as cheaper for steady traffic', () => {
    // 100 records/s × 30 KB → 3 shards
    // provisioned: 2,190 × $0.015 = $32.85 + 525.6 M × $0.014 = $7.3584 → $40.2084
    // on-demand: 730 × $0.04 = $29.20 + 100 × 30 KB × 2,628,000 ÷ 1,048,576 = 7,518.768310546875 GB × $0.08 = $601.50146484375
    //   → $630.70146484375 (no consumers, so no retrieval)
    const k = nodeEstimate(estimate(fedBy(100, 30, 'kinesis-data-streams')), 't')
    expect(k.alternatives).toHaveLength(2)
    const [provisioned, onDemand] = k.alternatives!
    expect(provisioned!.label).toBe('Provisioned (3 shards)')
    expect(provisioned!.chosen).toBe(true)
    expect(provisioned!.monthlyCostUSD).toBeCloseTo(40.2084, 4)
    expect(onDemand!.label).toBe('On-demand')
    expect(onDemand!.chosen).toBe(false)
    expect(onDemand!.monthlyCostUSD).toBeCloseTo(630.70146484375, 6)
    expect(k.explanations.some((x) => x.includes('provisioned is cheaper'))).toBe(true)
  })

  it('names on-demand as cheaper when far more shards are fixed than the traffic needs', () => {
    // 1 record/s × 1 KB with 100 fixed shards
    // provisioned: 100 × 730 × $0.015 = $1,095 + 2.628 M units × $0.014 = $0.036792 → $1,095.036792
    // on-demand: $29.20 + 1 × 1 KB × 2,628,000 ÷ 1,048,576 = 2.50625610... GB × $0.08 = $0.2005 → $29.4005
    const k = nodeEstimate(estimate(fedBy(1, 1, 'kinesis-data-streams', { shards: 100 })), 't')
    expect(k.alternatives![0]!.monthlyCostUSD).toBeCloseTo(1095.036792, 5)
    expect(k.alternatives![1]!.monthlyCostUSD).toBeCloseTo(29.4005, 4)
    expect(k.explanations.some((x) => x.includes('on-demand is cheaper'))).toBe(true)
  })

  it('marks on-demand as the chosen alternative in on-demand mode', () => {
    const k = nodeEstimate(estimate(fedBy(100, 30, 'kinesis-data-streams', { capacityMode: 'on-demand' })), 't')
    expect(k.alternatives!.map((a) => a.chosen)).toEqual([false, true])
    expect(k.monthlyCostUSD).toBeCloseTo(630.70146484375, 6)
  })
})

describe('price overrides', () => {
  it('changes exactly the overridden line item and the totals', () => {
    // 3 shards × 730 h = 2,190 shard-hours × $0.01 = $21.90 (was $32.85: $10.95 less)
    const d = fedBy(100, 30, 'kinesis-data-streams')
    const before = estimate(d)
    const after = estimate(d, { overrides: { 'kds.shardHour': 0.01 } })
    const shardHours = lineItem(after, 't', 'kds.shardHour')
    expect(shardHours.unitPriceUSD).toBe(0.01)
    expect(shardHours.quantity).toBe(2190)
    expect(shardHours.costUSD).toBeCloseTo(21.9, 2)
    expect(lineItem(after, 't', 'kds.putPayloadUnitsMillion')).toEqual(lineItem(before, 't', 'kds.putPayloadUnitsMillion'))
    expect(nodeEstimate(after, 't').monthlyCostUSD).toBeCloseTo(40.2084 - 10.95, 4)
    expect(after.totalMonthlyCostUSD).toBeCloseTo(before.totalMonthlyCostUSD - 10.95, 4)
    // the on-demand alternative has no shard-hours and is unchanged
    expect(nodeEstimate(after, 't').alternatives![1]!.monthlyCostUSD).toBeCloseTo(630.70146484375, 6)
  })
})
