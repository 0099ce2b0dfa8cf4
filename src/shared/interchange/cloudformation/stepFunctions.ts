import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import { toText, type Resolver } from './references'
import { defaultBus } from './samEvents'
import { isRecord, list, record, text, type Json, type TemplateResource } from './templateModel'

/**
 * A state machine's Task states, read from its definition: each task's `Resource` names the
 * service integration (`arn:aws:states:::glue:startJobRun.sync`, `…:::aws-sdk:s3:putObject`) and
 * its parameters name the resource it acts on. Each becomes a control or data edge from the state
 * machine. Integrations: https://docs.aws.amazon.com/step-functions/latest/dg/integrate-services.html
 */
interface Integration {
  service: ServiceId
  /** The parameters that name the resource, in the order tried. */
  params: readonly string[]
}

const BY_PREFIX: readonly [RegExp, Integration][] = [
  [/^lambda:/, { service: 'lambda', params: ['FunctionName'] }],
  [/^glue:(startCrawler|getCrawler)/i, { service: 'glue-crawler', params: ['Name'] }],
  [/^glue:/, { service: 'glue-etl', params: ['JobName'] }],
  [/^athena:/, { service: 'athena', params: ['WorkGroup'] }],
  [/^sns:/, { service: 'sns', params: ['TopicArn', 'TargetArn'] }],
  [/^sqs:/, { service: 'sqs', params: ['QueueUrl'] }],
  [/^dynamodb:/, { service: 'dynamodb', params: ['TableName'] }],
  [/^states:/, { service: 'step-functions', params: ['StateMachineArn'] }],
  [/^events:/, { service: 'eventbridge', params: ['EventBusName'] }],
  [/^batch:/, { service: 'batch', params: ['JobQueue'] }],
  [/^elasticmapreduce/, { service: 'emr', params: ['ClusterId'] }],
  [/^emr-serverless:/, { service: 'emr', params: ['ApplicationId'] }],
  [/^databrew:/, { service: 'glue-databrew', params: ['Name'] }],
  [/^firehose:/, { service: 'kinesis-firehose', params: ['DeliveryStreamName'] }],
  [/^kinesis:/, { service: 'kinesis-data-streams', params: ['StreamName', 'StreamARN'] }],
  [/^s3:/, { service: 's3', params: ['Bucket'] }],
  [/^redshiftdata:/, { service: 'redshift', params: ['ClusterIdentifier', 'WorkgroupName'] }],
  [/^sagemaker:/, { service: 'sagemaker', params: ['EndpointName'] }],
  [/^http:/, { service: 'http-endpoint', params: ['ApiEndpoint'] }],
  [/^apigateway:/, { service: 'api-gateway', params: ['ApiEndpoint'] }],
  [/^databasemigration:/, { service: 'dms', params: ['ReplicationTaskArn'] }],
  [/^kinesisanalyticsv2:/, { service: 'kinesis-data-analytics', params: ['ApplicationName'] }]
]

const MAX_STATES_DEPTH = 30

function integrationOf(resource: string): { integration: Integration; action: string } | undefined {
  const m = /^arn:[^:]*:states:::(?:aws-sdk:)?(.+)$/.exec(
    resource.replace(/\$\{AWS::Partition\}/g, 'aws')
  )
  if (!m) return undefined
  const action = m[1]!
  const found = BY_PREFIX.find(([re]) => re.test(action))
  return found ? { integration: found[1], action } : undefined
}

class DefinitionReader {
  constructor(
    private readonly ctx: ImportContext,
    private readonly resource: TemplateResource,
    private readonly r: Resolver,
    private readonly node: string,
    private readonly vars: Record<string, unknown>
  ) {}

  states(states: unknown, depth: number): void {
    if (depth > MAX_STATES_DEPTH) return
    for (const [name, raw] of Object.entries(record(states))) {
      const state = record(raw)
      if (state.Type === 'Task') this.task(name, state)
      for (const branch of list(state.Branches)) this.states(record(branch).States, depth + 1)
      const inner = state.ItemProcessor ?? state.Iterator
      if (inner !== undefined) this.states(record(inner).States, depth + 1)
      const reader = record(state.ItemReader)
      const bucket = record(reader.Parameters ?? reader.Arguments).Bucket
      if (bucket !== undefined) {
        const source = this.r.resolve(bucket, ['s3'], `Map state ${name} ItemReader`, this.vars)
        if (source)
          this.ctx.addEdge(source.nodeId, this.node, this.resource, {
            mechanism: 'step-functions-distributed-map'
          })
      }
    }
  }

  private task(name: string, state: Json): void {
    const resourceText = toText(state.Resource, {})
    if (!resourceText) return
    const what = `Task state ${name}`
    const found = integrationOf(resourceText)
    if (!found) {
      // A function or activity ARN given directly (the older form of a Lambda task).
      if (/:activity:/.test(resourceText)) return
      const target = this.r.resolve(state.Resource, ['lambda'], what, this.vars)
      if (target) this.ctx.addEdge(this.node, target.nodeId, this.resource)
      return
    }
    const args = record(state.Parameters ?? state.Arguments)
    const { integration, action } = found
    let value: unknown
    for (const p of integration.params) if (args[p] !== undefined) value = args[p]
    if (action.startsWith('events:')) {
      const entries = list(args.Entries).map(record)
      const bus = entries.find((e) => e.EventBusName !== undefined)?.EventBusName
      const target =
        bus === undefined
          ? defaultBus(this.ctx, this.resource)
          : this.r.resolve(bus, ['eventbridge'], what, this.vars)?.nodeId
      if (target) this.ctx.addEdge(this.node, target, this.resource)
      return
    }
    // A query with no WorkGroup runs in the account's `primary` workgroup.
    if (value === undefined && integration.service === 'athena') value = 'primary'
    if (value === undefined) {
      const dynamic = integration.params.some((p) => args[`${p}.$`] !== undefined)
      this.ctx.note(
        this.resource,
        `${what} calls ${action} on ${dynamic ? 'a resource chosen at run time (a JSONPath parameter)' : 'a resource it does not name'}; not drawn.`
      )
      return
    }
    const target = this.r.resolve(value, [integration.service], what, this.vars)
    if (target) this.ctx.addEdge(this.node, target.nodeId, this.resource)
  }
}

/** The definition as an object and the values its `${…}` placeholders stand for. */
function definitionOf(
  p: Json,
  ctx: ImportContext,
  resource: TemplateResource
): { definition: Json; vars: Record<string, unknown> } | undefined {
  const vars: Record<string, unknown> = { ...record(p.DefinitionSubstitutions) }
  if (isRecord(p.Definition)) return { definition: p.Definition, vars }
  if (p.DefinitionString === undefined) {
    if (p.DefinitionUri !== undefined || p.DefinitionS3Location !== undefined)
      ctx.note(
        resource,
        'The definition is in a separate file (DefinitionUri / DefinitionS3Location): import cannot read it, so its tasks are not drawn.'
      )
    return undefined
  }
  const raw = toText(p.DefinitionString, vars)
  if (raw === undefined) return undefined
  for (const candidate of [raw, raw.replace(/(?<!")\$\{[^}]+\}(?!")/g, '0')]) {
    try {
      const parsed = JSON.parse(candidate) as unknown
      if (isRecord(parsed)) return { definition: parsed, vars }
    } catch {
      // try the next form
    }
  }
  ctx.note(
    resource,
    'DefinitionString is not valid JSON once its placeholders are read; its tasks are not drawn.'
  )
  return undefined
}

export const stateMachine: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const found = definitionOf(resource.properties, ctx, resource)
  if (!found) return
  new DefinitionReader(ctx, resource, r, id, found.vars).states(found.definition.States, 0)
  if (resource.type === 'AWS::Serverless::StateMachine') {
    for (const [name, raw] of Object.entries(record(resource.properties.Events))) {
      const event = record(raw)
      const type = text(event.Type)
      const p = record(event.Properties)
      if (type === 'EventBridgeRule' || type === 'CloudWatchEvent') {
        const bus =
          p.EventBusName === undefined
            ? defaultBus(ctx, resource)
            : r.resolve(p.EventBusName, ['eventbridge'], `Events.${name}`)?.nodeId
        if (bus) ctx.addEdge(bus, id, resource, { mechanism: 'eventbridge-targets' })
      } else if (type === 'Schedule' || type === 'ScheduleV2') {
        const rule = ctx.addNode(
          `${resource.id}${name}`,
          'eventbridge',
          `${resource.id} ${name} (schedule)`,
          resource
        )
        ctx.addEdge(rule, id, resource, { mechanism: 'eventbridge-targets' })
      } else if (type === 'Api') {
        ctx.note(
          resource,
          `Events.${name} (Api): the implicit API is not drawn for state machines; add it by hand.`
        )
      }
    }
  }
}
