import { describe, expect, it } from 'vitest'
import { diagram, edge, node } from '../helpers'
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
    const consumers = Array.from({ length: 5 }, () => ({
      service: 'lambda' as const,
      edgeConfig: { enhancedFanOut: true }
    }))
    const e = estimate(fedBy(1024, 1, 'kinesis-data-streams', {}, consumers))
    const k = nodeEstimate(e, 't')
    expect(k.capacity.shards).toBe(2)
    expect(k.explanations.some((x) => x.includes('5 enhanced fan-out'))).toBe(true)
  })

  it('counts an enhanced fan-out edge to a consumer that cannot use it as a shared reader', () => {
    // Firehose reads through shared GetRecords: 2 shared readers × 1 MB/s ÷ 2 = 1, so still 2 (by records),
    // while 5 Firehose readers "with" EFO would need ⌈5 × 1 ÷ 2⌉ = 3
    const consumers = Array.from({ length: 5 }, () => ({
      service: 'kinesis-firehose' as const,
      edgeConfig: { enhancedFanOut: true }
    }))
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
    const e = estimate(
      fedBy(1792, 2, 'kinesis-data-streams', { shards: 2 }, [{ service: 'lambda' }])
    )
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
      const e = estimate(
        fedBy(1792, 2, 'kinesis-data-streams', { shards }, [{ service: 'lambda' }])
      )
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
    const msg = estimate(fedBy(1, 2048, 'kinesis-data-streams')).problems.find(
      (p) => p.code === 'kds-record-above-setting'
    )!.message
    expect(msg).toContain('maxRecordSizeKB')
    expect(msg).toContain('2,048 KiB')
    // the stream raised to 4,096 KiB: no record-size problem
    const raised = problemCodes(
      estimate(fedBy(1, 2048, 'kinesis-data-streams', { maxRecordSizeKB: 4096 })),
      't'
    )
    expect(raised).not.toContain('kds-record-above-setting')
    expect(raised).not.toContain('kds-record-too-large')
    // 10,241 KiB is above the 10 MiB ceiling whatever the setting
    expect(
      problemCodes(
        estimate(fedBy(1, 10_241, 'kinesis-data-streams', { maxRecordSizeKB: 10_240 })),
        't'
      )
    ).toContain('kds-record-too-large')
    // exactly 1,024 KiB fits the default
    const exact = problemCodes(estimate(fedBy(1, 1024, 'kinesis-data-streams')), 't')
    expect(exact).not.toContain('kds-record-above-setting')
  })
})

describe('Kinesis Data Streams: provisioned cost', () => {
  // 100 records/s × 30 KB = 3,000 KB/s = 2.9296875 MB/s → ⌈2.93⌉ = 3 shards
  const stream = (config: Record<string, string | number> = {}) =>
    fedBy(100, 30, 'kinesis-data-streams', config)

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
    const e = estimate(
      fedBy(1024, 1, 'kinesis-data-streams', {}, [
        { service: 'lambda', edgeConfig: { enhancedFanOut: true } }
      ])
    )
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
    estimate(
      fedBy(1000, 1.5, 'kinesis-data-streams', { capacityMode: 'on-demand', ...config }, [
        { service: 'lambda' }
      ])
    )

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
    const two = estimate(
      fedBy(1000, 1.5, 'kinesis-data-streams', { capacityMode: 'on-demand' }, [
        { service: 'lambda' },
        { service: 'kcl-app' }
      ])
    )
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
    expect(
      problemCodes(
        estimate(fedBy(5000, 0.1, 'kinesis-data-streams', { capacityMode: 'on-demand' })),
        't'
      )
    ).toContain('kds-on-demand-warmup')
  })

  it('never warns about warm-up in provisioned mode', () => {
    expect(problemCodes(estimate(fedBy(1152, 4, 'kinesis-data-streams')), 't')).not.toContain(
      'kds-on-demand-warmup'
    )
  })
})

describe('Kinesis Data Streams: provisioned vs on-demand Standard vs On-demand Advantage', () => {
  it('shows all three modes and names provisioned as cheapest for steady traffic', () => {
    // 100 records/s × 30 KB → 3 shards
    // provisioned: 2,190 × $0.015 = $32.85 + 525.6 M × $0.014 = $7.3584 → $40.2084
    // on-demand: 730 × $0.04 = $29.20 + 100 × 30 KB × 2,628,000 ÷ 1,048,576 = 7,518.768310546875 GB × $0.08 = $601.50146484375
    //   → $630.70146484375 (no consumers, so no retrieval)
    const k = nodeEstimate(estimate(fedBy(100, 30, 'kinesis-data-streams')), 't')
    expect(k.alternatives).toHaveLength(3)
    const [provisioned, onDemand] = k.alternatives!
    expect(provisioned!.label).toBe('Provisioned (3 shards)')
    expect(provisioned!.chosen).toBe(true)
    expect(provisioned!.monthlyCostUSD).toBeCloseTo(40.2084, 4)
    expect(onDemand!.label).toBe('On-demand Standard')
    expect(onDemand!.chosen).toBe(false)
    expect(onDemand!.monthlyCostUSD).toBeCloseTo(630.70146484375, 6)
    expect(k.explanations.some((x) => x.includes('provisioned is cheapest'))).toBe(true)
  })

  // Prices: aws.amazon.com/blogs/big-data/kinesis-on-demand-advantage-saves-60-on-streaming-costs/ (2026-03-09):
  // $0.032/GB ingested, $0.016/GB retrieved, no stream-hour; commitment 25 MiB/s ingest + 25 MiB/s
  // retrieval (streams/latest/dev/how-do-i-size-a-stream.html), shortfall billed at those rates.
  it('prices On-demand Advantage with its commitment, for this stream alone', () => {
    // ingest: 7,518.768310546875 GB × $0.032 = $240.6005859375 (2.9296875 MiB/s)
    // ingest shortfall: (25 − 2.9296875) MiB/s × 2,628,000 s ÷ 1,024 = 56,641.387939453125 GB × $0.032 = $1,812.5244140625
    // retrieval shortfall: no consumers, so all 25 MiB/s: 64,160.15625 GB × $0.016 = $1,026.5625
    // total = 25 MiB/s of ingest (64,160.15625 GB × $0.032 = $2,053.125) + $1,026.5625 = $3,079.6875
    const e = estimate(
      fedBy(100, 30, 'kinesis-data-streams', { capacityMode: 'on-demand-advantage' })
    )
    const k = nodeEstimate(e, 't')
    expect(k.alternatives!.map((a) => a.chosen)).toEqual([false, false, true])
    expect(k.alternatives![2]!.label).toContain('25 MiB/s commitment')
    expect(k.monthlyCostUSD).toBeCloseTo(3079.6875, 6)
    expect(k.lineItems.map((i) => i.priceId)).not.toContain('kds.od.streamHour')
    const shortfall = k.lineItems.filter((i) => i.item.startsWith('Commitment shortfall'))
    expect(shortfall.map((i) => Math.round(i.quantity * 1e6) / 1e6)).toEqual([
      56641.387939, 64160.15625
    ])
    expect(k.badge).toBe('on-demand Advantage')
    expect(k.explanations.some((x) => x.includes('at least 25 MiB/s of ingest'))).toBe(true)
  })

  it('undercuts Standard with Advantage at high steady traffic (provisioned is cheaper still)', () => {
    // 10,000 records/s × 10 KB = 97.65625 MiB/s, read by 2 shared consumers: above both commitments.
    // a month: 10,000 × 10 KB × 2,628,000 s ÷ 1,048,576 = 250,625.6103515625 GB
    // Standard: 730 × $0.04 = $29.20 + 250,625.6103515625 GB × $0.08 = $20,050.048828125
    //   + 2 × 250,625.6103515625 GB × $0.04 = $20,050.048828125 → $40,129.29765625
    // Advantage: 250,625.6103515625 × $0.032 = $8,020.01953125 + 501,251.220703125 × $0.016 = $8,020.01953125 → $16,040.0390625
    // provisioned: ⌈97.66⌉ = 98 by MB, ⌈2 × 97.66 ÷ 2⌉ = 98 by reads → 98 × 730 × $0.015 = $1,073.10
    //   + 10,000 × 1 unit (10 KB ≤ 25) × 2,628,000 = 26,280 M × $0.014 = $367.92 → $1,441.02
    const k = nodeEstimate(
      estimate(
        fedBy(10_000, 10, 'kinesis-data-streams', {}, [
          { service: 'lambda' },
          { service: 'lambda' }
        ])
      ),
      't'
    )
    const [provisioned, standard, advantage] = k.alternatives!
    expect(standard!.monthlyCostUSD).toBeCloseTo(40129.29765625, 6)
    expect(advantage!.monthlyCostUSD).toBeCloseTo(16040.0390625, 6)
    expect(provisioned!.monthlyCostUSD).toBeCloseTo(1441.02, 4)
  })

  it('prices the shards the traffic needs when fewer are fixed, and says so beside the price', () => {
    // 1,792 records/s × 2 KB = 3.5 MB/s needs 4 shards; 2 are fixed.
    // provisioned at 4: 4 × 730 × $0.015 = $43.80 + 1,792 × 1 unit × 2,628,000 = 4,709.376 M × $0.014 = $65.931264 → $109.731264
    const k = nodeEstimate(
      estimate(fedBy(1792, 2, 'kinesis-data-streams', { shards: 2 }, [{ service: 'lambda' }])),
      't'
    )
    expect(k.alternatives![0]!.label).toBe(
      'Provisioned (4 shards needed; 2 fixed is under-provisioned)'
    )
    expect(k.alternatives![0]!.monthlyCostUSD).toBeCloseTo(109.731264, 6)
    expect(k.monthlyCostUSD).toBeCloseTo(109.731264, 6)
    expect(k.capacity.shardsNeeded).toBe(4)
    expect(k.lineItems[0]!.item).toContain('4 needed; 2 fixed is under-provisioned')
  })

  it('names on-demand Standard as cheapest when far more shards are fixed than the traffic needs', () => {
    // 1 record/s × 1 KB with 100 fixed shards
    // provisioned: 100 × 730 × $0.015 = $1,095 + 2.628 M units × $0.014 = $0.036792 → $1,095.036792
    // on-demand: $29.20 + 1 × 1 KB × 2,628,000 ÷ 1,048,576 = 2.50625610... GB × $0.08 = $0.2005 → $29.4005
    const k = nodeEstimate(estimate(fedBy(1, 1, 'kinesis-data-streams', { shards: 100 })), 't')
    expect(k.alternatives![0]!.monthlyCostUSD).toBeCloseTo(1095.036792, 5)
    expect(k.alternatives![1]!.monthlyCostUSD).toBeCloseTo(29.4005, 4)
    expect(k.explanations.some((x) => x.includes('on-demand Standard is cheapest'))).toBe(true)
  })

  it('marks on-demand as the chosen alternative in on-demand mode', () => {
    const k = nodeEstimate(
      estimate(fedBy(100, 30, 'kinesis-data-streams', { capacityMode: 'on-demand' })),
      't'
    )
    expect(k.alternatives!.map((a) => a.chosen)).toEqual([false, true, false])
    expect(k.monthlyCostUSD).toBeCloseTo(630.70146484375, 6)
  })
})

// KPL: streams/latest/dev/kinesis-kpl-concepts.html; defaults AggregationMaxSize 51,200 bytes and
// RecordMaxBufferedTime 100 ms (amazon-kinesis-producer default_config.properties).
describe('Kinesis Data Streams: KPL aggregation', () => {
  const kpl = (aggregate: boolean) =>
    diagram(
      [
        node('p', 'producer-app', {
          config: { recordsPerSecond: 8000, recordSizeKB: 0.25, kplAggregation: aggregate }
        }),
        node('t', 'kinesis-data-streams')
      ],
      [edge('p', 't')]
    )

  it('needs 2 shards for 8,000 records/s of 0.25 KB aggregated, 8 without', () => {
    // bytes: 8,000 × 0.25 KB = 2,000 KB/s = 1.953 MB/s → 2 shards either way
    // without: ⌈8,000 ÷ 1,000⌉ = 8 shards by records
    // with: ⌊50 KiB ÷ 0.25 KiB⌋ = 200 per Kinesis record by size; by time 8,000 × 0.1 s ÷ 2 shards = 400 → 200
    //   → 8,000 ÷ 200 = 40 Kinesis records/s → ⌈0.04⌉ = 1 by records → 2 shards
    expect(nodeEstimate(estimate(kpl(false)), 't').capacity.shards).toBe(8)
    const k = nodeEstimate(estimate(kpl(true)), 't')
    expect(k.capacity.shards).toBe(2)
    expect(k.capacity.kinesisRecordsPerSecond).toBeCloseTo(40, 9)
    expect(
      k.explanations.some((x) =>
        x.includes('KPL aggregation packs up to ⌊50 KiB ÷ 0.25 KiB⌋ = 200')
      )
    ).toBe(true)
  })

  it('counts PUT payload units on the aggregated records', () => {
    // aggregated: 40 records/s of 50 KB → ⌈50 ÷ 25⌉ = 2 units each → 80 units/s × 2,628,000 s = 210.24 M × $0.014 = $2.94336
    // without: 8,000 units/s × 2,628,000 = 21,024 M × $0.014 = $294.336
    expect(lineItem(estimate(kpl(true)), 't', 'kds.putPayloadUnitsMillion').costUSD).toBeCloseTo(
      2.94336,
      6
    )
    expect(lineItem(estimate(kpl(false)), 't', 'kds.putPayloadUnitsMillion').costUSD).toBeCloseTo(
      294.336,
      6
    )
  })

  it('packs only what 100 ms brings when traffic is light', () => {
    // 100 records/s of 0.1 KB on 1 shard: by size 500 per record, by time 100 × 0.1 s = 10 → 10 records/s
    const d = diagram(
      [
        node('p', 'producer-app', {
          config: { recordsPerSecond: 100, recordSizeKB: 0.1, kplAggregation: true }
        }),
        node('t', 'kinesis-data-streams')
      ],
      [edge('p', 't')]
    )
    expect(nodeEstimate(estimate(d), 't').capacity.kinesisRecordsPerSecond).toBeCloseTo(10, 9)
  })
})

describe('Kinesis Data Streams: peaks and averages', () => {
  const peaky = (config: Record<string, string | number> = {}, peak = 3500) =>
    diagram(
      [
        node('p', 'producer-app', {
          config: { recordsPerSecond: 1000, peakRecordsPerSecond: peak, recordSizeKB: 1 }
        }),
        node('t', 'kinesis-data-streams', { config })
      ],
      [edge('p', 't')]
    )

  it('sizes shards for the peak and prices PUT payload units at the average', () => {
    // peak: 3,500 records/s × 1 KB = 3.418 MB/s → ⌈3.42⌉ = 4; ⌈3,500 ÷ 1,000⌉ = 4 → 4 shards (the average would need 1)
    // shard hours: 4 × 730 = 2,920 × $0.015 = $43.80; PUT units at the average: 1,000 × 2,628,000 = 2,628 M × $0.014 = $36.792
    const e = estimate(peaky())
    const k = nodeEstimate(e, 't')
    expect(k.capacity.shards).toBe(4)
    expect(lineItem(e, 't', 'kds.shardHour').costUSD).toBeCloseTo(43.8, 9)
    expect(lineItem(e, 't', 'kds.putPayloadUnitsMillion').costUSD).toBeCloseTo(36.792, 9)
    expect(k.explanations[0]).toContain('sized for the peak')
    expect(k.explanations.some((x) => x.includes('priced at the average'))).toBe(true)
  })

  it('warns an on-demand stream whose peak is more than twice its average', () => {
    // peak 6,000 × 1 KB = 5.86 MB/s > 2 × 0.977 MB/s average, and above the 4 MB/s a new stream starts with
    const codes = problemCodes(estimate(peaky({ capacityMode: 'on-demand' }, 6000)), 't')
    expect(codes).toContain('kds-on-demand-peak')
    expect(codes).toContain('kds-on-demand-warmup')
    // a peak of 1.5× the average (and below 4 MB/s) is absorbed
    expect(problemCodes(estimate(peaky({ capacityMode: 'on-demand' }, 1500)), 't')).toEqual([])
  })

  it('reports a fixed count that covers the average but not the peak as under-provisioned', () => {
    const p = nodeEstimate(estimate(peaky({ shards: 2 })), 't').problems.find(
      (x) => x.code === 'kds-under-provisioned'
    )!
    expect(p.message).toContain('needs 4 shards for the peak, has 2')
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
    expect(lineItem(after, 't', 'kds.putPayloadUnitsMillion')).toEqual(
      lineItem(before, 't', 'kds.putPayloadUnitsMillion')
    )
    expect(nodeEstimate(after, 't').monthlyCostUSD).toBeCloseTo(40.2084 - 10.95, 4)
    expect(after.totalMonthlyCostUSD).toBeCloseTo(before.totalMonthlyCostUSD - 10.95, 4)
    // the on-demand alternative has no shard-hours and is unchanged
    expect(nodeEstimate(after, 't').alternatives![1]!.monthlyCostUSD).toBeCloseTo(
      630.70146484375,
      6
    )
  })
})

// On-demand Advantage is an account setting per Region (streams/latest/dev/how-do-i-size-a-stream.html):
// every on-demand stream there is billed under it, and the commitment is met by all of them together.
describe('Kinesis Data Streams: On-demand Advantage across the account', () => {
  const two = (secondMode: string) =>
    diagram(
      [
        node('p1', 'producer-app', { config: { recordsPerSecond: 100, recordSizeKB: 30 } }),
        node('s1', 'kinesis-data-streams', { config: { capacityMode: 'on-demand-advantage' } }),
        node('p2', 'producer-app', { config: { recordsPerSecond: 100, recordSizeKB: 30 } }),
        node('s2', 'kinesis-data-streams', { config: { capacityMode: secondMode } })
      ],
      [edge('p1', 's1'), edge('p2', 's2')]
    )

  it('bills one shortfall on the streams’ combined use', () => {
    // each stream ingests 2.9296875 MiB/s (7,518.768310546875 GB/month × $0.032 = $240.6005859375)
    // together 5.859375 MiB/s: ingest shortfall 19.140625 MiB/s × 2,566.40625 = 49,122.6196289… GB × $0.032 = $1,571.923828125
    // retrieval shortfall 25 MiB/s: 64,160.15625 GB × $0.016 = $1,026.5625
    // total = 25 MiB/s of ingest ($2,053.125) + $1,026.5625 = $3,079.6875 for both streams, not twice that
    const e = estimate(two('on-demand-advantage'))
    const first = nodeEstimate(e, 's1')
    const second = nodeEstimate(e, 's2')
    expect(second.lineItems.some((i) => i.item.startsWith('Commitment shortfall'))).toBe(false)
    expect(second.monthlyCostUSD).toBeCloseTo(240.6005859375, 6)
    expect(first.monthlyCostUSD + second.monthlyCostUSD).toBeCloseTo(3079.6875, 6)
    expect(e.totalMonthlyCostUSD).toBeCloseTo(3079.6875, 6)
    expect(
      first.lineItems.find((i) => i.item.startsWith('Commitment shortfall: ingest'))!.item
    ).toContain('all 2 on-demand streams together')
    // Each stream's Advantage option now says what it pays in the shared account.
    expect(second.alternatives![2]!.label).toBe(
      'On-demand Advantage (25 MiB/s commitment shared by 2 on-demand streams)'
    )
    expect(second.alternatives![2]!.monthlyCostUSD).toBeCloseTo(240.6005859375, 6)
    expect(first.alternatives![2]!.label).toContain('the shortfall billed here')
  })

  it('bills a Standard on-demand stream beside an Advantage one at Advantage rates, in the one commitment', () => {
    // Advantage covers every on-demand stream of the account and Region: s2 pays $0.032/GB, no
    // stream-hours, and its 2.93 MiB/s counts towards the 25 MiB/s; the pair costs $3,079.6875 as above.
    const e = estimate(two('on-demand'))
    const second = nodeEstimate(e, 's2')
    expect(second.lineItems.map((i) => i.priceId)).not.toContain('kds.od.streamHour')
    expect(second.lineItems.map((i) => i.priceId)).toContain('kds.oda.ingestGB')
    expect(second.monthlyCostUSD).toBeCloseTo(240.6005859375, 6)
    expect(e.totalMonthlyCostUSD).toBeCloseTo(3079.6875, 6)
  })

  it('tells a Standard on-demand stream beside an Advantage one that it is billed as Advantage', () => {
    const e = estimate(two('on-demand'))
    expect(problemCodes(e, 's2')).toContain('kds-advantage-account-wide')
    expect(problemCodes(e, 's1')).not.toContain('kds-advantage-account-wide')
    // a provisioned stream is not affected
    expect(problemCodes(estimate(two('provisioned')), 's2')).not.toContain(
      'kds-advantage-account-wide'
    )
  })
})

// Lambda's event source mapping hands the function Kinesis records; with KPL aggregation the
// function de-aggregates them (streams/latest/dev/kinesis-record-deaggregation.html), so a
// batch of 100 is 100 aggregated records.
describe('Kinesis Data Streams: a Lambda behind a KPL stream', () => {
  const withLambda = (aggregate: boolean) =>
    diagram(
      [
        node('p', 'producer-app', {
          config: { recordsPerSecond: 8000, recordSizeKB: 0.25, kplAggregation: aggregate }
        }),
        node('t', 'kinesis-data-streams'),
        node('fn', 'lambda')
      ],
      [edge('p', 't'), edge('t', 'fn')]
    )

  it('batches the aggregated records: 40 Kinesis records/s ÷ 100 = 0.4 invocations/s, not 80', () => {
    // aggregated: 8,000 ÷ 200 per Kinesis record = 40 records/s (2 shards, as above) → 40 ÷ batch 100 = 0.4/s
    // without: 8,000 ÷ 100 = 80/s
    expect(
      nodeEstimate(estimate(withLambda(true)), 'fn').capacity.invocationsPerSecond
    ).toBeCloseTo(0.4, 9)
    expect(
      nodeEstimate(estimate(withLambda(false)), 'fn').capacity.invocationsPerSecond
    ).toBeCloseTo(80, 9)
  })
})

describe('Kinesis Data Streams: settings a reviewer would catch', () => {
  it('reports a peak below the average as an error at its place in the file, and sizes for the average', () => {
    const d = diagram(
      [
        node('p', 'producer-app', {
          config: { recordsPerSecond: 1000, peakRecordsPerSecond: 500, recordSizeKB: 1 }
        }),
        node('t', 'kinesis-data-streams')
      ],
      [edge('p', 't')]
    )
    const e = estimate(d)
    const p = e.problems.find((x) => x.code === 'invalid-config')!
    expect(p).toMatchObject({
      severity: 'error',
      nodeId: 'p',
      path: 'nodes[0].config.peakRecordsPerSecond'
    })
    // 1,000 records/s × 1 KB: ⌈0.977⌉ = 1 by MB, ⌈1,000 ÷ 1,000⌉ = 1 by records
    expect(nodeEstimate(e, 't').capacity.shards).toBe(1)
  })

  // streams/latest/dev/large-records.html: large records are not meant for sustained high-volume ingestion.
  it('warns when every record is a large one, even with the setting raised', () => {
    const codes = problemCodes(
      estimate(fedBy(10, 2048, 'kinesis-data-streams', { maxRecordSizeKB: 2048 })),
      't'
    )
    expect(codes).toContain('kds-large-records-sustained')
    expect(codes).not.toContain('kds-record-above-setting')
    expect(problemCodes(estimate(fedBy(10, 1000, 'kinesis-data-streams')), 't')).not.toContain(
      'kds-large-records-sustained'
    )
  })
})
