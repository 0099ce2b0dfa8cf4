import type { Wiring } from './exportEdges'
import { apiIntegration, dmsSource, dmsTarget } from './exportWiringApi'
import {
  firehoseDestination,
  firehoseFormatConversion,
  firehoseSource,
  firehoseTransform
} from './exportFirehose'
import {
  athenaResults,
  catalogRead,
  catalogWrite,
  computeReads,
  computeWrites,
  crawlerTarget,
  glueTrigger,
  kmsKey,
  lambdaControl,
  lambdaDestination,
  redshiftReads
} from './exportWiringData'
import {
  deadLetterQueue,
  eventSourceMapping,
  functionLogs,
  iotRuleAction,
  logSubscription,
  s3Notification,
  snsSubscription,
  tableStream,
  tableToKinesis
} from './exportWiringEvents'
import {
  pipeSource,
  pipeTarget,
  ruleEventSource,
  ruleTarget,
  stateMachineTask
} from './exportWiringFlows'

/**
 * How each documented mechanism (by its id in src/shared/mechanisms) is written into a template.
 * A mechanism without a rule here, or a rule that declines a pair, is listed as left to the user.
 */
export const WIRINGS: Readonly<Record<string, Wiring>> = {
  'firehose-sources': firehoseSource,
  'firehose-destinations': firehoseDestination,
  'firehose-transformation': firehoseTransform,
  'firehose-format-conversion': firehoseFormatConversion,
  'lambda-event-source-mappings': eventSourceMapping,
  'lambda-sdk-writes': computeWrites,
  'lambda-control': lambdaControl,
  'lambda-destinations': lambdaDestination,
  'dynamodb-streams': tableStream,
  'dynamodb-kinesis-streaming': tableToKinesis,
  's3-event-notifications': s3Notification,
  'sns-subscriptions': snsSubscription,
  'sqs-dead-letter-queues': deadLetterQueue,
  'iot-rule-actions': iotRuleAction,
  'cwl-subscription-filters': logSubscription,
  'service-logs-to-cloudwatch': functionLogs,
  'step-functions-integrations': stateMachineTask,
  'step-functions-data-tasks': stateMachineTask,
  'service-events-to-eventbridge': ruleEventSource,
  'eventbridge-targets': ruleTarget,
  'pipes-sources': pipeSource,
  'pipes-targets': pipeTarget,
  'glue-crawler-data-stores': crawlerTarget,
  'glue-catalog-writes': catalogWrite,
  'glue-catalog-metastore': catalogRead,
  'glue-etl-read': computeReads,
  'glue-etl-write': computeWrites,
  'glue-triggers': glueTrigger,
  'flink-sources': computeReads,
  'flink-sinks': computeWrites,
  'athena-query-results': athenaResults,
  'redshift-streaming-ingestion': redshiftReads,
  'redshift-copy': redshiftReads,
  'kms-encryption': kmsKey,
  'api-gateway-integrations': apiIntegration,
  'dms-source-endpoints': dmsSource,
  'dms-target-endpoints': dmsTarget
}

/**
 * Pairs of a mechanism a template has nothing to say about, by `mechanism>target service`.
 * https://docs.aws.amazon.com/athena/latest/ug/data-sources-glue.html
 */
export const IMPLICIT_PAIRS: Readonly<Record<string, string>> = {
  'glue-catalog-metastore>athena':
    'Athena queries the Glue Data Catalog as its default catalog (AwsDataCatalog)'
}

/**
 * Mechanisms a template has nothing to say about: they work from the resources alone, or their
 * permissions belong to whoever runs the query.
 */
export const IMPLICIT: Readonly<Record<string, string>> = {
  'athena-query-s3': 'Athena reads S3 with the permissions of whoever runs the query',
  'application-writes': 'your application writes with its own credentials',
  'application-consumers': 'your application reads with its own credentials',
  'iot-mqtt-publish': 'devices publish to AWS IoT Core with their own certificates'
}
