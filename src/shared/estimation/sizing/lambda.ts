import { formatCitation } from '../../catalog/citations'
import { LAMBDA_LIMITS as L } from '../../catalog/limits'
import type { ServiceId } from '../../catalog/services'
import { SINGLE_EVENT_BATCH } from '../assumptions'
import type { LineItem } from '../pricing/priceBook'
import type { ServiceConfigOf } from '../serviceConfig'
import { secondsPerMonth } from '../units'
import { ceilUnits, fmt, type NodeSizing, type SizingContext } from './types'

/** Sources read through an event source mapping in batches; the rest invoke once per event. */
const SHARDED_SOURCES: ReadonlySet<ServiceId> = new Set([
  'kinesis-data-streams',
  'dynamodb-streams'
])
const BATCHED_SOURCES: ReadonlySet<ServiceId> = new Set([
  'kinesis-data-streams',
  'dynamodb-streams',
  'sqs',
  'msk',
  'documentdb'
])

/** AWS refuses an SQS mapping with more than 10 messages a batch and no batching window. */
function sqsWindowProblems(
  ctx: SizingContext,
  config: ServiceConfigOf<'lambda'>,
  fromSqs: boolean
): NodeSizing['problems'] {
  const batch = batchSizeFor(config, 'sqs')
  if (
    !fromSqs ||
    batch <= L.sqsBatchWithoutWindowMax.value ||
    (config.maximumBatchingWindowSeconds ?? 0) >= 1
  )
    return []
  return [
    {
      severity: 'error',
      code: 'lambda-sqs-batch-window',
      message: `A batch of ${fmt(batch)} messages from SQS needs a batching window of at least 1 second: AWS refuses a batch size above ${L.sqsBatchWithoutWindowMax.value} without one. Set the batching window (maximumBatchingWindowSeconds), or a batch size of ${L.sqsBatchWithoutWindowMax.value} or less.`,
      nodeId: ctx.node.id,
      citation: formatCitation(L.sqsBatchWithoutWindowMax.citation)
    }
  ]
}

/** The batch an event source mapping delivers: the setting, or AWS's default for the source. */
export function batchSizeFor(config: ServiceConfigOf<'lambda'>, source: ServiceId): number {
  if (config.batchSize !== undefined) return config.batchSize
  return source === 'sqs' ? L.defaultBatchSizeSqs.value : L.defaultBatchSizeStreams.value
}

export function sizeLambda(ctx: SizingContext): NodeSizing {
  const config = ctx.config as ServiceConfigOf<'lambda'>
  const { book } = ctx
  const H = book.hoursPerMonth
  let invocationsPerSecond = 0
  let peakInvocationsPerSecond = 0
  let shardConcurrency = 0
  let shards = 0
  let kplStream = false
  let fromSqs = false
  for (const i of ctx.incoming) {
    const batch = BATCHED_SOURCES.has(i.from.service)
      ? batchSizeFor(config, i.from.service)
      : SINGLE_EVENT_BATCH
    if (i.from.service === 'sqs') fromSqs = true
    // S3 notifies once per object written, not once per record in it; a stream of KPL-aggregated
    // records hands Lambda its Kinesis records, which the function de-aggregates itself.
    const fromS3 = i.from.service === 's3'
    const packed =
      i.from.service === 'kinesis-data-streams'
        ? i.fromSizing?.capacity.kinesisRecordsPerSecond
        : undefined
    if (packed !== undefined) kplStream = true
    const events = fromS3
      ? (i.fromSizing?.capacity.putsPerSecond ?? i.flow.recordsPerSecond)
      : (packed ?? i.flow.recordsPerSecond)
    // An S3 source's objects, and a stream's packed records, peak as its traffic does.
    const peakRatio =
      i.flow.recordsPerSecond > 0
        ? Math.max(1, i.flow.peakRecordsPerSecond / i.flow.recordsPerSecond)
        : 1
    const peakEvents =
      fromS3 || packed !== undefined
        ? events * peakRatio
        : Math.max(i.flow.peakRecordsPerSecond, events)
    invocationsPerSecond += events / batch
    peakInvocationsPerSecond += peakEvents / batch
    if (SHARDED_SOURCES.has(i.from.service)) {
      const s = i.fromSizing?.capacity.shards ?? 1
      shards += s
      shardConcurrency += s * config.parallelizationFactor
    }
  }
  const seconds = config.avgDurationMs / 1000
  // Concurrency is capacity: sized for the peak. Requests and GB-seconds are billed at the average.
  const littleConcurrency = ceilUnits(peakInvocationsPerSecond * seconds)
  const concurrency = shardConcurrency > 0 ? shardConcurrency : littleConcurrency
  const invocationsPerMonth = invocationsPerSecond * secondsPerMonth(H)
  const gbSeconds = invocationsPerMonth * seconds * (config.memoryMB / 1024)
  const invocations = invocationsPerSecond
  const peakInvocations = peakInvocationsPerSecond
  const shardCount = shards
  const explain = (): string[] => [
    shardConcurrency > 0
      ? `Concurrency = ${shardCount} shard(s) × parallelization factor ${config.parallelizationFactor} = ${concurrency} (one batch per shard at a time, per factor).`
      : `Concurrency ≈ sized for the peak of ${fmt(peakInvocations)} invocations/s × ${fmt(seconds, 3)} s average duration = ${fmt(concurrency)}.`,
    `Invocations = ${fmt(invocations)}/s on average (records ÷ batch size ${config.batchSize ?? `AWS's default, ${L.defaultBatchSizeStreams.value} (${L.defaultBatchSizeSqs.value} for SQS)`} for stream and queue sources${kplStream ? '; a KPL stream’s batches count its aggregated Kinesis records, which the function de-aggregates (streams/latest/dev/kinesis-record-deaggregation.html)' : ''}); compute = ${fmt(gbSeconds)} GB-s/month at ${config.memoryMB} MB, both billed at the average.`,
    `The GB-second price tiers (first ${fmt(L.tier1GBSeconds.value / 1e9)} billion, next ${fmt(L.tier2GBSeconds.value / 1e9)} billion, then the rest) count the whole account's GB-seconds in the month, not this function's alone; this estimate applies them to this function only, so with other functions in the account the later tiers start sooner.`
  ]
  const t1 = Math.min(gbSeconds, L.tier1GBSeconds.value)
  const t2 = Math.min(Math.max(gbSeconds - L.tier1GBSeconds.value, 0), L.tier2GBSeconds.value)
  const t3 = Math.max(gbSeconds - L.tier1GBSeconds.value - L.tier2GBSeconds.value, 0)
  const lineItems: LineItem[] = [
    book.item('lambda.requestsMillion', 'Requests', invocationsPerMonth / 1e6),
    book.item('lambda.gbSecondTier1', 'Compute (GB-seconds; tiers count the whole account)', t1)
  ]
  if (t2 > 0)
    lineItems.push(
      book.item('lambda.gbSecondTier2', "Compute, next 9B GB-s of the account's month", t2)
    )
  if (t3 > 0)
    lineItems.push(
      book.item('lambda.gbSecondTier3', "Compute, beyond 15B GB-s of the account's month", t3)
    )
  return {
    capacity: { concurrency, invocationsPerSecond },
    lineItems,
    explain,
    problems: sqsWindowProblems(ctx, config, fromSqs),
    badge: `${fmt(concurrency, 0)} concurrent`
  }
}
