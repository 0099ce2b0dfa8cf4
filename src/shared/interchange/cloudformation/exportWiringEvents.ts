import type { DiagramNode } from '../../diagram/types'
import { EXPORT_DEFAULTS as D } from './exportDefaults'
import {
  allowSend,
  grantOn,
  owned,
  permitInvoke,
  refTo,
  roleArn,
  type EdgeContext,
  type Wiring
} from './exportEdges'
import { getAtt, isObject, slot, sub, type CfnValue, type Props } from './exportModel'
import { configOf } from './exportResources'

/**
 * Event source mappings: Lambda polls the stream or queue.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html
 */
export const eventSourceMapping: Wiring = (e) => {
  const fn = configOf(e.target as DiagramNode & { service: 'lambda' })
  const props: Props = { FunctionName: refTo(e, e.target, 'name') }
  const s = e.source.service
  if (s === 'kinesis-data-streams') {
    grantOn(e, e.target, 'lambda', 'kinesis-read', e.source)
    props.EventSourceArn = refTo(e, e.source, 'arn')
    props.StartingPosition = D.streamStartingPosition.value
    props.ParallelizationFactor = fn.parallelizationFactor
  } else if (s === 'dynamodb-streams' || s === 'dynamodb') {
    grantOn(e, e.target, 'lambda', 'dynamodb-stream-read', e.source, 'streamArn')
    props.EventSourceArn = refTo(e, e.source, 'streamArn')
    props.StartingPosition = D.streamStartingPosition.value
    props.ParallelizationFactor = fn.parallelizationFactor
  } else if (s === 'sqs') {
    grantOn(e, e.target, 'lambda', 'sqs-consume', e.source)
    props.EventSourceArn = refTo(e, e.source, 'arn')
  } else if (s === 'msk') {
    grantOn(e, e.target, 'lambda', 'msk-consume', e.source)
    props.EventSourceArn = refTo(e, e.source, 'arn')
    props.StartingPosition = D.streamStartingPosition.value
    props.Topics = [
      e.b.parameter(`${e.targetId}TopicName`, {
        Type: 'String',
        Description: `Kafka topic ${e.targetId} consumes`
      })
    ]
    e.b.leave(
      `Give function ${e.targetId} the network access and EC2 network-interface permissions an MSK event source needs (${e.sourceId}).`
    )
  } else return undefined
  if (fn.batchSize !== undefined) props.BatchSize = fn.batchSize
  if (fn.maximumBatchingWindowSeconds !== undefined)
    props.MaximumBatchingWindowInSeconds = fn.maximumBatchingWindowSeconds
  const id = e.b.uniqueId(`${e.targetId}From${e.sourceId}`)
  e.b.addResource(id, { Type: 'AWS::Lambda::EventSourceMapping', Properties: props })
  return `AWS::Lambda::EventSourceMapping ${id}`
}

/** A DynamoDB table with a stream: the stream node is the table's StreamSpecification. */
export const tableStream: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  e.b.props(e.sourceId).StreamSpecification = { StreamViewType: D.streamViewType.value }
  return `StreamSpecification of ${e.sourceId}`
}

export const tableToKinesis: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  e.b.props(e.sourceId).KinesisStreamSpecification = { StreamArn: refTo(e, e.target, 'arn') }
  return `KinesisStreamSpecification of ${e.sourceId}`
}

/**
 * S3 event notifications, with the permission each destination needs. The bucket takes its name
 * from a parameter so the permission can name the bucket before the bucket exists (a GetAtt
 * would be a circular dependency).
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html
 */
export const s3Notification: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  const props = e.b.props(e.sourceId)
  const config = slot<Props>(props, 'NotificationConfiguration', () => ({}))
  if (e.target.service === 'eventbridge') {
    config.EventBridgeConfiguration = { EventBridgeEnabled: true }
    return 'NotificationConfiguration.EventBridgeConfiguration'
  }
  props.BucketName = e.b.parameter(`${e.sourceId}BucketName`, {
    Type: 'String',
    Description: `Name of bucket ${e.sourceId} (named up front so its notifications can be permitted)`
  })
  const bucketArn = sub(`arn:\${AWS::Partition}:s3:::\${${e.sourceId}BucketName}`)
  const event = D.s3NotificationEvent.value
  const push = (key: string, entry: Props) => {
    slot<CfnValue[]>(config, key, () => []).push(entry)
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
    const all = ['LambdaConfigurations', 'QueueConfigurations', 'TopicConfigurations']
    const count = all.reduce((n, k) => n + ((config[k] as CfnValue[] | undefined)?.length ?? 0), 0)
    if (count > 1)
      e.b.leave(
        `Give each notification of ${e.sourceId} its own prefix or suffix filter: S3 refuses overlapping ones for the same event.`
      )
  }
  if (e.target.service === 'lambda') {
    push('LambdaConfigurations', { Event: event, Function: refTo(e, e.target, 'arn') })
    e.b.dependOn(e.sourceId, permitInvoke(e, e.target, 's3.amazonaws.com', bucketArn))
    return 'NotificationConfiguration.LambdaConfigurations and an AWS::Lambda::Permission'
  }
  const isQueue = e.target.service === 'sqs'
  if (!isQueue && e.target.service !== 'sns') return undefined
  push(isQueue ? 'QueueConfigurations' : 'TopicConfigurations', {
    Event: event,
    [isQueue ? 'Queue' : 'Topic']: refTo(e, e.target, 'arn')
  })
  const policy = allowSend(e, e.target, 's3.amazonaws.com', bucketArn)
  if (policy) e.b.dependOn(e.sourceId, policy)
  return `NotificationConfiguration.${isQueue ? 'QueueConfigurations' : 'TopicConfigurations'}`
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-subscription.html */
export const snsSubscription: Wiring = (e) => {
  const protocols: Partial<Record<string, string>> = {
    sqs: 'sqs',
    lambda: 'lambda',
    'kinesis-firehose': 'firehose',
    'http-endpoint': 'https'
  }
  const protocol = protocols[e.target.service]
  if (!protocol) return undefined
  const topicArn = refTo(e, e.source, 'arn')
  const props: Props = {
    TopicArn: topicArn,
    Protocol: protocol,
    Endpoint:
      protocol === 'https'
        ? e.b.standIn(
            e.target.id,
            e.b.parameter(`${e.targetId}Url`, {
              Type: 'String',
              Description: `HTTPS URL of ${e.target.label ?? e.target.id}`
            })
          )
        : refTo(e, e.target, 'arn')
  }
  if (protocol === 'sqs') allowSend(e, e.target, 'sns.amazonaws.com', topicArn)
  if (protocol === 'lambda') permitInvoke(e, e.target, 'sns.amazonaws.com', topicArn)
  if (protocol === 'firehose') {
    const role = e.b.role(e.source.id, 'sns', `${e.sourceId}Subscription`)
    e.b.grant(role, 'sns-firehose-subscription', refTo(e, e.target, 'arn'), e.targetId)
    props.SubscriptionRoleArn = getAtt(role, 'Arn')
  }
  const id = e.b.uniqueId(`${e.sourceId}To${e.targetId}`)
  e.b.addResource(id, { Type: 'AWS::SNS::Subscription', Properties: props })
  return `AWS::SNS::Subscription ${id}`
}

/** https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html */
export const deadLetterQueue: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  e.b.props(e.sourceId).RedrivePolicy = {
    deadLetterTargetArn: refTo(e, e.target, 'arn'),
    maxReceiveCount: D.maxReceiveCount.value
  }
  return `RedrivePolicy of ${e.sourceId}`
}

function iotAction(e: EdgeContext): Props | undefined {
  const t = e.target
  const role = () => roleArn(e, e.source, 'iot')
  switch (t.service) {
    case 'kinesis-data-streams':
      grantOn(e, e.source, 'iot', 'kinesis-write', t)
      return {
        Kinesis: { StreamName: refTo(e, t, 'name'), PartitionKey: '${newuuid()}', RoleArn: role() }
      }
    case 'kinesis-firehose':
      grantOn(e, e.source, 'iot', 'firehose-write', t)
      return {
        Firehose: { DeliveryStreamName: refTo(e, t, 'name'), Separator: '\n', RoleArn: role() }
      }
    case 'dynamodb':
      grantOn(e, e.source, 'iot', 'dynamodb-write', t)
      return { DynamoDBv2: { PutItem: { TableName: refTo(e, t, 'name') }, RoleArn: role() } }
    case 'sns':
      grantOn(e, e.source, 'iot', 'sns-publish', t)
      return { Sns: { TargetArn: refTo(e, t, 'arn'), MessageFormat: 'JSON', RoleArn: role() } }
    case 'sqs':
      grantOn(e, e.source, 'iot', 'sqs-send', t)
      return { Sqs: { QueueUrl: refTo(e, t, 'url'), RoleArn: role() } }
    case 's3':
      grantOn(e, e.source, 'iot', 's3-write', t)
      return {
        S3: { BucketName: refTo(e, t, 'name'), Key: '${topic()}/${timestamp()}', RoleArn: role() }
      }
    case 'lambda':
      permitInvoke(e, t, 'iot.amazonaws.com', refTo(e, e.source, 'arn'))
      return { Lambda: { FunctionArn: refTo(e, t, 'arn') } }
    case 'step-functions':
      grantOn(e, e.source, 'iot', 'states-start', t)
      return { StepFunctions: { StateMachineName: refTo(e, t, 'name'), RoleArn: role() } }
    case 'cloudwatch-logs':
      grantOn(e, e.source, 'iot', 'logs-write', t)
      return { CloudwatchLogs: { LogGroupName: refTo(e, t, 'name'), RoleArn: role() } }
    case 'opensearch':
      grantOn(e, e.source, 'iot', 'opensearch-write', t)
      return {
        OpenSearch: {
          Endpoint: sub(`https://\${${e.targetId}.DomainEndpoint}`),
          Index: e.b.parameter(`${e.sourceId}IndexName`, {
            Type: 'String',
            Description: `OpenSearch index ${e.sourceId} writes`
          }),
          Id: '${newuuid()}',
          Type: '_doc',
          RoleArn: role()
        }
      }
    case 'http-endpoint':
      return {
        Http: {
          Url: e.b.standIn(
            t.id,
            e.b.parameter(`${e.targetId}Url`, {
              Type: 'String',
              Description: `HTTPS URL of ${t.label ?? t.id}`
            })
          )
        }
      }
    case 'iot-core':
      grantOn(e, e.source, 'iot', 'iot-republish', t)
      e.b.leave(
        `Name the topic ${e.sourceId} republishes to (the template uses "pipewright/republish").`
      )
      return { Republish: { Topic: 'pipewright/republish', RoleArn: role() } }
    default:
      return undefined
  }
}

/** https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html */
export const iotRuleAction: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  if (e.target.service === 'opensearch' && !owned(e, e.target)) return undefined
  const action = iotAction(e)
  if (!action) return undefined
  const payload = e.b.props(e.sourceId).TopicRulePayload
  if (!isObject(payload)) return undefined
  ;(payload.Actions as CfnValue[]).push(action)
  return `TopicRulePayload.Actions: ${Object.keys(action)[0]!}`
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-subscriptionfilter.html */
export const logSubscription: Wiring = (e) => {
  const props: Props = {
    LogGroupName: refTo(e, e.source, 'name'),
    FilterPattern: '',
    DestinationArn: refTo(e, e.target, 'arn')
  }
  if (e.target.service === 'lambda') {
    permitInvoke(e, e.target, 'logs.amazonaws.com', refTo(e, e.source, 'arn'))
  } else if (
    e.target.service === 'kinesis-data-streams' ||
    e.target.service === 'kinesis-firehose'
  ) {
    const role = e.b.role(e.source.id, 'logs', `${e.sourceId}Subscription`)
    e.b.grant(
      role,
      e.target.service === 'kinesis-firehose' ? 'firehose-write' : 'kinesis-write',
      refTo(e, e.target, 'arn'),
      e.targetId
    )
    props.RoleArn = getAtt(role, 'Arn')
  } else return undefined
  const id = e.b.uniqueId(`${e.sourceId}To${e.targetId}`)
  e.b.addResource(id, { Type: 'AWS::Logs::SubscriptionFilter', Properties: props })
  return `AWS::Logs::SubscriptionFilter ${id}`
}

/** A function's own log group: https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-loggroups.html */
export const functionLogs: Wiring = (e) => {
  if (e.source.service !== 'lambda' || !owned(e, e.source)) return undefined
  e.b.props(e.sourceId).LoggingConfig = { LogGroup: refTo(e, e.target, 'name') }
  return `LoggingConfig.LogGroup of ${e.sourceId}`
}
