import {
  ANALYTICS_LIMITS as A,
  API_AND_EVENT_LIMITS as E,
  KCL_DEFAULTS as KCL,
  MESSAGING_LIMITS as M,
  OPENSEARCH_INGESTION_LIMITS as OSI,
  S3_LIMITS as S3
} from '../../catalog/limits'
import { enteredCostItem, type LineItem } from '../pricing/priceBook'
import type { Figures } from '../figureLabels'
import type { PriceId } from '../../catalog/priceIds'
import type { ServiceConfigOf } from '../serviceConfig'
import { DAYS_PER_MONTH, gbPerMonth, secondsPerMonth, SECONDS_PER_DAY } from '../units'
import {
  averageRecordKB,
  ceilUnits,
  emptySizing,
  fmt,
  tieredItems,
  type NodeSizing,
  type SizingContext
} from './types'
import { objectsPerSecond } from '../objectRate'

type Sizer = (ctx: SizingContext) => NodeSizing

function sized(
  capacity: Figures,
  lineItems: LineItem[],
  explain: () => string[],
  badge?: string
): NodeSizing {
  // The badge goes in the literal (undefined when there is none): adding it afterwards gives
  // every sized node an out-of-object property store.
  return { capacity, lineItems, explain, problems: [], badge }
}

const msk: Sizer = ({ config, book, throughput, outgoing }) => {
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

const sqs: Sizer = ({ config, book, throughput }) => {
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

const sns: Sizer = ({ book, throughput, outgoing }) => {
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

/** IoT Core messaging tiers: the month's first billion messages, the next four billion, then the rest. */
function tieredMessages(book: SizingContext['book'], millions: number, label: string): LineItem[] {
  return tieredItems(book, millions, label, [
    { price: 'iot.messagesMillion', size: M.iotMessageTier1Million.value },
    {
      price: 'iot.messagesMillionTier2',
      size: M.iotMessageTier2Million.value,
      suffix: ', next 4 billion'
    },
    { price: 'iot.messagesMillionTier3', suffix: ', beyond 5 billion' }
  ])
}

const iotCore: Sizer = ({ book, throughput, outgoing }) => {
  const increments = Math.max(
    1,
    ceilUnits(
      averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps) /
        M.iotMessageIncrementKB.value
    )
  )
  const S = secondsPerMonth(book.hoursPerMonth)
  const messages = throughput.inRecordsPerSecond * increments
  const items = tieredMessages(
    book,
    (messages * S) / 1e6,
    `Messages (metered in ${M.iotMessageIncrementKB.value} KB)`
  )
  if (outgoing.length > 0) {
    items.push(
      book.item(
        'iot.rulesTriggeredMillion',
        'Rules triggered',
        (throughput.inRecordsPerSecond * S) / 1e6
      )
    )
    items.push(
      book.item(
        'iot.actionsMillion',
        `Rule actions (${outgoing.length} per message)`,
        (outgoing.length * throughput.inRecordsPerSecond * S) / 1e6
      )
    )
  }
  return sized({ messagesPerSecond: messages }, items, () => [
    `${fmt(throughput.inRecordsPerSecond)} messages/s, each metered in ${M.iotMessageIncrementKB.value} KB increments.`
  ])
}

const s3: Sizer = (ctx) => {
  const { config, book, throughput } = ctx
  const c = config as ServiceConfigOf<'s3'>
  const storedGB = (throughput.inMBps * SECONDS_PER_DAY * c.retentionDays) / 1024
  const putsPerSecond = objectsPerSecond(
    ctx.incoming.map((i) => ({ service: i.from.service, config: i.fromConfig, flow: i.flow })),
    c.averageObjectSizeMB
  )
  const storage =
    c.storageClass === 'standard'
      ? tieredItems(book, storedGB, 'Storage (standard)', [
          { price: 's3.standardGBMonth', size: S3.standardTier1GB.value },
          {
            price: 's3.standardGBMonthTier2',
            size: S3.standardTier2GB.value,
            suffix: ', next 450 TB'
          },
          { price: 's3.standardGBMonthTier3', suffix: ', beyond 500 TB' }
        ])
      : [book.item('s3.standardIaGBMonth', 'Storage (standard-ia)', storedGB)]
  const items = [
    ...storage,
    book.item(
      's3.putThousand',
      'PUT requests',
      (putsPerSecond * secondsPerMonth(book.hoursPerMonth)) / 1000
    )
  ]
  if (c.getsPerDay > 0)
    items.push(book.item('s3.getThousand', 'GET requests', (c.getsPerDay * DAYS_PER_MONTH) / 1000))
  return sized(
    { storedGB, putsPerSecond },
    items,
    () => [
      `Stored = ${fmt(throughput.inMBps, 3)} MB/s × ${c.retentionDays} days = ${fmt(storedGB)} GB at steady state.`,
      `PUTs = ${fmt(putsPerSecond, 3)}/s: a Firehose writer puts one object per buffer (size or interval, whichever comes first); other writers ${c.averageObjectSizeMB} MB objects.`,
      ...(c.storageClass === 'standard'
        ? [
            "S3 Standard's storage tiers (first 50 TB, next 450 TB, then the rest) count the account's whole Standard storage in the Region; this estimate applies them to this bucket alone."
          ]
        : [])
    ],
    storedGB >= 1024 ? `${fmt(storedGB / 1024, 1)} TB` : `${fmt(storedGB, 0)} GB`
  )
}

function scanned(queriesPerDay: number, gbPerQuery: number): number {
  const billedGB = Math.max(gbPerQuery, A.minScanPerQueryMB.value / 1024)
  return (queriesPerDay * DAYS_PER_MONTH * billedGB) / 1024
}

const athena: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'athena'>
  const tb = scanned(c.queriesPerDay, c.dataScannedGBPerQuery)
  return sized(
    { tbScannedPerMonth: tb },
    [book.item('athena.scannedTB', 'Data scanned', tb)],
    () => [
      `${fmt(c.queriesPerDay)} queries/day × ${fmt(c.dataScannedGBPerQuery)} GB (at least ${A.minScanPerQueryMB.value} MB each) = ${fmt(tb, 3)} TB/month.`
    ]
  )
}

const spectrum: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'redshift-spectrum'>
  const tb = scanned(c.queriesPerDay, c.dataScannedGBPerQuery)
  return sized(
    { tbScannedPerMonth: tb },
    [book.item('redshift.spectrumScannedTB', 'Spectrum data scanned', tb)],
    () => [
      `${fmt(c.queriesPerDay)} queries/day × ${fmt(c.dataScannedGBPerQuery)} GB = ${fmt(tb, 3)} TB/month.`
    ]
  )
}

const crawler: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-crawler'>
  const dpuHours = (c.runsPerDay * c.minutesPerRun * c.dpus * DAYS_PER_MONTH) / 60
  return sized(
    { dpuHoursPerMonth: dpuHours },
    [book.item('glue.crawlerDpuHour', 'Crawler DPU-hours', dpuHours)],
    () => [
      `${c.runsPerDay} run(s)/day × ${c.minutesPerRun} min × ${c.dpus} DPU = ${fmt(dpuHours)} DPU-hours/month.`
    ]
  )
}

const catalog: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-data-catalog'>
  const extraObjects = Math.max(0, c.objects - A.catalogFreeObjects.value)
  const extraRequests = Math.max(0, c.requestsPerMonth - A.catalogFreeRequests.value)
  const items: LineItem[] = []
  if (extraObjects > 0)
    items.push(
      book.item(
        'glue.catalogObjects100k',
        'Objects stored beyond the free million',
        extraObjects / 100_000
      )
    )
  if (extraRequests > 0)
    items.push(
      book.item(
        'glue.catalogRequestsMillion',
        'Requests beyond the free million',
        extraRequests / 1e6
      )
    )
  return sized({ objects: c.objects }, items, () => [
    `The first ${fmt(A.catalogFreeObjects.value)} objects and ${fmt(A.catalogFreeRequests.value)} requests a month are free.`
  ])
}

const glueEtl: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-etl'>
  const dpuHours = c.dpus * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { dpus: c.dpus, dpuHoursPerMonth: dpuHours },
    [book.item('glue.etlDpuHour', 'ETL DPU-hours', dpuHours)],
    () => [`${c.dpus} DPU × ${c.hoursPerDay} h/day = ${fmt(dpuHours)} DPU-hours/month.`],
    `${c.dpus} DPU`
  )
}

const databrew: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'glue-databrew'>
  const nodeHours = c.nodes * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { nodeHoursPerMonth: nodeHours },
    [book.item('glue.databrewNodeHour', 'Job node-hours', nodeHours)],
    () => [`${c.nodes} nodes × ${c.hoursPerDay} h/day = ${fmt(nodeHours)} node-hours/month.`]
  )
}

const redshift: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'redshift'>
  const H = book.hoursPerMonth
  if (c.deployment === 'serverless') {
    const rpuHours = c.serverlessRpus * c.serverlessHoursPerDay * DAYS_PER_MONTH
    return sized(
      { rpus: c.serverlessRpus },
      [
        book.item('redshift.serverlessRpuHour', 'Serverless RPU-hours', rpuHours),
        book.item('redshift.managedStorageGBMonth', 'Managed storage', c.managedStorageGB)
      ],
      () => [
        `${c.serverlessRpus} RPU × ${c.serverlessHoursPerDay} active h/day = ${fmt(rpuHours)} RPU-hours/month.`
      ],
      `${c.serverlessRpus} RPU`
    )
  }
  const items = [
    book.item(`redshift.node.${c.nodeType}` as PriceId, `${c.nodeType} node hours`, c.nodes * H)
  ]
  if (c.nodeType.startsWith('ra3'))
    items.push(book.item('redshift.managedStorageGBMonth', 'Managed storage', c.managedStorageGB))
  return sized(
    { nodes: c.nodes },
    items,
    () => [`${c.nodes} × ${c.nodeType} nodes × ${H} h.`],
    `${c.nodes} × ${c.nodeType}`
  )
}

const emr: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'emr'>
  const hours = c.instances * c.hoursPerDay * DAYS_PER_MONTH
  return sized(
    { instances: c.instances },
    [
      book.item('ec2.m5.xlarge', 'EC2 m5.xlarge instance hours', hours),
      book.item('emr.m5.xlarge', 'EMR charge on m5.xlarge', hours)
    ],
    () => [
      `${c.instances} instances × ${c.hoursPerDay} h/day = ${fmt(hours)} instance-hours/month.`
    ],
    `${c.instances} nodes`
  )
}

const opensearch: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'opensearch'>
  const H = book.hoursPerMonth
  return sized(
    { instances: c.instances },
    [
      book.item(
        `opensearch.instance.${c.instanceType}` as PriceId,
        `${c.instanceType} instance hours`,
        c.instances * H
      ),
      book.item('opensearch.gp3GBMonth', 'gp3 storage', c.instances * c.storageGBPerInstance)
    ],
    () => [`${c.instances} × ${c.instanceType} × ${H} h, ${c.storageGBPerInstance} GB each.`],
    `${c.instances} × ${c.instanceType}`
  )
}

const flink: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'kinesis-data-analytics'>
  const H = book.hoursPerMonth
  const kpus = c.kpus + A.flinkOrchestrationKpus.value
  return sized(
    { kpus: c.kpus },
    [
      book.item(
        'flink.kpuHour',
        `KPU hours (${c.kpus} + ${A.flinkOrchestrationKpus.value} for orchestration)`,
        kpus * H
      ),
      book.item(
        'flink.runningStorageGBMonth',
        'Running application storage',
        c.kpus * A.flinkStorageGBPerKpu.value
      )
    ],
    () => [
      `(${c.kpus} KPU + ${A.flinkOrchestrationKpus.value} orchestration KPU) × ${H} h; ${A.flinkStorageGBPerKpu.value} GB of storage per KPU.`
    ],
    `${c.kpus} KPU`
  )
}

const quicksight: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'quicksight'>
  return sized(
    { authors: c.authors, readers: c.readers },
    [
      book.item('quicksight.authorMonth', 'Authors', c.authors),
      book.item('quicksight.readerMonth', 'Readers', c.readers)
    ],
    () => [`${c.authors} author(s) and ${c.readers} reader(s) a month.`]
  )
}

const videoStreams: Sizer = ({ config, book, throughput, outgoing }) => {
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

const dms: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'dms'>
  return sized(
    {},
    [
      book.item(
        `dms.instance.${c.instanceClass}` as PriceId,
        `${c.instanceClass} replication instance hours`,
        book.hoursPerMonth
      ),
      book.item('dms.storageGBMonth', 'Replication storage', c.storageGB)
    ],
    () => [`One ${c.instanceClass} replication instance, single-AZ.`]
  )
}

const stepFunctions: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'step-functions'>
  const thousands = (c.executionsPerDay * c.transitionsPerExecution * DAYS_PER_MONTH) / 1000
  return sized(
    { transitionsPerMonth: thousands * 1000 },
    [book.item('stepfunctions.transitionsThousand', 'State transitions (Standard)', thousands)],
    () => [`${fmt(c.executionsPerDay)} executions/day × ${c.transitionsPerExecution} transitions.`]
  )
}

const ec2Hosted: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'kinesis-connector-library'>
  if (c.instances === 0)
    return sized({ instances: 0 }, [], () => ['Runs outside this estimate (0 EC2 instances).'])
  return sized(
    { instances: c.instances },
    [book.item('ec2.m5.xlarge', 'EC2 m5.xlarge instance hours', c.instances * book.hoursPerMonth)],
    () => [`${c.instances} × m5.xlarge × ${book.hoursPerMonth} h.`]
  )
}

/**
 * A KCL application: its EC2 hosts, and one lease per shard of the streams it reads, which its
 * lease table (a DynamoDB edge carrying checkpoints) is sized from.
 */
const kclApp: Sizer = (ctx) => {
  const hosted = ec2Hosted(ctx)
  let leases = 0
  for (const i of ctx.incoming) {
    if (i.from.service === 'kinesis-data-streams')
      leases += (i.fromSizing?.capacity.shards ?? 0) * KCL.leasesPerShard.value
  }
  const explainHosts = hosted.explain
  return sized({ ...hosted.capacity, leases }, hosted.lineItems, () => [
    ...explainHosts(),
    `${fmt(leases)} lease(s): one per shard of the Kinesis streams it reads; the lease table is sized from them.`
  ])
}

const dynamodbStreams: Sizer = ({ incoming }) => {
  // DynamoDB Streams shards follow the table's partitions; Lambda reads from them at no charge.
  const shards = incoming.reduce((n, i) => n + (i.fromSizing?.capacity.partitions ?? 0), 0)
  return sized({ shards: Math.max(1, shards) }, [], () => [
    "Reads by Lambda triggers are not charged; shards follow the table's partitions."
  ])
}

/** "333 million", "19 billion": a tier edge as the pricing page says it. */
function millionsText(millions: number): string {
  return millions >= 1000 ? `${fmt(millions / 1000)} billion` : `${fmt(millions)} million`
}

const apiGateway: Sizer = ({ config, book, throughput }) => {
  const c = config as ServiceConfigOf<'api-gateway'>
  const perSecond = throughput.inRecordsPerSecond
  const millions = (perSecond * secondsPerMonth(book.hoursPerMonth)) / 1e6
  const restEdge = E.restTier1Million.value + E.restTier2Million.value + E.restTier3Million.value
  const items =
    c.apiType === 'http'
      ? tieredItems(book, millions, 'HTTP API requests', [
          { price: 'apigateway.httpRequestsMillion', size: E.httpTier1Million.value },
          {
            price: 'apigateway.httpRequestsMillionTier2',
            suffix: `, beyond ${millionsText(E.httpTier1Million.value)}`
          }
        ])
      : tieredItems(book, millions, 'REST API requests', [
          { price: 'apigateway.restRequestsMillion', size: E.restTier1Million.value },
          {
            price: 'apigateway.restRequestsMillionTier2',
            size: E.restTier2Million.value,
            suffix: `, next ${millionsText(E.restTier2Million.value)}`
          },
          {
            price: 'apigateway.restRequestsMillionTier3',
            size: E.restTier3Million.value,
            suffix: `, next ${millionsText(E.restTier3Million.value)}`
          },
          {
            price: 'apigateway.restRequestsMillionTier4',
            suffix: `, beyond ${millionsText(restEdge)}`
          }
        ])
  return sized({ apiRequestsPerSecond: perSecond }, items, () => [
    `One ${c.apiType === 'http' ? 'HTTP' : 'REST'} API request per record: ${fmt(perSecond)} requests/s = ${fmt(millions)} million a month.`,
    'Caching, data transfer and what the integration target charges are not included.'
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

const eventBridge: Sizer = ({ book, incoming, outgoing }) => {
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

const pipes: Sizer = ({ book, throughput }) => {
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

const mwaa: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'mwaa'>
  const H = book.hoursPerMonth
  return sized(
    {},
    [
      book.item(
        `mwaa.environment.${c.environmentClass}` as PriceId,
        `${c.environmentClass} environment hours`,
        H
      )
    ],
    () => [
      `One ${c.environmentClass} environment × ${H} h. Extra workers and schedulers, and the metadata database, are not included.`
    ],
    c.environmentClass
  )
}

const openSearchIngestion: Sizer = ({ config, throughput, book }) => {
  const value = (config as ServiceConfigOf<'opensearch-ingestion'>).monthlyCostUSD
  const H = book.hoursPerMonth
  // The pipeline's maximum capacity is sized for the peak; it bills only the OCUs in use, so the bill follows the average.
  const ocusFor = (mibps: number) =>
    Math.max(OSI.minOcus.value, ceilUnits(mibps / OSI.mibPerSecondPerOcu.value))
  const ocus = ocusFor(Math.max(throughput.peakInMBps, throughput.inMBps))
  const averageOcus = ocusFor(throughput.inMBps)
  const tooMany = ocus > OSI.maxOcusStateless.value
  const items =
    value > 0
      ? [enteredCostItem(value)]
      : [
          book.item(
            'opensearchIngestion.ocuHour',
            `Ingestion OCU-hours (${fmt(averageOcus)} OCU at the average)`,
            averageOcus * H
          )
        ]
  return sized(
    { ocus },
    items,
    () => [
      `About ${ocus} OCU at the peak: ${fmt(throughput.peakInMBps, 3)} MiB/s at roughly ${OSI.mibPerSecondPerOcu.value} MiB/s per OCU, AWS's figure for a simple log pipeline (at least ${OSI.minOcus.value}); set the pipeline's maximum capacity to at least this.`,
      `The pipeline is billed for the OCUs in use: ${fmt(averageOcus)} OCU at the average of ${fmt(throughput.inMBps, 3)} MiB/s × ${H} h.`,
      ...(tooMany
        ? [
            `A stateless pipeline has at most ${OSI.maxOcusStateless.value} OCUs: split the traffic over several pipelines.`
          ]
        : []),
      value > 0
        ? 'The cost is what you entered in its settings, in place of the OCU-hour estimate.'
        : 'The OCU-hour price is from a third-party post (grade C), not an AWS page: check it before you rely on it.'
    ],
    `≈ ${ocus} OCU`
  )
}

/** Snowflake and HTTP endpoints: what their provider bills, as the user enters it. */
const partnerCost: Sizer = ({ config }) => {
  const value = (config as { monthlyCostUSD: number }).monthlyCostUSD
  return sized({}, value > 0 ? [enteredCostItem(value)] : [], () => [
    'Not an AWS charge: the cost is what you enter in its settings, from the provider or whoever runs it.'
  ])
}

const enteredCost: Sizer = ({ config }) => {
  const value = (config as { monthlyCostUSD: number }).monthlyCostUSD
  const out = sized({}, value > 0 ? [enteredCostItem(value)] : [], () => [
    'Pipewright has no list price for this service yet: the cost is what you enter in its settings.'
  ])
  return out
}

const noCost: Sizer = () => emptySizing()

export const OTHER_SIZERS: Record<string, Sizer> = {
  msk,
  sqs,
  sns,
  'iot-core': iotCore,
  s3,
  athena,
  'redshift-spectrum': spectrum,
  'glue-crawler': crawler,
  'glue-data-catalog': catalog,
  'glue-etl': glueEtl,
  'glue-databrew': databrew,
  redshift,
  emr,
  opensearch,
  'kinesis-data-analytics': flink,
  quicksight,
  'kinesis-video-streams': videoStreams,
  dms,
  'step-functions': stepFunctions,
  'kcl-app': kclApp,
  'kinesis-connector-library': ec2Hosted,
  'dynamodb-streams': dynamodbStreams,
  'api-gateway': apiGateway,
  eventbridge: eventBridge,
  'eventbridge-pipes': pipes,
  mwaa,
  'opensearch-ingestion': openSearchIngestion,
  snowflake: partnerCost,
  'http-endpoint': partnerCost,
  's3-tables': enteredCost,
  'lake-formation': enteredCost,
  batch: enteredCost,
  'data-pipeline': enteredCost,
  rds: enteredCost,
  elasticache: enteredCost,
  documentdb: enteredCost,
  timestream: enteredCost,
  hbase: enteredCost,
  sagemaker: enteredCost,
  'rekognition-video': enteredCost,
  cloudsearch: enteredCost,
  splunk: enteredCost,
  'machine-learning': enteredCost,
  kms: enteredCost,
  cloudhsm: enteredCost,
  'producer-app': noCost,
  'kinesis-agent': noCost,
  'iot-devices': noCost,
  'cloudwatch-logs': noCost,
  snowball: noCost,
  datasync: noCost,
  'on-prem-database': noCost
}
