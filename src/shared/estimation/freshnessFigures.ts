import { awsDoc, seed, type Citation } from '../catalog/citations'

/**
 * Every figure the freshness estimate uses, with where it comes from and when it was read. The
 * freshness logic reads them from here and never repeats a number. `assumption` marks a figure
 * that is Pipewright's reading or choice where AWS publishes no number; the inspector and the
 * CLI say so wherever one is used.
 */
export interface FreshnessFigure {
  value: number
  unit: string
  citation: Citation
  /** When the source was read (ISO date). */
  asOf: string
  /** Why the figure is Pipewright's and not AWS's own number; absent when AWS states it. */
  assumption?: string
}

const KDS_CONSUMERS_PAGE = awsDoc(
  'https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html',
  'Kinesis Data Streams: read data from Kinesis Data Streams (message propagation delay)'
)
const LAMBDA_ESM_API = awsDoc(
  'https://docs.aws.amazon.com/lambda/latest/dg/API_CreateEventSourceMapping.html',
  'Lambda API: CreateEventSourceMapping (MaximumBatchingWindowInSeconds)'
)
const FIREHOSE_BUFFERING = awsDoc(
  'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
  'Amazon Data Firehose API: BufferingHints'
)
const S3_EVENTS = awsDoc(
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  'Amazon S3 Event Notifications'
)
const GLUE_SCHEDULES = awsDoc(
  'https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html',
  'AWS Glue: time-based schedules for jobs and crawlers'
)
const REDSHIFT_STREAMING = awsDoc(
  'https://docs.aws.amazon.com/redshift/latest/dg/materialized-view-streaming-ingestion.html',
  'Amazon Redshift: streaming ingestion to a materialized view'
)
const QUICKSIGHT_REFRESH = awsDoc(
  'https://docs.aws.amazon.com/quicksight/latest/APIReference/API_RefreshFrequency.html',
  'Amazon QuickSight API: RefreshFrequency'
)
const ATHENA_INTRO = awsDoc(
  'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  'What is Amazon Athena?'
)

export const FRESHNESS_FIGURES = {
  /** A classic (shared-throughput) consumer with the stream to itself. */
  kdsClassicPropagation: {
    value: 0.2,
    unit: 's per classic consumer read (~200 ms)',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-12-01'
  },
  /**
   * AWS: "around 200 ms if you have one consumer", "around 1000 ms if you have five". Pipewright
   * adds 200 ms per shared consumer up to five, which meets both of AWS's points.
   */
  kdsClassicPropagationFiveConsumers: {
    value: 1,
    unit: 's with five classic consumers (~1,000 ms)',
    citation: KDS_CONSUMERS_PAGE,
    asOf: '2026-12-01',
    assumption:
      "between one and five consumers Pipewright adds 200 ms per consumer (a straight line through AWS's two figures)"
  },
  kdsEnhancedFanOutPropagation: {
    value: 0.07,
    unit: 's per enhanced fan-out read (~70 ms)',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-12-01'
  },
  /** Streams (Kinesis, DynamoDB) and SQS: Lambda invokes as soon as records are available. */
  lambdaDefaultWindowStreams: {
    value: 0,
    unit: 's default batching window (streams, SQS)',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  },
  /** Amazon MSK, self-managed Kafka, Amazon MQ and DocumentDB. */
  lambdaDefaultWindowKafka: {
    value: 0.5,
    unit: 's default batching window (MSK, Kafka, MQ, DocumentDB)',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  },
  lambdaMaxWindow: {
    value: 300,
    unit: 's longest batching window',
    citation: LAMBDA_ESM_API,
    asOf: '2026-12-01'
  },
  /** "The first buffer condition that is satisfied triggers Firehose to deliver the data." */
  firehoseDefaultBufferMiB: {
    value: 5,
    unit: 'MiB default buffer size',
    citation: FIREHOSE_BUFFERING,
    asOf: '2026-12-01'
  },
  firehoseDefaultIntervalSeconds: {
    value: 300,
    unit: 's default buffer interval',
    citation: FIREHOSE_BUFFERING,
    asOf: '2026-12-01'
  },
  /** "Typically, event notifications are delivered in seconds but can sometimes take a minute or longer." */
  s3EventTypicalSeconds: {
    value: 2,
    unit: 's typical event delivery',
    citation: S3_EVENTS,
    asOf: '2026-12-01',
    assumption: 'AWS says "typically … in seconds"; Pipewright reads that as 2 s on average'
  },
  s3EventSlowSeconds: {
    value: 60,
    unit: 's slow event delivery (worst case shown)',
    citation: S3_EVENTS,
    asOf: '2026-12-01',
    assumption:
      'AWS says it "can sometimes take a minute or longer"; Pipewright shows the minute, and it can be longer'
  },
  /** "The minimum precision for a schedule is 5 minutes." */
  glueMinimumScheduleSeconds: {
    value: 300,
    unit: 's shortest schedule interval (crawlers, jobs)',
    citation: GLUE_SCHEDULES,
    asOf: '2026-12-01'
  },
  /**
   * AWS publishes no interval for AUTO REFRESH of a streaming materialized view ("as soon as
   * possible", workload permitting); the Redshift setting's default is this assumption.
   */
  redshiftStreamingRefreshSeconds: {
    value: 60,
    unit: 's between streaming materialized-view refreshes (default setting)',
    citation: REDSHIFT_STREAMING,
    asOf: '2026-12-01',
    assumption:
      "AWS gives no refresh interval for streaming ingestion; 60 s is Pipewright's default, set your own"
  },
  /** HOURLY is the most frequent full SPICE refresh; MINUTE15 exists for incremental refreshes. */
  quicksightHourlyRefreshSeconds: {
    value: 3600,
    unit: 's between hourly SPICE refreshes',
    citation: QUICKSIGHT_REFRESH,
    asOf: '2026-12-01'
  },
  quicksightIncrementalRefreshSeconds: {
    value: 900,
    unit: 's between the most frequent (incremental) SPICE refreshes',
    citation: QUICKSIGHT_REFRESH,
    asOf: '2026-12-01'
  },
  /** Athena queries the data where it is: what a query sees is the data as it is when it runs. */
  athenaOnRead: {
    value: 0,
    unit: 's: queries read the data when they run',
    citation: ATHENA_INTRO,
    asOf: '2026-12-01'
  },
  /** EMR and Glue ETL jobs not running all day: one run a day unless a job says otherwise. */
  dailyBatchRunsPerDay: {
    value: 1,
    unit: 'run per day (EMR clusters not running all day)',
    citation: GLUE_SCHEDULES,
    asOf: '2026-12-01',
    assumption: 'Pipewright assumes one run a day for a cluster that runs fewer than 24 hours a day'
  }
} as const satisfies Record<string, FreshnessFigure>

export type FreshnessFigureId = keyof typeof FRESHNESS_FIGURES
