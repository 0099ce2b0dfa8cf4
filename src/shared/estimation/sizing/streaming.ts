/**
 * Sizers of the streaming services other than Kinesis Data Streams and Firehose (which have files
 * of their own): MSK, SQS, SNS, Kinesis Video Streams, DynamoDB Streams, EventBridge and Pipes.
 */
import { API_AND_EVENT_LIMITS as E, MESSAGING_LIMITS as M } from '../../catalog/limits'
import type { PriceId } from '../../catalog/priceIds'
import type { ServiceConfigOf } from '../serviceConfig'
import { gbPerMonth, secondsPerMonth } from '../units'
import { averageRecordKB, ceilUnits, fmt, sized, type Sizer } from './types'

export const msk: Sizer = ({ config, book, throughput, outgoing }) => {
  const c = config as ServiceConfigOf<'msk'>
  const H = book.hoursPerMonth
  // Data in, out and retained are usage: priced at the average.
  const inGB = gbPerMonth(throughput.inMBps, H)
  const retainedGB = (throughput.inMBps * 3600 * c.retentionHours) / 1024
  if (c.deployment === 'serverless') {
    const outMBps = outgoing.reduce((sum, o) => sum + o.flow.mbps, 0)
    const outGB = gbPerMonth(outMBps, H)
    return sized(
      { partitions: c.partitions },
      [
        book.item('msk.serverless.clusterHour', 'Serverless cluster-hours', H),
        book.item(
          'msk.serverless.partitionHour',
          `Partition-hours (${fmt(c.partitions)} partitions)`,
          c.partitions * H
        ),
        book.item('msk.serverless.inGB', 'Data in', inGB),
        book.item('msk.serverless.outGB', `Data out (${outgoing.length} consumer(s))`, outGB),
        book.item(
          'msk.serverless.storageGBMonth',
          `Storage (${fmt(c.retentionHours)} h retention)`,
          retainedGB
        )
      ],
      () => [
        `One cluster and ${fmt(c.partitions)} partitions × ${H} h.`,
        `Data in = ${fmt(throughput.inMBps, 3)} MB/s on average = ${fmt(inGB)} GiB/month; data out = ${fmt(outMBps, 3)} MB/s read by consumers = ${fmt(outGB)} GiB/month.`,
        `Storage = ${fmt(throughput.inMBps, 3)} MB/s × ${fmt(c.retentionHours)} h retention = ${fmt(retainedGB)} GiB.`
      ],
      'Serverless'
    )
  }
  if (c.brokerType.startsWith('express.')) {
    return sized(
      { brokers: c.brokers },
      [
        book.item(
          `msk.broker.${c.brokerType}` as PriceId,
          `${c.brokerType} broker hours`,
          c.brokers * H
        ),
        book.item('msk.express.writtenGB', 'Data written', inGB),
        book.item(
          'msk.express.storageGBMonth',
          `Storage (${fmt(c.retentionHours)} h retention)`,
          retainedGB
        )
      ],
      () => [
        `${c.brokers} × ${c.brokerType} brokers × ${H} h; AWS publishes no per-broker throughput in the sources Pipewright has, so size brokers with the MSK sizing guide.`,
        `Data written = ${fmt(throughput.inMBps, 3)} MB/s on average = ${fmt(inGB)} GB/month; storage = ${fmt(throughput.inMBps, 3)} MB/s × ${fmt(c.retentionHours)} h retention = ${fmt(retainedGB)} GB, counted once, not per replica.`
      ],
      `${c.brokers} brokers`
    )
  }
  return sized(
    { brokers: c.brokers },
    [
      book.item(
        `msk.broker.${c.brokerType}` as PriceId,
        `${c.brokerType} broker hours`,
        c.brokers * H
      ),
      book.item('msk.storageGBMonth', 'Broker storage', c.brokers * c.storageGBPerBroker)
    ],
    () => [
      `${c.brokers} × ${c.brokerType} brokers × ${H} h; AWS publishes no per-broker throughput, so size brokers with the MSK sizing guide.`
    ],
    `${c.brokers} brokers`
  )
}

export const sqs: Sizer = ({ config, book, throughput }) => {
  const c = config as ServiceConfigOf<'sqs'>
  const chunks = Math.max(
    1,
    ceilUnits(
      averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps) / M.requestChunkKB.value
    )
  )
  const perSecond = throughput.inRecordsPerSecond * M.sqsRequestsPerMessage.value * chunks
  const millions = (perSecond * secondsPerMonth(book.hoursPerMonth)) / 1e6
  const id = c.queueType === 'fifo' ? 'sqs.fifoRequestsMillion' : 'sqs.standardRequestsMillion'
  return sized(
    { requestsPerSecond: perSecond },
    [book.item(id, `${c.queueType === 'fifo' ? 'FIFO' : 'Standard'} queue requests`, millions)],
    () => [
      `Requests = ${fmt(throughput.inRecordsPerSecond)} messages/s × ${M.sqsRequestsPerMessage.value} (send, receive, delete) × ${chunks} 64 KB chunk(s) = ${fmt(perSecond)}/s.`
    ]
  )
}

export const sns: Sizer = ({ book, throughput, outgoing }) => {
  const chunks = Math.max(
    1,
    ceilUnits(
      averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps) / M.requestChunkKB.value
    )
  )
  const S = secondsPerMonth(book.hoursPerMonth)
  const publishes = throughput.inRecordsPerSecond * chunks
  const items = [book.item('sns.publishMillion', 'Publish requests', (publishes * S) / 1e6)]
  const toFirehose = outgoing.filter((o) => o.to.service === 'kinesis-firehose').length
  if (toFirehose > 0)
    items.push(
      book.item(
        'sns.firehoseDeliveriesMillion',
        'Deliveries to Firehose',
        (toFirehose * throughput.inRecordsPerSecond * S) / 1e6
      )
    )
  return sized({ publishesPerSecond: publishes }, items, () => [
    'Deliveries to SQS and Lambda subscribers are not charged by SNS.'
  ])
}

export const videoStreams: Sizer = ({ config, book, throughput, outgoing }) => {
  const c = config as ServiceConfigOf<'kinesis-video-streams'>
  const ingestGB = gbPerMonth(throughput.inMBps, book.hoursPerMonth)
  const storedGB = (throughput.inMBps * 3600 * c.retentionHours) / 1024
  return sized(
    { ingestGBPerMonth: ingestGB },
    [
      book.item('kvs.ingestGB', 'Video ingested', ingestGB),
      book.item('kvs.storageGBMonth', 'Video stored', storedGB),
      book.item(
        'kvs.consumedGB',
        `Video consumed by ${outgoing.length} consumer(s)`,
        outgoing.length * ingestGB
      )
    ],
    () => [
      `${fmt(ingestGB)} GB/month ingested; ${c.retentionHours} h retention keeps ${fmt(storedGB)} GB.`
    ]
  )
}

export const dynamodbStreams: Sizer = ({ incoming }) => {
  // DynamoDB Streams shards follow the table's partitions; Lambda reads from them at no charge.
  const shards = incoming.reduce((n, i) => n + (i.fromSizing?.capacity.partitions ?? 0), 0)
  return sized({ shards: Math.max(1, shards) }, [], () => [
    "Reads by Lambda triggers are not charged; shards follow the table's partitions."
  ])
}

/** Billed chunks per event or request: EventBridge counts each 64 KB of payload as one. */
function eventChunks(recordsPerSecond: number, mbps: number): number {
  return Math.max(1, ceilUnits(averageRecordKB(recordsPerSecond, mbps) / E.eventChunkKB.value))
}

/**
 * Services whose events reach the default bus as AWS service events, which are free (see the
 * note of eventbridge.customEventsMillion); of the services that feed EventBridge on the canvas,
 * only S3 sends AWS service events. Everything else publishes custom events with PutEvents.
 */
const AWS_SERVICE_EVENT_SOURCES: ReadonlySet<string> = new Set(['s3'])

export const eventBridge: Sizer = ({ book, incoming, outgoing }) => {
  let customPerSecond = 0
  const free = new Set<string>()
  for (const i of incoming) {
    if (AWS_SERVICE_EVENT_SOURCES.has(i.from.service)) free.add(i.from.service)
    else
      customPerSecond += i.flow.recordsPerSecond * eventChunks(i.flow.recordsPerSecond, i.flow.mbps)
  }
  const millions = (customPerSecond * secondsPerMonth(book.hoursPerMonth)) / 1e6
  const items =
    customPerSecond > 0 || free.size === 0
      ? [book.item('eventbridge.customEventsMillion', 'Custom events published', millions)]
      : []
  const toHttp = outgoing.some((o) => o.to.service === 'http-endpoint')
  return sized({ billedEventsPerSecond: customPerSecond }, items, () => [
    `Custom events = events published × ${E.eventChunkKB.value} KB chunks = ${fmt(customPerSecond)}/s; rules and deliveries to AWS targets are not charged.`,
    ...(free.size > 0
      ? ['Events from Amazon S3 reach the default bus as AWS service events: free.']
      : []),
    ...(toHttp
      ? [
          'Deliveries to an HTTP endpoint go through API destinations, which are billed separately and not priced here.'
        ]
      : [])
  ])
}

export const pipes: Sizer = ({ book, throughput }) => {
  const chunks = eventChunks(throughput.inRecordsPerSecond, throughput.inMBps)
  const perSecond = throughput.inRecordsPerSecond * chunks
  const millions = (perSecond * secondsPerMonth(book.hoursPerMonth)) / 1e6
  return sized(
    { pipeRequestsPerSecond: perSecond },
    [book.item('eventbridge.pipesRequestsMillion', 'Pipe requests', millions)],
    () => [
      `Requests = ${fmt(throughput.inRecordsPerSecond)} events/s × ${chunks} ${E.eventChunkKB.value} KB chunk(s) = ${fmt(perSecond)}/s, taking every event to pass the pipe's filter.`,
      'Enrichment and the target are billed by their own services.'
    ]
  )
}
