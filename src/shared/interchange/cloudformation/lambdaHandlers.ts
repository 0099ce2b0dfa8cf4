import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import type { Resolver } from './references'
import {
  isRecord,
  list,
  record,
  settingNumber,
  text,
  type Json,
  type TemplateResource
} from './templateModel'

/** The sources an event source mapping reads, as AWS::Lambda::EventSourceMapping lists them. */
const ESM_SOURCES: readonly ServiceId[] = [
  'kinesis-data-streams',
  'dynamodb-streams',
  'sqs',
  'msk',
  'documentdb'
]

/** The mapping's batching properties, as the function node's settings. */
export function batchingSettings(
  ctx: ImportContext,
  fn: string,
  p: Json,
  resource: TemplateResource
): void {
  ctx.setSetting(fn, 'batchSize', settingNumber(p.BatchSize), resource)
  ctx.setSetting(fn, 'parallelizationFactor', settingNumber(p.ParallelizationFactor), resource)
  ctx.setSetting(
    fn,
    'maximumBatchingWindowSeconds',
    settingNumber(p.MaximumBatchingWindowInSeconds),
    resource
  )
}

/** Self-managed Kafka has no node of its own: drawn as an external MSK-compatible Kafka source. */
export function selfManagedKafka(
  ctx: ImportContext,
  servers: unknown,
  resource: TemplateResource
): string | undefined {
  const list0 = list(servers).filter((s): s is string => typeof s === 'string')
  const label = list0[0] ?? 'self-managed Apache Kafka'
  ctx.note(
    resource,
    'A self-managed Apache Kafka cluster is drawn as an external msk node: Lambda reads it through the same Kafka event source mapping.'
  )
  return ctx.external('msk', label, `self-managed Kafka ${list0.join(', ')}`, resource)
}

/** AWS::Lambda::EventSourceMapping: an edge from the source to the function, not a node. */
export const eventSourceMapping: Handler = (ctx, resource, r) => {
  const p = resource.properties
  const fn = r.resolve(p.FunctionName, ['lambda'], 'FunctionName')
  const entry = ctx.entry(resource)
  entry.outcome = 'edge'
  let source: { nodeId: string; enhancedFanOut?: boolean } | undefined
  const selfManaged = record(record(p.SelfManagedEventSource).Endpoints).KafkaBootstrapServers
  if (selfManaged !== undefined) {
    const id = selfManagedKafka(ctx, selfManaged, resource)
    source = id ? { nodeId: id } : undefined
  } else {
    const expect: ServiceId[] = p.Queues !== undefined ? ['sqs'] : [...ESM_SOURCES]
    if (p.Topics !== undefined || p.AmazonManagedKafkaEventSourceConfig !== undefined)
      expect.splice(0, expect.length, 'msk')
    if (p.DocumentDBEventSourceConfig !== undefined) expect.splice(0, expect.length, 'documentdb')
    source = r.resolve(p.EventSourceArn, expect, 'EventSourceArn')
  }
  if (!fn || !source) return
  ctx.addEdge(source.nodeId, fn.nodeId, resource, {
    mechanism: 'lambda-event-source-mappings',
    enhancedFanOut: source.enhancedFanOut
  })
  batchingSettings(ctx, fn.nodeId, p, resource)
  entry.nodeIds.add(fn.nodeId)
}

/** OnSuccess / OnFailure destinations, and a function's dead-letter queue or topic. */
function destinations(
  ctx: ImportContext,
  fn: string,
  config: unknown,
  resource: TemplateResource,
  r: Resolver
): void {
  const c = record(config)
  for (const key of ['OnSuccess', 'OnFailure']) {
    const dest = record(c[key]).Destination
    if (dest === undefined) continue
    const target = r.resolve(
      dest,
      ['sqs', 'sns', 'lambda', 'eventbridge'],
      `DestinationConfig ${key}`
    )
    if (target) ctx.addEdge(fn, target.nodeId, resource, { mechanism: 'lambda-destinations' })
  }
}

/** AWS::Lambda::Function (and the SAM function's plain properties): memory, dead-letter target. */
export const lambdaFunction: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  ctx.setSetting(id, 'memoryMB', settingNumber(p.MemorySize), resource)
  const dlq = record(p.DeadLetterConfig).TargetArn
  if (dlq !== undefined) {
    const target = r.resolve(dlq, ['sqs', 'sns'], 'DeadLetterConfig')
    if (target) ctx.addEdge(id, target.nodeId, resource, { mechanism: 'lambda-destinations' })
  }
  const samDlq = record(p.DeadLetterQueue)
  if (samDlq.TargetArn !== undefined) {
    const expect: ServiceId[] = samDlq.Type === 'SNS' ? ['sns'] : ['sqs']
    const target = r.resolve(samDlq.TargetArn, expect, 'DeadLetterQueue')
    if (target) ctx.addEdge(id, target.nodeId, resource, { mechanism: 'lambda-destinations' })
  }
  const invoke = record(p.EventInvokeConfig).DestinationConfig
  if (invoke !== undefined) {
    const dc = record(invoke)
    // SAM writes { Type: SQS, Destination: arn } under OnSuccess/OnFailure, as the CloudFormation type does.
    destinations(ctx, id, dc, resource, r)
  }
}

/** AWS::Lambda::EventInvokeConfig: the function's asynchronous destinations, as edges. */
export const eventInvokeConfig: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const fn = r.resolve(resource.properties.FunctionName, ['lambda'], 'FunctionName')
  if (!fn) return
  destinations(ctx, fn.nodeId, resource.properties.DestinationConfig, resource, r)
}

/** The value of an environment variable that names another resource of the template. */
export function environmentSuggestions(
  ctx: ImportContext,
  nodeId: string,
  variables: unknown,
  resource: TemplateResource,
  kind = 'Environment variable'
): void {
  for (const [name, value] of Object.entries(record(variables))) {
    const referenced = referencedResource(value)
    if (!referenced) continue
    // A parameter already drawn as an external node (named elsewhere as a stream, a bucket…) counts too.
    const target =
      ctx.nodeOf.get(referenced.id) ??
      (ctx.nodes.get(referenced.id)?.external ? referenced.id : undefined)
    const stream = referenced.attr === 'StreamArn' ? ctx.streamOf.get(referenced.id) : undefined
    const to = stream ?? target
    if (!to) continue
    ctx.suggest(
      nodeId,
      to,
      `${kind} ${name} of ${resource.id} is ${referenced.form}: the code may read or write ${referenced.id}.`
    )
  }
}

/** `!Ref X`, `!GetAtt X.Attr` or a `!Sub` naming `${X}`: which resource a value points at. */
export function referencedResource(
  value: unknown
): { id: string; attr?: string; form: string } | undefined {
  if (!isRecord(value)) return undefined
  if (typeof value.Ref === 'string') return { id: value.Ref, form: `!Ref ${value.Ref}` }
  const att = value['Fn::GetAtt']
  if (Array.isArray(att) && typeof att[0] === 'string') {
    const attr = typeof att[1] === 'string' ? att[1] : undefined
    return { id: att[0], attr, form: `!GetAtt ${att[0]}.${attr ?? ''}` }
  }
  const sub = value['Fn::Sub']
  const s = typeof sub === 'string' ? sub : Array.isArray(sub) ? text(sub[0]) : undefined
  const m = s
    ? /\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9.]+))?\}/.exec(s.replace(/\$\{AWS::\w+\}/g, ''))
    : null
  if (m) return { id: m[1]!, attr: m[2], form: `!Sub '${s ?? ''}'` }
  return undefined
}
