import { formatCitation } from '../../catalog/citations'
import { supportsEnhancedFanOut } from '../../catalog/consumerCapabilities'
import { KINESIS_LIMITS as K } from '../../catalog/limits'
import { comparisonText } from '../costLine'
import type { Figures } from '../figureLabels'
import type { LineItem } from '../pricing/priceBook'
import type { ServiceConfigOf } from '../serviceConfig'
import { gbPerMonth, secondsPerMonth } from '../units'
import { averageRecordKB, ceilUnits, fmt, totalOf, type NodeSizing, type SizingContext } from './types'

type Config = ServiceConfigOf<'kinesis-data-streams'>

function plural(n: number, word: string): string {
  return `${fmt(n, 0)} ${word}${n === 1 ? '' : 's'}`
}

export interface StreamDemand {
  writeMBps: number
  writeRecordsPerSecond: number
  recordKB: number
  sharedConsumers: number
  efoConsumers: number
  readMBps: number
}

export function streamDemand(ctx: SizingContext): StreamDemand {
  const { throughput } = ctx
  let efoConsumers = 0
  for (const o of ctx.outgoing) {
    if (o.edge.config?.enhancedFanOut === true && supportsEnhancedFanOut(o.to.service)) efoConsumers++
  }
  return {
    writeMBps: throughput.inMBps,
    writeRecordsPerSecond: throughput.inRecordsPerSecond,
    recordKB: averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps),
    sharedConsumers: ctx.outgoing.length - efoConsumers,
    efoConsumers,
    readMBps: throughput.outMBps,
  }
}

/** Shards needed: the largest of write bandwidth, write records and shared read bandwidth. */
export function shardsNeeded(d: StreamDemand): { shards: number; byWriteMB: number; byRecords: number; byReads: number } {
  const byWriteMB = d.writeMBps / K.shardWriteMBps.value
  const byRecords = d.writeRecordsPerSecond / K.shardWriteRecordsPerSecond.value
  // Every shared consumer reads the whole stream and they share 2 MB/s per shard.
  const byReads = (d.sharedConsumers * d.readMBps) / K.shardReadMBps.value
  return { shards: Math.max(1, ceilUnits(Math.max(byWriteMB, byRecords, byReads))), byWriteMB, byRecords, byReads }
}

function retentionItems(ctx: SizingContext, config: Config, shards: number, mode: 'provisioned' | 'on-demand'): LineItem[] {
  const { book } = ctx
  const H = book.hoursPerMonth
  const extendedMax = K.extendedRetentionMaxHours.value
  const items: LineItem[] = []
  const gbPerHour = (ctx.throughput.inMBps * 3600) / 1024
  if (config.retentionHours > 24) {
    if (mode === 'provisioned') {
      items.push(book.item('kds.extendedRetentionShardHour', 'Extended retention (up to 7 days)', shards * H))
    } else {
      const hours = Math.min(config.retentionHours, extendedMax) - 24
      items.push(book.item('kds.od.extendedRetentionGBMonth', 'Extended retention (up to 7 days)', gbPerHour * hours))
    }
  }
  if (config.retentionHours > extendedMax) {
    const id = mode === 'provisioned' ? 'kds.longTermRetentionGBMonth' : 'kds.od.longTermRetentionGBMonth'
    items.push(book.item(id, 'Long-term retention (beyond 7 days)', gbPerHour * (config.retentionHours - extendedMax)))
  }
  return items
}

function provisionedItems(ctx: SizingContext, config: Config, d: StreamDemand, shards: number): LineItem[] {
  const { book } = ctx
  const H = book.hoursPerMonth
  const units = Math.max(1, ceilUnits(d.recordKB / K.putPayloadUnitKB.value))
  const items = [
    book.item('kds.shardHour', 'Shard hours', shards * H),
    book.item('kds.putPayloadUnitsMillion', `PUT payload units (${units} per record)`, (d.writeRecordsPerSecond * units * secondsPerMonth(H)) / 1e6),
    ...retentionItems(ctx, config, shards, 'provisioned'),
  ]
  if (d.efoConsumers > 0) {
    items.push(book.item('kds.efoConsumerShardHour', 'Enhanced fan-out consumer-shard hours', d.efoConsumers * shards * H))
    items.push(book.item('kds.efoRetrievalGB', 'Enhanced fan-out data retrieved', d.efoConsumers * gbPerMonth(d.readMBps, H)))
  }
  return items
}

function onDemandItems(ctx: SizingContext, config: Config, d: StreamDemand): LineItem[] {
  const { book } = ctx
  const H = book.hoursPerMonth
  const billedKB = Math.max(1, ceilUnits(d.recordKB / K.onDemandBillingIncrementKB.value)) * K.onDemandBillingIncrementKB.value
  const ingestGB = (d.writeRecordsPerSecond * billedKB * secondsPerMonth(H)) / (1024 * 1024)
  const items = [
    book.item('kds.od.streamHour', 'Stream hours', H),
    book.item('kds.od.ingestGB', `Data ingested (records rounded up to ${billedKB} KB)`, ingestGB),
    ...retentionItems(ctx, config, 0, 'on-demand'),
  ]
  if (d.sharedConsumers > 0) {
    items.push(book.item('kds.od.retrievalGB', `Data retrieved by ${d.sharedConsumers} shared consumer(s)`, d.sharedConsumers * gbPerMonth(d.readMBps, H)))
  }
  if (d.efoConsumers > 0) {
    items.push(book.item('kds.od.efoRetrievalGB', 'Enhanced fan-out data retrieved', d.efoConsumers * gbPerMonth(d.readMBps, H)))
  }
  return items
}

export function sizeKinesisStream(ctx: SizingContext): NodeSizing {
  const config = ctx.config as Config
  const d = streamDemand(ctx)
  const need = shardsNeeded(d)
  const shards = config.shards ?? need.shards
  const nodeId = ctx.node.id
  const problems: NodeSizing['problems'] = []
  if (d.recordKB > K.maxRecordSizeKB.value) {
    problems.push({
      severity: 'error',
      code: 'kds-record-too-large',
      message: `Records average ${fmt(d.recordKB)} KiB; a Kinesis record holds at most ${fmt(K.maxRecordSizeKB.value)} KiB (10 MiB), whatever the stream's setting. Split records upstream or store the payload in S3 and send a pointer.`,
      nodeId,
      citation: formatCitation(K.maxRecordSizeKB.citation),
    })
  } else if (d.recordKB > config.maxRecordSizeKB) {
    problems.push({
      severity: 'error',
      code: 'kds-record-above-setting',
      message: `Records average ${fmt(d.recordKB)} KiB, above this stream's maximum record size of ${fmt(config.maxRecordSizeKB)} KiB: PutRecord refuses them. Raise the stream's maxRecordSizeKB (MaxRecordSizeInKiB) to at least ${fmt(Math.min(K.maxRecordSizeKB.value, Math.ceil(d.recordKB)))} KiB, up to ${fmt(K.maxRecordSizeKB.value)}.`,
      nodeId,
      citation: formatCitation(K.defaultMaxRecordSizeKB.citation),
    })
  }
  const provisionedCost = totalOf(provisionedItems(ctx, config, d, shards))
  const onDemandCost = totalOf(onDemandItems(ctx, config, d))
  const lineItems = config.capacityMode === 'provisioned' ? provisionedItems(ctx, config, d, shards) : onDemandItems(ctx, config, d)
  const capacity: Figures = { shards }

  if (config.capacityMode === 'provisioned') {
    if (config.shards !== undefined && config.shards < need.shards) {
      problems.push({
        severity: 'error',
        code: 'kds-under-provisioned',
        message: `Under-provisioned: needs ${need.shards} shards for this traffic, has ${config.shards}. Writes or reads will be throttled (ProvisionedThroughputExceededException).`,
        nodeId,
        citation: formatCitation(K.shardWriteMBps.citation),
      })
    }
  } else {
    const startMB = K.onDemandInitialWriteMBps.value
    const startRecords = K.onDemandInitialWriteRecordsPerSecond.value
    capacity.onDemandInitialWriteMBps = startMB
    if (d.writeMBps > K.onDemandMaxWriteMBps.value) {
      problems.push({
        severity: 'error',
        code: 'kds-on-demand-max',
        message: `${fmt(d.writeMBps)} MB/s is above the ${fmt(K.onDemandMaxWriteMBps.value)} MB/s an on-demand stream can take in us-east-1. Split the traffic across streams.`,
        nodeId,
        citation: formatCitation(K.onDemandMaxWriteMBps.citation),
      })
    } else if (d.writeMBps > startMB || d.writeRecordsPerSecond > startRecords) {
      problems.push({
        severity: 'warning',
        code: 'kds-on-demand-warmup',
        message: `${fmt(d.writeMBps, 3)} MB/s (${fmt(d.writeRecordsPerSecond)} records/s) exceeds the ${startMB} MB/s (${fmt(startRecords)} records/s) a new on-demand stream starts with; it absorbs only up to ${K.onDemandScaleFactor.value}× its previous peak without throttling, so writes will throttle while it scales. Ramp the traffic up, or start in provisioned mode with ${need.shards} shards and switch.`,
        nodeId,
        citation: formatCitation(K.onDemandScaleFactor.citation),
      })
    }
  }
  const explain = (): string[] => {
    const lines = [
      `Shards needed = max(⌈${fmt(d.writeMBps, 3)} MB/s ÷ ${K.shardWriteMBps.value} MB/s⌉, ⌈${fmt(d.writeRecordsPerSecond)} records/s ÷ ${fmt(K.shardWriteRecordsPerSecond.value)}⌉, ⌈${d.sharedConsumers} shared consumer(s) × ${fmt(d.readMBps, 3)} MB/s ÷ ${K.shardReadMBps.value} MB/s⌉, 1) = ${need.shards}.`,
    ]
    if (d.efoConsumers > 0) {
      lines.push(`${d.efoConsumers} enhanced fan-out consumer(s) each get their own ${K.shardReadMBps.value} MB/s per shard and do not add shards.`)
    }
    if (config.capacityMode !== 'provisioned') {
      lines.push(
        `A new on-demand stream starts with ${K.onDemandInitialWriteMBps.value} MB/s (${fmt(K.onDemandInitialWriteRecordsPerSecond.value)} records/s) of write capacity and keeps up to ${K.onDemandScaleFactor.value}× the peak of the previous 30 days.`,
      )
    }
    lines.push(
      comparisonText({ name: 'provisioned', detail: plural(shards, 'shard'), usd: provisionedCost }, { name: 'on-demand', usd: onDemandCost }),
    )
    return lines
  }
  return {
    capacity,
    lineItems,
    explain,
    problems,
    badge: config.capacityMode === 'provisioned' ? plural(shards, 'shard') : 'on-demand',
    alternatives: [
      { label: `Provisioned (${plural(shards, 'shard')})`, monthlyCostUSD: provisionedCost, chosen: config.capacityMode === 'provisioned' },
      { label: 'On-demand', monthlyCostUSD: onDemandCost, chosen: config.capacityMode === 'on-demand' },
    ],
  }
}
