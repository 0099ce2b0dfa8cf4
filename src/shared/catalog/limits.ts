import { awsDoc, seed, type Citation } from './citations'

/**
 * Service quotas the validator reads. One place for each number, with where it comes from and
 * when it was read; rules never repeat these numbers.
 */
export interface Limit {
  value: number
  unit: string
  citation: Citation
  /** When the source was read (ISO date). */
  asOf: string
}

const KDS_LIMITS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  'Kinesis Data Streams quotas and limits'
)

const KDS_LARGE_RECORDS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/large-records.html',
  'Kinesis Data Streams: large records'
)
const KDS_MODES_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
  'Kinesis Data Streams: choosing the capacity mode'
)

export const KINESIS_LIMITS = {
  /** GetRecords calls per shard per second, shared by every classic (shared-throughput) consumer. */
  sharedReadTransactionsPerShard: {
    value: 5,
    unit: 'read transactions/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  /** Registered enhanced fan-out consumers per stream (Standard on-demand and provisioned). */
  enhancedFanOutConsumersPerStream: {
    value: 20,
    unit: 'consumers per stream',
    citation: KDS_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  shardWriteMBps: {
    value: 1,
    unit: 'MB/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  shardWriteRecordsPerSecond: {
    value: 1000,
    unit: 'records/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  shardReadMBps: {
    value: 2,
    unit: 'MB/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  /** A stream's own record-size ceiling (MaxRecordSizeInKiB) when none is set. */
  defaultMaxRecordSizeKB: {
    value: 1024,
    unit: 'KiB per record (default setting)',
    citation: KDS_LARGE_RECORDS_PAGE,
    asOf: '2026-12-01'
  },
  /** The most a stream's MaxRecordSizeInKiB can be raised to: 10 MiB. */
  maxRecordSizeKB: {
    value: 10_240,
    unit: 'KiB per record at most',
    citation: KDS_LARGE_RECORDS_PAGE,
    asOf: '2026-12-01'
  },
  /** Registered enhanced fan-out consumers per stream under On-demand Advantage. */
  advantageEnhancedFanOutConsumersPerStream: {
    value: 50,
    unit: 'consumers per stream (On-demand Advantage)',
    citation: KDS_MODES_PAGE,
    asOf: '2026-12-01'
  },
  /**
   * On-demand Advantage commits the Region's on-demand streams together to at least 25 MiB/s of
   * ingest and 25 MiB/s of retrieval, for at least 24 hours; usage below is billed as if it met it.
   */
  advantageCommitmentMiBps: {
    value: 25,
    unit: 'MiB/s ingest and 25 MiB/s retrieval, per account and Region',
    citation: KDS_MODES_PAGE,
    asOf: '2026-12-01'
  },
  onDemandInitialWriteMBps: {
    value: 4,
    unit: 'MB/s write capacity of a new on-demand stream',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  onDemandInitialWriteRecordsPerSecond: {
    value: 4000,
    unit: 'records/s write capacity of a new on-demand stream',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23'
  },
  /** 10 GB/s in us-east-1, us-west-2 and eu-west-1 (200 MB/s elsewhere). */
  onDemandMaxWriteMBps: {
    value: 10_240,
    unit: 'MB/s per on-demand stream (us-east-1)',
    citation: KDS_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  /** Capacity follows up to 2x the previous 30-day peak; faster growth than that can throttle. */
  onDemandScaleFactor: {
    value: 2,
    unit: 'x the previous peak absorbed without throttling',
    citation: awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html',
      'Kinesis Data Streams: choosing the capacity mode'
    ),
    asOf: '2026-11-23'
  },
  /** PUT payload units are counted in 25 KB chunks (provisioned mode). */
  putPayloadUnitKB: {
    value: 25,
    unit: 'KB per PUT payload unit',
    citation: awsDoc(
      'https://aws.amazon.com/kinesis/data-streams/pricing/',
      'Amazon Kinesis Data Streams pricing'
    ),
    asOf: '2026-11-23'
  },
  /** On-demand ingest is billed per record rounded up to 1 KB. */
  onDemandBillingIncrementKB: {
    value: 1,
    unit: 'KB per record (rounded up)',
    citation: awsDoc(
      'https://aws.amazon.com/kinesis/data-streams/pricing/',
      'Amazon Kinesis Data Streams pricing'
    ),
    asOf: '2026-11-23'
  },
  /** Extended retention (above 24 h) is priced per shard-hour up to 7 days, per GB-month beyond. */
  extendedRetentionMaxHours: {
    value: 168,
    unit: 'hours covered by extended retention',
    citation: awsDoc(
      'https://aws.amazon.com/kinesis/data-streams/pricing/',
      'Amazon Kinesis Data Streams pricing'
    ),
    asOf: '2026-11-23'
  }
} as const satisfies Record<string, Limit>

const KPL_CONCEPTS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/kinesis-kpl-concepts.html',
  'KPL key concepts: aggregation'
)

/**
 * How the Kinesis Producer Library aggregates, at its default settings (AggregationMaxSize and
 * RecordMaxBufferedTime in the KPL's default_config.properties, awslabs/amazon-kinesis-producer).
 * User records bound for the same shard are packed into one Kinesis record until it holds 50 KiB
 * or the oldest has waited 100 ms.
 */
export const KPL_DEFAULTS = {
  aggregationMaxSizeKB: {
    value: 50,
    unit: 'KiB per aggregated Kinesis record (AggregationMaxSize 51,200 bytes)',
    citation: KPL_CONCEPTS_PAGE,
    asOf: '2026-12-01'
  },
  recordMaxBufferedTimeMs: {
    value: 100,
    unit: 'ms a user record waits at most (RecordMaxBufferedTime)',
    citation: KPL_CONCEPTS_PAGE,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const FIREHOSE_LIMITS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/firehose/latest/dev/limits.html',
  'Amazon Data Firehose quota'
)

export const FIREHOSE_LIMITS = {
  /** Direct PUT quota per delivery stream in us-east-1, us-west-2 and eu-west-1 (raised on request). */
  directPutMiBps: {
    value: 5,
    unit: 'MiB/s per stream (Direct PUT, us-east-1)',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  directPutRecordsPerSecond: {
    value: 500_000,
    unit: 'records/s per stream (Direct PUT, us-east-1)',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  /** PutRecord and PutRecordBatch calls together, per stream (Direct PUT, us-east-1); the three quotas scale together. */
  directPutRequestsPerSecond: {
    value: 2000,
    unit: 'requests/s per stream (Direct PUT, us-east-1)',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-12-01'
  },
  /** One PutRecordBatch call takes at most 500 records and 4 MiB in all. */
  putRecordBatchMaxRecords: {
    value: 500,
    unit: 'records per PutRecordBatch call',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-12-01'
  },
  putRecordBatchMaxMiB: {
    value: 4,
    unit: 'MiB per PutRecordBatch call',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-12-01'
  },
  maxRecordSizeKB: {
    value: 1000,
    unit: 'KiB per record',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  /** Ingestion is billed per record rounded up to the next 5 KB. */
  billingIncrementKB: {
    value: 5,
    unit: 'KB per record (rounded up)',
    citation: FIREHOSE_LIMITS_PAGE,
    asOf: '2026-11-23'
  },
  tier1GB: {
    value: 500 * 1024,
    unit: 'GB per month in the first price tier (500 TB)',
    citation: awsDoc('https://aws.amazon.com/firehose/pricing/', 'Amazon Data Firehose pricing'),
    asOf: '2026-11-23'
  },
  tier2GB: {
    value: 1536 * 1024,
    unit: 'GB per month in the second price tier (1.5 PB)',
    citation: awsDoc('https://aws.amazon.com/firehose/pricing/', 'Amazon Data Firehose pricing'),
    asOf: '2026-11-23'
  }
} as const satisfies Record<string, Limit>

const DDB_CAPACITY_PAGE = awsDoc(
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html',
  'DynamoDB read/write capacity mode'
)
const DDB_READ_WRITE_PAGE = awsDoc(
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html',
  'DynamoDB read and write operations'
)
const DDB_WARM_THROUGHPUT_PAGE = awsDoc(
  'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html',
  'DynamoDB warm throughput scenarios (per-partition limits)'
)

export const DYNAMODB_LIMITS = {
  writeUnitKB: {
    value: 1,
    unit: 'KB per write unit',
    citation: DDB_CAPACITY_PAGE,
    asOf: '2026-11-23'
  },
  readUnitKB: {
    value: 4,
    unit: 'KB per read unit',
    citation: DDB_CAPACITY_PAGE,
    asOf: '2026-11-23'
  },
  eventualReadFactor: {
    value: 0.5,
    unit: 'read units per eventually consistent read',
    citation: DDB_CAPACITY_PAGE,
    asOf: '2026-11-23'
  },
  maxItemSizeKB: {
    value: 400,
    unit: 'KB per item',
    citation: awsDoc(
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
      'DynamoDB quotas'
    ),
    asOf: '2026-11-23'
  },
  /** A transactional read or write (TransactGetItems, TransactWriteItems) uses two units per item-unit. */
  transactionFactor: {
    value: 2,
    unit: 'units per transactional read or write of one unit',
    citation: DDB_READ_WRITE_PAGE,
    asOf: '2026-12-01'
  },
  /** Each partition serves at most 3,000 read units and 1,000 write units per second. */
  minProvisionedUnits: {
    value: 1,
    unit: 'WCU and RCU a provisioned table has at least',
    citation: DDB_CAPACITY_PAGE,
    asOf: '2026-12-01'
  },
  rcuPerPartition: {
    value: 3000,
    unit: 'read units/s per partition',
    citation: DDB_WARM_THROUGHPUT_PAGE,
    asOf: '2026-12-01'
  },
  wcuPerPartition: {
    value: 1000,
    unit: 'write units/s per partition',
    citation: DDB_WARM_THROUGHPUT_PAGE,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const KCL_CONFIGURATION_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/kcl-configuration.html',
  'KCL configurations'
)

/**
 * How a KCL application uses its lease table (one row per shard: kcl-dynamoDB.html). The lease
 * owner renews each lease, a conditional write to its row, about every failoverTimeMillis ÷ 3
 * (KCL's LeaseCoordinator renews at leaseDuration ÷ 3 − epsilon, awslabs/amazon-kinesis-client),
 * and the record processor writes its row again at each checkpoint.
 */
export const KCL_DEFAULTS = {
  failoverTimeMillis: {
    value: 10_000,
    unit: 'ms before a lease owner counts as failed (failoverTimeMillis default)',
    citation: KCL_CONFIGURATION_PAGE,
    asOf: '2026-12-01'
  },
  renewalsPerFailoverTime: {
    value: 3,
    unit: 'lease renewals per failoverTimeMillis',
    citation: KCL_CONFIGURATION_PAGE,
    asOf: '2026-12-01'
  },
  leasesPerShard: {
    value: 1,
    unit: 'lease-table row per shard',
    citation: awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/kcl-dynamoDB.html',
      'DynamoDB metadata tables and load balancing in KCL'
    ),
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const LAMBDA_PRICING = awsDoc('https://aws.amazon.com/lambda/pricing/', 'AWS Lambda pricing')

const LAMBDA_ESM_API = awsDoc(
  'https://docs.aws.amazon.com/lambda/latest/dg/API_CreateEventSourceMapping.html',
  'Lambda API: CreateEventSourceMapping (BatchSize)'
)

export const LAMBDA_LIMITS = {
  /** Duration price tiers for x86 (GB-seconds per month). */
  tier1GBSeconds: {
    value: 6e9,
    unit: 'GB-s per month in the first tier',
    citation: LAMBDA_PRICING,
    asOf: '2026-11-23'
  },
  tier2GBSeconds: {
    value: 9e9,
    unit: 'GB-s per month in the second tier',
    citation: LAMBDA_PRICING,
    asOf: '2026-11-23'
  },
  /** An event source mapping's BatchSize when none is set: 100 for streams and Kafka, 10 for SQS. */
  defaultBatchSizeStreams: {
    value: 100,
    unit: 'records per batch by default (Kinesis, DynamoDB Streams, MSK, DocumentDB)',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  },
  defaultBatchSizeSqs: {
    value: 10,
    unit: 'messages per batch by default (SQS)',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  },
  /** Above 10 messages, an SQS mapping needs MaximumBatchingWindowInSeconds of at least 1. */
  sqsBatchWithoutWindowMax: {
    value: 10,
    unit: 'messages per batch at most with no batching window (SQS)',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const S3_PRICING = awsDoc('https://aws.amazon.com/s3/pricing/', 'Amazon S3 pricing')

// S3 Standard storage tiers as ../shared/reference/aws-pricing-2026-check.md read them (PAPI-2025 S3 note, 2025-10-28).
export const S3_LIMITS = {
  standardTier1GB: {
    value: 50 * 1024,
    unit: 'GB-months in the first S3 Standard price tier (50 TB)',
    citation: S3_PRICING,
    asOf: '2026-12-01'
  },
  standardTier2GB: {
    value: 450 * 1024,
    unit: 'GB-months in the second S3 Standard price tier (the next 450 TB)',
    citation: S3_PRICING,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

export const MESSAGING_LIMITS = {
  /** SQS and SNS bill each 64 KB chunk of a payload as one request. */
  requestChunkKB: {
    value: 64,
    unit: 'KB per billed request',
    citation: awsDoc('https://aws.amazon.com/sqs/pricing/', 'Amazon SQS pricing'),
    asOf: '2026-11-23'
  },
  /** A queue message is sent, received and deleted: three requests. */
  sqsRequestsPerMessage: {
    value: 3,
    unit: 'requests per message (send, receive, delete)',
    citation: awsDoc('https://aws.amazon.com/sqs/pricing/', 'Amazon SQS pricing'),
    asOf: '2026-11-23'
  },
  /** IoT Core meters messages in 5 KB increments. */
  iotMessageIncrementKB: {
    value: 5,
    unit: 'KB per metered message',
    citation: awsDoc('https://aws.amazon.com/iot-core/pricing/', 'AWS IoT Core pricing'),
    asOf: '2026-11-23'
  },
  // Messaging is priced in tiers by the month's message count (shared/reference/aws-pricing-2026-check.md, grade C).
  iotMessageTier1Million: {
    value: 1000,
    unit: 'million messages per month in the first price tier (1 billion)',
    citation: awsDoc('https://aws.amazon.com/iot-core/pricing/', 'AWS IoT Core pricing'),
    asOf: '2026-12-01'
  },
  iotMessageTier2Million: {
    value: 4000,
    unit: 'million messages per month in the second price tier (the next 4 billion)',
    citation: awsDoc('https://aws.amazon.com/iot-core/pricing/', 'AWS IoT Core pricing'),
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const API_GATEWAY_PRICING = awsDoc(
  'https://aws.amazon.com/api-gateway/pricing/',
  'Amazon API Gateway pricing'
)
const EVENTBRIDGE_PRICING = awsDoc(
  'https://aws.amazon.com/eventbridge/pricing/',
  'Amazon EventBridge pricing'
)

// Request tiers and chunk sizes as ../shared/reference/aws-pricing-2026-check.md read them (2026-12-01).
export const API_AND_EVENT_LIMITS = {
  restTier1Million: {
    value: 333,
    unit: 'million REST API requests per month in the first price tier',
    citation: API_GATEWAY_PRICING,
    asOf: '2026-12-01'
  },
  restTier2Million: {
    value: 667,
    unit: 'million REST API requests per month in the second price tier',
    citation: API_GATEWAY_PRICING,
    asOf: '2026-12-01'
  },
  restTier3Million: {
    value: 19_000,
    unit: 'million REST API requests per month in the third price tier (the next 19 billion)',
    citation: API_GATEWAY_PRICING,
    asOf: '2026-12-01'
  },
  httpTier1Million: {
    value: 300,
    unit: 'million HTTP API requests per month in the first price tier',
    citation: API_GATEWAY_PRICING,
    asOf: '2026-12-01'
  },
  /** EventBridge bills each 64 KB chunk of an event, and of a Pipes request, as one. */
  eventChunkKB: {
    value: 64,
    unit: 'KB per billed event or Pipes request',
    citation: EVENTBRIDGE_PRICING,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

const OSI_SCALING_PAGE = awsDoc(
  'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ingestion-scaling.html',
  'Scaling Amazon OpenSearch Ingestion pipelines'
)

export const OPENSEARCH_INGESTION_LIMITS = {
  /** A rule of thumb for a simple log pipeline, not a quota: heavier processors need more. */
  mibPerSecondPerOcu: {
    value: 2,
    unit: 'MiB/s per Ingestion OCU (simple log pipeline)',
    citation: OSI_SCALING_PAGE,
    asOf: '2026-12-01'
  },
  minOcus: {
    value: 1,
    unit: 'Ingestion OCUs per pipeline at least',
    citation: OSI_SCALING_PAGE,
    asOf: '2026-12-01'
  },
  maxOcusStateless: {
    value: 96,
    unit: 'Ingestion OCUs per stateless pipeline at most',
    citation: OSI_SCALING_PAGE,
    asOf: '2026-12-01'
  }
} as const satisfies Record<string, Limit>

export const ANALYTICS_LIMITS = {
  /** Athena and Spectrum bill at least 10 MB per query. */
  minScanPerQueryMB: {
    value: 10,
    unit: 'MB billed per query at least',
    citation: awsDoc('https://aws.amazon.com/athena/pricing/', 'Amazon Athena pricing'),
    asOf: '2026-11-23'
  },
  /** The Glue Data Catalog's free tier: objects stored and requests per month. */
  catalogFreeObjects: {
    value: 1_000_000,
    unit: 'objects free per month',
    citation: awsDoc('https://aws.amazon.com/glue/pricing/', 'AWS Glue pricing'),
    asOf: '2026-11-23'
  },
  catalogFreeRequests: {
    value: 1_000_000,
    unit: 'requests free per month',
    citation: awsDoc('https://aws.amazon.com/glue/pricing/', 'AWS Glue pricing'),
    asOf: '2026-11-23'
  },
  /** Managed Flink adds one KPU per application for orchestration and gives each KPU 50 GB of storage. */
  flinkOrchestrationKpus: {
    value: 1,
    unit: 'KPU per application',
    citation: awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html',
      'Managed Service for Apache Flink pricing'
    ),
    asOf: '2026-11-23'
  },
  flinkStorageGBPerKpu: {
    value: 50,
    unit: 'GB running storage per KPU',
    citation: awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html',
      'Managed Service for Apache Flink pricing'
    ),
    asOf: '2026-11-23'
  }
} as const satisfies Record<string, Limit>

export const FIREHOSE_DESTINATIONS = {
  /** A delivery stream has one destination; S3 may be added as the backup of a non-S3 destination. */
  destinationsPerStream: {
    value: 1,
    unit: 'destination per delivery stream',
    citation: seed('kinesis', 'Firehose'),
    asOf: '2026-11-23'
  }
} as const satisfies Record<string, Limit>
