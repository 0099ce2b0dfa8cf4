import type { ImportContext } from './importContext'
import { batchingSettings, selfManagedKafka } from './lambdaHandlers'
import type { Resolver } from './references'
import { isRecord, record, text, type TemplateResource } from './templateModel'

/**
 * A SAM function's `Events:`: each event source becomes what the SAM transform generates, drawn as
 * what it really is (an event source mapping is an edge, a function's implicit API is an API
 * Gateway node, a schedule is an EventBridge rule). Event source types and their properties:
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
 */
export function defaultBus(ctx: ImportContext, owner: TemplateResource): string {
  return ctx.external(
    'eventbridge',
    'default event bus',
    "the account's default event bus",
    owner,
    'DefaultEventBus'
  )
}

/** The bus a rule listens on: one in the template, an external one by name, or the default bus. */
export function busOf(
  ctx: ImportContext,
  name: unknown,
  owner: TemplateResource,
  r: Resolver
): string | undefined {
  if (name === undefined || name === 'default') return defaultBus(ctx, owner)
  return r.resolve(name, ['eventbridge'], 'EventBusName')?.nodeId
}

/** SAM's logical id for the implicit API it generates, with the API type it is. */
const IMPLICIT_API = {
  Api: { id: 'ServerlessRestApi', apiType: 'rest' },
  HttpApi: { id: 'ServerlessHttpApi', apiType: 'http' }
} as const

function implicitApi(ctx: ImportContext, kind: 'Api' | 'HttpApi', owner: TemplateResource): string {
  const { id, apiType } = IMPLICIT_API[kind]
  let node = ctx.nodeOf.get(id)
  if (!node) {
    node = ctx.addNode(id, 'api-gateway', id)
    ctx.nodeOf.set(id, node)
    ctx.setSetting(node, 'apiType', apiType, owner)
    ctx.note(
      owner,
      `${id} is the API the SAM transform generates for the function's ${kind} events.`
    )
  }
  ctx.entry(owner).nodeIds.add(node)
  return node
}

/**
 * A log group drawn because a subscription streams its events onward: the template's own log
 * group (then its entry becomes a node), or an external one by name.
 */
export function logGroupNode(ctx: ImportContext, name: unknown, owner: TemplateResource): string {
  const ref = isRecord(name) && typeof name.Ref === 'string' ? name.Ref : undefined
  const group = ref ? ctx.resources.get(ref) : undefined
  if (group) {
    const id = ctx.nodeOf.get(group.id) ?? ctx.addNode(group.id, 'cloudwatch-logs', group.id, group)
    ctx.nodeOf.set(group.id, id)
    ctx.entry(group).outcome = 'node'
    ctx.note(group, `Drawn because ${owner.id} streams its events onward (a subscription filter).`)
    return id
  }
  const label = text(name) ?? `${owner.id} log group`
  return ctx.external('cloudwatch-logs', label, `log group ${label}`, owner)
}

function derived(
  ctx: ImportContext,
  fn: TemplateResource,
  event: string,
  service: Parameters<ImportContext['addNode']>[1],
  label: string
): string {
  const id = ctx.addNode(`${fn.id}${event}`, service, label, fn)
  ctx.nodeOf.set(`${fn.id}${event}`, id)
  return id
}

export function samFunctionEvents(
  ctx: ImportContext,
  resource: TemplateResource,
  fnNode: string,
  r: Resolver
): void {
  for (const [name, raw] of Object.entries(record(resource.properties.Events))) {
    const event = record(raw)
    const type = text(event.Type) ?? ''
    const p = record(event.Properties)
    const what = `Events.${name} (${type})`
    const into = (source: string | undefined, mechanism?: string, efo?: boolean) => {
      if (source) ctx.addEdge(source, fnNode, resource, { mechanism, enhancedFanOut: efo })
    }
    switch (type) {
      case 'Kinesis':
      case 'DynamoDB':
      case 'SQS':
      case 'MSK':
      case 'DocumentDB': {
        const expect =
          type === 'Kinesis'
            ? (['kinesis-data-streams'] as const)
            : type === 'DynamoDB'
              ? (['dynamodb-streams'] as const)
              : type === 'SQS'
                ? (['sqs'] as const)
                : type === 'MSK'
                  ? (['msk'] as const)
                  : (['documentdb'] as const)
        const key = type === 'SQS' ? 'Queue' : type === 'DocumentDB' ? 'Cluster' : 'Stream'
        const source = r.resolve(p[key], expect, what)
        into(source?.nodeId, 'lambda-event-source-mappings', source?.enhancedFanOut)
        if (source) batchingSettings(ctx, fnNode, p, resource)
        break
      }
      case 'SelfManagedKafka':
        into(
          selfManagedKafka(ctx, p.KafkaBootstrapServers, resource),
          'lambda-event-source-mappings'
        )
        batchingSettings(ctx, fnNode, p, resource)
        break
      case 'S3':
        into(r.resolve(p.Bucket, ['s3'], what)?.nodeId, 's3-event-notifications')
        break
      case 'SNS': {
        const topic = r.resolve(p.Topic, ['sns'], what)
        if (!topic) break
        if (p.SqsSubscription !== undefined && p.SqsSubscription !== false) {
          const queue = derived(ctx, resource, `${name}Queue`, 'sqs', `${resource.id}${name}Queue`)
          ctx.note(
            resource,
            `${what}: SqsSubscription puts a queue the transform generates between the topic and the function.`
          )
          ctx.addEdge(topic.nodeId, queue, resource, { mechanism: 'sns-subscriptions' })
          into(queue, 'lambda-event-source-mappings')
        } else into(topic.nodeId, 'sns-subscriptions')
        break
      }
      case 'EventBridgeRule':
      case 'CloudWatchEvent':
        into(busOf(ctx, p.EventBusName, resource, r), 'eventbridge-targets')
        break
      case 'Schedule':
      case 'ScheduleV2':
        into(
          derived(ctx, resource, name, 'eventbridge', `${resource.id} ${name} (schedule)`),
          'eventbridge-targets'
        )
        break
      case 'Api':
      case 'HttpApi': {
        const given = type === 'Api' ? p.RestApiId : p.ApiId
        const api =
          given !== undefined
            ? r.resolve(given, ['api-gateway'], what)?.nodeId
            : implicitApi(ctx, type, resource)
        into(api, 'api-gateway-integrations')
        break
      }
      case 'IoTRule':
        into(
          derived(ctx, resource, name, 'iot-core', `${resource.id} ${name} (IoT rule)`),
          'iot-rule-actions'
        )
        break
      case 'CloudWatchLogs':
        into(logGroupNode(ctx, p.LogGroupName, resource), 'cwl-subscription-filters')
        break
      default:
        ctx.note(
          resource,
          `${what}: this event source is not a data-flow service on the canvas; not drawn.`
        )
    }
  }
}
