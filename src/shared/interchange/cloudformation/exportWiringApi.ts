import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import type { ActionSetId } from './exportActions'
import type { TemplateBuild } from './exportBuild'
import {
  grantOn,
  owned,
  permitInvoke,
  refTo,
  roleArn,
  type EdgeContext,
  type Wiring
} from './exportEdges'
import { getAtt, ref, sub, type CfnValue, type Props } from './exportModel'

/**
 * AWS service integrations an API calls directly, with a role API Gateway assumes: for a REST
 * API the action in the integration URI, for an HTTP API the first-class integration subtype
 * and the request parameters it requires.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integrating-api-with-aws-services-kinesis.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html
 */
const SERVICE_INTEGRATIONS: Partial<
  Record<
    ServiceId,
    {
      grant: ActionSetId
      restAction: (e: EdgeContext) => CfnValue
      http?: { subtype: string; parameters: (e: EdgeContext) => Props }
    }
  >
> = {
  'kinesis-data-streams': {
    grant: 'kinesis-write',
    restAction: () => restUri('kinesis:action/PutRecord'),
    http: {
      subtype: 'Kinesis-PutRecord',
      parameters: (e) => ({
        StreamName: refTo(e, e.target, 'name'),
        Data: '$request.body',
        PartitionKey: '$request.requestId'
      })
    }
  },
  sqs: {
    grant: 'sqs-send',
    restAction: (e) => ({
      'Fn::Sub': [
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/${Queue}',
        { Queue: refTo(e, e.target, 'name') }
      ]
    }),
    http: {
      subtype: 'SQS-SendMessage',
      parameters: (e) => ({ QueueUrl: refTo(e, e.target, 'url'), MessageBody: '$request.body' })
    }
  },
  sns: { grant: 'sns-publish', restAction: () => restUri('sns:action/Publish') },
  'step-functions': {
    grant: 'states-start',
    restAction: () => restUri('states:action/StartExecution'),
    http: {
      subtype: 'StepFunctions-StartExecution',
      parameters: (e) => ({ StateMachineArn: refTo(e, e.target, 'arn'), Input: '$request.body' })
    }
  },
  'kinesis-firehose': {
    grant: 'firehose-write',
    restAction: () => restUri('firehose:action/PutRecord')
  },
  dynamodb: { grant: 'dynamodb-write', restAction: () => restUri('dynamodb:action/PutItem') }
}

function restUri(path: string): CfnValue {
  return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:${path}`)
}

/** Each integration of a REST API on a path of its own, named after its target. */
function restMethod(e: EdgeContext, httpMethod: string, integration: Props): string {
  const api = e.sourceId
  const resource = e.b.uniqueId(`${api}${e.targetId}Path`)
  e.b.addResource(resource, {
    Type: 'AWS::ApiGateway::Resource',
    Properties: {
      RestApiId: ref(api),
      ParentId: getAtt(api, 'RootResourceId'),
      PathPart: e.targetId.toLowerCase()
    }
  })
  const method = e.b.uniqueId(`${api}To${e.targetId}`)
  e.b.addResource(method, {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: ref(api),
      ResourceId: ref(resource),
      HttpMethod: httpMethod,
      AuthorizationType: 'AWS_IAM',
      Integration: integration
    }
  })
  e.b.leave(
    `Deploy REST API ${api} to a stage (AWS::ApiGateway::Deployment) once its methods are final.`
  )
  return method
}

/** An HTTP API integration on a route: the first the default route, the others a path each. */
function httpRoute(e: EdgeContext, integration: Props): string {
  const api = e.sourceId
  const id = e.b.uniqueId(`${api}To${e.targetId}`)
  e.b.addResource(id, {
    Type: 'AWS::ApiGatewayV2::Integration',
    Properties: { ApiId: ref(api), ...integration }
  })
  const routes = e.b.state<{ count: number }>(`api:${e.source.id}`, () => ({ count: 0 }))
  e.b.addResource(e.b.uniqueId(`${api}Route`), {
    Type: 'AWS::ApiGatewayV2::Route',
    Properties: {
      ApiId: ref(api),
      RouteKey: routes.count === 0 ? '$default' : `ANY /${e.targetId}`,
      Target: { 'Fn::Sub': ['integrations/${Integration}', { Integration: ref(id) }] }
    }
  })
  if (routes.count === 0)
    e.b.addResource(e.b.uniqueId(`${api}Stage`), {
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: { ApiId: ref(api), StageName: '$default', AutoDeploy: true }
    })
  routes.count++
  e.b.leave(`Add authorization to the routes of ${api}; the template leaves them open.`)
  return id
}

const isHttpApi = (e: EdgeContext) =>
  e.b.resources.get(e.sourceId)?.Type === 'AWS::ApiGatewayV2::Api'

/**
 * A Lambda proxy integration, or an AWS service integration.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export const apiIntegration: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  const api = e.sourceId
  if (e.target.service === 'lambda') {
    const fnArn = refTo(e, e.target, 'arn')
    permitInvoke(
      e,
      e.target,
      'apigateway.amazonaws.com',
      sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/*`)
    )
    if (isHttpApi(e)) {
      const id = httpRoute(e, {
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: fnArn,
        PayloadFormatVersion: '2.0'
      })
      return `AWS::ApiGatewayV2::Integration ${id} and its route`
    }
    const uri = {
      'Fn::Sub': [
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Function}/invocations',
        { Function: fnArn }
      ]
    }
    const id = restMethod(e, 'ANY', { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: uri })
    return `AWS::ApiGateway::Method ${id} (Lambda proxy)`
  }
  const service = SERVICE_INTEGRATIONS[e.target.service]
  if (!service) return undefined
  grantOn(e, e.source, 'apigateway', service.grant, e.target)
  const role = roleArn(e, e.source, 'apigateway')
  if (isHttpApi(e)) {
    if (!service.http) return undefined
    const id = httpRoute(e, {
      IntegrationType: 'AWS_PROXY',
      IntegrationSubtype: service.http.subtype,
      PayloadFormatVersion: '1.0',
      CredentialsArn: role,
      RequestParameters: service.http.parameters(e)
    })
    return `AWS::ApiGatewayV2::Integration ${id} (${service.http.subtype})`
  }
  const id = restMethod(e, 'POST', {
    Type: 'AWS',
    IntegrationHttpMethod: 'POST',
    Uri: service.restAction(e),
    Credentials: role
  })
  e.b.leave(
    `Write the request mapping template of ${id}: it shapes the body into the ${e.targetId} call.`
  )
  return `AWS::ApiGateway::Method ${id} (AWS service integration)`
}

interface DmsState {
  sources: string[]
  targets: string[]
}

function dmsOf(b: TemplateBuild, nodeId: string): DmsState {
  return b.state<DmsState>(`dms:${nodeId}`, () => ({ sources: [], targets: [] }))
}

/** https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dms-endpoint.html */
export const dmsSource: Wiring = (e) => {
  if (!owned(e, e.target) || e.source.service === 's3') return undefined
  const id = e.b.uniqueId(`${e.sourceId}SourceEndpoint`)
  const ask = (suffix: string, description: string, noEcho = false) =>
    e.b.parameter(`${id}${suffix}`, {
      Type: 'String',
      Description: `${description} of the DMS source ${e.source.label ?? e.source.id}`,
      ...(noEcho ? { NoEcho: true } : {})
    })
  e.b.addResource(id, {
    Type: 'AWS::DMS::Endpoint',
    Properties: {
      EndpointType: 'source',
      EngineName: ask('Engine', 'Engine name (mysql, postgres, oracle, sqlserver, …)'),
      ServerName: owned(e, e.source) ? refTo(e, e.source, 'url') : ask('Server', 'Host name'),
      Port: e.b.parameter(`${id}Port`, {
        Type: 'Number',
        Description: `Port of the DMS source ${e.source.label ?? e.source.id}`
      }),
      DatabaseName: ask('Database', 'Database name'),
      Username: ask('Username', 'User name'),
      Password: ask('Password', 'Password', true)
    }
  })
  dmsOf(e.b, e.target.id).sources.push(id)
  return `AWS::DMS::Endpoint ${id} (source)`
}

const DMS_TARGETS: Partial<
  Record<
    ServiceId,
    {
      engine: string
      grant: ActionSetId
      settings: (e: EdgeContext, role: CfnValue) => Props
    }
  >
> = {
  s3: {
    engine: 's3',
    grant: 'dms-s3-target',
    settings: (e, role) => ({
      S3Settings: { BucketName: refTo(e, e.target, 'name'), ServiceAccessRoleArn: role }
    })
  },
  'kinesis-data-streams': {
    engine: 'kinesis',
    grant: 'dms-kinesis-target',
    settings: (e, role) => ({
      KinesisSettings: {
        StreamArn: refTo(e, e.target, 'arn'),
        MessageFormat: 'json',
        ServiceAccessRoleArn: role
      }
    })
  },
  dynamodb: {
    engine: 'dynamodb',
    grant: 'dms-dynamodb-target',
    settings: (_e, role) => ({ DynamoDbSettings: { ServiceAccessRoleArn: role } })
  }
}

export const dmsTarget: Wiring = (e) => {
  const target = DMS_TARGETS[e.target.service]
  if (!target || !owned(e, e.source)) return undefined
  grantOn(e, e.source, 'dms', target.grant, e.target)
  const id = e.b.uniqueId(`${e.targetId}TargetEndpoint`)
  e.b.addResource(id, {
    Type: 'AWS::DMS::Endpoint',
    Properties: {
      EndpointType: 'target',
      EngineName: target.engine,
      ...target.settings(e, roleArn(e, e.source, 'dms'))
    }
  })
  dmsOf(e.b, e.source.id).targets.push(id)
  return `AWS::DMS::Endpoint ${id} (target)`
}

/**
 * Every table of every schema, the selection rule DMS's own examples start from.
 * https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TableMapping.SelectionTransformation.Selections.html
 */
const ALL_TABLES = JSON.stringify({
  rules: [
    {
      'rule-type': 'selection',
      'rule-id': '1',
      'rule-name': 'all-tables',
      'object-locator': { 'schema-name': '%', 'table-name': '%' },
      'rule-action': 'include'
    }
  ]
})

/** One replication task for each source and target endpoint pair of an instance. */
export function finishDms(b: TemplateBuild, node: DiagramNode, id: string): void {
  const dms = dmsOf(b, node.id)
  for (const source of dms.sources)
    for (const target of dms.targets) {
      const task = b.uniqueId(
        `${source.replace(/SourceEndpoint\d*$/, '')}To${target.replace(/TargetEndpoint\d*$/, '')}Task`
      )
      b.addResource(task, {
        Type: 'AWS::DMS::ReplicationTask',
        Properties: {
          MigrationType: 'full-load-and-cdc',
          ReplicationInstanceArn: ref(id),
          SourceEndpointArn: ref(source),
          TargetEndpointArn: ref(target),
          TableMappings: ALL_TABLES
        }
      })
    }
  if (dms.sources.length > 0 || dms.targets.length > 0) {
    b.leave(`Narrow the table mappings of ${id}'s tasks (they include every table).`)
    b.leave(
      `Create the dms-vpc-role and a replication subnet group for ${id} if the account has none.`
    )
  }
}
