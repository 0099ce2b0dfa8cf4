import { awsDoc, type Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import type { ActionSetId } from './exportActions'
import type { RefKind, TemplateBuild } from './exportBuild'
import { EXPORT_DEFAULTS as D } from './exportDefaults'
import { allowSend, grantOn, permitInvoke, refTo, roleArn, type Wiring } from './exportEdges'
import { getAtt, type CfnValue, type Props } from './exportModel'

/**
 * Step Functions tasks for the services a state machine's edges reach, as the optimized and SDK
 * integrations name them; each value is substituted through DefinitionSubstitutions so the
 * definition names the resource it calls.
 * https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html
 */
const SFN_TASKS: Partial<
  Record<
    ServiceId,
    { resource: string; ref: RefKind; grant: ActionSetId; parameters: (v: string) => Props }
  >
> = {
  lambda: {
    resource: 'arn:aws:states:::lambda:invoke',
    ref: 'arn',
    grant: 'lambda-invoke',
    parameters: (v) => ({ FunctionName: v, 'Payload.$': '$' })
  },
  'glue-etl': {
    resource: 'arn:aws:states:::glue:startJobRun.sync',
    ref: 'name',
    grant: 'glue-start-job',
    parameters: (v) => ({ JobName: v })
  },
  'glue-crawler': {
    resource: 'arn:aws:states:::aws-sdk:glue:startCrawler',
    ref: 'name',
    grant: 'glue-start-crawler',
    parameters: (v) => ({ Name: v })
  },
  athena: {
    resource: 'arn:aws:states:::athena:startQueryExecution.sync',
    ref: 'name',
    grant: 'athena-query',
    parameters: (v) => ({ WorkGroup: v, QueryString: 'SELECT 1' })
  },
  sns: {
    resource: 'arn:aws:states:::sns:publish',
    ref: 'arn',
    grant: 'sns-publish',
    parameters: (v) => ({ TopicArn: v, 'Message.$': '$' })
  },
  sqs: {
    resource: 'arn:aws:states:::sqs:sendMessage',
    ref: 'url',
    grant: 'sqs-send',
    parameters: (v) => ({ QueueUrl: v, 'MessageBody.$': '$' })
  },
  dynamodb: {
    resource: 'arn:aws:states:::dynamodb:putItem',
    ref: 'name',
    grant: 'dynamodb-write',
    parameters: (v) => ({ TableName: v, Item: { pk: { 'S.$': '$$.Execution.Id' } } })
  },
  'step-functions': {
    resource: 'arn:aws:states:::states:startExecution',
    ref: 'arn',
    grant: 'states-start',
    parameters: (v) => ({ StateMachineArn: v, 'Input.$': '$' })
  },
  'kinesis-data-streams': {
    resource: 'arn:aws:states:::aws-sdk:kinesis:putRecord',
    ref: 'name',
    grant: 'kinesis-write',
    parameters: (v) => ({ StreamName: v, 'Data.$': '$', 'PartitionKey.$': '$$.Execution.Id' })
  },
  'kinesis-firehose': {
    resource: 'arn:aws:states:::aws-sdk:firehose:putRecord',
    ref: 'name',
    grant: 'firehose-write',
    parameters: (v) => ({ DeliveryStreamName: v, Record: { 'Data.$': '$' } })
  }
}

interface MachineState {
  tasks: { name: string; resource: string; parameters: Props }[]
  substitutions: Record<string, CfnValue>
}

function machineOf(b: TemplateBuild, nodeId: string): MachineState {
  return b.state<MachineState>(`sfn:${nodeId}`, () => ({ tasks: [], substitutions: {} }))
}

export const stateMachineTask: Wiring = (e) => {
  const task = SFN_TASKS[e.target.service]
  if (!task || e.source.external !== undefined) return undefined
  const machine = machineOf(e.b, e.source.id)
  const name = `Call${e.targetId}`
  if (machine.tasks.some((t) => t.name === name)) return undefined
  grantOn(e, e.source, 'states', task.grant, e.target)
  machine.substitutions[e.targetId] = refTo(e, e.target, task.ref)
  if (e.target.service === 'athena' || e.target.service === 'dynamodb')
    e.b.leave(
      `Write the ${e.target.service === 'athena' ? 'query' : 'item'} task ${name} of ${e.sourceId} sends (the template holds a placeholder).`
    )
  machine.tasks.push({
    name,
    resource: task.resource,
    parameters: task.parameters(`\${${e.targetId}}`)
  })
  return `Task state ${name} in the definition`
}

/** The definition: the tasks in the order of the diagram's edges, one after another. */
export function finishStateMachine(b: TemplateBuild, node: DiagramNode, id: string): void {
  const machine = machineOf(b, node.id)
  const states: Props = {}
  machine.tasks.forEach((t, i) => {
    const next = machine.tasks[i + 1]
    states[t.name] = {
      Type: 'Task',
      Resource: t.resource,
      Parameters: t.parameters,
      ...(next ? { Next: next.name } : { End: true })
    }
  })
  if (machine.tasks.length === 0) {
    states.Start = { Type: 'Pass', End: true }
    b.leave(`Write the states of ${id}: the diagram gives it nothing to call.`)
  }
  const props = b.props(id)
  props.Definition = {
    Comment: `${node.label ?? node.id}, exported by Pipewright`,
    StartAt: machine.tasks[0]?.name ?? 'Start',
    States: states
  }
  if (Object.keys(machine.substitutions).length > 0)
    props.DefinitionSubstitutions = machine.substitutions
}

/** The `source` of the events AWS services send to EventBridge, for a rule's pattern. */
const EVENT_SOURCES: { citation: Citation; sources: Partial<Record<ServiceId, string>> } = {
  citation: awsDoc(
    'https://docs.aws.amazon.com/eventbridge/latest/ref/events.html',
    'EventBridge events reference (event sources of AWS services)'
  ),
  sources: {
    s3: 'aws.s3',
    'glue-etl': 'aws.glue',
    'glue-crawler': 'aws.glue',
    'glue-data-catalog': 'aws.glue',
    emr: 'aws.emr',
    dms: 'aws.dms',
    redshift: 'aws.redshift',
    athena: 'aws.athena',
    'step-functions': 'aws.states',
    sagemaker: 'aws.sagemaker',
    rds: 'aws.rds',
    batch: 'aws.batch',
    datasync: 'aws.datasync',
    'glue-databrew': 'aws.databrew'
  }
}

interface RuleState {
  targets: Props[]
  sources: string[]
}

function ruleOf(b: TemplateBuild, nodeId: string): RuleState {
  return b.state<RuleState>(`rule:${nodeId}`, () => ({ targets: [], sources: [] }))
}

/** Events reaching a rule: its pattern matches their source. */
export const ruleEventSource: Wiring = (e) => {
  const source = EVENT_SOURCES.sources[e.source.service]
  if (!source || e.target.external !== undefined) return undefined
  const rule = ruleOf(e.b, e.target.id)
  if (!rule.sources.includes(source)) rule.sources.push(source)
  return `EventPattern source ${source}`
}

/**
 * Lambda, SQS and SNS targets take a resource policy; Kinesis, Firehose and Step Functions a role.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-iam-roles.html
 */
export const ruleTarget: Wiring = (e) => {
  if (e.source.external !== undefined) return undefined
  const rule = ruleOf(e.b, e.source.id)
  const ruleArn = getAtt(e.sourceId, 'Arn')
  const targetName = e.targetId.slice(0, 64)
  const target: Props = { Id: targetName, Arn: refTo(e, e.target, 'arn') }
  const withRole = (set: ActionSetId) => {
    grantOn(e, e.source, 'events', set, e.target)
    target.RoleArn = roleArn(e, e.source, 'events')
  }
  switch (e.target.service) {
    case 'lambda':
      permitInvoke(e, e.target, 'events.amazonaws.com', ruleArn)
      break
    case 'sqs':
    case 'sns':
      allowSend(e, e.target, 'events.amazonaws.com', ruleArn)
      break
    case 'kinesis-data-streams':
      withRole('kinesis-write')
      break
    case 'kinesis-firehose':
      withRole('firehose-write')
      break
    case 'step-functions':
      withRole('states-start')
      break
    default:
      return undefined
  }
  rule.targets.push(target)
  return `Targets entry ${targetName}`
}

export function finishRule(b: TemplateBuild, node: DiagramNode, id: string): void {
  const rule = ruleOf(b, node.id)
  const props = b.props(id)
  if (rule.sources.length > 0) props.EventPattern = { source: rule.sources }
  else {
    b.leave(`Write the event pattern of rule ${id} (parameter ${id}EventSource).`)
    props.EventPattern = {
      source: [
        b.parameter(`${id}EventSource`, {
          Type: 'String',
          Description: `Event source rule ${id} matches`
        })
      ]
    }
  }
  if (rule.targets.length > 0) props.Targets = rule.targets
}

interface PipeState {
  source?: CfnValue
  sourceParameters?: Props
  target?: CfnValue
  targetParameters?: Props
}

function pipeOf(b: TemplateBuild, nodeId: string): PipeState {
  return b.state<PipeState>(`pipe:${nodeId}`, () => ({}))
}

/** https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-source.html */
export const pipeSource: Wiring = (e) => {
  if (e.target.external !== undefined) return undefined
  const pipe = pipeOf(e.b, e.target.id)
  if (pipe.source) return undefined
  const start = { StartingPosition: D.streamStartingPosition.value }
  switch (e.source.service) {
    case 'kinesis-data-streams':
      grantOn(e, e.target, 'pipes', 'kinesis-read', e.source)
      pipe.source = refTo(e, e.source, 'arn')
      pipe.sourceParameters = { KinesisStreamParameters: start }
      break
    case 'dynamodb-streams':
    case 'dynamodb':
      grantOn(e, e.target, 'pipes', 'dynamodb-stream-read', e.source, 'streamArn')
      pipe.source = refTo(e, e.source, 'streamArn')
      pipe.sourceParameters = { DynamoDBStreamParameters: start }
      break
    case 'sqs':
      grantOn(e, e.target, 'pipes', 'sqs-consume', e.source)
      pipe.source = refTo(e, e.source, 'arn')
      break
    case 'msk':
      grantOn(e, e.target, 'pipes', 'msk-consume', e.source)
      pipe.source = refTo(e, e.source, 'arn')
      pipe.sourceParameters = {
        ManagedStreamingKafkaParameters: {
          TopicName: e.b.parameter(`${e.targetId}TopicName`, {
            Type: 'String',
            Description: `Kafka topic ${e.targetId} reads`
          })
        }
      }
      break
    default:
      return undefined
  }
  return 'Source of the pipe'
}

/** https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html */
export const pipeTarget: Wiring = (e) => {
  if (e.source.external !== undefined) return undefined
  const pipe = pipeOf(e.b, e.source.id)
  if (pipe.target) return undefined
  const grants: Partial<Record<ServiceId, ActionSetId>> = {
    lambda: 'lambda-invoke',
    'step-functions': 'states-start',
    sqs: 'sqs-send',
    sns: 'sns-publish',
    'kinesis-data-streams': 'kinesis-write',
    'kinesis-firehose': 'firehose-write',
    'cloudwatch-logs': 'logs-write'
  }
  const grant = grants[e.target.service]
  if (!grant) return undefined
  grantOn(e, e.source, 'pipes', grant, e.target)
  pipe.target = refTo(e, e.target, 'arn')
  if (e.target.service === 'step-functions')
    pipe.targetParameters = {
      StepFunctionStateMachineParameters: { InvocationType: 'FIRE_AND_FORGET' }
    }
  if (e.target.service === 'kinesis-data-streams') {
    pipe.targetParameters = { KinesisStreamParameters: { PartitionKey: '$.eventID' } }
    e.b.leave(
      `Choose the partition key pipe ${e.sourceId} writes to ${e.targetId} with (the template uses $.eventID).`
    )
  }
  return 'Target of the pipe'
}

export function finishPipe(b: TemplateBuild, node: DiagramNode, id: string): void {
  const pipe = pipeOf(b, node.id)
  const props = b.props(id)
  const ask = (end: string) => {
    b.leave(
      `Give pipe ${id} its ${end.toLowerCase()} (parameter ${id}${end}Arn): the diagram has none it can use.`
    )
    return b.parameter(`${id}${end}Arn`, {
      Type: 'String',
      Description: `ARN of the ${end.toLowerCase()} of pipe ${id}`
    })
  }
  props.Source = pipe.source ?? ask('Source')
  if (pipe.sourceParameters) props.SourceParameters = pipe.sourceParameters
  props.Target = pipe.target ?? ask('Target')
  if (pipe.targetParameters) props.TargetParameters = pipe.targetParameters
}
