import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import type { ActionSetId, PrincipalKind } from './exportActions'
import type { TemplateBuild } from './exportBuild'
import { grantOn, owned, refTo, type EdgeContext, type Wiring } from './exportEdges'
import { getAtt, isObject, slot, type CfnValue, type Props } from './exportModel'

/** What a compute service's role needs to read from (source) or write to (target) each service. */
const READS: Partial<Record<ServiceId, ActionSetId>> = {
  'kinesis-data-streams': 'kinesis-read',
  s3: 's3-read',
  dynamodb: 'dynamodb-read',
  msk: 'msk-consume'
}
const WRITES: Partial<Record<ServiceId, ActionSetId>> = {
  'kinesis-data-streams': 'kinesis-write',
  'kinesis-firehose': 'firehose-write',
  s3: 's3-write',
  dynamodb: 'dynamodb-write',
  sqs: 'sqs-send',
  sns: 'sns-publish',
  opensearch: 'opensearch-write',
  timestream: 'timestream-write'
}

/** Lambda environment variable names are letters, digits and underscores. */
function upper(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
}

/**
 * Where the code learns what to talk to: a function's environment, a Glue job's arguments, a
 * Flink application's runtime properties. The grant gives it the right; the setting tells it the
 * resource (and lets a template reader see the connection).
 */
function tell(
  b: TemplateBuild,
  holder: DiagramNode,
  holderId: string,
  key: string,
  value: CfnValue
): void {
  if (!b.resources.has(holderId) || holder.external !== undefined) return
  const props = b.props(holderId)
  if (holder.service === 'lambda') {
    const env = slot<Props>(props, 'Environment', () => ({ Variables: {} }))
    ;(env.Variables as Props)[upper(key)] = value
  } else if (holder.service === 'glue-etl') {
    const args = slot<Props>(props, 'DefaultArguments', () => ({}))
    args[`--${key}`] = value
  } else if (holder.service === 'kinesis-data-analytics') {
    const config = props.ApplicationConfiguration as Props
    const env = slot<Props>(config, 'EnvironmentProperties', () => ({
      PropertyGroups: [{ PropertyGroupId: 'Pipewright', PropertyMap: {} }]
    }))
    const group = (env.PropertyGroups as Props[])[0]!
    ;(group.PropertyMap as Props)[key] = value
  }
}

const KINDS: Partial<Record<ServiceId, PrincipalKind>> = {
  lambda: 'lambda',
  'glue-etl': 'glue',
  'kinesis-data-analytics': 'flink'
}

function reads(e: EdgeContext): string | undefined {
  const set = READS[e.source.service]
  const kind = KINDS[e.target.service]
  if (!set || !kind) return undefined
  grantOn(e, e.target, kind, set, e.source)
  tell(e.b, e.target, e.targetId, `source-${e.sourceId}`, refTo(e, e.source, 'arn'))
  if (
    e.target.service === 'glue-etl' &&
    (e.source.service === 'kinesis-data-streams' || e.source.service === 'msk') &&
    owned(e, e.target)
  ) {
    const command = e.b.props(e.targetId).Command
    if (isObject(command)) command.Name = 'gluestreaming'
  }
  return `${set} grant on the role of ${e.targetId}, and the ARN in its settings`
}

function writes(e: EdgeContext): string | undefined {
  const set = WRITES[e.target.service]
  const kind = KINDS[e.source.service]
  if (!set || !kind) return undefined
  grantOn(e, e.source, kind, set, e.target)
  tell(e.b, e.source, e.sourceId, `target-${e.targetId}`, refTo(e, e.target, 'arn'))
  return `${set} grant on the role of ${e.sourceId}, and the ARN in its settings`
}

export const computeReads: Wiring = reads
export const computeWrites: Wiring = writes

/** Starting a job, a crawler, a query or an execution from a function. */
export const lambdaControl: Wiring = (e) => {
  const sets: Partial<Record<ServiceId, ActionSetId>> = {
    'step-functions': 'states-start',
    'glue-etl': 'glue-start-job',
    'glue-crawler': 'glue-start-crawler',
    athena: 'athena-query'
  }
  const set = sets[e.target.service]
  if (!set) return undefined
  grantOn(e, e.source, 'lambda', set, e.target)
  tell(
    e.b,
    e.source,
    e.sourceId,
    `target-${e.targetId}`,
    refTo(e, e.target, e.target.service === 'step-functions' ? 'arn' : 'name')
  )
  return `${set} grant on the role of ${e.sourceId}`
}

/**
 * Asynchronous invocation destinations, written as the on-success destination.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventinvokeconfig.html
 */
export const lambdaDestination: Wiring = (e) => {
  const sets: Partial<Record<ServiceId, ActionSetId>> = {
    sqs: 'sqs-send',
    sns: 'sns-publish',
    lambda: 'lambda-invoke'
  }
  const set = sets[e.target.service]
  if (!set || !owned(e, e.source)) return undefined
  grantOn(e, e.source, 'lambda', set, e.target)
  const id = e.b.uniqueId(`${e.sourceId}InvokeConfig`)
  e.b.addResource(id, {
    Type: 'AWS::Lambda::EventInvokeConfig',
    Properties: {
      FunctionName: refTo(e, e.source, 'name'),
      Qualifier: '$LATEST',
      DestinationConfig: { OnSuccess: { Destination: refTo(e, e.target, 'arn') } }
    }
  })
  e.b.leave(
    `${id} sends to ${e.targetId} on success; make it OnFailure if it is a failure destination.`
  )
  return `AWS::Lambda::EventInvokeConfig ${id}`
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-glue-crawler.html */
export const crawlerTarget: Wiring = (e) => {
  if (!owned(e, e.target)) return undefined
  const targets = e.b.props(e.targetId).Targets as Props
  const push = (key: string, entry: Props) => {
    slot<CfnValue[]>(targets, key, () => []).push(entry)
  }
  if (e.source.service === 's3') {
    grantOn(e, e.target, 'glue', 's3-read', e.source)
    push('S3Targets', {
      Path: { 'Fn::Sub': ['s3://${Bucket}/', { Bucket: refTo(e, e.source, 'name') }] }
    })
    return 'Targets.S3Targets'
  }
  if (e.source.service === 'dynamodb') {
    grantOn(e, e.target, 'glue', 'dynamodb-read', e.source)
    push('DynamoDBTargets', { Path: refTo(e, e.source, 'name') })
    return 'Targets.DynamoDBTargets'
  }
  return undefined
}

export const catalogWrite: Wiring = (e) => {
  if (e.source.service === 'glue-crawler' && owned(e, e.source)) {
    e.b.props(e.sourceId).DatabaseName = refTo(e, e.target, 'name')
    return `DatabaseName of ${e.sourceId}`
  }
  if (e.source.service === 'glue-etl' && owned(e, e.source)) {
    tell(e.b, e.source, e.sourceId, `target-${e.targetId}`, refTo(e, e.target, 'name'))
    return `the database in the arguments of ${e.sourceId} (AWSGlueServiceRole covers the catalog)`
  }
  return undefined
}

export const catalogRead: Wiring = (e) => {
  if (e.target.service !== 'glue-etl' || !owned(e, e.target)) return undefined
  tell(e.b, e.target, e.targetId, 'enable-glue-datacatalog', 'true')
  tell(e.b, e.target, e.targetId, `source-${e.sourceId}`, refTo(e, e.source, 'name'))
  return `--enable-glue-datacatalog in the arguments of ${e.targetId}`
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-glue-trigger.html */
export const glueTrigger: Wiring = (e) => {
  const after: Props =
    e.source.service === 'glue-etl'
      ? { JobName: refTo(e, e.source, 'name'), State: 'SUCCEEDED', LogicalOperator: 'EQUALS' }
      : {
          CrawlerName: refTo(e, e.source, 'name'),
          CrawlState: 'SUCCEEDED',
          LogicalOperator: 'EQUALS'
        }
  const action: Props =
    e.target.service === 'glue-etl'
      ? { JobName: refTo(e, e.target, 'name') }
      : { CrawlerName: refTo(e, e.target, 'name') }
  const id = e.b.uniqueId(`${e.targetId}After${e.sourceId}`)
  e.b.addResource(id, {
    Type: 'AWS::Glue::Trigger',
    Properties: {
      Type: 'CONDITIONAL',
      StartOnCreation: true,
      Actions: [action],
      Predicate: { Conditions: [after] }
    }
  })
  return `AWS::Glue::Trigger ${id}`
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-athena-workgroup.html */
export const athenaResults: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  e.b.props(e.sourceId).WorkGroupConfiguration = {
    ResultConfiguration: {
      OutputLocation: {
        'Fn::Sub': ['s3://${Bucket}/athena-results/', { Bucket: refTo(e, e.target, 'name') }]
      }
    }
  }
  return 'WorkGroupConfiguration.ResultConfiguration.OutputLocation'
}

/**
 * Streaming ingestion and COPY need a role the cluster can assume.
 * https://docs.aws.amazon.com/redshift/latest/dg/materialized-view-streaming-ingestion-getting-started.html
 */
export const redshiftReads: Wiring = (e) => {
  if (!owned(e, e.target)) return undefined
  const set = READS[e.source.service]
  if (!set) return undefined
  const role = grantOn(e, e.target, 'redshift', set, e.source)!
  // A Serverless workgroup's roles belong to its namespace.
  const serverless = e.b.resources.get(e.targetId)?.Type === 'AWS::RedshiftServerless::Workgroup'
  const holder = serverless
    ? e.b.state<string>('redshift-namespace:' + e.target.id, () => e.targetId)
    : e.targetId
  const props = e.b.props(holder)
  const roles = slot<CfnValue[]>(props, 'IamRoles', () => [])
  if (!roles.some((r) => JSON.stringify(r) === JSON.stringify(getAtt(role, 'Arn'))))
    roles.push(getAtt(role, 'Arn'))
  e.b.leave(`Create the external schema or COPY command in ${e.targetId} that reads ${e.sourceId}.`)
  return `${set} grant on the cluster role of ${e.targetId}`
}

/**
 * A customer managed key on the resource it protects.
 * https://docs.aws.amazon.com/kms/latest/developerguide/service-integration.html
 */
export const kmsKey: Wiring = (e) => {
  if (!owned(e, e.target)) return undefined
  const key = refTo(e, e.source, 'arn')
  const props = e.b.props(e.targetId)
  switch (e.target.service) {
    case 's3':
      props.BucketEncryption = {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key } }
        ]
      }
      break
    case 'kinesis-data-streams':
      props.StreamEncryption = { EncryptionType: 'KMS', KeyId: key }
      break
    case 'sqs':
    case 'sns':
      props.KmsMasterKeyId = key
      break
    case 'dynamodb':
      props.SSESpecification = { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: key }
      break
    default:
      return undefined
  }
  e.b.leave(
    `Let the roles that read ${e.targetId} use key ${e.sourceId} (kms:Decrypt in the key policy).`
  )
  return `encryption of ${e.targetId} with ${e.sourceId}`
}
