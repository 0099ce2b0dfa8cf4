import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { diagram, edge, node } from '../helpers'
import { estimate, lineItem, nodeEstimate, priceIds } from './estimateHelpers'

// A month is 730 h = 2,628,000 s. Duration is billed at $0.0000166667 per GB-second (first 6 B GB-s).

/** producer → `via` (if any) → Lambda "fn" with config. */
function lambdaAfter(
  recordsPerSecond: number,
  recordSizeKB: number,
  via: Array<{ id: string; service: ServiceId; config?: Record<string, string | number> }>,
  config: Record<string, number> = {}
) {
  const chain = [
    node('p', 'producer-app', { config: { recordsPerSecond, recordSizeKB } }),
    ...via.map((v) => node(v.id, v.service, v.config ? { config: v.config } : {})),
    node('fn', 'lambda', { config })
  ]
  return diagram(
    chain,
    chain.slice(1).map((n, i) => edge(chain[i]!.id, n.id))
  )
}

describe('Lambda behind a Kinesis stream', () => {
  // 1,792 records/s × 2 KB = 3.5 MB/s → 4 shards
  const kinesis = (config: Record<string, number> = {}) =>
    estimate(lambdaAfter(1792, 2, [{ id: 'k', service: 'kinesis-data-streams' }], config))

  it('runs shards × parallelization factor at once: 4 × 2 = 8', () => {
    const fn = nodeEstimate(kinesis({ parallelizationFactor: 2 }), 'fn')
    expect(fn.capacity.concurrency).toBe(8)
    expect(fn.badge).toBe('8 concurrent')
  })

  it('runs one batch per shard with the default factor of 1: 4', () => {
    expect(nodeEstimate(kinesis(), 'fn').capacity.concurrency).toBe(4)
  })

  it('follows a fixed shard count', () => {
    // 10 fixed shards × factor 3 = 30
    const e = estimate(
      lambdaAfter(1792, 2, [{ id: 'k', service: 'kinesis-data-streams', config: { shards: 10 } }], {
        parallelizationFactor: 3
      })
    )
    expect(nodeEstimate(e, 'fn').capacity.concurrency).toBe(30)
  })

  it('is invoked once per batch and bills requests and GB-seconds', () => {
    // 1,792 records/s ÷ batch 100 = 17.92 invocations/s × 2,628,000 s = 47,093,760 = 47.09376 M × $0.20 = $9.418752
    // 47,093,760 × 0.1 s × 512 MB ÷ 1,024 = 2,354,688 GB-s × $0.0000166667 = $39.2448784896
    const e = kinesis()
    expect(nodeEstimate(e, 'fn').capacity.invocationsPerSecond).toBeCloseTo(17.92, 9)
    expect(priceIds(e, 'fn')).toEqual(['lambda.requestsMillion', 'lambda.gbSecondTier1'])
    const requests = lineItem(e, 'fn', 'lambda.requestsMillion')
    expect(requests.quantity).toBeCloseTo(47.09376, 6)
    expect(requests.costUSD).toBeCloseTo(9.418752, 6)
    const compute = lineItem(e, 'fn', 'lambda.gbSecondTier1')
    expect(compute.quantity).toBeCloseTo(2_354_688, 3)
    expect(compute.costUSD).toBeCloseTo(39.2448784896, 6)
    // $9.418752 + $39.2448784896 = $48.6636304896
    expect(nodeEstimate(e, 'fn').monthlyCostUSD).toBeCloseTo(48.6636304896, 6)
  })

  it('scales GB-seconds with memory and duration', () => {
    // batch 200: 1,792 ÷ 200 = 8.96/s × 2,628,000 = 23,546,880 invocations
    // × 0.25 s × 2,048 MB ÷ 1,024 = 11,773,440 GB-s × $0.0000166667 = $196.224392448
    const e = kinesis({ batchSize: 200, avgDurationMs: 250, memoryMB: 2048 })
    expect(lineItem(e, 'fn', 'lambda.requestsMillion').quantity).toBeCloseTo(23.54688, 6)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').quantity).toBeCloseTo(11_773_440, 3)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').costUSD).toBeCloseTo(196.224392448, 6)
  })
})

describe('Lambda behind DynamoDB Streams', () => {
  it('runs table partitions × parallelization factor', () => {
    // 1,500 items/s of 1.5 KB → 3,000 WCU → 3 partitions → 3 stream shards × factor 3 = 9
    const e = estimate(
      lambdaAfter(
        1500,
        1.5,
        [
          { id: 'w', service: 'lambda' },
          { id: 'db', service: 'dynamodb' },
          { id: 'ds', service: 'dynamodb-streams' }
        ],
        { parallelizationFactor: 3 }
      )
    )
    expect(nodeEstimate(e, 'ds').capacity.shards).toBe(3)
    expect(nodeEstimate(e, 'fn').capacity.concurrency).toBe(9)
  })
})

describe('Lambda with other event sources (Little’s law: concurrency = invocations/s × duration)', () => {
  it('is invoked once per object S3 writes, not once per record in it', () => {
    // 4,096 records/s × 1 KB = 4 MB/s → Firehose with a 2 MB buffer → S3: one object per full
    // buffer, 4 ÷ 2 = 2 objects/s (the 300 s interval never fires first) → 2 invocations/s
    // concurrency ⌈2 × 2.5 s⌉ = 5
    // requests 2 × 2,628,000 = 5,256,000 = 5.256 M × $0.20 = $1.0512
    // compute 5,256,000 × 2.5 s × 0.5 GB = 6,570,000 GB-s × $0.0000166667 = $109.500219
    const e = estimate(
      lambdaAfter(
        4096,
        1,
        [
          { id: 'f', service: 'kinesis-firehose', config: { bufferSizeMB: 2 } },
          { id: 's3', service: 's3' }
        ],
        { avgDurationMs: 2500 }
      )
    )
    const fn = nodeEstimate(e, 'fn')
    expect(fn.capacity.invocationsPerSecond).toBeCloseTo(2, 9)
    expect(fn.capacity.concurrency).toBe(5)
    expect(lineItem(e, 'fn', 'lambda.requestsMillion').costUSD).toBeCloseTo(1.0512, 6)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').costUSD).toBeCloseTo(109.500219, 6)
  })

  it('takes SQS messages in batches', () => {
    // 500 messages/s ÷ batch 10 = 50 invocations/s × 0.2 s = 10 concurrent
    // requests 50 × 2,628,000 = 131.4 M × $0.20 = $26.28
    // compute 131,400,000 × 0.2 s × 1 GB = 26,280,000 GB-s × $0.0000166667 = $438.000876
    const e = estimate(
      lambdaAfter(500, 1, [{ id: 'q', service: 'sqs' }], {
        batchSize: 10,
        avgDurationMs: 200,
        memoryMB: 1024
      })
    )
    expect(nodeEstimate(e, 'fn').capacity.concurrency).toBe(10)
    expect(lineItem(e, 'fn', 'lambda.requestsMillion').costUSD).toBeCloseTo(26.28, 6)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').costUSD).toBeCloseTo(438.000876, 6)
  })

  it('is invoked once per SNS message whatever the batch size', () => {
    // 200 messages/s × 0.25 s = 50 concurrent (batch size 100 does not apply to SNS)
    const e = estimate(lambdaAfter(200, 1, [{ id: 'sns', service: 'sns' }], { avgDurationMs: 250 }))
    expect(nodeEstimate(e, 'fn').capacity.invocationsPerSecond).toBe(200)
    expect(nodeEstimate(e, 'fn').capacity.concurrency).toBe(50)
  })

  it('rounds Little’s law up to a whole instance', () => {
    // 30 messages/s × 0.1 s = 3; 31 × 0.1 = 3.1 → 4
    expect(
      nodeEstimate(estimate(lambdaAfter(30, 1, [{ id: 'sns', service: 'sns' }])), 'fn').capacity
        .concurrency
    ).toBe(3)
    expect(
      nodeEstimate(estimate(lambdaAfter(31, 1, [{ id: 'sns', service: 'sns' }])), 'fn').capacity
        .concurrency
    ).toBe(4)
  })

  it('moves GB-seconds beyond 6 billion a month into the second price tier', () => {
    // 1,000 messages/s, batch 1, 1 s, 4,096 MB: 1,000 × 2,628,000 × 1 s × 4 GB = 10,512,000,000 GB-s
    // tier 1: 6,000,000,000 × $0.0000166667 = $100,000.20; tier 2: 4,512,000,000 × $0.000015 = $67,680
    const e = estimate(
      lambdaAfter(1000, 1, [{ id: 'q', service: 'sqs' }], {
        batchSize: 1,
        avgDurationMs: 1000,
        memoryMB: 4096
      })
    )
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').quantity).toBe(6e9)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier1').costUSD).toBeCloseTo(100_000.2, 2)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier2').quantity).toBeCloseTo(4.512e9, 0)
    expect(lineItem(e, 'fn', 'lambda.gbSecondTier2').costUSD).toBeCloseTo(67_680, 2)
  })
})
