import { awsDoc, type Citation } from './citations'

export const SERVICE_IDS = [
  // Sources and ingestion
  'producer-app',
  'kinesis-agent',
  'iot-devices',
  'iot-core',
  'cloudwatch-logs',
  'snowball',
  'datasync',
  'dms',
  'on-prem-database',
  'api-gateway',
  // Streaming and messaging
  'kinesis-data-streams',
  'kinesis-firehose',
  'kinesis-data-analytics',
  'kinesis-video-streams',
  'msk',
  'sqs',
  'sns',
  'dynamodb-streams',
  'eventbridge',
  'eventbridge-pipes',
  // Processing and orchestration
  'lambda',
  'kcl-app',
  'kinesis-connector-library',
  'emr',
  'glue-crawler',
  'glue-data-catalog',
  'glue-etl',
  'glue-databrew',
  'batch',
  'step-functions',
  'data-pipeline',
  'mwaa',
  'opensearch-ingestion',
  // Storage and databases
  's3',
  'dynamodb',
  'rds',
  'redshift',
  'redshift-spectrum',
  'opensearch',
  'elasticache',
  'documentdb',
  'timestream',
  'hbase',
  's3-tables',
  // Analytics, ML and destinations
  'athena',
  'quicksight',
  'sagemaker',
  'rekognition-video',
  'cloudsearch',
  'splunk',
  'machine-learning',
  'snowflake',
  'http-endpoint',
  // Security and governance
  'kms',
  'cloudhsm',
  'lake-formation'
] as const

export type ServiceId = (typeof SERVICE_IDS)[number]

export const CATEGORIES = [
  { id: 'sources', name: 'Sources and ingestion' },
  { id: 'streaming', name: 'Streaming and messaging' },
  { id: 'processing', name: 'Processing and orchestration' },
  { id: 'storage', name: 'Storage and databases' },
  { id: 'analytics', name: 'Analytics, ML and destinations' },
  { id: 'security', name: 'Security and governance' }
] as const

export type CategoryId = (typeof CATEGORIES)[number]['id']

export interface Retirement {
  /** What AWS says, in a few words, e.g. "closed to new customers". */
  status: string
  successors: ServiceId[]
  /** What to use instead when it is not a service of the catalog, e.g. "Amazon Timestream for InfluxDB". */
  instead?: string
  /** The word on its badge when "retired" would overstate it (closed to new customers only). */
  tag?: string
  citation: Citation
}

export interface ServiceDefinition {
  id: ServiceId
  name: string
  category: CategoryId
  description: string
  /** Path under the aws-icons package's `icons/` folder, without `.svg`; `local:` for icons drawn here. */
  icon: string
  retired?: Retirement
  /** Other names people type for it: former names, abbreviations, the open-source project. */
  aliases: readonly string[]
}

function svc(
  id: ServiceId,
  name: string,
  category: CategoryId,
  icon: string,
  description: string,
  retired?: Retirement
): ServiceDefinition {
  const aliases = ALIASES[id] ?? []
  return retired
    ? { id, name, category, icon, description, aliases, retired }
    : { id, name, category, icon, description, aliases }
}

/**
 * Former names (Kinesis Data Analytics became Managed Service for Apache Flink, Amazon
 * Elasticsearch Service became OpenSearch Service, Kinesis Data Firehose became Data Firehose),
 * abbreviations and the open-source project each service runs.
 */
const ALIASES: Partial<Record<ServiceId, readonly string[]>> = {
  'producer-app': ['KPL', 'Kinesis Producer Library', 'SDK'],
  'iot-devices': ['MQTT', 'sensors'],
  'iot-core': ['IoT rules'],
  'cloudwatch-logs': ['CloudWatch', 'logs'],
  snowball: ['Snowball'],
  dms: ['DMS', 'CDC'],
  'on-prem-database': ['JDBC', 'on-premises'],
  'api-gateway': ['API', 'REST API', 'HTTP API'],
  'kinesis-data-streams': ['KDS', 'Kinesis'],
  'kinesis-firehose': ['Kinesis Data Firehose', 'Firehose', 'KDF'],
  'kinesis-data-analytics': ['Kinesis Data Analytics', 'Kinesis Analytics', 'KDA', 'Flink', 'MSF'],
  'kinesis-video-streams': ['KVS'],
  msk: ['Kafka', 'Apache Kafka', 'Managed Streaming for Apache Kafka'],
  sqs: ['Simple Queue Service', 'queue'],
  sns: ['Simple Notification Service', 'topic'],
  eventbridge: ['EventBridge', 'event bus', 'CloudWatch Events', 'rules'],
  'eventbridge-pipes': ['Pipes'],
  lambda: ['function', 'serverless'],
  'kcl-app': ['KCL', 'Kinesis Client Library'],
  emr: ['Elastic MapReduce', 'Hadoop', 'Spark', 'Hive', 'Presto'],
  'glue-data-catalog': ['Hive metastore'],
  'glue-etl': ['Glue', 'Spark job'],
  'step-functions': ['state machine', 'SFN'],
  'data-pipeline': ['Data Pipeline'],
  mwaa: ['Airflow', 'Apache Airflow', 'MWAA', 'DAG'],
  'opensearch-ingestion': ['OSI', 'Data Prepper'],
  s3: ['S3 bucket', 'bucket', 'Simple Storage Service', 'data lake'],
  dynamodb: ['Dynamo', 'DDB'],
  rds: ['Aurora', 'MySQL', 'PostgreSQL', 'Postgres'],
  redshift: ['data warehouse'],
  opensearch: ['Elasticsearch', 'Amazon Elasticsearch Service', 'ES'],
  elasticache: ['Redis', 'Valkey', 'Memcached'],
  documentdb: ['MongoDB'],
  's3-tables': ['Iceberg', 'Apache Iceberg', 'table bucket'],
  athena: ['Presto', 'Trino', 'SQL'],
  quicksight: ['Quick Suite', 'BI', 'dashboard'],
  'rekognition-video': ['Rekognition'],
  snowflake: ['Snowpipe Streaming'],
  'http-endpoint': ['HTTP', 'webhook', 'Datadog', 'New Relic'],
  kms: ['Key Management Service', 'encryption'],
  cloudhsm: ['HSM'],
  'lake-formation': ['governance', 'permissions', 'LF-Tags']
}

const AS = 'architecture-service/'
const RES = 'resource/'

export const SERVICES: readonly ServiceDefinition[] = [
  svc(
    'producer-app',
    'Producer application',
    'sources',
    `${RES}SDK`,
    'Your application writing records with the AWS SDK or the Kinesis Producer Library (KPL).'
  ),
  svc(
    'kinesis-agent',
    'Kinesis Agent',
    'sources',
    `${RES}Server`,
    'Java agent that tails log files on a server and sends them to Kinesis.'
  ),
  svc(
    'iot-devices',
    'IoT devices (MQTT)',
    'sources',
    `${RES}AWSIoTThingGeneric`,
    'Sensors and devices publishing over MQTT with the AWS IoT Device SDK.'
  ),
  svc(
    'iot-core',
    'AWS IoT Core',
    'sources',
    `${AS}AWSIoTCore`,
    'MQTT broker with a rules engine whose actions route messages to AWS services.'
  ),
  svc(
    'cloudwatch-logs',
    'CloudWatch Logs & Events',
    'sources',
    `${RES}AmazonCloudWatchLogs`,
    'Log groups and events, forwarded with subscription filters or event rules.'
  ),
  svc(
    'snowball',
    'AWS Snowball Edge',
    'sources',
    `${AS}AWSSnowballEdge`,
    'Physical device for moving terabytes of data into S3 offline.',
    {
      status: 'no longer available to new customers',
      successors: ['datasync'],
      citation: awsDoc(
        'https://docs.aws.amazon.com/snowball/latest/api-reference/API_ServiceVersion.html',
        'AWS Snowball Edge API Reference: "AWS Snowball Edge is no longer available to new customers"'
      )
    }
  ),
  svc(
    'datasync',
    'AWS DataSync',
    'sources',
    `${AS}AWSDataSync`,
    'Agent-based online transfer from NFS, SMB or HDFS storage into AWS storage.'
  ),
  svc(
    'dms',
    'Database Migration Service',
    'sources',
    `${AS}AWSDatabaseMigrationService`,
    'Migrates databases and replicates ongoing changes (CDC) to AWS targets.'
  ),
  svc(
    'on-prem-database',
    'On-premises / JDBC database',
    'sources',
    `${RES}Database`,
    'Any database reachable over JDBC, on premises or elsewhere.'
  ),
  svc(
    'api-gateway',
    'Amazon API Gateway',
    'sources',
    `${AS}AmazonAPIGateway`,
    'HTTPS front door whose AWS integrations put records into Kinesis, Firehose or SQS, or invoke Lambda.'
  ),

  svc(
    'kinesis-data-streams',
    'Kinesis Data Streams',
    'streaming',
    `${AS}AmazonKinesisDataStreams`,
    'Real-time stream of ordered shards: 1 MB/s or 1,000 records/s in, 2 MB/s out per shard.'
  ),
  svc(
    'kinesis-firehose',
    'Data Firehose',
    'streaming',
    `${AS}AmazonDataFirehose`,
    'Near-real-time delivery of streams into S3, Redshift, OpenSearch or Splunk.'
  ),
  svc(
    'kinesis-data-analytics',
    'Managed Service for Apache Flink',
    'streaming',
    `${AS}AmazonManagedServiceforApacheFlink`,
    'Kinesis Data Analytics: real-time ETL and analytics on streams with Apache Flink.'
  ),
  svc(
    'kinesis-video-streams',
    'Kinesis Video Streams',
    'streaming',
    `${AS}AmazonKinesisVideoStreams`,
    'Ingests and stores live video for playback and ML consumers.'
  ),
  svc(
    'msk',
    'Amazon MSK (Kafka)',
    'streaming',
    `${AS}AmazonManagedStreamingforApacheKafka`,
    'Managed Apache Kafka clusters: brokers, topics, producers and consumers.'
  ),
  svc(
    'sqs',
    'Amazon SQS',
    'streaming',
    `${AS}AmazonSimpleQueueService`,
    'Message queue between producers and polling consumers.'
  ),
  svc(
    'sns',
    'Amazon SNS',
    'streaming',
    `${AS}AmazonSimpleNotificationService`,
    'Pub/sub topics fanning messages out to subscribers.'
  ),
  svc(
    'dynamodb-streams',
    'DynamoDB Streams',
    'streaming',
    `${RES}AmazonDynamoDBStream`,
    'Ordered change log of a DynamoDB table.'
  ),
  svc(
    'eventbridge',
    'Amazon EventBridge',
    'streaming',
    `${AS}AmazonEventBridge`,
    'Event buses whose rules match events and route them to up to five targets each.'
  ),
  svc(
    'eventbridge-pipes',
    'EventBridge Pipes',
    'streaming',
    `${RES}AmazonEventBridgePipes`,
    'Point-to-point integration: polls a stream or queue, filters and enriches, and delivers to one target.'
  ),

  svc(
    'lambda',
    'AWS Lambda',
    'processing',
    `${AS}AWSLambda`,
    'Serverless functions triggered by streams, queues, events or other services.'
  ),
  svc(
    'kcl-app',
    'KCL consumer application',
    'processing',
    `${RES}GenericApplication`,
    'Consumer built with the Kinesis Client Library; keeps its leases in DynamoDB.'
  ),
  svc(
    'kinesis-connector-library',
    'Kinesis Connector Library',
    'processing',
    `${RES}Toolkit`,
    'KCL-based connectors that emit stream records to S3, Redshift, Elasticsearch or DynamoDB.',
    {
      status: 'retired: it is built on KCL 1.x, which reached end of support on 30 January 2026',
      successors: ['kcl-app'],
      instead: 'a KCL 2.x/3.x consumer application',
      citation: awsDoc(
        'https://docs.aws.amazon.com/streams/latest/dev/kcl-archive.html',
        'Kinesis Data Streams: previous KCL versions ("KCL 1.x reaches end of support on January 30, 2026")'
      )
    }
  ),
  svc(
    'emr',
    'Amazon EMR',
    'processing',
    `${AS}AmazonEMR`,
    'Managed Hadoop/Spark/Hive/Presto clusters; reads S3 through EMRFS.'
  ),
  svc(
    'glue-crawler',
    'Glue crawler',
    'processing',
    `${RES}AWSGlueCrawler`,
    'Infers schemas and partitions from data and writes tables to the Data Catalog.'
  ),
  svc(
    'glue-data-catalog',
    'Glue Data Catalog',
    'processing',
    `${RES}AWSGlueDataCatalog`,
    'Metadata repository of tables used by Athena, Redshift Spectrum and EMR.'
  ),
  svc(
    'glue-etl',
    'Glue ETL job',
    'processing',
    `${AS}AWSGlue`,
    'Serverless Spark jobs that transform, clean and enrich data.'
  ),
  svc(
    'glue-databrew',
    'Glue DataBrew',
    'processing',
    `${AS}AWSGlueDataBrew`,
    'Visual, no-code data preparation with 250+ transformations.'
  ),
  svc(
    'batch',
    'AWS Batch',
    'processing',
    `${AS}AWSBatch`,
    'Runs containerised batch jobs on managed EC2 or Fargate capacity.'
  ),
  svc(
    'step-functions',
    'Step Functions',
    'processing',
    `${AS}AWSStepFunctions`,
    'Workflow orchestration with retries and error handling across services.'
  ),
  svc(
    'data-pipeline',
    'AWS Data Pipeline',
    'processing',
    'local:data-pipeline',
    'Scheduled data movement and processing between AWS storage and compute.',
    {
      status: 'no longer available to new customers',
      successors: ['glue-etl', 'step-functions'],
      citation: awsDoc(
        'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html',
        'AWS Data Pipeline Developer Guide: "AWS Data Pipeline is no longer available to new customers"'
      )
    }
  ),
  svc(
    'mwaa',
    'Managed Workflows for Apache Airflow',
    'processing',
    `${AS}AmazonManagedWorkflowsforApacheAirflow`,
    'Managed Apache Airflow: DAGs whose operators start Glue jobs, EMR steps, Athena queries and more.'
  ),
  svc(
    'opensearch-ingestion',
    'OpenSearch Ingestion',
    'processing',
    `${RES}AmazonOpenSearchServiceOpenSearchIngestion`,
    'Serverless Data Prepper pipelines (billed in OCUs) that pull from streams, S3 or databases into OpenSearch or S3.'
  ),

  svc(
    's3',
    'Amazon S3',
    'storage',
    `${AS}AmazonSimpleStorageService`,
    'Object storage and the usual data-lake foundation.'
  ),
  svc(
    'dynamodb',
    'Amazon DynamoDB',
    'storage',
    `${AS}AmazonDynamoDB`,
    'Serverless NoSQL key-value and document database.'
  ),
  svc(
    'rds',
    'Amazon RDS / Aurora',
    'storage',
    `${AS}AmazonRDS`,
    'Managed relational databases for OLTP workloads.'
  ),
  svc(
    'redshift',
    'Amazon Redshift',
    'storage',
    `${AS}AmazonRedshift`,
    'Columnar, petabyte-scale data warehouse (OLAP); loads with COPY, exports with UNLOAD.'
  ),
  svc(
    'redshift-spectrum',
    'Redshift Spectrum',
    'storage',
    `${RES}AmazonRedshiftQueryEditorv20`,
    'Queries data in S3 from Redshift without loading it.'
  ),
  svc(
    'opensearch',
    'Amazon OpenSearch Service',
    'storage',
    `${AS}AmazonOpenSearchService`,
    'Search and log analytics (successor of Amazon Elasticsearch Service).'
  ),
  svc(
    'elasticache',
    'Amazon ElastiCache',
    'storage',
    `${AS}AmazonElastiCache`,
    'In-memory cache (Valkey, Redis OSS, Memcached).'
  ),
  svc(
    'documentdb',
    'Amazon DocumentDB',
    'storage',
    `${AS}AmazonDocumentDB`,
    'Managed MongoDB-compatible document database.'
  ),
  svc(
    'timestream',
    'Amazon Timestream',
    'storage',
    `${AS}AmazonTimestream`,
    'Managed time-series database.',
    {
      status:
        'closed to new customers as Timestream for LiveAnalytics (since 20 June 2025; existing customers are unaffected)',
      successors: [],
      instead: 'Amazon Timestream for InfluxDB',
      tag: 'LiveAnalytics closed',
      citation: awsDoc(
        'https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influxdb.html',
        'Amazon Timestream: LiveAnalytics closed to new customers from June 20, 2025; see Timestream for InfluxDB'
      )
    }
  ),
  svc(
    'hbase',
    'Apache HBase on EMR',
    'storage',
    `${RES}AmazonEMRHDFSCluster`,
    'Wide-column store running on an EMR cluster, on HDFS or on S3.'
  ),
  svc(
    's3-tables',
    'Amazon S3 Tables',
    'storage',
    `${RES}AmazonSimpleStorageServiceS3Tables`,
    'Table buckets storing Apache Iceberg tables, queried through the Glue Data Catalog integration.'
  ),

  svc(
    'athena',
    'Amazon Athena',
    'analytics',
    `${AS}AmazonAthena`,
    'Serverless SQL over data in S3, with tables from the Glue Data Catalog.'
  ),
  svc(
    'quicksight',
    'Amazon QuickSight',
    'analytics',
    `${AS}AmazonQuickSuite`,
    'Serverless BI dashboards over Athena, Redshift, RDS, S3 and more.'
  ),
  svc(
    'sagemaker',
    'Amazon SageMaker',
    'analytics',
    `${AS}AmazonSageMaker`,
    'Build, train and deploy ML models; training data comes from S3.'
  ),
  svc(
    'rekognition-video',
    'Rekognition Video',
    'analytics',
    `${RES}AmazonRekognitionVideo`,
    'Computer-vision analysis of stored or streaming video.'
  ),
  svc(
    'cloudsearch',
    'Amazon CloudSearch',
    'analytics',
    `${AS}AmazonCloudSearch`,
    'Managed search domains (Apache Solr based).',
    {
      status: 'no longer available to new customers',
      successors: ['opensearch'],
      citation: awsDoc(
        'https://docs.aws.amazon.com/cloudsearch/latest/developerguide/what-is-cloudsearch.html',
        'Amazon CloudSearch Developer Guide: "no longer available to new customers"'
      )
    }
  ),
  svc(
    'splunk',
    'Splunk',
    'analytics',
    'local:splunk',
    'Third-party log analytics platform, fed by Firehose through the HTTP Event Collector.'
  ),
  svc(
    'machine-learning',
    'Amazon Machine Learning',
    'analytics',
    'category/ArtificialIntelligence',
    'Legacy ML service training models from S3 or Redshift data.',
    {
      status: 'no longer updated or accepting new users',
      successors: ['sagemaker'],
      citation: awsDoc(
        'https://docs.aws.amazon.com/machine-learning/latest/dg/amazon-machine-learning-reference.html',
        'Amazon Machine Learning Developer Guide: "no longer updating ... or accepting new users"'
      )
    }
  ),
  svc(
    'snowflake',
    'Snowflake',
    'analytics',
    'local:snowflake',
    'Third-party cloud data warehouse, loaded by Firehose with Snowpipe Streaming.'
  ),
  svc(
    'http-endpoint',
    'HTTP endpoint',
    'analytics',
    'local:http-endpoint',
    'Any HTTPS endpoint (yours or a partner such as Datadog or New Relic) that Firehose or EventBridge delivers to.'
  ),

  svc(
    'kms',
    'AWS KMS',
    'security',
    `${AS}AWSKeyManagementService`,
    'Managed encryption keys integrated with most AWS services (FIPS 140-2).'
  ),
  svc(
    'cloudhsm',
    'AWS CloudHSM',
    'security',
    `${AS}AWSCloudHSM`,
    'Dedicated HSMs (FIPS 140-3) with little direct AWS service integration.'
  ),
  svc(
    'lake-formation',
    'AWS Lake Formation',
    'security',
    `${AS}AWSLakeFormation`,
    'Fine-grained permissions on Data Catalog tables for Athena, Redshift Spectrum, EMR and Glue.'
  )
]

const BY_ID: ReadonlyMap<string, ServiceDefinition> = new Map(SERVICES.map((s) => [s.id, s]))

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && BY_ID.has(value)
}

export function getService(id: ServiceId): ServiceDefinition {
  const found = BY_ID.get(id)
  if (!found) throw new Error(`Unknown service id "${id}"`)
  return found
}

export function serviceName(id: ServiceId): string {
  return getService(id).name
}
