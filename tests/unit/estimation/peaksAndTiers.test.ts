import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { diagram, edge, node } from '../helpers'
import { estimate, lineItem, nodeEstimate, priceIds, problemCodes } from './estimateHelpers'

// A month is 730 h = 2,628,000 s; 1 GB = 1,024 MB here, as the estimator counts.

/** producer (average, optional peak, record KB) → `chain` in order; ids are the services' own names. */
function chain(
  recordsPerSecond: number,
  recordSizeKB: number,
  peak: number | undefined,
  ...services: Array<[ServiceId, Record<string, string | number>?]>
) {
  const producer = {
    recordsPerSecond,
    recordSizeKB,
    ...(peak === undefined ? {} : { peakRecordsPerSecond: peak })
  }
  const nodes = [
    node('p', 'producer-app', { config: producer }),
    ...services.map(([s, config]) => node(s, s, { config: config ?? {} }))
  ]
  return diagram(
    nodes,
    nodes.slice(1).map((n, i) => edge(nodes[i]!.id, n.id))
  )
}

describe('Lambda behind a queue: concurrency at the peak, requests at the average', () => {
  it('runs peak invocations × duration at once and bills the average', () => {
    // SQS → Lambda at AWS's default batch of 10 for SQS (lambda/latest/dg/API_CreateEventSourceMapping.html), 100 ms:
    // peak 3,000 msgs/s ÷ 10 = 300 invocations/s × 0.1 s = 30 concurrent
    // average 1,000 ÷ 10 = 100 invocations/s × 2,628,000 s = 262.8 M requests × $0.20 = $52.56
    const e = estimate(chain(1000, 1, 3000, ['sqs'], ['lambda']))
    expect(nodeEstimate(e, 'lambda').capacity.concurrency).toBe(30)
    expect(lineItem(e, 'lambda', 'lambda.requestsMillion').costUSD).toBeCloseTo(52.56, 9)
    expect(nodeEstimate(e, 'lambda').explanations.join(' ')).toContain(
      'sized for the peak of 300 invocations/s'
    )
  })

  it('refuses a batch above 10 from SQS without a batching window, as AWS does', () => {
    // CreateEventSourceMapping: "When you set BatchSize to a value greater than 10, you must set
    // MaximumBatchingWindowInSeconds to at least 1."
    const codes = (lambda: Record<string, number>) =>
      problemCodes(estimate(chain(1000, 1, undefined, ['sqs'], ['lambda', lambda])), 'lambda')
    expect(codes({ batchSize: 100 })).toContain('lambda-sqs-batch-window')
    expect(codes({ batchSize: 100, maximumBatchingWindowSeconds: 1 })).not.toContain(
      'lambda-sqs-batch-window'
    )
    expect(codes({ batchSize: 10 })).not.toContain('lambda-sqs-batch-window')
  })

  it('says the GB-second tiers count the whole account (aws.amazon.com/lambda/pricing)', () => {
    const fn = nodeEstimate(estimate(chain(1000, 1, undefined, ['sqs'], ['lambda'])), 'lambda')
    expect(fn.lineItems.find((i) => i.priceId === 'lambda.gbSecondTier1')!.item).toContain(
      'whole account'
    )
    expect(fn.explanations.join(' ')).toContain("whole account's GB-seconds")
  })
})

describe('Firehose Direct PUT quota at the peak (firehose/latest/dev/limits.html: 5 MiB/s, 500,000 records/s, 2,000 requests/s)', () => {
  it('warns when PutRecord per record makes more than 2,000 requests/s', () => {
    // 2,500 records/s ÷ 1 record per request = 2,500 requests/s > 2,000; 2.44 MiB/s is under 5
    const e = estimate(chain(2500, 1, undefined, ['kinesis-firehose', { recordsPerRequest: 1 }]))
    expect(nodeEstimate(e, 'kinesis-firehose').capacity.directPutRequestsPerSecond).toBe(2500)
    const p = nodeEstimate(e, 'kinesis-firehose').problems.find(
      (x) => x.code === 'firehose-direct-put-quota'
    )
    expect(p?.message).toContain('2,000 requests/s')
    // full batches (the default 500): 2,500 ÷ 500 = 5 requests/s
    expect(
      problemCodes(estimate(chain(2500, 1, undefined, ['kinesis-firehose'])), 'kinesis-firehose')
    ).not.toContain('firehose-direct-put-quota')
  })

  it('caps a batch at 4 MiB: 100 KB records go 40 to a request', () => {
    // ⌊4,096 KB ÷ 100 KB⌋ = 40 records per call; 400 records/s ÷ 40 = 10 requests/s
    const e = estimate(chain(400, 100, undefined, ['kinesis-firehose']))
    expect(nodeEstimate(e, 'kinesis-firehose').capacity.directPutRequestsPerSecond).toBe(10)
  })

  it('checks the peak, not the average', () => {
    // average 1,024 records/s × 1 KB = 1 MiB/s; peak 6,144 records/s = 6 MiB/s > 5 MiB/s
    expect(
      problemCodes(estimate(chain(1024, 1, 6144, ['kinesis-firehose'])), 'kinesis-firehose')
    ).toContain('firehose-direct-put-quota')
    expect(
      problemCodes(estimate(chain(1024, 1, undefined, ['kinesis-firehose'])), 'kinesis-firehose')
    ).not.toContain('firehose-direct-put-quota')
  })
})

describe('MSK Express and Serverless (prices grade C, ../shared/reference/aws-pricing-2026-check.md)', () => {
  // 1,024 records/s × 1 KB = 1 MB/s in: 1 × 2,628,000 ÷ 1,024 = 2,566.40625 GB a month;
  // 168 h retained: 1 × 3,600 × 168 ÷ 1,024 = 590.625 GB
  it('prices Express brokers, GB written and the data retained', () => {
    // 3 × 730 h = 2,190 broker-hours × $0.408 = $893.52; 2,566.40625 GB × $0.01 = $25.6640625;
    // 590.625 GB × $0.10 = $59.0625 → $978.2465625
    const e = estimate(chain(1024, 1, undefined, ['msk', { brokerType: 'express.m7g.large' }]))
    expect(priceIds(e, 'msk')).toEqual([
      'msk.broker.express.m7g.large',
      'msk.express.writtenGB',
      'msk.express.storageGBMonth'
    ])
    expect(lineItem(e, 'msk', 'msk.broker.express.m7g.large').costUSD).toBeCloseTo(893.52, 9)
    expect(lineItem(e, 'msk', 'msk.express.writtenGB').quantity).toBeCloseTo(2566.40625, 9)
    expect(lineItem(e, 'msk', 'msk.express.storageGBMonth').quantity).toBeCloseTo(590.625, 9)
    expect(nodeEstimate(e, 'msk').monthlyCostUSD).toBeCloseTo(978.2465625, 9)
  })

  it('prices Serverless per cluster-hour, partition-hour, GiB in and out, and storage', () => {
    // cluster 730 h × $0.75 = $547.50; 100 partitions × 730 h = 73,000 × $0.0015 = $109.50
    // in 2,566.40625 GiB × $0.10 = $256.640625; out (one Lambda reading it all) × $0.05 = $128.3203125
    // storage 590.625 × $0.10 = $59.0625 → $1,101.0234375
    const e = estimate(chain(1024, 1, undefined, ['msk', { deployment: 'serverless' }], ['lambda']))
    expect(lineItem(e, 'msk', 'msk.serverless.partitionHour').quantity).toBe(73_000)
    expect(lineItem(e, 'msk', 'msk.serverless.outGB').costUSD).toBeCloseTo(128.3203125, 9)
    expect(nodeEstimate(e, 'msk').monthlyCostUSD).toBeCloseTo(1101.0234375, 9)
    expect(nodeEstimate(e, 'msk').badge).toBe('Serverless')
  })
})

describe('S3 Standard storage tiers (first 50 TB, next 450 TB, over 500 TB)', () => {
  // 1,024 records/s × 1 KB = 1 MB/s × 86,400 s ÷ 1,024 = 84.375 GB a day
  it('keeps a small bucket in the first tier', () => {
    // 30 days: 2,531.25 GB × $0.023
    expect(priceIds(estimate(chain(1024, 1, undefined, ['s3'])), 's3')).toEqual([
      's3.standardGBMonth',
      's3.putThousand'
    ])
  })

  it('splits 843,750 GB over the three tiers', () => {
    // 10,000 days: 843,750 GB = 51,200 × $0.023 ($1,177.60) + 460,800 × $0.022 ($10,137.60) + 331,750 × $0.021 ($6,966.75)
    const e = estimate(chain(1024, 1, undefined, ['s3', { retentionDays: 10_000 }]))
    expect(lineItem(e, 's3', 's3.standardGBMonth').quantity).toBe(51_200)
    expect(lineItem(e, 's3', 's3.standardGBMonthTier2').costUSD).toBeCloseTo(10_137.6, 6)
    expect(lineItem(e, 's3', 's3.standardGBMonthTier3').quantity).toBeCloseTo(331_750, 6)
    expect(lineItem(e, 's3', 's3.standardGBMonthTier3').costUSD).toBeCloseTo(6966.75, 6)
  })
})

// iot/latest/developerguide/kinesis-firehose-rule-action.html: batchMode defaults to false, so the
// rule action calls PutRecord once per message.
describe('IoT Core into Firehose: one PutRecord per message unless batching is set', () => {
  it('counts 3,000 requests/s for 3,000 messages/s and warns above the 2,000 requests/s quota', () => {
    const e = estimate(chain(3000, 1, undefined, ['iot-core'], ['kinesis-firehose']))
    const hose = nodeEstimate(e, 'kinesis-firehose')
    expect(hose.capacity.directPutRequestsPerSecond).toBe(3000)
    expect(hose.problems.find((x) => x.code === 'firehose-direct-put-quota')?.message).toContain(
      '2,000 requests/s'
    )
    // with batchMode (recordsPerRequest 500): 3,000 ÷ 500 = 6 requests/s
    const batched = nodeEstimate(
      estimate(
        chain(3000, 1, undefined, ['iot-core'], ['kinesis-firehose', { recordsPerRequest: 500 }])
      ),
      'kinesis-firehose'
    )
    expect(batched.capacity.directPutRequestsPerSecond).toBe(6)
  })
})
