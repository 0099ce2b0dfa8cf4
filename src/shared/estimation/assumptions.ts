/**
 * Figures that are not AWS limits or prices but modelling assumptions: how much smaller data gets
 * when compressed or converted. They depend on the data, so each can be overridden per node;
 * these defaults are typical for JSON event records (Pipewright's assumption, 2026-11-23).
 */
export const SIZE_RATIOS = {
  compression: { none: 1, gzip: 0.2, snappy: 0.4, zip: 0.2 },
  columnarFormat: { same: 1, none: 1, parquet: 0.25, orc: 0.25 },
} as const

/** DynamoDB Streams shards follow table partitions; a partition takes up to 1,000 WCU. */
export const DYNAMODB_WCU_PER_PARTITION = 1000

/** Lambda invocations per batch for event sources that deliver one event per invocation. */
export const SINGLE_EVENT_BATCH = 1

/**
 * An event notification (S3 → SQS, Lambda, SNS or EventBridge) is one small JSON message per
 * object, whatever the object's size: about 1 KB (Pipewright's assumption, 2026-12-01, from the
 * shape of the S3 event message; AWS publishes no size).
 */
export const NOTIFICATION_EVENT_KB = 1
