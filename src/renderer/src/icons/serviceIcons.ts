import type { ServiceId } from '../../../shared/catalog/services'
import iProducerApp from 'aws-icons/icons/resource/SDK.svg'
import iKinesisAgent from 'aws-icons/icons/resource/Server.svg'
import iIotDevices from 'aws-icons/icons/resource/AWSIoTThingGeneric.svg'
import iIotCore from 'aws-icons/icons/architecture-service/AWSIoTCore.svg'
import iCloudwatchLogs from 'aws-icons/icons/resource/AmazonCloudWatchLogs.svg'
import iSnowball from 'aws-icons/icons/architecture-service/AWSSnowballEdge.svg'
import iDatasync from 'aws-icons/icons/architecture-service/AWSDataSync.svg'
import iDms from 'aws-icons/icons/architecture-service/AWSDatabaseMigrationService.svg'
import iOnPremDatabase from 'aws-icons/icons/resource/Database.svg'
import iApiGateway from 'aws-icons/icons/architecture-service/AmazonAPIGateway.svg'
import iKinesisDataStreams from 'aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg'
import iKinesisFirehose from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg'
import iKinesisDataAnalytics from 'aws-icons/icons/architecture-service/AmazonManagedServiceforApacheFlink.svg'
import iKinesisVideoStreams from 'aws-icons/icons/architecture-service/AmazonKinesisVideoStreams.svg'
import iMsk from 'aws-icons/icons/architecture-service/AmazonManagedStreamingforApacheKafka.svg'
import iSqs from 'aws-icons/icons/architecture-service/AmazonSimpleQueueService.svg'
import iSns from 'aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg'
import iDynamodbStreams from 'aws-icons/icons/resource/AmazonDynamoDBStream.svg'
import iEventbridge from 'aws-icons/icons/architecture-service/AmazonEventBridge.svg'
import iEventbridgePipes from 'aws-icons/icons/resource/AmazonEventBridgePipes.svg'
import iLambda from 'aws-icons/icons/architecture-service/AWSLambda.svg'
import iKclApp from 'aws-icons/icons/resource/GenericApplication.svg'
import iKinesisConnectorLibrary from 'aws-icons/icons/resource/Toolkit.svg'
import iEmr from 'aws-icons/icons/architecture-service/AmazonEMR.svg'
import iGlueCrawler from 'aws-icons/icons/resource/AWSGlueCrawler.svg'
import iGlueDataCatalog from 'aws-icons/icons/resource/AWSGlueDataCatalog.svg'
import iGlueEtl from 'aws-icons/icons/architecture-service/AWSGlue.svg'
import iGlueDatabrew from 'aws-icons/icons/architecture-service/AWSGlueDataBrew.svg'
import iBatch from 'aws-icons/icons/architecture-service/AWSBatch.svg'
import iStepFunctions from 'aws-icons/icons/architecture-service/AWSStepFunctions.svg'
import iDataPipeline from '../assets/data-pipeline.svg'
import iMwaa from 'aws-icons/icons/architecture-service/AmazonManagedWorkflowsforApacheAirflow.svg'
import iOpensearchIngestion from 'aws-icons/icons/resource/AmazonOpenSearchServiceOpenSearchIngestion.svg'
import iS3 from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg'
import iDynamodb from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg'
import iRds from 'aws-icons/icons/architecture-service/AmazonRDS.svg'
import iRedshift from 'aws-icons/icons/architecture-service/AmazonRedshift.svg'
import iRedshiftSpectrum from 'aws-icons/icons/resource/AmazonRedshiftQueryEditorv20.svg'
import iOpensearch from 'aws-icons/icons/architecture-service/AmazonOpenSearchService.svg'
import iElasticache from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg'
import iDocumentdb from 'aws-icons/icons/architecture-service/AmazonDocumentDB.svg'
import iTimestream from 'aws-icons/icons/architecture-service/AmazonTimestream.svg'
import iHbase from 'aws-icons/icons/resource/AmazonEMRHDFSCluster.svg'
import iS3Tables from 'aws-icons/icons/resource/AmazonSimpleStorageServiceS3Tables.svg'
import iAthena from 'aws-icons/icons/architecture-service/AmazonAthena.svg'
import iQuicksight from 'aws-icons/icons/architecture-service/AmazonQuickSuite.svg'
import iSagemaker from 'aws-icons/icons/architecture-service/AmazonSageMaker.svg'
import iRekognitionVideo from 'aws-icons/icons/resource/AmazonRekognitionVideo.svg'
import iCloudsearch from 'aws-icons/icons/architecture-service/AmazonCloudSearch.svg'
import iSplunk from '../assets/splunk.svg'
import iMachineLearning from 'aws-icons/icons/category/ArtificialIntelligence.svg'
import iSnowflake from '../assets/snowflake.svg'
import iHttpEndpoint from '../assets/http-endpoint.svg'
import iKms from 'aws-icons/icons/architecture-service/AWSKeyManagementService.svg'
import iCloudhsm from 'aws-icons/icons/architecture-service/AWSCloudHSM.svg'
import iLakeFormation from 'aws-icons/icons/architecture-service/AWSLakeFormation.svg'

/** Only the icons of catalog services are imported, so only they are bundled. */
export const SERVICE_ICONS: Record<ServiceId, string> = {
  'producer-app': iProducerApp,
  'kinesis-agent': iKinesisAgent,
  'iot-devices': iIotDevices,
  'iot-core': iIotCore,
  'cloudwatch-logs': iCloudwatchLogs,
  snowball: iSnowball,
  datasync: iDatasync,
  dms: iDms,
  'on-prem-database': iOnPremDatabase,
  'api-gateway': iApiGateway,
  'kinesis-data-streams': iKinesisDataStreams,
  'kinesis-firehose': iKinesisFirehose,
  'kinesis-data-analytics': iKinesisDataAnalytics,
  'kinesis-video-streams': iKinesisVideoStreams,
  msk: iMsk,
  sqs: iSqs,
  sns: iSns,
  'dynamodb-streams': iDynamodbStreams,
  eventbridge: iEventbridge,
  'eventbridge-pipes': iEventbridgePipes,
  lambda: iLambda,
  'kcl-app': iKclApp,
  'kinesis-connector-library': iKinesisConnectorLibrary,
  emr: iEmr,
  'glue-crawler': iGlueCrawler,
  'glue-data-catalog': iGlueDataCatalog,
  'glue-etl': iGlueEtl,
  'glue-databrew': iGlueDatabrew,
  batch: iBatch,
  'step-functions': iStepFunctions,
  'data-pipeline': iDataPipeline,
  mwaa: iMwaa,
  'opensearch-ingestion': iOpensearchIngestion,
  s3: iS3,
  dynamodb: iDynamodb,
  rds: iRds,
  redshift: iRedshift,
  'redshift-spectrum': iRedshiftSpectrum,
  opensearch: iOpensearch,
  elasticache: iElasticache,
  documentdb: iDocumentdb,
  timestream: iTimestream,
  hbase: iHbase,
  's3-tables': iS3Tables,
  athena: iAthena,
  quicksight: iQuicksight,
  sagemaker: iSagemaker,
  'rekognition-video': iRekognitionVideo,
  cloudsearch: iCloudsearch,
  splunk: iSplunk,
  'machine-learning': iMachineLearning,
  snowflake: iSnowflake,
  'http-endpoint': iHttpEndpoint,
  kms: iKms,
  cloudhsm: iCloudhsm,
  'lake-formation': iLakeFormation
}
