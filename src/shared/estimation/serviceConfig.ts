import { z } from 'zod'
import type { ServiceId } from '../catalog/services'
import { FIREHOSE_DEFAULT_RECORDS_PER_REQUEST } from './assumptions'

/**
 * What a user is asked about each service, as zod schemas with defaults. The inspector builds its
 * form from these (label, unit and help come from `.meta()`), and the estimator reads a node's
 * config through them, so a bad value is refused with zod's reason and a missing one gets its
 * default.
 */
export type FieldMeta = {
  label: string
  unit?: string
  help?: string
  /** How a choice's options read in the inspector, where the value alone is not words. */
  optionLabels?: Readonly<Record<string, string>>
  [key: string]: unknown
}

function num(meta: FieldMeta, defaultValue: number, min: number, max: number, integer = false) {
  const base = integer ? z.number().int() : z.number()
  return base.min(min).max(max).default(defaultValue).meta(meta)
}

function optionalNum(meta: FieldMeta, min: number, max: number, integer = false) {
  const base = integer ? z.number().int() : z.number()
  return base.min(min).max(max).optional().meta(meta)
}

function choice<const T extends readonly [string, ...string[]]>(
  meta: FieldMeta,
  options: T,
  defaultValue: T[number]
) {
  return z
    .enum(options)
    .default(defaultValue as never)
    .meta(meta)
}

const MAX_RATE = 100_000_000

const streamTraffic = {
  recordsPerSecond: num(
    { label: 'Records per second', unit: 'records/s', help: 'Average rate this source produces.' },
    100,
    0,
    MAX_RATE
  ),
  peakRecordsPerSecond: optionalNum(
    {
      label: 'Peak records per second',
      unit: 'records/s',
      help: 'The busiest rate; shards and other provisioned capacity are sized for it. Empty: the average.'
    },
    0,
    MAX_RATE
  ),
  recordSizeKB: num(
    { label: 'Average record size', unit: 'KB', help: '1 KB = 1,024 bytes.' },
    1,
    0.001,
    102_400
  )
}

const batchTraffic = {
  gbPerDay: num(
    { label: 'Data per day', unit: 'GB/day', help: 'Batch volume, spread evenly over the day.' },
    10,
    0,
    10_000_000
  ),
  recordSizeKB: num({ label: 'Average record size', unit: 'KB' }, 1, 0.001, 102_400)
}

const transform = {
  outputRatio: num(
    {
      label: 'Output records per input record',
      help: '0.1 keeps one record in ten (filter); 1 passes everything.'
    },
    1,
    0,
    100
  ),
  outputRecordSizeKB: optionalNum(
    { label: 'Output record size', unit: 'KB', help: 'Leave empty to keep the input size.' },
    0.001,
    102_400
  )
}

const enteredCost = {
  monthlyCostUSD: num(
    {
      label: 'Your monthly cost',
      unit: 'USD',
      help: 'Pipewright has no list price for this service yet; enter your own estimate.'
    },
    0,
    0,
    100_000_000
  )
}

/** Snowflake and HTTP endpoints are billed by whoever runs them, not at an AWS list price. */
const partnerCost = {
  monthlyCostUSD: num(
    {
      label: 'Your monthly cost',
      unit: 'USD',
      help: 'Not an AWS charge: billed by the provider or whoever runs the endpoint; enter your own estimate.'
    },
    0,
    0,
    100_000_000
  )
}

const ec2Hosted = {
  instances: num(
    {
      label: 'EC2 instances (m5.xlarge)',
      help: 'Instances running this application; 0 if it runs elsewhere.'
    },
    1,
    0,
    10_000,
    true
  )
}

export const SERVICE_CONFIG = {
  'producer-app': z.object({
    ...streamTraffic,
    kplAggregation: z.boolean().default(false).meta({
      label: 'KPL aggregation',
      help: 'The Kinesis Producer Library packs small user records into each Kinesis record (up to 50 KiB, or what 100 ms brings): fewer records for the shards and PUT payload units to count.'
    })
  }),
  'kinesis-agent': z.object({ ...streamTraffic }),
  'iot-devices': z.object({ ...streamTraffic }),
  'cloudwatch-logs': z.object({ ...streamTraffic }),
  snowball: z.object({ ...batchTraffic }),
  datasync: z.object({ ...batchTraffic }),
  'on-prem-database': z.object({ ...batchTraffic }),
  dms: z.object({
    ...batchTraffic,
    gbPerDay: num(
      {
        label: 'Data per day (full load or CDC)',
        unit: 'GB/day',
        help: 'Used only when nothing feeds DMS on the canvas.'
      },
      10,
      0,
      10_000_000
    ),
    instanceClass: choice(
      { label: 'Replication instance' },
      ['dms.t2.micro', 'dms.t3.medium'],
      'dms.t3.medium'
    ),
    storageGB: num({ label: 'Replication storage', unit: 'GB' }, 50, 0, 6144)
  }),
  'iot-core': z.object({}),
  'api-gateway': z.object({
    apiType: choice(
      {
        label: 'API type',
        help: 'REST APIs can call any AWS service action; HTTP APIs cost less per request and integrate with fewer services.'
      },
      ['rest', 'http'],
      'rest'
    )
  }),

  'kinesis-data-streams': z.object({
    capacityMode: choice(
      {
        label: 'Capacity mode',
        help: 'On-demand Advantage is an account setting per Region: no stream-hour charge, lower data rates, a 25 MiB/s commitment.',
        optionLabels: {
          provisioned: 'provisioned',
          'on-demand': 'on-demand Standard',
          'on-demand-advantage': 'On-demand Advantage'
        }
      },
      ['provisioned', 'on-demand', 'on-demand-advantage'],
      'provisioned'
    ),
    retentionHours: num(
      { label: 'Retention', unit: 'hours', help: '24 to 8,760 (365 days).' },
      24,
      24,
      8760,
      true
    ),
    maxRecordSizeKB: num(
      {
        label: 'Maximum record size',
        unit: 'KiB',
        help: "The stream's MaxRecordSizeInKiB: 1,024 (1 MiB) by default, up to 10,240 (10 MiB)."
      },
      1024,
      1024,
      10_240,
      true
    ),
    shards: optionalNum(
      { label: 'Fixed shard count', help: 'Leave empty to size from traffic.' },
      1,
      100_000,
      true
    )
  }),
  'kinesis-firehose': z.object({
    compression: choice(
      { label: 'Compression (S3 delivery)' },
      ['none', 'gzip', 'snappy', 'zip'],
      'none'
    ),
    formatConversion: choice(
      { label: 'Record format conversion' },
      ['none', 'parquet', 'orc'],
      'none'
    ),
    bufferSizeMB: num(
      {
        label: 'Buffer size',
        unit: 'MB',
        help: 'Whole MiB, 1 to 128 (Firehose API BufferingHints.SizeInMBs).'
      },
      5,
      1,
      128,
      true
    ),
    bufferIntervalSeconds: num({ label: 'Buffer interval', unit: 's' }, 300, 0, 900, true),
    recordsPerRequest: optionalNum(
      {
        label: 'Records per request (Direct PUT)',
        unit: 'records',
        help: `How many records producers send per PutRecordBatch call (at most 500); 1 if they call PutRecord per record. Empty: ${FIREHOSE_DEFAULT_RECORDS_PER_REQUEST}, or 1 from an IoT rule (its Firehose action calls PutRecord unless batchMode is on). Checked against the 2,000 requests/s quota.`
      },
      1,
      500,
      true
    )
  }),
  'kinesis-data-analytics': z.object({
    kpus: num(
      {
        label: 'KPUs',
        help: '1 KPU = 1 vCPU and 4 GB of memory; one more is added for orchestration.'
      },
      2,
      1,
      10_000,
      true
    ),
    ...transform
  }),
  'kinesis-video-streams': z.object({
    retentionHours: num({ label: 'Retention', unit: 'hours' }, 24, 0, 87_600)
  }),
  msk: z.object({
    deployment: choice(
      {
        label: 'Deployment',
        help: 'Provisioned brokers (Standard or Express), or MSK Serverless: billed per cluster-hour, partition-hour and GiB in and out.'
      },
      ['provisioned', 'serverless'],
      'provisioned'
    ),
    brokerType: choice(
      {
        label: 'Broker type (provisioned)',
        help: 'express.* brokers have pay-as-you-go storage, billed on the data retained, plus a charge per GB written.'
      },
      ['kafka.t3.small', 'kafka.m5.large', 'kafka.m7g.large', 'express.m7g.large'],
      'kafka.m5.large'
    ),
    brokers: num(
      {
        label: 'Brokers (provisioned)',
        help: 'Usually a multiple of the number of Availability Zones (2 or 3; Express brokers: 3).'
      },
      3,
      1,
      300,
      true
    ),
    storageGBPerBroker: num(
      { label: 'Storage per broker (Standard brokers)', unit: 'GB' },
      100,
      1,
      16_384
    ),
    retentionHours: num(
      {
        label: 'Retention (Express, Serverless)',
        unit: 'hours',
        help: "How long data is kept; the stored GB are priced from it. 168 h is Kafka's default log.retention.hours."
      },
      168,
      1,
      87_600
    ),
    partitions: num(
      {
        label: 'Partitions (Serverless)',
        help: 'Every partition of every topic, billed per partition-hour.'
      },
      100,
      1,
      120_000,
      true
    )
  }),
  sqs: z.object({
    queueType: choice({ label: 'Queue type' }, ['standard', 'fifo'], 'standard')
  }),
  sns: z.object({}),
  'dynamodb-streams': z.object({}),
  eventbridge: z.object({}),
  'eventbridge-pipes': z.object({}),

  lambda: z.object({
    memoryMB: num({ label: 'Memory', unit: 'MB' }, 512, 128, 10_240, true),
    avgDurationMs: num({ label: 'Average duration', unit: 'ms' }, 100, 1, 900_000),
    batchSize: optionalNum(
      {
        label: 'Batch size (stream and queue sources)',
        unit: 'records',
        help: "Empty: AWS's default for the source, 100 for Kinesis, DynamoDB Streams and MSK, 10 for SQS."
      },
      1,
      10_000,
      true
    ),
    parallelizationFactor: num(
      {
        label: 'Parallelization factor',
        help: 'Concurrent batches per shard for Kinesis and DynamoDB Streams sources (1-10).'
      },
      1,
      1,
      10,
      true
    ),
    maximumBatchingWindowSeconds: optionalNum(
      {
        label: 'Maximum batching window',
        unit: 's',
        help: "How long Lambda gathers records before invoking (0-300 s). Empty: AWS's default, 0 s for streams and SQS, 0.5 s for MSK and Kafka."
      },
      0,
      300,
      true
    ),
    ...transform
  }),
  'kcl-app': z.object({
    ...ec2Hosted,
    checkpointIntervalSeconds: num(
      {
        label: 'Checkpoint interval',
        unit: 's',
        help: 'How often your record processor checkpoints each shard: your code decides (the KCL samples use 60 s). Sizes the lease table.'
      },
      60,
      1,
      86_400
    )
  }),
  'kinesis-connector-library': z.object({ ...ec2Hosted }),
  emr: z.object({
    instances: num(
      { label: 'Instances (m5.xlarge)', help: 'Primary, core and task nodes together.' },
      3,
      1,
      10_000,
      true
    ),
    hoursPerDay: num({ label: 'Running hours per day', unit: 'h' }, 24, 0, 24),
    ...transform
  }),
  'glue-crawler': z.object({
    runsPerDay: num({ label: 'Runs per day' }, 1, 0, 1440),
    minutesPerRun: num({ label: 'Minutes per run', unit: 'min' }, 10, 0, 1440),
    dpus: num({ label: 'DPUs per run' }, 2, 1, 1000)
  }),
  'glue-data-catalog': z.object({
    objects: num({ label: 'Tables, partitions and other objects' }, 1000, 0, 1_000_000_000, true),
    requestsPerMonth: num({ label: 'Catalog requests per month' }, 100_000, 0, 1e12, true)
  }),
  'glue-etl': z.object({
    dpus: num({ label: 'DPUs' }, 10, 2, 1000),
    hoursPerDay: num(
      { label: 'Job hours per day', unit: 'h', help: '24 for a streaming job.' },
      1,
      0,
      24
    ),
    runsPerDay: num(
      {
        label: 'Runs per day',
        help: 'Scheduled runs of a batch job (its hours per day are spread over them); 0 for on demand.'
      },
      1,
      0,
      1440
    ),
    outputFormat: choice({ label: 'Output format' }, ['same', 'parquet', 'orc'], 'same')
  }),
  'glue-databrew': z.object({
    nodes: num({ label: 'Nodes per job' }, 5, 1, 1000, true),
    hoursPerDay: num({ label: 'Job hours per day', unit: 'h' }, 1, 0, 24)
  }),
  batch: z.object({ ...enteredCost }),
  'step-functions': z.object({
    executionsPerDay: num({ label: 'Executions per day' }, 1000, 0, 1e9),
    transitionsPerExecution: num({ label: 'State transitions per execution' }, 10, 1, 100_000)
  }),
  'data-pipeline': z.object({ ...enteredCost }),
  mwaa: z.object({
    environmentClass: choice(
      { label: 'Environment class', help: 'Billed for every hour the environment exists.' },
      ['mw1.small', 'mw1.medium', 'mw1.large'],
      'mw1.small'
    )
  }),
  'opensearch-ingestion': z.object({
    monthlyCostUSD: num(
      {
        label: 'Your monthly cost',
        unit: 'USD',
        help: 'Leave 0 to price Ingestion OCU-hours at the (third-party) list price; a value here replaces that estimate.'
      },
      0,
      0,
      100_000_000
    )
  }),

  s3: z.object({
    storageClass: choice({ label: 'Storage class' }, ['standard', 'standard-ia'], 'standard'),
    retentionDays: num({ label: 'Days data is kept', unit: 'days' }, 30, 1, 36_500),
    averageObjectSizeMB: num(
      {
        label: 'Average object size',
        unit: 'MB',
        help: 'Firehose writes one object per buffer (5 MB by default).'
      },
      5,
      0.001,
      5_000_000
    ),
    getsPerDay: num({ label: 'GET requests per day' }, 0, 0, 1e12)
  }),
  dynamodb: z.object({
    capacityMode: choice({ label: 'Capacity mode' }, ['on-demand', 'provisioned'], 'on-demand'),
    readsPerSecond: num(
      {
        label: 'Reads per second',
        unit: 'reads/s',
        help: 'Average; on-demand read request units are priced at it.'
      },
      0,
      0,
      MAX_RATE
    ),
    peakReadsPerSecond: optionalNum(
      {
        label: 'Peak reads per second',
        unit: 'reads/s',
        help: 'The busiest read rate; provisioned RCU are sized for it. Empty: the average.'
      },
      0,
      MAX_RATE
    ),
    readConsistency: choice(
      {
        label: 'Read consistency',
        help: 'Per 4 KB read: eventual ½ unit, strong 1, transactional (TransactGetItems) 2.'
      },
      ['eventual', 'strong', 'transactional'],
      'eventual'
    ),
    readItemSizeKB: optionalNum(
      { label: 'Size of an item read', unit: 'KB', help: 'Empty: the size of the items written.' },
      0.001,
      400
    ),
    writeMode: choice(
      {
        label: 'Writes',
        help: 'Transactional writes (TransactWriteItems) use 2 write units per KB instead of 1.'
      },
      ['standard', 'transactional'],
      'standard'
    ),
    storageGB: num({ label: 'Table size', unit: 'GB' }, 10, 0, 1e9)
  }),
  rds: z.object({ ...enteredCost }),
  redshift: z.object({
    deployment: choice({ label: 'Deployment' }, ['provisioned', 'serverless'], 'provisioned'),
    nodeType: choice(
      { label: 'Node type' },
      ['dc2.large', 'ra3.xlplus', 'ra3.4xlarge', 'ra3.16xlarge'],
      'ra3.xlplus'
    ),
    nodes: num({ label: 'Nodes' }, 2, 1, 128, true),
    managedStorageGB: num({ label: 'Managed storage (RA3, Serverless)', unit: 'GB' }, 100, 0, 1e9),
    serverlessRpus: num({ label: 'Serverless base capacity', unit: 'RPU' }, 8, 4, 1024, true),
    serverlessHoursPerDay: num({ label: 'Serverless active hours per day', unit: 'h' }, 8, 0, 24),
    streamingRefreshSeconds: num(
      {
        label: 'Streaming ingestion refresh interval',
        unit: 's',
        help: 'How often a streaming materialized view is refreshed from Kinesis or MSK. AWS publishes no interval for AUTO REFRESH; 60 s is an assumption.'
      },
      60,
      0,
      86_400
    )
  }),
  'redshift-spectrum': z.object({
    queriesPerDay: num({ label: 'Queries per day' }, 50, 0, 1e9),
    dataScannedGBPerQuery: num({ label: 'Data scanned per query', unit: 'GB' }, 10, 0, 1e9)
  }),
  opensearch: z.object({
    instanceType: choice(
      { label: 'Instance type' },
      ['t3.small.search', 'r6g.large.search'],
      'r6g.large.search'
    ),
    instances: num({ label: 'Data instances' }, 2, 1, 1000, true),
    storageGBPerInstance: num({ label: 'gp3 storage per instance', unit: 'GB' }, 100, 10, 100_000)
  }),
  elasticache: z.object({ ...enteredCost }),
  documentdb: z.object({ ...enteredCost }),
  timestream: z.object({ ...enteredCost }),
  hbase: z.object({ ...enteredCost }),
  's3-tables': z.object({ ...enteredCost }),

  athena: z.object({
    queriesPerDay: num({ label: 'Queries per day' }, 100, 0, 1e9),
    dataScannedGBPerQuery: num(
      {
        label: 'Data scanned per query',
        unit: 'GB',
        help: 'Partitioning and columnar formats cut this.'
      },
      1,
      0,
      1e9
    )
  }),
  quicksight: z.object({
    authors: num({ label: 'Authors' }, 1, 0, 100_000, true),
    readers: num({ label: 'Readers' }, 5, 0, 1_000_000, true),
    spiceRefreshesPerDay: num(
      {
        label: 'SPICE refreshes per day',
        help: '24 is hourly, the most frequent full refresh; up to 96 (every 15 minutes) for incremental refreshes; 0 for direct query.'
      },
      24,
      0,
      96,
      true
    )
  }),
  sagemaker: z.object({ ...enteredCost }),
  'rekognition-video': z.object({ ...enteredCost }),
  cloudsearch: z.object({ ...enteredCost }),
  splunk: z.object({ ...enteredCost }),
  'machine-learning': z.object({ ...enteredCost }),
  snowflake: z.object({ ...partnerCost }),
  'http-endpoint': z.object({ ...partnerCost }),
  kms: z.object({ ...enteredCost }),
  cloudhsm: z.object({ ...enteredCost }),
  'lake-formation': z.object({ ...enteredCost })
} as const satisfies Record<ServiceId, z.ZodObject>

export type ServiceConfigOf<S extends ServiceId> = z.output<(typeof SERVICE_CONFIG)[S]>

/** Mechanism ids are short slugs; this only bounds what a file may name. */
const MAX_MECHANISM_ID_LENGTH = 100

/**
 * Edge settings. `mechanism` names which documented mechanism the edge is when several connect
 * the pair (a KCL application's lease table or its data writes); without it the pair's default
 * applies. The validator reads it as a string and warns when it does not connect the pair.
 */
export const EDGE_CONFIG = z.object({
  enhancedFanOut: z.boolean().default(false).meta({
    label: 'Enhanced fan-out',
    help: 'A dedicated 2 MB/s per shard for this consumer (Lambda, KCL, Managed Flink).'
  }),
  mechanism: z.string().min(1).max(MAX_MECHANISM_ID_LENGTH).optional().meta({
    label: 'Mechanism',
    help: 'How the two services connect, when AWS documents more than one way; empty for the most common one.'
  })
})

/** `error` names the setting by its key (as in the file); `message` by its label (as in the inspector). */
export type ConfigReadResult<T> = { value: T; error?: string; message?: string }

/** A node's config with defaults filled in; an invalid value is reported and its default used. */
export function readServiceConfig<S extends ServiceId>(
  service: S,
  config: unknown
): ConfigReadResult<ServiceConfigOf<S>> {
  const schema = SERVICE_CONFIG[service] as unknown as z.ZodType<ServiceConfigOf<S>>
  const parsed = schema.safeParse(config ?? {})
  if (parsed.success) return { value: parsed.data }
  const issue = parsed.error.issues[0]!
  const key = issue.path.join('.')
  const refused = new Set(parsed.error.issues.map((i) => String(i.path[0])))
  const cleaned = Object.fromEntries(
    Object.entries((config ?? {}) as Record<string, unknown>).filter(([key]) => !refused.has(key))
  )
  const fallback = schema.safeParse(cleaned)
  const field = (SERVICE_CONFIG[service] as z.ZodObject).shape[String(issue.path[0])] as
    z.ZodType | undefined
  const label = (field?.meta() as FieldMeta | undefined)?.label ?? 'A setting'
  return {
    value: fallback.success ? fallback.data : schema.parse({}),
    error: `${key}: ${issue.message}`,
    message: `${label}: ${issue.message}`
  }
}

/** Each service's defaults, read once: most nodes have no settings of their own. */
const DEFAULTS = new Map<ServiceId, ConfigReadResult<unknown>>()
/**
 * The last reading of each config object; a diagram is immutable, so its config objects are too.
 * A cache private to this file (nothing else fills or reads it), unlike the per-version index.
 */
const READ = new WeakMap<object, { service: ServiceId; result: ConfigReadResult<unknown> }>()

/**
 * readServiceConfig, remembered: a node without settings shares its service's defaults, and a
 * config object is parsed once however often the diagram around it is estimated (every edit
 * re-estimates the whole diagram). The value is shared, so callers must not change it.
 */
export function readServiceConfigCached<S extends ServiceId>(
  service: S,
  config: unknown
): ConfigReadResult<ServiceConfigOf<S>> {
  if (config === undefined) {
    let result = DEFAULTS.get(service)
    if (!result) {
      result = readServiceConfig(service, undefined)
      DEFAULTS.set(service, result)
    }
    return result as ConfigReadResult<ServiceConfigOf<S>>
  }
  if (config === null || typeof config !== 'object') return readServiceConfig(service, config)
  const cached = READ.get(config)
  if (cached && cached.service === service)
    return cached.result as ConfigReadResult<ServiceConfigOf<S>>
  const result = readServiceConfig(service, config)
  READ.set(config, { service, result })
  return result
}
