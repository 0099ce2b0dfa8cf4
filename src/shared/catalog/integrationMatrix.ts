import { awsDoc, seed, type Citation } from './citations'
import type { ServiceId } from './services'

/**
 * The documented integrations. An edge A → B means data (or metadata) moves from A to B.
 * A pair that is not listed is not a direct integration (an error with a suggested chain).
 * Rows come from the seed notes first; AWS documentation adds what the seeds leave out, and a
 * note says where the two disagree.
 */
export type Verdict = 'ok' | 'warning' | 'error'

export interface IntegrationRow {
  source: ServiceId
  target: ServiceId
  verdict: Exclude<Verdict, 'error'>
  mechanism: string
  citation: Citation
  note?: string
}

const C = {
  connected: seed('overview', 'Connected services'),
  redshiftCopy: seed('overview', 'Redshift'),
  kms: seed('overview', 'KMS'),
  cloudhsm: seed('overview', 'CloudHSM'),
  emrEncryption: seed('overview', 'EMR encryption'),
  s3Encryption: seed('notes', 'Object Encryption'),
  kdsStreams: seed('notes', 'Kinesis Streams'),
  firehose: seed('notes', 'Kinesis Firehose'),
  analytics: seed('notes', 'Kinesis Analytics'),
  video: seed('notes', 'Kinesis Video Stream'),
  glue: seed('notes', 'AWS Glue'),
  dataStores: seed('notes', 'AWS Data Stores'),
  dataPipeline: seed('notes', 'AWS Data Pipeline'),
  batch: seed('notes', 'AWS Batch'),
  dms: seed('notes', 'AWS Database Migration Service'),
  datasync: seed('notes', 'AWS DataSync'),
  mqtt: seed('notes', 'MQTT'),
  iot: seed('integration', 'IoT'),
  kds: seed('integration', 'Kinesis Data Streams'),
  kdf: seed('integration', 'Kinesis Data Firehose'),
  kda: seed('integration', 'Kinesis Data Analytics'),
  sqs: seed('integration', 'SQS'),
  s3: seed('integration', 'S3'),
  dynamodb: seed('integration', 'DynamoDB'),
  glueSources: seed('integration', 'Glue'),
  emr: seed('integration', 'EMR'),
  ml: seed('integration', 'Amazon Machine Learning'),
  sagemaker: seed('integration', 'Amazon SageMaker'),
  pipeline: seed('integration', 'AWS Data pipeline'),
  es: seed('integration', 'ElasticSearch Service'),
  athena: seed('integration', 'Athena'),
  redshift: seed('integration', 'RedShift'),
  quicksight: seed('integration', 'QuickSight'),
  athenaGlue: seed('bigdata', 'AWS Athena & Glue'),
  kinesisModel: seed('bigdata', 'AWS Kinesis'),
  quicksightIntegrates: seed('bigdata', 'AWS Quick Sight'),
  pipelineUses: seed('bigdata', 'AWS Data pipeline'),
  mskSecurity: seed('bigdata', 'AWS MSK - Managed Streaming for Apache Kafka'),
  opensearch: seed('bigdata', 'AWS OpenSearch'),
  emrStorage: seed('bigdata', 'AWS EMR - Elastic MaPReduce'),
  kinesisFamily: seed('kinesis', 'Firehose'),
  kcl: seed('kinesis', 'use KCL for multiple application'),
  mskConsumers: seed('kinesis', 'MSK'),
  athenaFederated: seed('kinesis', 'Athena'),
} as const

const DOC = {
  iotActions: awsDoc('https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html', 'AWS IoT rule actions'),
  firehoseMsk: awsDoc('https://docs.aws.amazon.com/firehose/latest/dev/writing-with-msk.html', 'Firehose: Amazon MSK as a source'),
  firehoseTransform: awsDoc('https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html', 'Firehose: transform source data with Lambda'),
  firehoseFormat: awsDoc('https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion.html', 'Firehose: convert record format with a Glue table'),
  snsFirehose: awsDoc('https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html', 'SNS: fan out to Firehose delivery streams'),
  snsPublish: awsDoc('https://docs.aws.amazon.com/sns/latest/dg/sns-publishing.html', 'SNS: message publishing'),
  s3Replication: awsDoc('https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html', 'S3: replicating objects'),
  snsSqs: awsDoc('https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html', 'SNS: fan out to SQS queues'),
  snsLambda: awsDoc('https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html', 'Lambda: invoking functions with SNS notifications'),
  lambdaMsk: awsDoc('https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html', 'Lambda: using Lambda with Amazon MSK'),
  lambdaDocdb: awsDoc('https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html', 'Lambda: DocumentDB change streams'),
  lambdaDestinations: awsDoc('https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html', 'Lambda: destinations for asynchronous invocations'),
  cwlSubscriptions: awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html', 'CloudWatch Logs: subscription filters'),
  cwlExport: awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/S3Export.html', 'CloudWatch Logs: export log data to S3'),
  cwlOpenSearch: awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_OpenSearch_Stream.html', 'CloudWatch Logs: stream to OpenSearch Service'),
  ddbKinesis: awsDoc('https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html', 'DynamoDB: change data capture with Kinesis Data Streams'),
  ddbExport: awsDoc('https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataExport.HowItWorks.html', 'DynamoDB: export to S3'),
  redshiftStreaming: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/materialized-view-streaming-ingestion.html', 'Redshift: streaming ingestion'),
  redshiftFederated: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/federated-overview.html', 'Redshift: federated queries'),
  spectrum: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html', 'Redshift Spectrum: querying external data'),
  redshiftHsm: awsDoc('https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html', 'Redshift database encryption (KMS or HSM)'),
  flinkSources: awsDoc('https://docs.aws.amazon.com/managed-flink/latest/java/how-sources.html', 'Managed Service for Apache Flink: sources'),
  flinkSinks: awsDoc('https://docs.aws.amazon.com/managed-flink/latest/java/how-sinks.html', 'Managed Service for Apache Flink: sinks'),
  glueStreaming: awsDoc('https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html', 'Glue: streaming ETL jobs'),
  glueConnections: awsDoc('https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-connect.html', 'Glue: connection types for ETL'),
  glueCrawlerStores: awsDoc('https://docs.aws.amazon.com/glue/latest/dg/crawler-data-stores.html', 'Glue: data stores a crawler can crawl'),
  databrewOutputs: awsDoc('https://docs.aws.amazon.com/databrew/latest/dg/jobs.recipe.html', 'DataBrew: recipe job outputs'),
  dmsSources: awsDoc('https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.html', 'DMS: sources for data migration'),
  dmsTargets: awsDoc('https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.html', 'DMS: targets for data migration'),
  osiKinesis: awsDoc('https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-kinesis.html', 'OpenSearch Ingestion: Kinesis Data Streams as a source'),
  osiS3: awsDoc('https://docs.aws.amazon.com/opensearch-service/latest/developerguide/configure-client-s3.html', 'OpenSearch Ingestion: S3 as a source'),
  sfnIntegrations: awsDoc('https://docs.aws.amazon.com/step-functions/latest/dg/integrate-services.html', 'Step Functions: integrating services'),
  s3Events: awsDoc('https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html', 'S3 event notifications'),
  rekognitionStreaming: awsDoc('https://docs.aws.amazon.com/rekognition/latest/dg/streaming-video.html', 'Rekognition: streaming video events'),
  rekognitionStored: awsDoc('https://docs.aws.amazon.com/rekognition/latest/dg/video.html', 'Rekognition: stored and streaming video'),
  hbaseS3: awsDoc('https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hbase-s3.html', 'EMR: HBase on Amazon S3'),
  cloudsearchUpload: awsDoc('https://docs.aws.amazon.com/cloudsearch/latest/developerguide/uploading-data.html', 'CloudSearch: uploading data'),
  kmsServices: awsDoc('https://docs.aws.amazon.com/kms/latest/developerguide/service-integration.html', 'KMS: AWS services integrated with KMS'),
  kmsCloudHsm: awsDoc('https://docs.aws.amazon.com/kms/latest/developerguide/keystore-cloudhsm.html', 'KMS: AWS CloudHSM key stores'),
  quicksightSources: awsDoc('https://docs.aws.amazon.com/quicksight/latest/user/supported-data-sources.html', 'QuickSight: supported data sources'),
  datasyncS3: awsDoc('https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html', 'DataSync: S3 locations'),
  batchJobs: awsDoc('https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html', 'What is AWS Batch'),
  mskConnect: awsDoc('https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect.html', 'MSK Connect'),
  timestreamQuicksight: awsDoc('https://docs.aws.amazon.com/timestream/latest/developerguide/Quicksight.html', 'Timestream: Amazon QuickSight'),
  sagemakerOutput: awsDoc('https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html', 'SageMaker: batch transform output to S3'),
  mlOutput: awsDoc('https://docs.aws.amazon.com/machine-learning/latest/dg/requesting-batch-predictions.html', 'Amazon ML: batch predictions to S3'),
} as const

type Row = IntegrationRow

function rows(
  sources: ServiceId[],
  targets: ServiceId[],
  mechanism: string,
  citation: Citation,
  extra: { verdict?: 'ok' | 'warning'; note?: string } = {},
): Row[] {
  const out: Row[] = []
  for (const source of sources) {
    for (const target of targets) {
      const row: Row = { source, target, verdict: extra.verdict ?? 'ok', mechanism, citation }
      if (extra.note) row.note = extra.note
      out.push(row)
    }
  }
  return out
}

const SDK_NOTE = 'written by your code through the AWS SDK'

export const INTEGRATION_ROWS: readonly IntegrationRow[] = [
  // ---- Producers and agents
  ...rows(['producer-app'], ['kinesis-data-streams'], 'PutRecords (SDK / KPL)', C.kds),
  ...rows(['kinesis-agent'], ['kinesis-data-streams'], 'Kinesis Agent', C.kds),
  ...rows(['producer-app', 'kinesis-agent'], ['kinesis-firehose'], 'Direct PUT', C.kdf),
  ...rows(['producer-app'], ['sqs'], 'SendMessage (SDK)', C.sqs),
  ...rows(['producer-app'], ['dynamodb'], 'PutItem (SDK)', C.dynamodb),
  ...rows(['producer-app'], ['msk'], 'Kafka producer', C.mskSecurity),
  ...rows(['producer-app'], ['kinesis-video-streams'], 'KVS Producer SDK', C.video),
  ...rows(['producer-app'], ['s3'], 'PutObject (SDK)', C.dataStores),
  ...rows(['producer-app'], ['sns'], 'Publish (SDK)', DOC.snsPublish),
  ...rows(['producer-app'], ['rds', 'documentdb', 'timestream', 'elasticache', 'opensearch'], 'database client', C.dataStores, { note: SDK_NOTE }),
  ...rows(['producer-app'], ['cloudsearch'], 'document upload', DOC.cloudsearchUpload),
  ...rows(['iot-devices'], ['iot-core'], 'MQTT publish', C.mqtt),
  ...rows(['iot-devices'], ['kinesis-video-streams'], 'KVS Producer SDK on the camera', C.video),

  // ---- IoT Core rules engine
  ...rows(['iot-core'], ['kinesis-data-streams', 'dynamodb', 'sns', 's3', 'lambda', 'sqs', 'kinesis-firehose'], 'IoT rule action', C.iot),
  ...rows(['iot-core'], ['opensearch'], 'IoT rule action', C.es),
  ...rows(['iot-core'], ['timestream', 'msk', 'step-functions', 'cloudwatch-logs'], 'IoT rule action', DOC.iotActions),
  ...rows(['iot-core'], ['redshift'], 'IoT rule action via Firehose', C.connected, {
    verdict: 'warning',
    note: 'The seed lists Redshift as an IoT rule destination, but AWS IoT has no Redshift action: use a Firehose action (iot-core → kinesis-firehose → redshift).',
  }),

  // ---- CloudWatch Logs and Events
  ...rows(['cloudwatch-logs'], ['kinesis-firehose'], 'subscription filter', C.kdf),
  ...rows(['cloudwatch-logs'], ['kinesis-data-streams', 'lambda'], 'subscription filter', DOC.cwlSubscriptions),
  ...rows(['cloudwatch-logs'], ['opensearch'], 'subscription filter', C.es, {
    note: 'AWS implements this subscription with a Lambda function it creates for you.',
  }),
  ...rows(['cloudwatch-logs'], ['s3'], 'export task', DOC.cwlExport),
  ...rows(['cloudwatch-logs'], ['batch'], 'scheduled event rule', C.batch),

  // ---- Transfer services
  ...rows(['snowball', 'datasync'], ['s3'], 'import into S3', C.s3),
  ...rows(['s3'], ['datasync'], 'S3 location', DOC.datasyncS3),
  ...rows(['on-prem-database', 'rds', 'documentdb'], ['dms'], 'DMS source endpoint', C.dms),
  ...rows(['dms'], ['s3'], 'DMS target endpoint', C.s3),
  ...rows(['dms'], ['dynamodb'], 'DMS target endpoint', C.dynamodb),
  ...rows(['dms'], ['rds', 'redshift', 'kinesis-data-streams', 'opensearch', 'msk', 'documentdb'], 'DMS target endpoint', DOC.dmsTargets),
  ...rows(['dynamodb', 's3'], ['dms'], 'DMS source endpoint', DOC.dmsSources),

  // ---- Kinesis Data Streams consumers
  ...rows(['kinesis-data-streams'], ['kcl-app', 'kinesis-connector-library', 'emr'], 'stream consumer', C.kds),
  ...rows(['kinesis-data-streams'], ['lambda'], 'event source mapping', C.kds),
  ...rows(['kinesis-data-streams'], ['kinesis-data-analytics'], 'Flink Kinesis source', C.kda),
  ...rows(['kinesis-data-streams'], ['glue-etl'], 'Glue streaming ETL source', DOC.glueStreaming),
  ...rows(['kinesis-data-streams'], ['redshift'], 'Redshift streaming ingestion', DOC.redshiftStreaming),
  ...rows(['kinesis-data-streams'], ['opensearch'], 'OpenSearch Ingestion pipeline', DOC.osiKinesis, {
    verdict: 'warning',
    note: 'The seed says OpenSearch "integrates with Kinesis"; it needs an OpenSearch Ingestion pipeline (billed in OCUs) or Firehose in between.',
  }),
  ...rows(['emr', 'msk'], ['kinesis-data-streams'], 'third-party producer (Spark / Kafka)', C.kds, {
    verdict: 'warning',
    note: 'Needs a connector in your Spark job or an MSK Connect Kinesis sink connector.',
  }),

  // ---- Firehose
  ...rows(['kinesis-data-streams'], ['kinesis-firehose'], 'Kinesis Data Streams source', C.kdf),
  ...rows(['msk'], ['kinesis-firehose'], 'MSK source', DOC.firehoseMsk),
  ...rows(['sns'], ['kinesis-firehose'], 'SNS subscription', DOC.snsFirehose),
  ...rows(['kinesis-firehose'], ['s3', 'redshift', 'opensearch', 'splunk'], 'Firehose delivery', C.connected),
  ...rows(['kinesis-firehose'], ['lambda'], 'data transformation', C.kdf, {
    note: 'Firehose invokes the function on each buffer and delivers what it returns.',
  }),
  ...rows(['glue-data-catalog'], ['kinesis-firehose'], 'record format conversion schema', DOC.firehoseFormat),
  ...rows(['kinesis-firehose'], ['kinesis-data-analytics'], 'streaming source (SQL applications only)', C.kda, {
    verdict: 'warning',
    note: 'Only the discontinued Kinesis Data Analytics for SQL applications read from Firehose; a Managed Flink application reads from Kinesis Data Streams or MSK.',
  }),

  // ---- Kinesis Data Analytics / Managed Service for Apache Flink
  ...rows(['kinesis-data-analytics'], ['kinesis-data-streams', 'kinesis-firehose', 'lambda'], 'application output', C.kda),
  ...rows(['kinesis-data-analytics'], ['s3', 'opensearch', 'dynamodb', 'msk', 'timestream'], 'Flink sink connector', DOC.flinkSinks),
  ...rows(['s3'], ['kinesis-data-analytics'], 'reference data', C.kda),
  ...rows(['msk'], ['kinesis-data-analytics'], 'Flink Kafka source', C.mskConsumers),
  ...rows(['lambda'], ['kinesis-data-analytics'], 'input pre-processing', C.analytics, {
    verdict: 'warning',
    note: 'Lambda pre-processing was a feature of the discontinued SQL applications; for Flink, have the function write to a Kinesis data stream.',
  }),

  // ---- Kinesis Video Streams
  ...rows(['kinesis-video-streams'], ['sagemaker', 'rekognition-video'], 'video stream consumer', C.video),
  ...rows(['s3'], ['rekognition-video'], 'stored video analysis', DOC.rekognitionStored),
  ...rows(['rekognition-video'], ['kinesis-data-streams'], 'stream processor output', DOC.rekognitionStreaming),
  ...rows(['rekognition-video'], ['sns'], 'completion notification', DOC.rekognitionStored),
  ...rows(['rekognition-video'], ['s3'], 'stream processor output (label detection)', DOC.rekognitionStreaming),

  // ---- MSK
  ...rows(['msk'], ['lambda'], 'event source mapping', C.mskConsumers),
  ...rows(['msk'], ['glue-etl'], 'Glue streaming ETL source', C.mskConsumers),
  ...rows(['msk'], ['redshift'], 'Redshift streaming ingestion', DOC.redshiftStreaming),
  ...rows(['msk'], ['s3'], 'MSK Connect S3 sink', DOC.mskConnect, {
    verdict: 'warning',
    note: 'Needs an MSK Connect connector (billed per MCU) or a Firehose delivery stream in between.',
  }),

  // ---- SQS and SNS
  ...rows(['sqs'], ['lambda'], 'event source mapping', C.sqs),
  ...rows(['sqs'], ['producer-app'], 'ReceiveMessage polling (SDK)', C.sqs),
  ...rows(['sns'], ['sqs'], 'SNS subscription', DOC.snsSqs),
  ...rows(['sns'], ['lambda'], 'SNS subscription', DOC.snsLambda),

  // ---- S3 as a source
  ...rows(['s3'], ['lambda', 'sqs', 'sns'], 'S3 event notification', C.s3),
  ...rows(['s3'], ['athena'], 'query in place', C.athena),
  ...rows(['s3'], ['redshift'], 'COPY', C.redshiftCopy),
  ...rows(['s3'], ['redshift-spectrum'], 'external table', C.athenaGlue),
  ...rows(['s3'], ['glue-crawler'], 'crawler data store', C.glueSources),
  ...rows(['s3'], ['glue-etl'], 'Glue ETL source', C.glueSources),
  ...rows(['s3'], ['glue-databrew'], 'DataBrew dataset', C.glue),
  ...rows(['s3'], ['emr'], 'EMRFS', C.emr),
  ...rows(['s3'], ['sagemaker'], 'training data', C.sagemaker),
  ...rows(['s3'], ['machine-learning'], 'datasource', C.ml),
  ...rows(['s3'], ['quicksight'], 'S3 manifest data source', C.quicksight),
  ...rows(['s3'], ['data-pipeline'], 'S3DataNode', C.connected),
  ...rows(['s3'], ['hbase'], 'HBase on S3 storage mode', DOC.hbaseS3),
  ...rows(['s3'], ['cloudsearch'], 'document batch upload', DOC.cloudsearchUpload),
  ...rows(['s3'], ['batch'], 'job input (SDK)', DOC.batchJobs),
  ...rows(['s3'], ['opensearch'], 'OpenSearch Ingestion pipeline', DOC.osiS3, {
    verdict: 'warning',
    note: 'The seed says OpenSearch "integrates with S3"; loading needs an OpenSearch Ingestion pipeline or a Lambda function.',
  }),

  // ---- S3 as a destination
  ...rows(['s3'], ['s3'], 'replication or copy between buckets', DOC.s3Replication),
  ...rows(['redshift'], ['s3'], 'UNLOAD', C.redshiftCopy),
  ...rows(['athena'], ['s3'], 'query results', C.athena),
  ...rows(['glue-etl'], ['s3', 'redshift', 'glue-data-catalog'], 'Glue ETL target', C.glue),
  ...rows(['glue-databrew'], ['s3'], 'recipe job output', C.s3),
  ...rows(['glue-databrew'], ['redshift', 'rds'], 'recipe job output', DOC.databrewOutputs),
  ...rows(['emr'], ['s3'], 'EMRFS', C.s3),
  ...rows(['data-pipeline'], ['s3', 'rds', 'dynamodb', 'redshift', 'emr'], 'Data Pipeline activity', C.dataPipeline),
  ...rows(['data-pipeline'], ['sns'], 'failure notification', C.pipelineUses),
  ...rows(['sagemaker'], ['s3'], 'model artifacts and batch transform', DOC.sagemakerOutput),
  ...rows(['machine-learning'], ['s3'], 'batch predictions', DOC.mlOutput),
  ...rows(['batch'], ['s3'], 'job output (SDK)', DOC.batchJobs),
  ...rows(['hbase'], ['s3'], 'HBase on S3 storage mode', DOC.hbaseS3),

  // ---- Kinesis Connector Library and KCL applications
  ...rows(['kinesis-connector-library'], ['s3', 'redshift', 'opensearch', 'dynamodb'], 'connector emitter', C.connected),
  ...rows(['kcl-app'], ['dynamodb'], 'lease table and checkpoints', C.kcl),
  ...rows(['kcl-app'], ['s3', 'redshift', 'kinesis-firehose', 'emr'], 'consumer output (SDK)', C.kinesisModel),

  // ---- DynamoDB
  ...rows(['dynamodb'], ['dynamodb-streams'], 'change log', C.dynamodb),
  ...rows(['dynamodb-streams'], ['lambda'], 'event source mapping', C.dynamodb),
  ...rows(['dynamodb-streams'], ['kcl-app'], 'DynamoDB Streams Kinesis Adapter', C.dynamodb),
  ...rows(['dynamodb'], ['glue-crawler'], 'crawler data store', C.dynamodb),
  ...rows(['dynamodb'], ['glue-etl'], 'Glue ETL source', C.glueSources),
  ...rows(['dynamodb'], ['emr'], 'Hive DynamoDB connector', C.dynamodb),
  ...rows(['emr'], ['dynamodb'], 'Hive DynamoDB connector', C.emr),
  ...rows(['dynamodb'], ['redshift'], 'COPY from DynamoDB', C.redshiftCopy),
  ...rows(['dynamodb'], ['data-pipeline'], 'DynamoDBDataNode', C.connected),
  ...rows(['dynamodb'], ['kinesis-data-streams'], 'Kinesis Data Streams for DynamoDB', DOC.ddbKinesis),
  ...rows(['dynamodb'], ['s3'], 'export to S3', DOC.ddbExport),
  ...rows(['dynamodb'], ['cloudsearch'], 'DynamoDB import', DOC.cloudsearchUpload),
  ...rows(['dynamodb', 'rds', 'on-prem-database'], ['athena'], 'Athena Federated Query', C.athenaFederated, {
    verdict: 'warning',
    note: 'Federated queries run through a Lambda data source connector that you deploy and pay for.',
  }),

  // ---- Glue
  ...rows(['rds', 'redshift'], ['glue-crawler'], 'crawler data store', C.glue),
  ...rows(['on-prem-database'], ['glue-crawler'], 'JDBC crawler', C.glueSources),
  ...rows(['documentdb'], ['glue-crawler'], 'MongoDB-compatible crawler', DOC.glueCrawlerStores),
  ...rows(['glue-crawler'], ['glue-data-catalog'], 'crawler writes tables', C.glueSources),
  ...rows(['glue-data-catalog'], ['athena', 'redshift-spectrum'], 'table metadata', C.glueSources),
  ...rows(['glue-data-catalog'], ['emr'], 'Hive metastore', C.glueSources),
  ...rows(['glue-data-catalog'], ['glue-etl'], 'catalog tables as job sources', C.glue),
  ...rows(['glue-data-catalog'], ['glue-databrew'], 'DataBrew dataset', C.glue),
  ...rows(['rds', 'on-prem-database'], ['glue-etl'], 'JDBC connection', C.glueSources),
  ...rows(['glue-etl'], ['rds', 'dynamodb'], 'Glue ETL target', DOC.glueConnections),
  ...rows(['redshift', 'rds'], ['glue-databrew'], 'DataBrew dataset', C.glue),

  // ---- Redshift and Spectrum
  ...rows(['emr'], ['redshift'], 'COPY from EMR', C.redshiftCopy),
  ...rows(['redshift-spectrum'], ['redshift'], 'external schema joined in the cluster', DOC.spectrum),
  ...rows(['rds'], ['redshift'], 'federated query', DOC.redshiftFederated),
  ...rows(['redshift'], ['rds'], 'dblink from PostgreSQL', C.redshift),
  ...rows(['redshift'], ['machine-learning'], 'datasource', C.ml),
  ...rows(['redshift'], ['data-pipeline'], 'RedshiftDataNode', C.connected),
  ...rows(['rds', 'on-prem-database'], ['data-pipeline'], 'SqlDataNode (JDBC)', C.pipeline),

  // ---- EMR and HBase
  ...rows(['emr'], ['hbase'], 'HBase on the cluster', C.emrStorage),
  ...rows(['hbase'], ['emr'], 'HBase on the cluster', C.emrStorage),

  // ---- Analytics and BI
  ...rows(['athena', 'redshift'], ['quicksight'], 'QuickSight data source', C.athena),
  ...rows(['rds', 'on-prem-database'], ['quicksight'], 'QuickSight data source (JDBC)', C.quicksight),
  ...rows(['opensearch'], ['quicksight'], 'QuickSight data source', DOC.quicksightSources),
  ...rows(['timestream'], ['quicksight'], 'QuickSight data source', DOC.timestreamQuicksight),

  // ---- Lambda as a producer
  ...rows(['lambda'], ['kinesis-data-streams', 'kinesis-firehose'], 'PutRecords (SDK)', C.kds, { note: SDK_NOTE }),
  ...rows(['lambda'], ['sns'], 'Publish (SDK)', C.kda),
  ...rows(['lambda'], ['sqs', 'lambda'], 'Lambda destination', DOC.lambdaDestinations),
  ...rows(['lambda'], ['s3', 'dynamodb', 'opensearch', 'timestream', 'elasticache', 'documentdb', 'rds'], 'SDK / client call', C.dataStores, { note: SDK_NOTE }),
  ...rows(['lambda'], ['step-functions'], 'StartExecution', DOC.sfnIntegrations),
  ...rows(['documentdb'], ['lambda'], 'change stream event source mapping', DOC.lambdaDocdb),

  // ---- Orchestration
  ...rows(['step-functions'], ['batch'], 'task state', C.batch),
  ...rows(['step-functions'], ['lambda', 'glue-etl', 'emr', 'athena', 'dynamodb', 'sns', 'sqs', 'sagemaker', 'glue-databrew'], 'task state', DOC.sfnIntegrations),

  // ---- Encryption keys (an edge means the key protects the target's data)
  ...rows(['kms'], ['s3'], 'SSE-KMS', C.s3Encryption),
  ...rows(['kms'], ['emr'], 'EMR encryption (LUKS key)', C.emrEncryption),
  ...rows(['kms'], ['redshift'], 'cluster encryption', C.kms),
  ...rows(['kms'], ['msk'], 'encryption at rest', C.mskSecurity),
  ...rows(['kms'], [
    'kinesis-data-streams', 'kinesis-firehose', 'kinesis-video-streams', 'dynamodb', 'sqs', 'sns', 'rds', 'opensearch',
    'lambda', 'glue-etl', 'glue-data-catalog', 'athena', 'sagemaker', 'documentdb', 'timestream', 'elasticache',
    'kinesis-data-analytics', 'dms', 'step-functions', 'cloudwatch-logs',
  ], 'encryption key', DOC.kmsServices),
  ...rows(['cloudhsm'], ['kms'], 'custom key store', DOC.kmsCloudHsm),
  ...rows(['cloudhsm'], ['redshift'], 'HSM key management', DOC.redshiftHsm),
]

function pairKey(source: ServiceId, target: ServiceId): string {
  return `${source}>${target}`
}

/**
 * Several seed statements can document the same pair; the first row is the one shown, and a
 * warning row wins over an ok row so that a caveat is never hidden.
 */
function buildIndex(all: readonly IntegrationRow[]): ReadonlyMap<string, IntegrationRow> {
  const index = new Map<string, IntegrationRow>()
  for (const row of all) {
    const key = pairKey(row.source, row.target)
    const existing = index.get(key)
    if (!existing || (existing.verdict === 'ok' && row.verdict === 'warning')) index.set(key, row)
  }
  return index
}

const INDEX = buildIndex(INTEGRATION_ROWS)

export function findIntegration(source: ServiceId, target: ServiceId): IntegrationRow | undefined {
  return INDEX.get(pairKey(source, target))
}

/** One row per pair: the rows the app actually uses. */
export function integrationRows(): IntegrationRow[] {
  return [...INDEX.values()]
}
