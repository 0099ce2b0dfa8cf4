/**
 * What a Kinesis stream's traffic asks of it: the writers and readers, the shards the peak needs
 * (with KPL aggregation, which packs fewer records per shard the more shards share them), and the
 * month's usage the usage prices are charged on.
 */
import { usesEnhancedFanOut } from '../../catalog/consumerCapabilities'
import { KINESIS_LIMITS as K, KPL_DEFAULTS as KPL } from '../../catalog/limits'
import { KB_PER_MB, MB_PER_GB, secondsPerMonth } from '../units'
import { ceilUnits, type SizingContext } from './types'

/** One incoming edge's user records, and whether a KPL producer aggregates them. */
interface Writer {
  records: number
  peakRecords: number
  recordKB: number
  aggregated: boolean
}

export interface StreamDemand {
  writeMBps: number
  peakWriteMBps: number
  /** User records as producers send them (before KPL aggregation). */
  userRecordsPerSecond: number
  userRecordKB: number
  sharedConsumers: number
  efoConsumers: number
  readMBps: number
  peakReadMBps: number
  writers: Writer[]
}

export function streamDemand(ctx: SizingContext): StreamDemand {
  const { throughput } = ctx
  let efoConsumers = 0
  for (const o of ctx.outgoing) {
    if (usesEnhancedFanOut(o.edge, o.to.service)) efoConsumers++
  }
  const writers: Writer[] = []
  for (const i of ctx.incoming) {
    const f = i.flow
    if (f.recordsPerSecond <= 0 && f.peakRecordsPerSecond <= 0) continue
    const records = f.recordsPerSecond
    const recordKB =
      records > 0
        ? (f.mbps * KB_PER_MB) / records
        : f.peakRecordsPerSecond > 0
          ? (f.peakMBps * KB_PER_MB) / f.peakRecordsPerSecond
          : 0
    const aggregated = i.from.service === 'producer-app' && i.fromConfig.kplAggregation === true
    writers.push({ records, peakRecords: f.peakRecordsPerSecond, recordKB, aggregated })
  }
  const userRecordsPerSecond = throughput.inRecordsPerSecond
  return {
    writeMBps: throughput.inMBps,
    peakWriteMBps: throughput.peakInMBps,
    userRecordsPerSecond,
    userRecordKB:
      userRecordsPerSecond > 0 ? (throughput.inMBps * KB_PER_MB) / userRecordsPerSecond : 0,
    sharedConsumers: ctx.outgoing.length - efoConsumers,
    efoConsumers,
    readMBps: throughput.outMBps,
    peakReadMBps: throughput.peakOutMBps,
    writers
  }
}

/**
 * Kinesis records per second a KPL producer sends for `rate` user records/s of `recordKB` each,
 * at its default settings: user records bound for one shard are packed until the Kinesis record
 * holds AggregationMaxSize (50 KiB) or the oldest has waited RecordMaxBufferedTime (100 ms),
 * whichever comes first; a user record of 50 KiB or more goes alone. One producer process per
 * source is assumed: a fleet of hosts each packs only its own records.
 */
export function aggregatedRecords(rate: number, recordKB: number, shards: number): number {
  if (rate <= 0) return 0
  if (recordKB >= KPL.aggregationMaxSizeKB.value) return rate
  const bySize = Math.max(1, Math.floor(KPL.aggregationMaxSizeKB.value / recordKB))
  const byTime = (rate * KPL.recordMaxBufferedTimeMs.value) / 1000 / Math.max(1, shards)
  return rate / Math.max(1, Math.min(bySize, byTime))
}

/** Kinesis records per second (average or peak) with the shards given. */
function kinesisRecords(d: StreamDemand, at: 'average' | 'peak', shards: number): number {
  let total = 0
  for (const w of d.writers) {
    const rate = at === 'peak' ? w.peakRecords : w.records
    total += w.aggregated ? aggregatedRecords(rate, w.recordKB, shards) : rate
  }
  return total
}

export interface ShardNeed {
  shards: number
  byWriteMB: number
  byRecords: number
  byReads: number
  /** Kinesis records/s at the peak, after aggregation. */
  peakKinesisRecords: number
}

/**
 * Shards the peak needs: the largest of write bandwidth, Kinesis records and shared read
 * bandwidth. Aggregation packs fewer user records per Kinesis record when more shards share them,
 * so the count is settled by raising it until it holds (a few rounds at most).
 */
export function shardsNeeded(d: StreamDemand): ShardNeed {
  const byWriteMB = d.peakWriteMBps / K.shardWriteMBps.value
  // Every shared consumer reads the whole stream and they share 2 MB/s per shard.
  const byReads = (d.sharedConsumers * d.peakReadMBps) / K.shardReadMBps.value
  let shards = Math.max(1, ceilUnits(Math.max(byWriteMB, byReads)))
  let records = kinesisRecords(d, 'peak', shards)
  for (let round = 0; round < 16; round++) {
    const need = Math.max(shards, ceilUnits(records / K.shardWriteRecordsPerSecond.value))
    if (need === shards) break
    shards = need
    records = kinesisRecords(d, 'peak', shards)
  }
  return {
    shards,
    byWriteMB,
    byRecords: records / K.shardWriteRecordsPerSecond.value,
    byReads,
    peakKinesisRecords: records
  }
}

/** What a month of this stream's traffic amounts to, at the average (usage prices). */
export interface Usage {
  kinesisRecords: number
  recordKB: number
  /** On-demand ingest: each record rounded up to 1 KB. */
  billedIngestGB: number
  billedKB: number
}

/** The month's usage with `shards` shards (KPL packing depends on how many shards share the records). */
export function usageAt(ctx: SizingContext, d: StreamDemand, shards: number): Usage {
  const H = ctx.book.hoursPerMonth
  const kinesisRecords_ = kinesisRecords(d, 'average', shards)
  const recordKB = kinesisRecords_ > 0 ? (d.writeMBps * KB_PER_MB) / kinesisRecords_ : 0
  const increment = K.onDemandBillingIncrementKB.value
  const billedKB = Math.max(1, ceilUnits(recordKB / increment)) * increment
  return {
    kinesisRecords: kinesisRecords_,
    recordKB,
    billedKB,
    billedIngestGB: (kinesisRecords_ * billedKB * secondsPerMonth(H)) / (KB_PER_MB * MB_PER_GB)
  }
}
