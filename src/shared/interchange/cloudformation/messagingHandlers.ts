import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import { toText, type Resolver } from './references'
import { defaultBus } from './samEvents'
import { isRecord, list, numberOf, record, text, type TemplateResource } from './templateModel'

function notifications(
  ctx: ImportContext,
  id: string,
  config: unknown,
  resource: TemplateResource,
  r: Resolver
): void {
  const n = record(config)
  const configs: [string, string, ServiceId][] = [
    ['LambdaConfigurations', 'Function', 'lambda'],
    ['QueueConfigurations', 'Queue', 'sqs'],
    ['TopicConfigurations', 'Topic', 'sns']
  ]
  for (const [key, prop, service] of configs)
    for (const c of list(n[key])) {
      const target = r.resolve(record(c)[prop], [service], `NotificationConfiguration ${key}`)
      if (target) ctx.addEdge(id, target.nodeId, resource, { mechanism: 's3-event-notifications' })
    }
  if (record(n.EventBridgeConfiguration).EventBridgeEnabled === true)
    ctx.addEdge(id, defaultBus(ctx, resource), resource, { mechanism: 's3-event-notifications' })
}

/** AWS::S3::Bucket NotificationConfiguration (Lambda, queue and topic configurations, EventBridge), replication. */
export const bucket: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  notifications(ctx, id, resource.properties.NotificationConfiguration, resource, r)
  const replication = record(resource.properties.ReplicationConfiguration)
  for (const rule of list(replication.Rules)) {
    const dest = record(record(rule).Destination).Bucket
    const target = r.resolve(dest, ['s3'], 'ReplicationConfiguration destination')
    if (target) ctx.addEdge(id, target.nodeId, resource, { mechanism: 's3-replication' })
  }
}

/**
 * The CDK writes a bucket's notifications as a custom resource (`Custom::S3BucketNotifications`,
 * BucketName and NotificationConfiguration) so it can add them to an existing bucket.
 */
export const cdkBucketNotifications: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const b = r.resolve(resource.properties.BucketName, ['s3'], 'BucketName')
  if (b) notifications(ctx, b.nodeId, resource.properties.NotificationConfiguration, resource, r)
}

/** The protocols of an SNS subscription and the service each delivers to. */
const PROTOCOL: Readonly<Record<string, ServiceId>> = {
  sqs: 'sqs',
  lambda: 'lambda',
  firehose: 'kinesis-firehose',
  http: 'http-endpoint',
  https: 'http-endpoint'
}

function subscribe(
  ctx: ImportContext,
  topic: string,
  protocol: unknown,
  endpoint: unknown,
  resource: TemplateResource,
  r: Resolver
) {
  const p = typeof protocol === 'string' ? protocol.toLowerCase() : ''
  const service = PROTOCOL[p]
  if (!service) {
    ctx.note(
      resource,
      `A ${p || 'computed'} subscription (email, SMS, application) is not a data-flow service; not drawn.`
    )
    return
  }
  const target = r.resolve(endpoint, [service], `${p} subscription endpoint`)
  if (target) ctx.addEdge(topic, target.nodeId, resource, { mechanism: 'sns-subscriptions' })
}

/** AWS::SNS::Topic with inline Subscription entries. */
export const topic: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  for (const s of list(resource.properties.Subscription)) {
    const sub = record(s)
    subscribe(ctx, id, sub.Protocol, sub.Endpoint, resource, r)
  }
}

/** AWS::SNS::Subscription: an edge from the topic to the endpoint. */
export const subscription: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const p = resource.properties
  const t = r.resolve(p.TopicArn, ['sns'], 'TopicArn')
  if (t) subscribe(ctx, t.nodeId, p.Protocol, p.Endpoint, resource, r)
}

/** AWS::SQS::Queue: FIFO, and the RedrivePolicy's dead-letter queue as an edge. */
export const queue: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  if (p.FifoQueue === true || p.FifoQueue === 'true')
    ctx.setSetting(id, 'queueType', 'fifo', resource)
  let redrive: unknown = p.RedrivePolicy
  // Older templates give the policy as a JSON string, often built with !Sub.
  const vars: Record<string, unknown> = {}
  if (isRecord(redrive) && 'Fn::Sub' in redrive) redrive = toText(redrive, vars)
  if (typeof redrive === 'string') {
    try {
      redrive = JSON.parse(redrive) as unknown
    } catch {
      redrive = undefined
    }
  }
  const dlq = record(redrive).deadLetterTargetArn
  if (dlq !== undefined) {
    const target = r.resolve(dlq, ['sqs'], 'RedrivePolicy deadLetterTargetArn', vars)
    if (target) ctx.addEdge(id, target.nodeId, resource, { mechanism: 'sqs-dead-letter-queues' })
  }
}

/** AWS::DynamoDB::Table: billing mode, capacity, its stream (a node of its own), Kinesis streaming. */
export const table: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const billing = text(p.BillingMode)
  const throughput = record(p.ProvisionedThroughput)
  if (billing === 'PAY_PER_REQUEST') ctx.setSetting(id, 'capacityMode', 'on-demand', resource)
  else if (billing === 'PROVISIONED' || Object.keys(throughput).length) {
    ctx.setSetting(id, 'capacityMode', 'provisioned', resource)
    const rcu = numberOf(throughput.ReadCapacityUnits)
    const wcu = numberOf(throughput.WriteCapacityUnits)
    if (rcu !== undefined || wcu !== undefined)
      ctx.note(
        resource,
        `Provisioned ${String(rcu ?? '?')} RCU / ${String(wcu ?? '?')} WCU: Pipewright sizes capacity from traffic, so they are not settings; enter the table's read rate to compare.`
      )
  }
  const stream = ctx.streamOf.get(resource.id)
  if (stream) ctx.addEdge(id, stream, resource, { mechanism: 'dynamodb-streams' })
  const kinesis = record(p.KinesisStreamSpecification)
  if (kinesis.StreamArn !== undefined) {
    const target = r.resolve(
      kinesis.StreamArn,
      ['kinesis-data-streams'],
      'KinesisStreamSpecification'
    )
    if (target)
      ctx.addEdge(id, target.nodeId, resource, { mechanism: 'dynamodb-kinesis-streaming' })
  }
}

/** A table has a stream when StreamSpecification names a view type (SAM's SimpleTable has none). */
export function hasStream(resource: TemplateResource): boolean {
  const spec = resource.properties.StreamSpecification
  return isRecord(spec) && spec.StreamViewType !== undefined
}
