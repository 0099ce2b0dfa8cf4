import { formatCitation } from '../../catalog/citations'
import { usesEnhancedFanOut } from '../../catalog/consumerCapabilities'
import { KINESIS_LIMITS as K, KPL_DEFAULTS as KPL } from '../../catalog/limits'
import { cheapestText } from '../costLine'
import type { Figures } from '../figureLabels'
import type { LineItem } from '../pricing/priceBook'
import type { ServiceConfigOf } from '../serviceConfig'
import { gbPerMonth, KB_PER_MB, MB_PER_GB, secondsPerMonth } from '../units'
import { ceilUnits, fmt, totalOf, type NodeSizing, type SizingContext } from './types'

type Config = ServiceConfigOf<'kinesis-data-streams'>
export type StreamMode = Config['capacityMode']

function plural(n: number, word: string): string {
  return `${fmt(n, 0)} ${word}${n === 1 ? '' : 's'}`
}

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

function streamDemand(ctx: SizingContext): StreamDemand {
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
function aggregatedRecords(rate: number, recordKB: number, shards: number): number {
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
function shardsNeeded(d: StreamDemand): ShardNeed {
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
interface Usage {
  kinesisRecords: number
  recordKB: number
  /** On-demand ingest: each record rounded up to 1 KB. */
  billedIngestGB: number
  billedKB: number
}

/** The month's usage with `shards` shards (KPL packing depends on how many shards share the records). */
function usageAt(ctx: SizingContext, d: StreamDemand, shards: number): Usage {
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

function retentionItems(
  ctx: SizingContext,
  config: Config,
  shards: number,
  mode: StreamMode
): LineItem[] {
  const { book } = ctx
  const H = book.hoursPerMonth
  const extendedMax = K.extendedRetentionMaxHours.value
  const items: LineItem[] = []
  const gbPerHour = (ctx.throughput.inMBps * 3600) / 1024
  if (config.retentionHours <= 24) return items
  if (mode === 'on-demand-advantage') {
    items.push(
      book.item(
        'kds.oda.extendedRetentionGBMonth',
        'Retention beyond 24 hours',
        gbPerHour * (config.retentionHours - 24)
      )
    )
    return items
  }
  if (mode === 'provisioned') {
    items.push(
      book.item('kds.extendedRetentionShardHour', 'Extended retention (up to 7 days)', shards * H)
    )
  } else {
    const hours = Math.min(config.retentionHours, extendedMax) - 24
    items.push(
      book.item(
        'kds.od.extendedRetentionGBMonth',
        'Extended retention (up to 7 days)',
        gbPerHour * hours
      )
    )
  }
  if (config.retentionHours > extendedMax) {
    const id =
      mode === 'provisioned' ? 'kds.longTermRetentionGBMonth' : 'kds.od.longTermRetentionGBMonth'
    items.push(
      book.item(
        id,
        'Long-term retention (beyond 7 days)',
        gbPerHour * (config.retentionHours - extendedMax)
      )
    )
  }
  return items
}

function provisionedItems(
  ctx: SizingContext,
  config: Config,
  d: StreamDemand,
  shards: number,
  u: Usage,
  label: string
): LineItem[] {
  const { book } = ctx
  const H = book.hoursPerMonth
  const units = Math.max(1, ceilUnits(u.recordKB / K.putPayloadUnitKB.value))
  const items = [
    book.item('kds.shardHour', label, shards * H),
    book.item(
      'kds.putPayloadUnitsMillion',
      `PUT payload units (${units} per record)`,
      (u.kinesisRecords * units * secondsPerMonth(H)) / 1e6
    ),
    ...retentionItems(ctx, config, shards, 'provisioned')
  ]
  if (d.efoConsumers > 0) {
    items.push(
      book.item(
        'kds.efoConsumerShardHour',
        'Enhanced fan-out consumer-shard hours',
        d.efoConsumers * shards * H
      )
    )
    items.push(
      book.item(
        'kds.efoRetrievalGB',
        'Enhanced fan-out data retrieved',
        d.efoConsumers * gbPerMonth(d.readMBps, H)
      )
    )
  }
  return items
}

/** Retrieval in the two on-demand modes: shared consumers, then enhanced fan-out, at the mode's prices. */
function onDemandRetrievalItems(
  book: SizingContext['book'],
  d: StreamDemand,
  mode: 'od' | 'oda'
): LineItem[] {
  const gb = gbPerMonth(d.readMBps, book.hoursPerMonth)
  const items: LineItem[] = []
  if (d.sharedConsumers > 0)
    items.push(
      book.item(
        `kds.${mode}.retrievalGB`,
        `Data retrieved by ${d.sharedConsumers} shared consumer(s)`,
        d.sharedConsumers * gb
      )
    )
  if (d.efoConsumers > 0)
    items.push(
      book.item(
        `kds.${mode}.efoRetrievalGB`,
        'Enhanced fan-out data retrieved',
        d.efoConsumers * gb
      )
    )
  return items
}

function onDemandItems(ctx: SizingContext, config: Config, d: StreamDemand, u: Usage): LineItem[] {
  const { book } = ctx
  return [
    book.item('kds.od.streamHour', 'Stream hours', book.hoursPerMonth),
    book.item(
      'kds.od.ingestGB',
      `Data ingested (records rounded up to ${u.billedKB} KB)`,
      u.billedIngestGB
    ),
    ...retentionItems(ctx, config, 0, 'on-demand'),
    ...onDemandRetrievalItems(book, d, 'od')
  ]
}

/** Line items of the Advantage commitment's shortfall: what the account pays for the unused part of the minimum. */
export const ADVANTAGE_SHORTFALL_PREFIX = 'Commitment shortfall'

/** MiB/s a stream counts against the On-demand Advantage commitment: billed ingest and all retrieval. */
function advantageUsageMiBps(d: StreamDemand, u: Usage): { ingest: number; retrieval: number } {
  return {
    ingest: (u.kinesisRecords * u.billedKB) / KB_PER_MB,
    retrieval: (d.sharedConsumers + d.efoConsumers) * d.readMBps
  }
}

/** The shortfall line items for ingest and retrieval below the commitment (none when it is met). */
export function shortfallItems(
  book: SizingContext['book'],
  ingestMiBps: number,
  retrievalMiBps: number,
  scope: string
): LineItem[] {
  const min = K.advantageCommitmentMiBps.value
  const items: LineItem[] = []
  const gb = (mibps: number) => gbPerMonth(Math.max(0, min - mibps), book.hoursPerMonth)
  if (ingestMiBps < min)
    items.push(
      book.item(
        'kds.oda.ingestGB',
        `${ADVANTAGE_SHORTFALL_PREFIX}: ingest below ${min} MiB/s (${scope})`,
        gb(ingestMiBps)
      )
    )
  if (retrievalMiBps < min)
    items.push(
      book.item(
        'kds.oda.retrievalGB',
        `${ADVANTAGE_SHORTFALL_PREFIX}: retrieval below ${min} MiB/s (${scope})`,
        gb(retrievalMiBps)
      )
    )
  return items
}

function advantageItems(ctx: SizingContext, config: Config, d: StreamDemand, u: Usage): LineItem[] {
  const { book } = ctx
  const items = [
    book.item(
      'kds.oda.ingestGB',
      `Data ingested (records rounded up to ${u.billedKB} KB)`,
      u.billedIngestGB
    ),
    ...retentionItems(ctx, config, 0, 'on-demand-advantage'),
    ...onDemandRetrievalItems(book, d, 'oda')
  ]
  // As if this were the Region's only on-demand stream; the estimate shares one shortfall among
  // all the diagram's Advantage streams.
  const use = advantageUsageMiBps(d, u)
  items.push(...shortfallItems(book, use.ingest, use.retrieval, 'this stream alone'))
  return items
}

const MODE_NAMES: Record<StreamMode, string> = {
  provisioned: 'provisioned',
  'on-demand': 'on-demand Standard',
  'on-demand-advantage': 'On-demand Advantage'
}

export function sizeKinesisStream(ctx: SizingContext): NodeSizing {
  const config = ctx.config as Config
  const mode = config.capacityMode
  const d = streamDemand(ctx)
  const need = shardsNeeded(d)
  const fixed = config.shards
  const underProvisioned = fixed !== undefined && fixed < need.shards
  // The comparison prices what the traffic needs: a too-small fixed count is not a saving.
  const pricedShards = fixed !== undefined && !underProvisioned ? fixed : need.shards
  const nodeId = ctx.node.id
  const problems: NodeSizing['problems'] = []
  const hasPeak =
    d.peakWriteMBps > d.writeMBps * (1 + 1e-9) || d.peakReadMBps > d.readMBps * (1 + 1e-9)
  // "needs 4 shards for the peak" / "needs 4 shards for this traffic"; "9.8 MB/s at the peak" / "9.8 MB/s".
  const forWhat = hasPeak ? 'the peak' : 'this traffic'
  const atPeak = hasPeak ? ' at the peak' : ''

  if (d.userRecordKB > K.maxRecordSizeKB.value) {
    problems.push({
      severity: 'error',
      code: 'kds-record-too-large',
      message: `Records average ${fmt(d.userRecordKB)} KiB; a Kinesis record holds at most ${fmt(K.maxRecordSizeKB.value)} KiB (10 MiB), whatever the stream's setting. Split records upstream or store the payload in S3 and send a pointer.`,
      nodeId,
      citation: formatCitation(K.maxRecordSizeKB.citation)
    })
  } else if (d.userRecordKB > config.maxRecordSizeKB) {
    problems.push({
      severity: 'error',
      code: 'kds-record-above-setting',
      message: `Records average ${fmt(d.userRecordKB)} KiB, above this stream's maximum record size of ${fmt(config.maxRecordSizeKB)} KiB: PutRecord refuses them. Raise the stream's maxRecordSizeKB (MaxRecordSizeInKiB) to at least ${fmt(Math.min(K.maxRecordSizeKB.value, Math.ceil(d.userRecordKB)))} KiB, up to ${fmt(K.maxRecordSizeKB.value)}.`,
      nodeId,
      citation: formatCitation(K.defaultMaxRecordSizeKB.citation)
    })
  }

  if (
    d.userRecordKB > K.defaultMaxRecordSizeKB.value &&
    d.userRecordKB <= config.maxRecordSizeKB &&
    d.userRecordKB <= K.maxRecordSizeKB.value
  ) {
    problems.push({
      severity: 'warning',
      code: 'kds-large-records-sustained',
      message: `Records average ${fmt(d.userRecordKB)} KiB: every record is a large record (over 1 MiB). AWS designs large records for occasional use, not sustained high-volume ingestion, and advises keeping them to a small share of the traffic (about 2 %). Store large payloads in S3 and send a pointer, or split them.`,
      nodeId,
      citation: formatCitation(K.defaultMaxRecordSizeKB.citation)
    })
  }
  const provisionedLabel = underProvisioned
    ? `Shard hours (${need.shards} needed; ${fixed} fixed is under-provisioned)`
    : 'Shard hours'
  // The month's usage: with the shards provisioned is priced at, and with those the traffic needs
  // (what on-demand runs on); the same figures unless a larger count is fixed and KPL packs records.
  const pricedUsage = usageAt(ctx, d, pricedShards)
  const neededUsage = pricedShards === need.shards ? pricedUsage : usageAt(ctx, d, need.shards)
  const byMode: Record<StreamMode, LineItem[]> = {
    provisioned: provisionedItems(ctx, config, d, pricedShards, pricedUsage, provisionedLabel),
    'on-demand': onDemandItems(ctx, config, d, neededUsage),
    'on-demand-advantage': advantageItems(ctx, config, d, neededUsage)
  }
  const costs = {
    provisioned: totalOf(byMode.provisioned),
    'on-demand': totalOf(byMode['on-demand']),
    'on-demand-advantage': totalOf(byMode['on-demand-advantage'])
  }
  const capacity: Figures = { shards: fixed ?? need.shards }
  if (fixed !== undefined) capacity.shardsNeeded = need.shards
  // On average, as the other per-second figures are (consumers' batches count Kinesis records).
  if (d.writers.some((w) => w.aggregated))
    capacity.kinesisRecordsPerSecond = pricedUsage.kinesisRecords

  if (mode === 'provisioned') {
    if (underProvisioned) {
      problems.push({
        severity: 'error',
        code: 'kds-under-provisioned',
        message: `Under-provisioned: needs ${need.shards} shards for ${forWhat}, has ${fixed}. Writes or reads will be throttled (ProvisionedThroughputExceededException). Set ${need.shards} shards, or leave the count empty to size from traffic.`,
        nodeId,
        citation: formatCitation(K.onDemandMaxWriteMBps.citation)
      })
    }
  } else {
    const startMB = K.onDemandInitialWriteMBps.value
    const startRecords = K.onDemandInitialWriteRecordsPerSecond.value
    capacity.onDemandInitialWriteMBps = startMB
    const warm =
      mode === 'on-demand-advantage'
        ? ', or set warm throughput on the stream (On-demand Advantage)'
        : ''
    if (d.peakWriteMBps > K.onDemandMaxWriteMBps.value) {
      problems.push({
        severity: 'error',
        code: 'kds-on-demand-max',
        message: `${fmt(d.peakWriteMBps)} MB/s${atPeak} is above the ${fmt(K.onDemandMaxWriteMBps.value)} MB/s an on-demand stream can take in us-east-1. Split the traffic across streams.`,
        nodeId,
        citation: formatCitation(K.onDemandMaxWriteMBps.citation)
      })
    } else if (d.peakWriteMBps > startMB || need.peakKinesisRecords > startRecords) {
      problems.push({
        severity: 'warning',
        code: 'kds-on-demand-warmup',
        message: `${fmt(d.peakWriteMBps, 3)} MB/s (${fmt(need.peakKinesisRecords)} records/s)${atPeak} exceeds the ${startMB} MB/s (${fmt(startRecords)} records/s) a new on-demand stream starts with; it absorbs only up to ${K.onDemandScaleFactor.value}× its previous peak without throttling, so writes will throttle while it scales. Ramp the traffic up, or start in provisioned mode with ${need.shards} shards and switch${warm}.`,
        nodeId,
        citation: formatCitation(K.onDemandScaleFactor.citation)
      })
    }
    if (
      hasPeak &&
      d.peakWriteMBps > K.onDemandScaleFactor.value * d.writeMBps &&
      d.peakWriteMBps > startMB
    ) {
      problems.push({
        severity: 'warning',
        code: 'kds-on-demand-peak',
        message: `The peak (${fmt(d.peakWriteMBps, 3)} MB/s) is more than ${K.onDemandScaleFactor.value}× the average (${fmt(d.writeMBps, 3)} MB/s). An on-demand stream absorbs up to ${K.onDemandScaleFactor.value}× the highest traffic of the previous 30 days without throttling, so a peak after a quieter month throttles while the stream scales. Use provisioned mode with ${need.shards} shards for the peak${warm}.`,
        nodeId,
        citation: formatCitation(K.onDemandScaleFactor.citation)
      })
    }
  }

  const explain = (): string[] => {
    const peakOrNot = hasPeak ? 'peak ' : ''
    const lines = [
      `Shards needed = max(⌈${peakOrNot}${fmt(d.peakWriteMBps, 3)} MB/s ÷ ${K.shardWriteMBps.value} MB/s⌉, ⌈${peakOrNot}${fmt(need.peakKinesisRecords)} records/s ÷ ${fmt(K.shardWriteRecordsPerSecond.value)}⌉, ⌈${d.sharedConsumers} shared consumer(s) × ${fmt(d.peakReadMBps, 3)} MB/s ÷ ${K.shardReadMBps.value} MB/s⌉, 1) = ${need.shards}${hasPeak ? ', sized for the peak' : ''}.`
    ]
    for (const w of d.writers) {
      if (!w.aggregated) continue
      const perRecord =
        w.recordKB >= KPL.aggregationMaxSizeKB.value
          ? 1
          : Math.max(1, Math.floor(KPL.aggregationMaxSizeKB.value / w.recordKB))
      lines.push(
        `KPL aggregation packs up to ⌊${KPL.aggregationMaxSizeKB.value} KiB ÷ ${fmt(w.recordKB)} KiB⌋ = ${fmt(perRecord, 0)} user records into one Kinesis record, or what ${KPL.recordMaxBufferedTimeMs.value} ms brings to a shard if fewer: ${fmt(w.peakRecords)} user records/s → ${fmt(aggregatedRecords(w.peakRecords, w.recordKB, need.shards))} Kinesis records/s over ${plural(need.shards, 'shard')}.`
      )
    }
    if (d.efoConsumers > 0) {
      lines.push(
        `${d.efoConsumers} enhanced fan-out consumer(s) each get their own ${K.shardReadMBps.value} MB/s per shard and do not add shards.`
      )
    }
    if (hasPeak) {
      const u = pricedUsage
      lines.push(
        `Shards are sized for the peak; PUT payload units, data ingested and retrieved are priced at the average (${fmt(d.writeMBps, 3)} MB/s, ${fmt(u.kinesisRecords)} Kinesis records/s).`
      )
    }
    if (mode !== 'provisioned') {
      lines.push(
        `A new on-demand stream starts with ${K.onDemandInitialWriteMBps.value} MB/s (${fmt(K.onDemandInitialWriteRecordsPerSecond.value)} records/s) of write capacity and keeps up to ${K.onDemandScaleFactor.value}× the peak of the previous 30 days.`
      )
    }
    lines.push(
      `On-demand Advantage is an account setting per Region: no stream-hour charge and lower data rates, for a commitment of at least ${K.advantageCommitmentMiBps.value} MiB/s of ingest and ${K.advantageCommitmentMiBps.value} MiB/s of retrieval across the Region's on-demand streams, for at least 24 hours; usage below it is billed as the shortfall at the Advantage rates. Its price in the comparison counts this stream alone against the commitment; with other on-demand streams in the diagram, all of them are billed under Advantage and share one shortfall.`
    )
    lines.push(
      cheapestText([
        {
          name: MODE_NAMES.provisioned,
          detail: underProvisioned
            ? `${plural(need.shards, 'shard')} needed`
            : plural(pricedShards, 'shard'),
          usd: costs.provisioned
        },
        { name: MODE_NAMES['on-demand'], usd: costs['on-demand'] },
        { name: MODE_NAMES['on-demand-advantage'], usd: costs['on-demand-advantage'] }
      ])
    )
    return lines
  }
  return {
    capacity,
    lineItems: byMode[mode],
    explain,
    problems,
    badge:
      mode === 'provisioned'
        ? plural(fixed ?? need.shards, 'shard')
        : mode === 'on-demand'
          ? 'on-demand'
          : 'on-demand Advantage',
    alternatives: [
      {
        label: underProvisioned
          ? `Provisioned (${plural(need.shards, 'shard')} needed; ${fixed} fixed is under-provisioned)`
          : `Provisioned (${plural(pricedShards, 'shard')})`,
        monthlyCostUSD: costs.provisioned,
        chosen: mode === 'provisioned'
      },
      {
        label: 'On-demand Standard',
        monthlyCostUSD: costs['on-demand'],
        chosen: mode === 'on-demand'
      },
      {
        label: `On-demand Advantage (${K.advantageCommitmentMiBps.value} MiB/s commitment, this stream alone)`,
        monthlyCostUSD: costs['on-demand-advantage'],
        chosen: mode === 'on-demand-advantage',
        lineItems: byMode['on-demand-advantage']
      }
    ]
  }
}
