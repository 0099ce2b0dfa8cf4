import {
  applicationOutput,
  crawler,
  flinkApplication,
  glueJob,
  glueTrigger,
  mskCluster,
  openSearchDomain,
  redshiftCluster,
  redshiftWorkgroup,
  referenceDataSource,
  workGroup
} from './analyticsHandlers'
import { apiNode, restMethod, v2IntegrationHandler } from './apiGatewayHandlers'
import {
  dmsEndpoint,
  replicationConfig,
  replicationInstance,
  replicationTask,
  topicRule
} from './dmsIotHandlers'
import { eventRule, pipe, schedule, subscriptionFilter } from './eventHandlers'
import type { Handler } from './handlerTypes'
import { kafkaConnector } from './kafkaConnect'
import { eventInvokeConfig, eventSourceMapping, lambdaFunction } from './lambdaHandlers'
import {
  bucket,
  cdkBucketNotifications,
  queue,
  subscription,
  table,
  topic
} from './messagingHandlers'
import { stateMachine } from './stepFunctions'
import { deliveryStream, kinesisStream } from './streamHandlers'

/** The handler that reads each resource type's properties into edges and settings. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'AWS::Kinesis::Stream': kinesisStream,
  'AWS::KinesisFirehose::DeliveryStream': deliveryStream,
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Serverless::Function': lambdaFunction,
  'AWS::Lambda::EventSourceMapping': eventSourceMapping,
  'AWS::Lambda::EventInvokeConfig': eventInvokeConfig,
  'AWS::S3::Bucket': bucket,
  'Custom::S3BucketNotifications': cdkBucketNotifications,
  'AWS::SNS::Topic': topic,
  'AWS::SNS::Subscription': subscription,
  'AWS::SQS::Queue': queue,
  'AWS::DynamoDB::Table': table,
  'AWS::DynamoDB::GlobalTable': table,
  'AWS::Serverless::SimpleTable': table,
  'AWS::Glue::Crawler': crawler,
  'AWS::Glue::Job': glueJob,
  'AWS::Glue::Trigger': glueTrigger,
  'AWS::Athena::WorkGroup': workGroup,
  'AWS::Redshift::Cluster': redshiftCluster,
  'AWS::RedshiftServerless::Workgroup': redshiftWorkgroup,
  'AWS::MSK::Cluster': mskCluster,
  'AWS::MSK::ServerlessCluster': mskCluster,
  'AWS::KinesisAnalyticsV2::Application': flinkApplication,
  'AWS::KinesisAnalytics::Application': flinkApplication,
  'AWS::KinesisAnalyticsV2::ApplicationOutput': applicationOutput,
  'AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource': referenceDataSource,
  'AWS::OpenSearchService::Domain': openSearchDomain,
  'AWS::Elasticsearch::Domain': openSearchDomain,
  'AWS::OpenSearchServerless::Collection': openSearchDomain,
  'AWS::StepFunctions::StateMachine': stateMachine,
  'AWS::Serverless::StateMachine': stateMachine,
  'AWS::Events::Rule': eventRule,
  'AWS::Scheduler::Schedule': schedule,
  'AWS::Pipes::Pipe': pipe,
  'AWS::Logs::SubscriptionFilter': subscriptionFilter,
  'AWS::ApiGateway::RestApi': apiNode,
  'AWS::ApiGatewayV2::Api': apiNode,
  'AWS::Serverless::Api': apiNode,
  'AWS::Serverless::HttpApi': apiNode,
  'AWS::ApiGateway::Method': restMethod,
  'AWS::ApiGatewayV2::Integration': v2IntegrationHandler,
  'AWS::DMS::Endpoint': dmsEndpoint,
  'AWS::DMS::ReplicationInstance': replicationInstance,
  'AWS::DMS::ReplicationConfig': replicationConfig,
  'AWS::DMS::ReplicationTask': replicationTask,
  'AWS::IoT::TopicRule': topicRule,
  'AWS::KafkaConnect::Connector': kafkaConnector
}
