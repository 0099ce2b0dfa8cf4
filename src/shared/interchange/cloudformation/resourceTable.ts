import { awsDoc, type Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'

/**
 * What each resource type becomes on the canvas: a service node, an edge between other nodes
 * (an event source mapping, a subscription, a rule), a setting folded into another node, or
 * nothing because it is not part of the data flow (IAM, networking, logs, keys). Each row cites
 * the type's page in the CloudFormation (or SAM) resource reference.
 *
 * KMS keys are `not-pipeline` although the catalog has a `kms` node: a key protects data at rest,
 * it does not move records, and drawing one node per key with an edge to everything it encrypts
 * would bury the pipeline. A user who wants the key on the canvas adds it by hand.
 */
export type ResourceRole = ServiceId | 'edge' | 'setting' | 'not-pipeline'

export interface ResourceRow {
  role: ResourceRole
  citation: Citation
}

const CFN_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/'
const SAM_REFERENCE =
  'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/'

/** The reference page's address follows the type's name: AWS::Kinesis::Stream → aws-resource-kinesis-stream.html. */
function cfnPage(type: string): Citation {
  const [, service = '', resource = ''] = type.split('::')
  return awsDoc(
    `${CFN_REFERENCE}aws-resource-${service.toLowerCase()}-${resource.toLowerCase()}.html`,
    `${type} (CloudFormation template reference)`
  )
}

function samPage(type: string): Citation {
  const resource = type.split('::')[2] ?? ''
  return awsDoc(
    `${SAM_REFERENCE}sam-resource-${resource.toLowerCase()}.html`,
    `${type} (AWS SAM resource reference)`
  )
}

const ROLES: Readonly<Record<string, ResourceRole>> = {
  'AWS::Kinesis::Stream': 'kinesis-data-streams',
  'AWS::Kinesis::StreamConsumer': 'setting',
  'AWS::KinesisFirehose::DeliveryStream': 'kinesis-firehose',
  'AWS::KinesisVideo::Stream': 'kinesis-video-streams',
  'AWS::Lambda::Function': 'lambda',
  'AWS::Lambda::EventSourceMapping': 'edge',
  'AWS::Lambda::EventInvokeConfig': 'edge',
  'AWS::Lambda::Permission': 'not-pipeline',
  'AWS::Lambda::Version': 'not-pipeline',
  'AWS::Lambda::Alias': 'not-pipeline',
  'AWS::Lambda::LayerVersion': 'not-pipeline',
  'AWS::Lambda::LayerVersionPermission': 'not-pipeline',
  'AWS::Lambda::Url': 'not-pipeline',
  'AWS::S3::Bucket': 's3',
  'AWS::S3::BucketPolicy': 'not-pipeline',
  'AWS::S3Tables::TableBucket': 's3-tables',
  'AWS::SNS::Topic': 'sns',
  'AWS::SNS::Subscription': 'edge',
  'AWS::SNS::TopicPolicy': 'not-pipeline',
  'AWS::SQS::Queue': 'sqs',
  'AWS::SQS::QueuePolicy': 'not-pipeline',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::DynamoDB::GlobalTable': 'dynamodb',
  'AWS::Glue::Database': 'glue-data-catalog',
  'AWS::Glue::Table': 'setting',
  'AWS::Glue::Partition': 'setting',
  'AWS::Glue::Crawler': 'glue-crawler',
  'AWS::Glue::Job': 'glue-etl',
  'AWS::Glue::Trigger': 'edge',
  'AWS::Glue::Connection': 'not-pipeline',
  'AWS::Glue::Workflow': 'not-pipeline',
  'AWS::Glue::SecurityConfiguration': 'not-pipeline',
  'AWS::Glue::Classifier': 'not-pipeline',
  'AWS::DataBrew::Job': 'glue-databrew',
  'AWS::Athena::WorkGroup': 'athena',
  'AWS::Athena::NamedQuery': 'not-pipeline',
  'AWS::Redshift::Cluster': 'redshift',
  'AWS::Redshift::ClusterSubnetGroup': 'not-pipeline',
  'AWS::Redshift::ClusterParameterGroup': 'not-pipeline',
  'AWS::RedshiftServerless::Workgroup': 'redshift',
  'AWS::RedshiftServerless::Namespace': 'setting',
  'AWS::MSK::Cluster': 'msk',
  'AWS::MSK::ServerlessCluster': 'msk',
  'AWS::MSK::Configuration': 'not-pipeline',
  'AWS::MSK::ClusterPolicy': 'not-pipeline',
  'AWS::KafkaConnect::Connector': 'edge',
  'AWS::KafkaConnect::CustomPlugin': 'not-pipeline',
  'AWS::KafkaConnect::WorkerConfiguration': 'not-pipeline',
  'AWS::KinesisAnalyticsV2::Application': 'kinesis-data-analytics',
  'AWS::KinesisAnalytics::Application': 'kinesis-data-analytics',
  'AWS::KinesisAnalyticsV2::ApplicationOutput': 'edge',
  'AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource': 'edge',
  'AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption': 'not-pipeline',
  'AWS::StepFunctions::StateMachine': 'step-functions',
  'AWS::StepFunctions::Activity': 'not-pipeline',
  'AWS::Events::EventBus': 'eventbridge',
  'AWS::Events::Rule': 'edge',
  'AWS::Events::ApiDestination': 'http-endpoint',
  'AWS::Events::Connection': 'not-pipeline',
  'AWS::Events::Archive': 'not-pipeline',
  'AWS::Events::EventBusPolicy': 'not-pipeline',
  'AWS::Scheduler::Schedule': 'eventbridge',
  'AWS::Scheduler::ScheduleGroup': 'not-pipeline',
  'AWS::Pipes::Pipe': 'eventbridge-pipes',
  'AWS::ApiGateway::RestApi': 'api-gateway',
  'AWS::ApiGateway::Method': 'edge',
  'AWS::ApiGatewayV2::Api': 'api-gateway',
  'AWS::ApiGatewayV2::Integration': 'edge',
  'AWS::OpenSearchService::Domain': 'opensearch',
  'AWS::Elasticsearch::Domain': 'opensearch',
  'AWS::OpenSearchServerless::Collection': 'opensearch',
  'AWS::OSIS::Pipeline': 'opensearch-ingestion',
  'AWS::DMS::ReplicationInstance': 'dms',
  'AWS::DMS::ReplicationConfig': 'dms',
  'AWS::DMS::Endpoint': 'setting',
  'AWS::DMS::ReplicationTask': 'edge',
  'AWS::DMS::ReplicationSubnetGroup': 'not-pipeline',
  'AWS::IoT::TopicRule': 'iot-core',
  'AWS::RDS::DBInstance': 'rds',
  'AWS::RDS::DBCluster': 'rds',
  'AWS::DocDB::DBCluster': 'documentdb',
  'AWS::ElastiCache::ReplicationGroup': 'elasticache',
  'AWS::ElastiCache::CacheCluster': 'elasticache',
  'AWS::ElastiCache::ServerlessCache': 'elasticache',
  'AWS::Timestream::Database': 'timestream',
  'AWS::Timestream::Table': 'setting',
  'AWS::EMR::Cluster': 'emr',
  'AWS::EMRServerless::Application': 'emr',
  'AWS::Batch::JobQueue': 'batch',
  'AWS::MWAA::Environment': 'mwaa',
  'AWS::DataSync::Task': 'datasync',
  'AWS::SageMaker::Endpoint': 'sagemaker',
  'AWS::Logs::SubscriptionFilter': 'edge',
  'AWS::Serverless::Function': 'lambda',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::Serverless::StateMachine': 'step-functions',
  'AWS::Serverless::Api': 'api-gateway',
  'AWS::Serverless::HttpApi': 'api-gateway',
  'AWS::Serverless::Application': 'not-pipeline',
  'AWS::Serverless::LayerVersion': 'not-pipeline',
  'AWS::Serverless::Connector': 'not-pipeline',
  'AWS::CloudFormation::Stack': 'not-pipeline',
  'AWS::CDK::Metadata': 'not-pipeline',
  'Custom::S3BucketNotifications': 'edge'
}

/** Whole families that never carry data: identities, networking, observability, keys, DNS, certificates. */
const NOT_PIPELINE_PREFIXES = [
  'AWS::IAM::',
  'AWS::EC2::',
  'AWS::Logs::',
  'AWS::KMS::',
  'AWS::CloudWatch::',
  'AWS::SSM::',
  'AWS::SecretsManager::',
  'AWS::Route53::',
  'AWS::CertificateManager::',
  'AWS::ApiGateway::',
  'AWS::ApiGatewayV2::',
  'AWS::CloudFormation::',
  'AWS::ApplicationAutoScaling::',
  'AWS::OpenSearchServerless::',
  'AWS::RDS::',
  'AWS::ElastiCache::',
  'AWS::SageMaker::',
  'AWS::Batch::',
  'AWS::Glue::',
  'AWS::LakeFormation::',
  'AWS::IoT::',
  'AWS::Cognito::',
  'AWS::WAFv2::',
  'AWS::XRay::',
  'AWS::ServiceDiscovery::'
]

/** Custom resources have no page of their own; the CDK's bucket notifications use the bucket's property. */
function citationOf(type: string): Citation {
  if (type === 'Custom::S3BucketNotifications')
    return awsDoc(
      `${CFN_REFERENCE}aws-properties-s3-bucket-notificationconfiguration.html`,
      'AWS::S3::Bucket NotificationConfiguration (as the CDK writes it in Custom::S3BucketNotifications)'
    )
  if (type.startsWith('Custom::')) return cfnPage('AWS::CloudFormation::CustomResource')
  return type.startsWith('AWS::Serverless::') ? samPage(type) : cfnPage(type)
}

export function resourceRow(type: string): ResourceRow | undefined {
  const citation = citationOf(type)
  const role = ROLES[type]
  if (role) return { role, citation }
  if (type.startsWith('Custom::') || NOT_PIPELINE_PREFIXES.some((p) => type.startsWith(p)))
    return { role: 'not-pipeline', citation }
  return undefined
}
