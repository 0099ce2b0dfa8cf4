import type { Handler } from './handlerTypes'
import { eventInvokeConfig, eventSourceMapping, lambdaFunction } from './lambdaHandlers'
import { bucket, queue, subscription, table, topic } from './messagingHandlers'
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
  'AWS::SNS::Topic': topic,
  'AWS::SNS::Subscription': subscription,
  'AWS::SQS::Queue': queue,
  'AWS::DynamoDB::Table': table,
  'AWS::DynamoDB::GlobalTable': table,
  'AWS::Serverless::SimpleTable': table
}
