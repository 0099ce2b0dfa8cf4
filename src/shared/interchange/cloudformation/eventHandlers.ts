import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import { selfManagedKafka } from './lambdaHandlers'
import { busOf, logGroupNode } from './samEvents'
import { list, record, text } from './templateModel'

/** What an EventBridge rule, schedule or pipe target ARN can name, the likeliest first. */
const TARGETS: readonly ServiceId[] = [
  'lambda',
  'sqs',
  'sns',
  'kinesis-data-streams',
  'kinesis-firehose',
  'step-functions',
  'eventbridge',
  'api-gateway',
  'http-endpoint',
  'batch',
  'redshift',
  'sagemaker'
]

/**
 * AWS::Events::Rule: a pattern rule is edges from its bus to each target; a schedule-only rule has
 * no bus traffic to draw from, so it is a node of its own (the rule fires the targets).
 */
export const eventRule: Handler = (ctx, resource, r) => {
  const p = resource.properties
  let source: string | undefined
  if (p.EventPattern === undefined && p.ScheduleExpression !== undefined) {
    source = ctx.addNode(resource.id, 'eventbridge', resource.id, resource)
    ctx.nodeOf.set(resource.id, source)
    ctx.entry(resource).outcome = 'node'
    ctx.note(resource, `A scheduled rule (${text(p.ScheduleExpression) ?? 'computed'}).`)
  } else {
    ctx.entry(resource).outcome = 'edge'
    source = busOf(ctx, p.EventBusName, resource, r)
  }
  if (!source) return
  for (const t of list(p.Targets)) {
    const target = r.resolve(record(t).Arn, TARGETS, `Target ${text(record(t).Id) ?? ''}`)
    if (target) ctx.addEdge(source, target.nodeId, resource)
  }
}

/** AWS::Scheduler::Schedule: EventBridge Scheduler invoking one target. */
export const schedule: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const arn = record(resource.properties.Target).Arn
  const universal = /^arn:[^:]*:scheduler:::aws-sdk:([a-z0-9-]+):/.exec(text(arn) ?? '')
  if (universal) {
    ctx.note(
      resource,
      `A universal target (${universal[1] ?? ''} SDK call): the resource it acts on is in its Input; not drawn.`
    )
    return
  }
  const target = r.resolve(arn, TARGETS, 'Target Arn')
  if (target) ctx.addEdge(id, target.nodeId, resource)
}

const PIPE_SOURCES: readonly ServiceId[] = [
  'sqs',
  'kinesis-data-streams',
  'dynamodb-streams',
  'msk'
]
const ENRICHMENTS: readonly ServiceId[] = [
  'lambda',
  'step-functions',
  'api-gateway',
  'http-endpoint'
]

/** AWS::Pipes::Pipe: source → pipe → target, and the enrichment it calls on the way. */
export const pipe: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const sourceText = text(p.Source)
  const source = sourceText?.startsWith('smk://')
    ? selfManagedKafka(ctx, [sourceText.slice(6)], resource)
    : r.resolve(p.Source, PIPE_SOURCES, 'Source')?.nodeId
  if (source) ctx.addEdge(source, id, resource, { mechanism: 'pipes-sources' })
  if (p.Enrichment !== undefined) {
    const e = r.resolve(p.Enrichment, ENRICHMENTS, 'Enrichment')
    if (e) {
      ctx.addEdge(id, e.nodeId, resource, { mechanism: 'pipes-targets' })
      ctx.note(
        resource,
        `Enrichment ${e.nodeId} returns the events to the pipe; the edge shows the call.`
      )
    }
  }
  const target = r.resolve(p.Target, TARGETS, 'Target')
  if (target) ctx.addEdge(id, target.nodeId, resource)
}

export const subscriptionFilter: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const p = resource.properties
  const source = logGroupNode(ctx, p.LogGroupName, resource)
  const target = r.resolve(
    p.DestinationArn,
    ['kinesis-firehose', 'kinesis-data-streams', 'lambda', 'opensearch'],
    'DestinationArn'
  )
  if (target)
    ctx.addEdge(source, target.nodeId, resource, { mechanism: 'cwl-subscription-filters' })
}
