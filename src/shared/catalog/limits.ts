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
  'Kinesis Data Streams quotas and limits',
)

export const KINESIS_LIMITS = {
  /** GetRecords calls per shard per second, shared by every classic (shared-throughput) consumer. */
  sharedReadTransactionsPerShard: {
    value: 5,
    unit: 'read transactions/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23',
  },
  /** Registered enhanced fan-out consumers per stream (Standard on-demand and provisioned). */
  enhancedFanOutConsumersPerStream: {
    value: 20,
    unit: 'consumers per stream',
    citation: KDS_LIMITS_PAGE,
    asOf: '2026-11-23',
  },
  shardWriteMBps: { value: 1, unit: 'MB/s per shard', citation: seed('notes', 'Kinesis Streams'), asOf: '2026-11-23' },
  shardWriteRecordsPerSecond: {
    value: 1000,
    unit: 'records/s per shard',
    citation: seed('notes', 'Kinesis Streams'),
    asOf: '2026-11-23',
  },
  shardReadMBps: { value: 2, unit: 'MB/s per shard', citation: seed('notes', 'Kinesis Streams'), asOf: '2026-11-23' },
  maxRecordSizeMB: { value: 1, unit: 'MB per record', citation: seed('notes', 'Kinesis Streams'), asOf: '2026-11-23' },
} as const satisfies Record<string, Limit>

export const FIREHOSE_DESTINATIONS = {
  /** A delivery stream has one destination; S3 may be added as the backup of a non-S3 destination. */
  destinationsPerStream: {
    value: 1,
    unit: 'destination per delivery stream',
    citation: seed('kinesis', 'Firehose'),
    asOf: '2026-11-23',
  },
} as const satisfies Record<string, Limit>
