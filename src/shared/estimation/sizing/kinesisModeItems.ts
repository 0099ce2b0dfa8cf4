/**
 * A Kinesis stream's line items in each capacity mode (provisioned, on-demand Standard, On-demand
 * Advantage), and the Advantage commitment's shortfall, which advantageAccount.ts also bills
 * across the diagram's streams.
 */
import { KINESIS_LIMITS as K } from '../../catalog/limits'
import type { LineItem } from '../pricing/priceBook'
import type { ServiceConfigOf } from '../serviceConfig'
import { gbPerMonth, KB_PER_MB, secondsPerMonth } from '../units'
import type { StreamDemand, Usage } from './kinesisDemand'
import { ceilUnits, type SizingContext } from './types'

type Config = ServiceConfigOf<'kinesis-data-streams'>
export type StreamMode = Config['capacityMode']

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

export function provisionedItems(
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

export function onDemandItems(
  ctx: SizingContext,
  config: Config,
  d: StreamDemand,
  u: Usage
): LineItem[] {
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

export function advantageItems(
  ctx: SizingContext,
  config: Config,
  d: StreamDemand,
  u: Usage
): LineItem[] {
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
