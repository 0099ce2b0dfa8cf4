import { formatCitation } from '../../catalog/citations'
import { FIREHOSE_LIMITS as F } from '../../catalog/limits'
import type { LineItem, PriceBook } from '../pricing/priceBook'
import { FIREHOSE_DEFAULT_RECORDS_PER_REQUEST } from '../assumptions'
import type { ServiceConfigOf } from '../serviceConfig'
import { secondsPerMonth } from '../units'
import {
  averageRecordKB,
  ceilUnits,
  fmt,
  tieredItems,
  type NodeSizing,
  type SizingContext
} from './types'

/** Tiered ingestion: the first 500 TB, the next 1.5 PB, then the rest. */
function tieredIngest(book: PriceBook, gb: number, label: string): LineItem[] {
  return tieredItems(book, gb, label, [
    { price: 'firehose.ingestGBTier1', size: F.tier1GB.value },
    { price: 'firehose.ingestGBTier2', size: F.tier2GB.value, suffix: ', next 1.5 PB' },
    { price: 'firehose.ingestGBTier3', suffix: ', beyond 2 PB' }
  ])
}

export function sizeFirehose(ctx: SizingContext): NodeSizing {
  const config = ctx.config as ServiceConfigOf<'kinesis-firehose'>
  const { book, throughput, node } = ctx
  const H = book.hoursPerMonth
  const recordKB = averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps)
  const increment = F.billingIncrementKB.value
  const billedKB = Math.max(1, ceilUnits(recordKB / increment)) * increment
  const billedGB = (throughput.inRecordsPerSecond * billedKB * secondsPerMonth(H)) / (1024 * 1024)
  const fromMsk = ctx.incoming.some((i) => i.from.service === 'msk')
  const fromStream = ctx.incoming.some((i) => i.from.service === 'kinesis-data-streams')
  const problems: NodeSizing['problems'] = []
  let lineItems: LineItem[]
  let explain: () => string[]
  if (fromMsk) {
    const gb = (throughput.inMBps * secondsPerMonth(H)) / 1024
    lineItems = [book.item('firehose.mskIngestGB', 'Data ingested from MSK', gb)]
    explain = () => [`Ingestion from MSK is billed per GB read: ${fmt(gb)} GB/month.`]
  } else {
    lineItems = tieredIngest(book, billedGB, `Data ingested (records rounded up to ${billedKB} KB)`)
    // A KPL stream upstream: Firehose de-aggregates its records, and AWS does not say which
    // records the 5 KB rounding is applied to; the user records (the higher figure) are billed.
    const fromKpl = ctx.incoming.some(
      (i) =>
        i.from.service === 'kinesis-data-streams' &&
        i.fromSizing?.capacity.kinesisRecordsPerSecond !== undefined
    )
    explain = () => [
      `Each record is billed in ${increment} KB increments: ${fmt(recordKB)} KB → ${billedKB} KB × ${fmt(throughput.inRecordsPerSecond)} records/s = ${fmt(billedGB)} GB/month.`,
      ...(fromKpl
        ? [
            'The stream upstream carries KPL-aggregated records, which Firehose de-aggregates (firehose/latest/dev/writing-with-kinesis-streams.html). AWS does not say whether the 5 KB rounding applies to the aggregated Kinesis records or to the user records inside them; this estimate rounds each user record, the higher figure.'
          ]
        : [])
    ]
  }
  if (config.formatConversion !== 'none') {
    lineItems.push(
      book.item(
        'firehose.formatConversionGB',
        `Format conversion to ${config.formatConversion}`,
        billedGB
      )
    )
  }
  if (recordKB > F.maxRecordSizeKB.value) {
    problems.push({
      severity: 'error',
      code: 'firehose-record-too-large',
      message: `Records average ${fmt(recordKB)} KB; Firehose takes records of at most ${fmt(F.maxRecordSizeKB.value)} KiB.`,
      nodeId: node.id,
      citation: formatCitation(F.maxRecordSizeKB.citation)
    })
  }
  const capacity: NodeSizing['capacity'] = {
    ingestedGBPerMonth: fromMsk ? (throughput.inMBps * secondsPerMonth(H)) / 1024 : billedGB
  }
  if (!fromMsk && !fromStream) {
    // The Direct PUT quotas are per second, so they are checked at the peak.
    const mib = throughput.peakInMBps
    const records = throughput.peakInRecordsPerSecond
    // A PutRecordBatch call takes at most 500 records and 4 MiB, so large records make for fewer per
    // call. An IoT rule's Firehose action sends one PutRecord per message unless batchMode is set
    // (iot/latest/developerguide/kinesis-firehose-rule-action.html), so it defaults to 1.
    const bySize =
      recordKB > 0
        ? Math.max(1, Math.floor((F.putRecordBatchMaxMiB.value * 1024) / recordKB))
        : F.putRecordBatchMaxRecords.value
    const perRequestFrom = (source: string) =>
      Math.min(
        config.recordsPerRequest ??
          (source === 'iot-core' ? 1 : FIREHOSE_DEFAULT_RECORDS_PER_REQUEST),
        F.putRecordBatchMaxRecords.value,
        bySize
      )
    let requests = 0
    for (const i of ctx.incoming)
      requests += i.flow.peakRecordsPerSecond / perRequestFrom(i.from.service)
    const perRequest = requests > 0 ? records / requests : perRequestFrom('')
    capacity.directPutRequestsPerSecond = requests
    const previous = explain
    explain = () => [
      ...previous(),
      `Direct PUT quota checked at the peak: ${fmt(mib, 3)} MiB/s, ${fmt(records)} records/s and ${fmt(records)} ÷ ${fmt(perRequest)} records per request = ${fmt(requests)} requests/s, against ${F.directPutMiBps.value} MiB/s, ${fmt(F.directPutRecordsPerSecond.value)} records/s and ${fmt(F.directPutRequestsPerSecond.value)} requests/s in us-east-1.`
    ]
    const over: string[] = []
    if (mib > F.directPutMiBps.value) over.push(`${fmt(mib, 3)} MiB/s`)
    if (records > F.directPutRecordsPerSecond.value) over.push(`${fmt(records)} records/s`)
    if (requests > F.directPutRequestsPerSecond.value)
      over.push(`${fmt(requests)} requests/s (${fmt(perRequest)} records per request)`)
    if (over.length > 0) {
      problems.push({
        severity: 'warning',
        code: 'firehose-direct-put-quota',
        message: `At the peak, ${over.join(' and ')} ${over.length > 1 ? 'exceed' : 'exceeds'} the Direct PUT throughput quota of ${F.directPutMiBps.value} MiB/s, ${fmt(F.directPutRecordsPerSecond.value)} records/s and ${fmt(F.directPutRequestsPerSecond.value)} requests/s per delivery stream in us-east-1. Ask AWS to raise the quota (the three rise together), batch more records per PutRecordBatch call, split across streams, or put Kinesis Data Streams in front (the quota does not apply then).`,
        nodeId: node.id,
        citation: formatCitation(F.directPutMiBps.citation)
      })
    }
  }
  return {
    capacity,
    lineItems,
    explain,
    problems
  }
}
