import type { Citation } from '../catalog/citations'
import {
  DYNAMODB_LIMITS,
  FIREHOSE_DESTINATIONS,
  FIREHOSE_LIMITS,
  KINESIS_LIMITS as K,
  LAMBDA_LIMITS
} from '../catalog/limits'
import { EFO_CONSUMERS_PAGE } from '../validation/edgeVerdicts'
import { GRAPH_RULE_SOURCES } from '../validation/graphRules'
import type { OwnRule } from '../validation/ownRules'
import type { Severity } from '../validation/problems'

/**
 * Which part of the analysis raises a code: an edge's check (validation/edgeVerdicts.ts), a
 * whole-diagram rule (validation/graphRules.ts), the estimate (capacity and settings) or the
 * diagram's own ignore list (analysis/ignores.ts). JUnit gives each graph rule a testcase of its own.
 */
export type ProblemFamily = 'edge' | 'graph' | 'estimate' | 'suppression'

/** One problem code Pipewright can emit, as the CI reports and docs/integrations.md describe it. */
export interface ProblemCodeInfo {
  code: string
  /** A few words, used as SARIF's shortDescription and the doc's heading. */
  title: string
  /** One paragraph: what the rule checks, why it matters and what to do. */
  description: string
  severity: Severity
  family: ProblemFamily
  /**
   * What the rule rests on: the citations its problems carry (one of them). Absent when every
   * problem cites its own source: an edge's mechanism, a retired service's notice.
   */
  sources?: readonly Citation[]
  /** A rule of Pipewright's own (docs/diagram-rules.md), not an AWS statement. */
  ownRule?: OwnRule
}

/** Every code the analysis emits; tests/unit/report/problemCodes.test.ts keeps it complete. */
export const PROBLEM_CODES: readonly ProblemCodeInfo[] = [
  {
    code: 'unused-ignore',
    title: 'Ignore entry that matches nothing',
    severity: 'warning',
    family: 'suppression',
    description:
      'An entry of the diagram’s `ignore` list names a problem the diagram no longer has: the problem was fixed, or the node or edge it names is gone. Left in place it would hide the problem if it came back, so remove the entry (the app’s Problems tab offers Remove the entry; docs/file-format.md describes the list).'
  },
  {
    code: 'not-integrated',
    title: 'No documented integration',
    severity: 'error',
    family: 'edge',
    description:
      'The edge joins two services that no AWS-documented mechanism connects directly, or only through a mechanism AWS has deleted. Data cannot flow this way without code of your own. The message says why; the fix inserts the services that do connect them (a Lambda function, a Firehose stream). Each service’s section in this document lists what it sends to and receives from, with the AWS pages.'
  },
  {
    code: 'integration-caveat',
    title: 'Integration with a caveat',
    severity: 'warning',
    family: 'edge',
    description:
      'A documented mechanism connects the two services, but AWS attaches a condition to it (a feature closed to new customers, a limit on what it carries, a setting it needs). The message gives the caveat and the mechanism’s source.'
  },
  {
    code: 'self-loop',
    title: 'Node feeds itself',
    severity: 'error',
    family: 'edge',
    ownRule: 'self-loop',
    description:
      'An edge starts and ends at the same node. Remove it, or draw a second node of that service if data really flows between two of them.'
  },
  {
    code: 'duplicate-edge',
    title: 'Edge drawn twice',
    severity: 'warning',
    family: 'edge',
    ownRule: 'duplicate-edge',
    description:
      'Two edges join the same two nodes in the same direction. Only the first is checked and sized; delete the extra one.'
  },
  {
    code: 'unknown-mechanism',
    title: 'Edge names a mechanism that does not connect its ends',
    severity: 'warning',
    family: 'edge',
    ownRule: 'unknown-mechanism',
    description:
      'The edge’s `mechanism` setting names a mechanism that does not link its two services, so the edge is checked with the pair’s default mechanism instead. Choose one of the mechanisms the message lists, or remove the setting.'
  },
  {
    code: 'efo-unsupported',
    title: 'Enhanced fan-out where it cannot apply',
    severity: 'warning',
    family: 'edge',
    sources: [EFO_CONSUMERS_PAGE],
    description:
      'The edge asks for enhanced fan-out, but only a Kinesis data stream offers it and only KCL 2.x applications, Lambda and Managed Service for Apache Flink register as enhanced fan-out consumers. Turn the setting off, or read through one of those consumers.'
  },
  {
    code: 'retired-service',
    title: 'Retired service',
    severity: 'warning',
    family: 'graph',
    description:
      'The node is a service AWS has retired or closed to new customers. The message names its successor; the source is AWS’s notice for that service.'
  },
  {
    code: 'orphan-node',
    title: 'Node not connected',
    severity: 'warning',
    family: 'graph',
    ownRule: 'orphan-node',
    description:
      'The node has no edge in or out, so it is not part of the pipeline and nothing sizes it. Connect it or delete it.'
  },
  {
    code: 'kcl-lease-table',
    title: 'KCL application without a lease table',
    severity: 'error',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.kcl],
    description:
      'A Kinesis Client Library application keeps its shard leases and checkpoints in a DynamoDB table, and cannot run without one. Connect a DynamoDB table to it.'
  },
  {
    code: 'athena-needs-s3',
    title: 'Athena with no S3 data',
    severity: 'warning',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.athena],
    description:
      'Athena queries data in S3 (or S3 Tables); a node with no S3 feeding it has nothing to query. Connect the bucket that holds the data.'
  },
  {
    code: 'athena-needs-catalog',
    title: 'Athena without the Glue Data Catalog',
    severity: 'warning',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.athena],
    description:
      'Athena reads its table definitions from the Glue Data Catalog. Connect the catalog that describes the data.'
  },
  {
    code: 'spectrum-needs-s3',
    title: 'Redshift Spectrum with no S3 data',
    severity: 'warning',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.spectrum],
    description:
      'Redshift Spectrum queries external tables whose data is in S3. Connect the bucket that holds the data.'
  },
  {
    code: 'spectrum-needs-catalog',
    title: 'Redshift Spectrum without the Glue Data Catalog',
    severity: 'warning',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.spectrum],
    description:
      'Redshift Spectrum reads its external tables from the Glue Data Catalog. Connect the catalog.'
  },
  {
    code: 'sagemaker-training-data',
    title: 'SageMaker without S3 training data',
    severity: 'warning',
    family: 'graph',
    sources: [GRAPH_RULE_SOURCES.sagemaker],
    description:
      'SageMaker takes its training data from S3. A SageMaker node fed by neither S3 nor Kinesis Video Streams (inference only) has no training data; connect the bucket.'
  },
  {
    code: 'firehose-destinations',
    title: 'Firehose stream with several destinations',
    severity: 'error',
    family: 'graph',
    sources: [FIREHOSE_DESTINATIONS.destinationsPerStream.citation],
    description:
      'A Firehose stream delivers to one destination, plus an optional S3 bucket as backup for a non-S3 destination. Use one Firehose stream per destination.'
  },
  {
    code: 'kds-shared-consumers',
    title: 'Too many shared-throughput consumers',
    severity: 'warning',
    family: 'graph',
    sources: [K.sharedReadTransactionsPerShard.citation],
    description:
      'Every shard allows a fixed number of GetRecords calls per second shared by all classic consumers, so more consumers than that throttle each other. Turn on enhanced fan-out for some of them.'
  },
  {
    code: 'kds-efo-consumers',
    title: 'Too many enhanced fan-out consumers',
    severity: 'error',
    family: 'graph',
    sources: [
      K.enhancedFanOutConsumersPerStream.citation,
      K.advantageEnhancedFanOutConsumersPerStream.citation
    ],
    description:
      'A stream registers a limited number of enhanced fan-out consumers (more under On-demand Advantage). Split the consumers across streams.'
  },
  {
    code: 'kds-record-too-large',
    title: 'Records above the Kinesis maximum',
    severity: 'error',
    family: 'estimate',
    sources: [K.maxRecordSizeKB.citation],
    description:
      'The average record is larger than any Kinesis record can be, whatever the stream’s setting. Split records upstream, or store the payload in S3 and send a pointer.'
  },
  {
    code: 'kds-record-above-setting',
    title: 'Records above the stream’s maximum record size',
    severity: 'error',
    family: 'estimate',
    sources: [K.defaultMaxRecordSizeKB.citation],
    description:
      'The average record is larger than the stream’s maximum record size setting, so PutRecord refuses it. Raise the setting (MaxRecordSizeInKiB) or make the records smaller.'
  },
  {
    code: 'kds-large-records-sustained',
    title: 'Every record is a large record',
    severity: 'warning',
    family: 'estimate',
    sources: [K.defaultMaxRecordSizeKB.citation],
    description:
      'Records above 1 MiB are large records, which AWS designs for occasional use, not sustained ingestion. Store large payloads in S3 and send a pointer, or split them.'
  },
  {
    code: 'kds-under-provisioned',
    title: 'Stream under-provisioned',
    severity: 'error',
    family: 'estimate',
    sources: [K.onDemandMaxWriteMBps.citation],
    description:
      'A provisioned stream has fewer shards than its traffic needs, so writes or reads are throttled (ProvisionedThroughputExceededException). Set the shard count the message gives, or leave it empty to size from traffic.'
  },
  {
    code: 'kds-on-demand-max',
    title: 'Above the on-demand stream maximum',
    severity: 'error',
    family: 'estimate',
    sources: [K.onDemandMaxWriteMBps.citation],
    description:
      'The write rate is above what one on-demand stream can take. Split the traffic across streams.'
  },
  {
    code: 'kds-on-demand-warmup',
    title: 'On-demand stream must scale up first',
    severity: 'warning',
    family: 'estimate',
    sources: [K.onDemandScaleFactor.citation],
    description:
      'A new on-demand stream starts with a set write capacity and absorbs only a multiple of its previous peak without throttling, so traffic above that throttles while it scales. Ramp the traffic up, or start in provisioned mode.'
  },
  {
    code: 'kds-on-demand-peak',
    title: 'Peak far above the on-demand average',
    severity: 'warning',
    family: 'estimate',
    sources: [K.onDemandScaleFactor.citation],
    description:
      'The peak is more than the multiple of the average an on-demand stream absorbs without throttling, so a peak after a quieter month throttles. Use provisioned mode sized for the peak.'
  },
  {
    code: 'kds-advantage-account-wide',
    title: 'On-demand Advantage covers the whole account',
    severity: 'warning',
    family: 'estimate',
    sources: [K.advantageCommitmentMiBps.citation],
    description:
      'On-demand Advantage is an account setting per Region: with one stream on it, every on-demand stream there is billed under it, and the estimate prices them so. Set the stream to On-demand Advantage to say so, or keep the Advantage streams in another account or Region.'
  },
  {
    code: 'firehose-record-too-large',
    title: 'Records above the Firehose maximum',
    severity: 'error',
    family: 'estimate',
    sources: [FIREHOSE_LIMITS.maxRecordSizeKB.citation],
    description:
      'The average record is larger than Firehose accepts. Split records upstream, or store the payload in S3.'
  },
  {
    code: 'firehose-direct-put-quota',
    title: 'Above the Firehose Direct PUT quota',
    severity: 'warning',
    family: 'estimate',
    sources: [FIREHOSE_LIMITS.directPutMiBps.citation],
    description:
      'At the peak the stream receives more MiB/s, records/s or requests/s by Direct PUT than its quota allows. Ask AWS to raise the quota, batch more records per call, split across streams, or put Kinesis Data Streams in front.'
  },
  {
    code: 'dynamodb-item-too-large',
    title: 'Items above the DynamoDB maximum',
    severity: 'error',
    family: 'estimate',
    sources: [DYNAMODB_LIMITS.maxItemSizeKB.citation],
    description:
      'The average item is larger than a DynamoDB item can be. Store large payloads in S3 and keep a pointer in the table.'
  },
  {
    code: 'lambda-sqs-batch-window',
    title: 'SQS batch without a batching window',
    severity: 'error',
    family: 'estimate',
    sources: [LAMBDA_LIMITS.sqsBatchWithoutWindowMax.citation],
    description:
      'AWS refuses an SQS event source mapping whose batch size is above its limit without a batching window of at least one second. Set the batching window, or a smaller batch size.'
  },
  {
    code: 'traffic-cycle',
    title: 'Data loops',
    severity: 'warning',
    family: 'estimate',
    description:
      'Data flows around a loop of edges, which the estimate cannot size: it counts each loop edge as carrying nothing. Break the loop unless the data really circulates.'
  },
  {
    code: 'traffic-overflow',
    title: 'Traffic above any service’s capacity',
    severity: 'error',
    family: 'estimate',
    ownRule: 'traffic-overflow',
    description:
      'The traffic computed for a node is more than any AWS service takes, so the figures are held at a ceiling. Check the rates and output ratios along the chain that feeds it.'
  },
  {
    code: 'invalid-config',
    title: 'Invalid setting',
    severity: 'error',
    family: 'estimate',
    ownRule: 'invalid-config',
    description:
      'A node or edge setting has the wrong type or is out of range (or a peak is below its average), so it is ignored and the default used until you fix it. The problem’s path names the setting in the file.'
  },
  {
    code: 'unknown-setting',
    title: 'Unknown setting',
    severity: 'warning',
    family: 'estimate',
    ownRule: 'unknown-setting',
    description:
      'A node or edge has a setting its service does not have (often a misspelling), so it is ignored. Check the name against the inspector’s fields.'
  }
]

const BY_CODE = new Map(PROBLEM_CODES.map((c) => [c.code, c]))

export function problemCodeInfo(code: string): ProblemCodeInfo | undefined {
  return BY_CODE.get(code)
}

/** The anchor of a code's section in docs/integrations.md; prefixed so no service id can clash. */
export function problemCodeAnchor(code: string): string {
  return `problem-${code}`
}

export const PROBLEM_CODES_DOC = 'docs/integrations.md'
