/**
 * Figures that are not AWS limits or prices but modelling assumptions: how much smaller data gets
 * when compressed or converted. They depend on the data, so each can be overridden per node;
 * these defaults are typical for JSON event records (Pipewright's assumption, 2026-11-23).
 */
export const SIZE_RATIOS = {
  compression: { none: 1, gzip: 0.2, snappy: 0.4, zip: 0.2 },
  columnarFormat: { same: 1, none: 1, parquet: 0.25, orc: 0.25 }
} as const

/**
 * A KCL lease-table row (lease key, owner, counter, checkpoint sequence number, parent shards) is
 * well under 1 KB, so each renewal or checkpoint is one write unit (Pipewright's assumption,
 * 2026-12-01, from the fields kcl-dynamoDB.html lists; AWS publishes no size).
 */
export const KCL_LEASE_WRITE_UNITS = 1

/**
 * How many records a Direct PUT producer sends per request when nothing says otherwise: full
 * PutRecordBatch calls, as the Kinesis Agent and batching SDK clients send (Pipewright's
 * assumption, 2026-12-01). A producer calling PutRecord once per record makes 500 times as many.
 */
export const FIREHOSE_DEFAULT_RECORDS_PER_REQUEST = 500

/** Lambda invocations per batch for event sources that deliver one event per invocation. */
export const SINGLE_EVENT_BATCH = 1

/**
 * An event notification (S3 → SQS, Lambda, SNS or EventBridge) is one small JSON message per
 * object, whatever the object's size: about 1 KB (Pipewright's assumption, 2026-12-01, from the
 * shape of the S3 event message; AWS publishes no size).
 */
export const NOTIFICATION_EVENT_KB = 1

/**
 * The most traffic the estimate carries through one node: 10 billion records/s or 100 TB/s,
 * far above what any AWS service takes in one resource (a Kinesis on-demand stream's ceiling is
 * 10 GB/s). A chain of multiplying transforms can otherwise overflow to Infinity and print NaN;
 * past this, traffic is held at the ceiling and the node is reported (Pipewright's bound,
 * 2026-12-01).
 */
export const TRAFFIC_CEILING = { recordsPerSecond: 1e10, mbps: 1e8 } as const
