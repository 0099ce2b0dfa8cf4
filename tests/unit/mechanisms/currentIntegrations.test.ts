import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { checkServicePair, citationText } from '../../../src/shared/validation/edgeCheck'

/**
 * Integrations of 2026 a data engineer draws, each typed here from the AWS page that documents
 * it (not from the mechanism data), with the verdict that page implies. A case whose page says
 * "you need a connector / pipeline you run and pay for" is a warning.
 */
const D = 'https://docs.aws.amazon.com/'
const CASES: Array<[ServiceId, ServiceId, 'ok' | 'warning' | 'error', string]> = [
  // Firehose sources and destinations (firehose/latest/dev/create-name.html, basic-deliver.html)
  ['kinesis-data-streams', 'kinesis-firehose', 'ok', `${D}firehose/latest/dev/create-name.html`],
  ['msk', 'kinesis-firehose', 'ok', `${D}firehose/latest/dev/writing-with-msk.html`],
  [
    'kinesis-firehose',
    's3-tables',
    'ok',
    `${D}firehose/latest/dev/apache-iceberg-destination.html`
  ],
  ['kinesis-firehose', 'snowflake', 'ok', `${D}firehose/latest/dev/create-name.html`],
  ['kinesis-firehose', 'http-endpoint', 'ok', `${D}firehose/latest/dev/create-name.html`],
  ['kinesis-firehose', 'dynamodb', 'error', `${D}firehose/latest/dev/basic-deliver.html`],
  [
    'kinesis-firehose',
    'kinesis-data-analytics',
    'error',
    `${D}kinesisanalytics/latest/dev/discontinuation.html`
  ],
  // Lambda event source mappings (AWS::Lambda::EventSourceMapping)
  ['msk', 'lambda', 'ok', `${D}lambda/latest/dg/with-msk.html`],
  ['documentdb', 'lambda', 'ok', `${D}lambda/latest/dg/with-documentdb.html`],
  ['dynamodb-streams', 'lambda', 'ok', `${D}lambda/latest/dg/with-ddb.html`],
  [
    'lambda',
    'kinesis-data-analytics',
    'error',
    `${D}kinesisanalytics/latest/dev/discontinuation.html`
  ],
  // Redshift streaming ingestion, zero-ETL, COPY/UNLOAD, Data API
  [
    'kinesis-data-streams',
    'redshift',
    'ok',
    `${D}redshift/latest/dg/materialized-view-streaming-ingestion.html`
  ],
  ['msk', 'redshift', 'ok', `${D}redshift/latest/dg/materialized-view-streaming-ingestion.html`],
  ['rds', 'redshift', 'ok', `${D}redshift/latest/mgmt/zero-etl-using.html`],
  ['dynamodb', 'redshift', 'ok', `${D}redshift/latest/mgmt/zero-etl-using.html`],
  ['lambda', 'redshift', 'ok', `${D}redshift-data/latest/APIReference/Welcome.html`],
  // Bulk import and export
  ['s3', 'dynamodb', 'ok', `${D}amazondynamodb/latest/APIReference/API_ImportTable.html`],
  [
    'dynamodb',
    's3',
    'ok',
    `${D}amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html`
  ],
  [
    's3',
    'rds',
    'ok',
    `${D}AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.LoadFromS3.html`
  ],
  ['rds', 's3', 'ok', `${D}AmazonRDS/latest/UserGuide/postgresql-s3-export.html`],
  // OpenSearch Ingestion sources and sinks
  [
    'msk',
    'opensearch-ingestion',
    'ok',
    `${D}opensearch-service/latest/developerguide/configure-client-msk.html`
  ],
  [
    'dynamodb',
    'opensearch-ingestion',
    'ok',
    `${D}opensearch-service/latest/developerguide/configure-client-ddb.html`
  ],
  [
    'documentdb',
    'opensearch-ingestion',
    'ok',
    `${D}opensearch-service/latest/developerguide/configure-client-docdb.html`
  ],
  [
    'opensearch-ingestion',
    'opensearch',
    'ok',
    `${D}opensearch-service/latest/developerguide/pipeline-config-reference.html`
  ],
  // Glue ETL connection types, both directions
  ['redshift', 'glue-etl', 'ok', `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`],
  ['glue-etl', 'documentdb', 'ok', `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`],
  ['documentdb', 'glue-etl', 'ok', `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`],
  ['glue-etl', 'opensearch', 'ok', `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`],
  [
    'glue-etl',
    'kinesis-data-streams',
    'ok',
    `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`
  ],
  ['glue-etl', 'msk', 'ok', `${D}glue/latest/dg/aws-glue-programming-etl-connect.html`],
  // Athena federated query connectors (a connector you deploy)
  ['documentdb', 'athena', 'warning', `${D}athena/latest/ug/connectors-available.html`],
  ['msk', 'athena', 'warning', `${D}athena/latest/ug/connectors-available.html`],
  ['cloudwatch-logs', 'athena', 'warning', `${D}athena/latest/ug/connectors-available.html`],
  ['timestream', 'athena', 'warning', `${D}athena/latest/ug/connectors-available.html`],
  // Metadata writes to the Data Catalog
  ['emr', 'glue-data-catalog', 'ok', `${D}emr/latest/ReleaseGuide/emr-hive-metastore-glue.html`],
  ['glue-etl', 'glue-data-catalog', 'ok', `${D}glue/latest/dg/catalog-and-crawler.html`],
  ['glue-crawler', 'kinesis-data-streams', 'error', `${D}glue/latest/dg/crawler-data-stores.html`],
  // Step Functions service integrations (control)
  [
    'step-functions',
    'glue-crawler',
    'ok',
    `${D}step-functions/latest/dg/supported-services-awssdk.html`
  ],
  ['step-functions', 'emr', 'ok', `${D}step-functions/latest/dg/integrate-optimized.html`],
  ['step-functions', 'athena', 'ok', `${D}step-functions/latest/dg/integrate-optimized.html`],
  [
    'step-functions',
    'redshift',
    'ok',
    `${D}step-functions/latest/dg/supported-services-awssdk.html`
  ],
  // EventBridge, Pipes, API Gateway
  ['s3', 'eventbridge', 'ok', `${D}AmazonS3/latest/userguide/EventBridge.html`],
  ['eventbridge', 'kinesis-firehose', 'ok', `${D}eventbridge/latest/userguide/eb-targets.html`],
  ['eventbridge', 'redshift', 'ok', `${D}eventbridge/latest/userguide/eb-targets.html`],
  [
    'dynamodb-streams',
    'eventbridge-pipes',
    'ok',
    `${D}eventbridge/latest/userguide/eb-pipes-event-source.html`
  ],
  [
    'eventbridge-pipes',
    'step-functions',
    'ok',
    `${D}eventbridge/latest/userguide/eb-pipes-event-target.html`
  ],
  [
    'api-gateway',
    'kinesis-data-streams',
    'ok',
    `${D}apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html`
  ],
  [
    'api-gateway',
    'sqs',
    'ok',
    `${D}apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html`
  ],
  // Others the issue names
  ['dms', 'timestream', 'ok', `${D}dms/latest/userguide/CHAP_Target.Timestream.html`],
  ['msk', 'emr', 'ok', `${D}msk/latest/developerguide/produce-consume.html`],
  ['kinesis-video-streams', 's3', 'ok', `${D}kinesisvideostreams/latest/dg/gs-s3Delivery.html`],
  [
    'sqs',
    'sqs',
    'ok',
    `${D}AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html`
  ],
  ['dynamodb', 'dms', 'error', `${D}dms/latest/userguide/CHAP_Introduction.Sources.html`],
  ['iot-core', 'redshift', 'error', `${D}iot/latest/developerguide/iot-rule-actions.html`],
  [
    'kinesis-video-streams',
    'rekognition-video',
    'warning',
    `${D}rekognition/latest/dg/streaming-video.html`
  ],
  [
    'glue-etl',
    'eventbridge',
    'ok',
    `${D}glue/latest/dg/automating-awsglue-with-cloudwatch-events.html`
  ],
  ['lambda', 'cloudwatch-logs', 'ok', `${D}lambda/latest/dg/monitoring-cloudwatchlogs.html`],
  ['lambda', 'glue-etl', 'ok', `${D}glue/latest/dg/example_glue_StartJobRun_section.html`]
]

describe('current integrations, each from its AWS page', () => {
  it.each(CASES)('%s → %s is %s (%s)', (source, target, verdict) => {
    const check = checkServicePair(source, target)
    expect(check.verdict).toBe(verdict)
    expect(citationText(check)).toMatch(/https:\/\/docs\.aws\.amazon\.com\/|docs\/seeds\//)
  })
})

/** Fixes an architect would give for pairs that are not direct integrations. */
const FIXES: Array<[ServiceId, ServiceId, ServiceId[], string]> = [
  ['kinesis-data-streams', 's3', ['kinesis-firehose'], 'stream to a data lake: Firehose'],
  [
    'kinesis-data-streams',
    'dynamodb',
    ['lambda'],
    'stream to a database: a Lambda event source mapping'
  ],
  [
    's3',
    'kinesis-firehose',
    ['lambda'],
    'an S3 notification invokes Lambda, which reads the object'
  ],
  [
    'cloudwatch-logs',
    'sqs',
    ['lambda'],
    'a subscription filter into Lambda, not an S3 export and its notification'
  ],
  ['on-prem-database', 'dynamodb', ['dms'], 'database migration: DMS'],
  ['iot-core', 'redshift', ['kinesis-firehose'], 'an IoT rule Firehose action'],
  ['glue-etl', 'sns', ['eventbridge'], 'a job state-change event, relayed'],
  ['s3', 'glue-data-catalog', ['glue-crawler'], 'a crawler catalogs the objects'],
  [
    'sns',
    'athena',
    ['kinesis-firehose', 's3'],
    'a Firehose subscription archives to S3 (sns/latest/dg/sns-firehose-as-subscriber.html)'
  ],
  [
    'dms',
    'splunk',
    ['kinesis-data-streams', 'kinesis-firehose'],
    'a Kinesis target endpoint, then Firehose'
  ],
  [
    'sqs',
    'batch',
    ['eventbridge-pipes'],
    'a pipe submits the Batch job (eventbridge/latest/userguide/eb-pipes-event-target.html)'
  ]
]

describe('fixes an architect would sign', () => {
  it.each(FIXES)('%s → %s inserts %j (%s)', (source, target, insert) => {
    expect(checkServicePair(source, target).insert).toEqual(insert)
  })

  it('offers no detour out of Firehose into a database: read the stream with Lambda instead', () => {
    const check = checkServicePair('kinesis-firehose', 'dynamodb')
    expect(check.insert).toBeUndefined()
    expect(check.reason).toContain('consume the upstream stream or queue with AWS Lambda')
    expect(check.reason).not.toContain('no chain of documented integrations')
  })
})
