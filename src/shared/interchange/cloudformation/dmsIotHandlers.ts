import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import { referencedResource } from './lambdaHandlers'
import { resolverFor, toText, type Resolver } from './references'
import {
  list,
  record,
  settingNumber,
  text,
  type Json,
  type TemplateResource
} from './templateModel'

/**
 * DMS endpoints by EngineName (https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.html
 * and CHAP_Target.html): a target service names its resource in its settings; a database engine is
 * an RDS instance when the template or its host name says so, otherwise a database outside AWS.
 */
const ENDPOINT_SETTINGS: Readonly<Record<string, [ServiceId, (p: Json) => unknown]>> = {
  s3: ['s3', (p) => record(p.S3Settings).BucketName],
  kinesis: ['kinesis-data-streams', (p) => record(p.KinesisSettings).StreamArn],
  kafka: ['msk', (p) => record(p.KafkaSettings).Broker],
  dynamodb: ['dynamodb', () => undefined],
  redshift: ['redshift', (p) => p.ServerName],
  'redshift-serverless': ['redshift', (p) => p.ServerName],
  opensearch: ['opensearch', (p) => record(p.ElasticsearchSettings).EndpointUri],
  elasticsearch: ['opensearch', (p) => record(p.ElasticsearchSettings).EndpointUri],
  docdb: ['documentdb', (p) => p.ServerName],
  redis: ['elasticache', (p) => record(p.RedisSettings).ServerName]
}

const ENDPOINT_NODES = new WeakMap<ImportContext, Map<string, string | undefined>>()

/** The node an endpoint stands for, decided once per endpoint. */
function endpointNode(ctx: ImportContext, endpoint: TemplateResource): string | undefined {
  let memo = ENDPOINT_NODES.get(ctx)
  if (!memo) ENDPOINT_NODES.set(ctx, (memo = new Map<string, string | undefined>()))
  if (memo.has(endpoint.id)) return memo.get(endpoint.id)
  const p = endpoint.properties
  const engine = (text(p.EngineName) ?? '').toLowerCase()
  const r = resolverFor(ctx, endpoint)
  const entry = ctx.entry(endpoint)
  let node: string | undefined
  const known = ENDPOINT_SETTINGS[engine]
  if (known) {
    const [service, get] = known
    const value = get(p)
    node =
      value === undefined
        ? ctx.external(
            service,
            endpoint.id,
            `DMS ${engine} endpoint ${endpoint.id}`,
            endpoint,
            endpoint.id
          )
        : r.resolve(value, [service], `${engine} endpoint`)?.nodeId
  } else if (engine) {
    const server = toText(p.ServerName, {}) ?? ''
    const ref = referencedResource(p.ServerName)
    const inTemplate = ref ? ctx.node(ref.id) : undefined
    if (inTemplate) node = inTemplate.id
    else {
      const rds = /\.rds\.amazonaws\.com|^aurora/.test(server) || engine.startsWith('aurora')
      const service: ServiceId = rds ? 'rds' : 'on-prem-database'
      const param = ref && ctx.model.parameters.has(ref.id) ? ref.id : undefined
      node = ctx.external(
        service,
        param ?? (server && !server.includes('${') ? server : endpoint.id),
        param
          ? `parameter ${param} (DMS ${engine} endpoint ${endpoint.id})`
          : `DMS ${engine} endpoint ${endpoint.id}`,
        endpoint,
        param ?? endpoint.id
      )
      ctx.note(
        endpoint,
        rds
          ? `A ${engine} database in Amazon RDS (from its engine or host name).`
          : `A ${engine} database the template does not create and whose host is not in Amazon RDS: drawn as a database outside AWS.`
      )
    }
  }
  if (node) {
    entry.nodeIds.add(node)
    entry.outcome = ctx.nodes.get(node)?.external ? 'external' : 'setting'
  }
  memo.set(endpoint.id, node)
  return node
}

function endpointOf(
  ctx: ImportContext,
  value: unknown,
  owner: TemplateResource,
  r: Resolver,
  what: string
): string | undefined {
  const ref = referencedResource(value)
  const endpoint = ref ? ctx.resources.get(ref.id) : undefined
  if (endpoint?.type === 'AWS::DMS::Endpoint') {
    const node = endpointNode(ctx, endpoint)
    if (!node) ctx.note(owner, `${what} ${endpoint.id}: its database could not be told.`)
    return node
  }
  const ext = r.resolve(value, ['on-prem-database'], what)
  return ext?.nodeId
}

export const dmsEndpoint: Handler = (ctx, resource) => {
  endpointNode(ctx, resource)
}

export const replicationInstance: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  ctx.setSetting(id, 'instanceClass', resource.properties.ReplicationInstanceClass, resource)
  ctx.setSetting(id, 'storageGB', settingNumber(resource.properties.AllocatedStorage), resource)
}

function wire(ctx: ImportContext, dms: string, p: Json, resource: TemplateResource, r: Resolver) {
  const source = endpointOf(ctx, p.SourceEndpointArn, resource, r, 'SourceEndpointArn')
  const target = endpointOf(ctx, p.TargetEndpointArn, resource, r, 'TargetEndpointArn')
  if (source) ctx.addEdge(source, dms, resource, { mechanism: 'dms-source-endpoints' })
  if (target) ctx.addEdge(dms, target, resource, { mechanism: 'dms-target-endpoints' })
  const type = text(p.MigrationType) ?? text(p.ReplicationType)
  if (type) ctx.note(resource, `Migration type ${type}.`)
}

/** AWS::DMS::ReplicationTask: source endpoint → replication instance → target endpoint. */
export const replicationTask: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const dms = r.resolve(
    resource.properties.ReplicationInstanceArn,
    ['dms'],
    'ReplicationInstanceArn'
  )
  if (dms) wire(ctx, dms.nodeId, resource.properties, resource, r)
}

/** AWS::DMS::ReplicationConfig (DMS Serverless): the configuration is the replication itself. */
export const replicationConfig: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (id) wire(ctx, id, resource.properties, resource, r)
}

/** IoT rule actions the service list has a node for, and the property naming the target. */
const IOT_ACTIONS: Readonly<Record<string, [ServiceId, (a: Json) => unknown]>> = {
  Kinesis: ['kinesis-data-streams', (a) => a.StreamName],
  Firehose: ['kinesis-firehose', (a) => a.DeliveryStreamName],
  Lambda: ['lambda', (a) => a.FunctionArn],
  S3: ['s3', (a) => a.BucketName],
  DynamoDB: ['dynamodb', (a) => a.TableName],
  DynamoDBv2: ['dynamodb', (a) => record(a.PutItem).TableName],
  Sqs: ['sqs', (a) => a.QueueUrl],
  Sns: ['sns', (a) => a.TargetArn],
  OpenSearch: ['opensearch', (a) => a.Endpoint],
  Elasticsearch: ['opensearch', (a) => a.Endpoint],
  Timestream: ['timestream', (a) => a.DatabaseName],
  StepFunctions: ['step-functions', (a) => a.StateMachineName],
  Kafka: ['msk', (a) => record(a.ClientProperties)['bootstrap.servers']],
  Http: ['http-endpoint', (a) => a.Url]
}

/** AWS::IoT::TopicRule: the rule is an IoT Core node; each action (and the error action) an edge. */
export const topicRule: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const payload = record(resource.properties.TopicRulePayload)
  const actions = list(payload.Actions).map((a) => ({ action: record(a), error: false }))
  if (payload.ErrorAction !== undefined)
    actions.push({ action: record(payload.ErrorAction), error: true })
  for (const { action, error } of actions)
    for (const [key, body] of Object.entries(action)) {
      const known = IOT_ACTIONS[key]
      if (!known) {
        ctx.note(
          resource,
          key === 'Republish'
            ? 'Republish action: back to another MQTT topic of the same IoT Core; not drawn.'
            : `${key} action: no node on the canvas for it; not drawn.`
        )
        continue
      }
      const [service, get] = known
      const what = `${error ? 'ErrorAction' : 'action'} ${key}`
      const target = r.resolve(get(record(body)), [service], what)
      if (!target) continue
      ctx.addEdge(id, target.nodeId, resource, { mechanism: 'iot-rule-actions' })
      if (error)
        ctx.note(
          resource,
          `${target.nodeId} receives only messages the other actions fail on (ErrorAction).`
        )
      if (key === 'Firehose' && record(body).BatchMode !== true)
        ctx.setSetting(target.nodeId, 'recordsPerRequest', 1, resource)
    }
}
