import { formatCitation } from '../../catalog/citations'
import { KINESIS_LIMITS as K, KPL_DEFAULTS as KPL } from '../../catalog/limits'
import { cheapestText } from '../costLine'
import type { Figures } from '../figureLabels'
import type { LineItem } from '../pricing/priceBook'
import type { ServiceConfigOf } from '../serviceConfig'
import { aggregatedRecords, shardsNeeded, streamDemand, usageAt } from './kinesisDemand'
import {
  advantageItems,
  onDemandItems,
  provisionedItems,
  type StreamMode
} from './kinesisModeItems'
import { fmt, totalOf, type NodeSizing, type SizingContext } from './types'

type Config = ServiceConfigOf<'kinesis-data-streams'>

function plural(n: number, word: string): string {
  return `${fmt(n, 0)} ${word}${n === 1 ? '' : 's'}`
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
