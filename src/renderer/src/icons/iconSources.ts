import type { ServiceId } from '../../../shared/catalog/services'

/**
 * Each service icon's SVG text, for the SVG export to inline. Loaded on demand, one small chunk
 * per icon, so the canvas's bundle does not carry the icons twice. The paths are serviceIcons.ts's
 * (a unit test keeps the two lists the same).
 */
const raw = (m: { default: string }) => m.default

const ICON_SOURCES: Record<ServiceId, () => Promise<string>> = {
  'producer-app': () => import('aws-icons/icons/resource/SDK.svg?raw').then(raw),
  'kinesis-agent': () => import('aws-icons/icons/resource/Server.svg?raw').then(raw),
  'iot-devices': () => import('aws-icons/icons/resource/AWSIoTThingGeneric.svg?raw').then(raw),
  'iot-core': () => import('aws-icons/icons/architecture-service/AWSIoTCore.svg?raw').then(raw),
  'cloudwatch-logs': () =>
    import('aws-icons/icons/resource/AmazonCloudWatchLogs.svg?raw').then(raw),
  snowball: () => import('aws-icons/icons/architecture-service/AWSSnowballEdge.svg?raw').then(raw),
  datasync: () => import('aws-icons/icons/architecture-service/AWSDataSync.svg?raw').then(raw),
  dms: () =>
    import('aws-icons/icons/architecture-service/AWSDatabaseMigrationService.svg?raw').then(raw),
  'on-prem-database': () => import('aws-icons/icons/resource/Database.svg?raw').then(raw),
  'api-gateway': () =>
    import('aws-icons/icons/architecture-service/AmazonAPIGateway.svg?raw').then(raw),
  'kinesis-data-streams': () =>
    import('aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg?raw').then(raw),
  'kinesis-firehose': () =>
    import('aws-icons/icons/architecture-service/AmazonDataFirehose.svg?raw').then(raw),
  'kinesis-data-analytics': () =>
    import('aws-icons/icons/architecture-service/AmazonManagedServiceforApacheFlink.svg?raw').then(
      raw
    ),
  'kinesis-video-streams': () =>
    import('aws-icons/icons/architecture-service/AmazonKinesisVideoStreams.svg?raw').then(raw),
  msk: () =>
    import('aws-icons/icons/architecture-service/AmazonManagedStreamingforApacheKafka.svg?raw').then(
      raw
    ),
  sqs: () =>
    import('aws-icons/icons/architecture-service/AmazonSimpleQueueService.svg?raw').then(raw),
  sns: () =>
    import('aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg?raw').then(
      raw
    ),
  'dynamodb-streams': () =>
    import('aws-icons/icons/resource/AmazonDynamoDBStream.svg?raw').then(raw),
  eventbridge: () =>
    import('aws-icons/icons/architecture-service/AmazonEventBridge.svg?raw').then(raw),
  'eventbridge-pipes': () =>
    import('aws-icons/icons/resource/AmazonEventBridgePipes.svg?raw').then(raw),
  lambda: () => import('aws-icons/icons/architecture-service/AWSLambda.svg?raw').then(raw),
  'kcl-app': () => import('aws-icons/icons/resource/GenericApplication.svg?raw').then(raw),
  'kinesis-connector-library': () => import('aws-icons/icons/resource/Toolkit.svg?raw').then(raw),
  emr: () => import('aws-icons/icons/architecture-service/AmazonEMR.svg?raw').then(raw),
  'glue-crawler': () => import('aws-icons/icons/resource/AWSGlueCrawler.svg?raw').then(raw),
  'glue-data-catalog': () =>
    import('aws-icons/icons/resource/AWSGlueDataCatalog.svg?raw').then(raw),
  'glue-etl': () => import('aws-icons/icons/architecture-service/AWSGlue.svg?raw').then(raw),
  'glue-databrew': () =>
    import('aws-icons/icons/architecture-service/AWSGlueDataBrew.svg?raw').then(raw),
  batch: () => import('aws-icons/icons/architecture-service/AWSBatch.svg?raw').then(raw),
  'step-functions': () =>
    import('aws-icons/icons/architecture-service/AWSStepFunctions.svg?raw').then(raw),
  'data-pipeline': () => import('../assets/data-pipeline.svg?raw').then(raw),
  mwaa: () =>
    import('aws-icons/icons/architecture-service/AmazonManagedWorkflowsforApacheAirflow.svg?raw').then(
      raw
    ),
  'opensearch-ingestion': () =>
    import('aws-icons/icons/resource/AmazonOpenSearchServiceOpenSearchIngestion.svg?raw').then(raw),
  s3: () =>
    import('aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?raw').then(raw),
  dynamodb: () => import('aws-icons/icons/architecture-service/AmazonDynamoDB.svg?raw').then(raw),
  rds: () => import('aws-icons/icons/architecture-service/AmazonRDS.svg?raw').then(raw),
  redshift: () => import('aws-icons/icons/architecture-service/AmazonRedshift.svg?raw').then(raw),
  'redshift-spectrum': () =>
    import('aws-icons/icons/resource/AmazonRedshiftQueryEditorv20.svg?raw').then(raw),
  opensearch: () =>
    import('aws-icons/icons/architecture-service/AmazonOpenSearchService.svg?raw').then(raw),
  elasticache: () =>
    import('aws-icons/icons/architecture-service/AmazonElastiCache.svg?raw').then(raw),
  documentdb: () =>
    import('aws-icons/icons/architecture-service/AmazonDocumentDB.svg?raw').then(raw),
  timestream: () =>
    import('aws-icons/icons/architecture-service/AmazonTimestream.svg?raw').then(raw),
  hbase: () => import('aws-icons/icons/resource/AmazonEMRHDFSCluster.svg?raw').then(raw),
  's3-tables': () =>
    import('aws-icons/icons/resource/AmazonSimpleStorageServiceS3Tables.svg?raw').then(raw),
  athena: () => import('aws-icons/icons/architecture-service/AmazonAthena.svg?raw').then(raw),
  quicksight: () =>
    import('aws-icons/icons/architecture-service/AmazonQuickSuite.svg?raw').then(raw),
  sagemaker: () => import('aws-icons/icons/architecture-service/AmazonSageMaker.svg?raw').then(raw),
  'rekognition-video': () =>
    import('aws-icons/icons/resource/AmazonRekognitionVideo.svg?raw').then(raw),
  cloudsearch: () =>
    import('aws-icons/icons/architecture-service/AmazonCloudSearch.svg?raw').then(raw),
  splunk: () => import('../assets/splunk.svg?raw').then(raw),
  'machine-learning': () =>
    import('aws-icons/icons/category/ArtificialIntelligence.svg?raw').then(raw),
  snowflake: () => import('../assets/snowflake.svg?raw').then(raw),
  'http-endpoint': () => import('../assets/http-endpoint.svg?raw').then(raw),
  kms: () =>
    import('aws-icons/icons/architecture-service/AWSKeyManagementService.svg?raw').then(raw),
  cloudhsm: () => import('aws-icons/icons/architecture-service/AWSCloudHSM.svg?raw').then(raw),
  'lake-formation': () =>
    import('aws-icons/icons/architecture-service/AWSLakeFormation.svg?raw').then(raw)
}

/** The SVG text of each of these services' icons (an icon that fails to load is left out). */
export async function iconSourcesFor(
  services: Iterable<ServiceId>
): Promise<Partial<Record<ServiceId, string>>> {
  const unique = [...new Set(services)]
  const loaded = await Promise.allSettled(unique.map((s) => ICON_SOURCES[s]()))
  const out: Partial<Record<ServiceId, string>> = {}
  loaded.forEach((result, i) => {
    if (result.status === 'fulfilled') out[unique[i]!] = result.value
  })
  return out
}
