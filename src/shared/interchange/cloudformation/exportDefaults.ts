import { awsDoc, type Citation } from '../../catalog/citations'

/**
 * Values a template must state that a diagram does not hold. Each is AWS's own default or the
 * value its reference page shows; the template asks for them as parameter defaults where a user
 * is likely to change them.
 */
interface Default<T> {
  value: T
  citation: Citation
}

function cite<T>(value: T, url: string, title: string): Default<T> {
  return { value, citation: awsDoc(url, title) }
}

export const EXPORT_DEFAULTS = {
  lambdaRuntime: cite(
    'python3.13',
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    'Lambda runtimes (supported runtime identifiers)'
  ),
  lambdaHandler: cite(
    'index.handler',
    'https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html',
    'Lambda: define a function handler in Python (file.function)'
  ),
  /** maxReceiveCount: how often a message is received before it moves to the dead-letter queue. */
  maxReceiveCount: cite(
    5,
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html',
    'Amazon SQS: configure a dead-letter queue (Maximum receives)'
  ),
  streamStartingPosition: cite(
    'LATEST',
    'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
    'Lambda: polling and stream starting positions'
  ),
  streamViewType: cite(
    'NEW_AND_OLD_IMAGES',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
    'DynamoDB Streams: StreamViewType'
  ),
  kafkaVersion: cite(
    '3.6.0',
    'https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html',
    'Amazon MSK: supported Apache Kafka versions'
  ),
  flinkRuntime: cite(
    'FLINK-1_20',
    'https://docs.aws.amazon.com/managed-flink/latest/java/flink-1-20.html',
    'Managed Service for Apache Flink: Flink 1.20'
  ),
  glueVersion: cite(
    '5.0',
    'https://docs.aws.amazon.com/glue/latest/dg/release-notes.html',
    'AWS Glue versions'
  ),
  openSearchVersion: cite(
    'OpenSearch_2.17',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html#choosing-version',
    'OpenSearch Service: supported versions'
  ),
  emrRelease: cite(
    'emr-7.5.0',
    'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-release-components.html',
    'Amazon EMR release versions'
  ),
  mwaaVersion: cite(
    '2.10.3',
    'https://docs.aws.amazon.com/mwaa/latest/userguide/airflow-versions.html',
    'Amazon MWAA: Apache Airflow versions'
  ),
  emrInstanceType: cite(
    'm5.xlarge',
    'https://aws.amazon.com/emr/pricing/',
    'Amazon EMR pricing (the instance the estimate prices)'
  ),
  rdsEngine: cite(
    'postgres',
    'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
    'Amazon RDS CreateDBInstance: Engine'
  ),
  rdsInstanceClass: cite(
    'db.t3.medium',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html',
    'Amazon RDS DB instance classes'
  ),
  rdsStorageGiB: cite(
    '20',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html',
    'Amazon RDS DB instance storage (the 20 GiB general purpose minimum)'
  ),
  iotRuleSql: cite(
    "SELECT * FROM 'pipewright/#'",
    'https://docs.aws.amazon.com/iot/latest/developerguide/iot-sql-reference.html',
    'AWS IoT SQL reference'
  ),
  s3NotificationEvent: cite(
    's3:ObjectCreated:*',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
    'Amazon S3: supported event types'
  )
} as const
