import type { ServiceId } from '../../catalog/services'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import { toText, type Resolver } from './references'
import { record, text, type Json, type TemplateResource } from './templateModel'

/**
 * API Gateway integrations: a Lambda proxy, an HTTP backend, or an AWS service action
 * (`arn:aws:apigateway:{region}:kinesis:action/PutRecord`). The service comes from the integration
 * URI; the resource it acts on from a template resource the URI or request templates name.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html
 */
const AWS_SERVICE: Readonly<Record<string, ServiceId>> = {
  lambda: 'lambda',
  kinesis: 'kinesis-data-streams',
  firehose: 'kinesis-firehose',
  sqs: 'sqs',
  sns: 'sns',
  states: 'step-functions',
  dynamodb: 'dynamodb',
  s3: 's3',
  events: 'eventbridge'
}

/** HTTP API first-class integrations (IntegrationSubtype) and the parameter naming their resource. */
const SUBTYPES: readonly [RegExp, ServiceId, string][] = [
  [/^SQS-/, 'sqs', 'QueueUrl'],
  [/^Kinesis-/, 'kinesis-data-streams', 'StreamName'],
  [/^StepFunctions-/, 'step-functions', 'StateMachineArn'],
  [/^EventBridge-/, 'eventbridge', 'EventBusName']
]

function placeholderTarget(
  ctx: ImportContext,
  values: readonly unknown[],
  service: ServiceId
): string | undefined {
  for (const v of values) {
    const t = toText(v, {})
    if (!t) continue
    for (const m of t.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) {
      const node = ctx.node(m[1]!)
      if (node?.service === service) return node.id
    }
  }
  return undefined
}

function serviceIntegration(
  ctx: ImportContext,
  api: string,
  uri: string,
  extra: readonly unknown[],
  resource: TemplateResource,
  r: Resolver,
  rawUri: unknown
) {
  const m = /^arn:[^:]*:apigateway:[^:]*:([a-z0-9-]+):/.exec(uri.replace(/\$\{AWS::(\w+)\}/g, '$1'))
  const service = m ? AWS_SERVICE[m[1]!] : undefined
  if (!service) {
    ctx.note(
      resource,
      `Integration URI ${uri.slice(0, 120)} names no service on the canvas; not drawn.`
    )
    return
  }
  if (service === 'lambda') {
    const fn = r.resolve(rawUri, ['lambda'], 'Integration Uri')
    if (fn) ctx.addEdge(api, fn.nodeId, resource, { mechanism: 'api-gateway-integrations' })
    return
  }
  const target =
    placeholderTarget(ctx, [rawUri, ...extra], service) ??
    ctx.external(
      service,
      `${service} (named in the request)`,
      `the ${service} resource the integration's request names`,
      resource
    )
  ctx.addEdge(api, target, resource, { mechanism: 'api-gateway-integrations' })
}

/** AWS::ApiGateway::Method: its Integration, as an edge from the REST API. */
export const restMethod: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const p = resource.properties
  const integration = record(p.Integration)
  const type = text(integration.Type)
  if (!type || type === 'MOCK') {
    ctx.note(resource, 'A mock or absent integration: nothing behind it to draw.')
    return
  }
  const api = r.resolve(p.RestApiId, ['api-gateway'], 'RestApiId')
  if (!api) return
  const uri = toText(integration.Uri, {}) ?? ''
  if (type === 'HTTP' || type === 'HTTP_PROXY') {
    const target = r.resolve(integration.Uri, ['http-endpoint'], 'Integration Uri')
    if (target)
      ctx.addEdge(api.nodeId, target.nodeId, resource, { mechanism: 'api-gateway-integrations' })
    return
  }
  serviceIntegration(
    ctx,
    api.nodeId,
    uri,
    Object.values(record(integration.RequestTemplates)),
    resource,
    r,
    integration.Uri
  )
}

function v2Integration(
  ctx: ImportContext,
  api: string,
  p: Json,
  resource: TemplateResource,
  r: Resolver
) {
  const subtype = text(p.IntegrationSubtype)
  const params = record(p.RequestParameters)
  if (subtype) {
    const found = SUBTYPES.find(([re]) => re.test(subtype))
    if (!found) {
      ctx.note(resource, `IntegrationSubtype ${subtype} names no service on the canvas; not drawn.`)
      return
    }
    const target = r.resolve(params[found[2]], [found[1]], `RequestParameters ${found[2]}`)
    if (target) ctx.addEdge(api, target.nodeId, resource, { mechanism: 'api-gateway-integrations' })
    return
  }
  const type = text(p.IntegrationType)
  const expect: ServiceId[] =
    type === 'HTTP_PROXY' || type === 'HTTP' ? ['http-endpoint'] : ['lambda']
  const uri = toText(p.IntegrationUri, {}) ?? ''
  if (expect[0] === 'lambda' && /:apigateway:/.test(uri)) {
    serviceIntegration(
      ctx,
      api,
      uri,
      Object.values(record(p.RequestTemplates)),
      resource,
      r,
      p.IntegrationUri
    )
    return
  }
  const target = r.resolve(p.IntegrationUri, expect, 'IntegrationUri')
  if (target) ctx.addEdge(api, target.nodeId, resource, { mechanism: 'api-gateway-integrations' })
}

/** AWS::ApiGatewayV2::Integration: an edge from the HTTP or WebSocket API. */
export const v2IntegrationHandler: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const api = r.resolve(resource.properties.ApiId, ['api-gateway'], 'ApiId')
  if (api) v2Integration(ctx, api.nodeId, resource.properties, resource, r)
}

/**
 * An OpenAPI definition in the template (`DefinitionBody`, `Body`): each operation's
 * `x-amazon-apigateway-integration` is an integration like a Method's.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 */
function openApiIntegrations(
  ctx: ImportContext,
  api: string,
  body: unknown,
  resource: TemplateResource,
  r: Resolver
) {
  for (const [path, ops] of Object.entries(record(record(body).paths)))
    for (const [method, op] of Object.entries(record(ops))) {
      const integ = record(record(op)['x-amazon-apigateway-integration'])
      const type = (text(integ.type) ?? '').toLowerCase()
      if (!type || type === 'mock') continue
      if (integ.integrationSubtype !== undefined) {
        v2Integration(
          ctx,
          api,
          {
            IntegrationSubtype: integ.integrationSubtype,
            RequestParameters: integ.requestParameters
          },
          resource,
          r
        )
        continue
      }
      if (type === 'http' || type === 'http_proxy') {
        const target = r.resolve(integ.uri, ['http-endpoint'], `${method.toUpperCase()} ${path}`)
        if (target)
          ctx.addEdge(api, target.nodeId, resource, { mechanism: 'api-gateway-integrations' })
        continue
      }
      const uri = toText(integ.uri, {}) ?? ''
      serviceIntegration(
        ctx,
        api,
        uri,
        Object.values(record(integ.requestTemplates)),
        resource,
        r,
        integ.uri
      )
    }
}

/** API types: REST (ApiGateway::RestApi, Serverless::Api) or HTTP (ApiGatewayV2 HTTP, Serverless::HttpApi). */
export const apiNode: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const body = resource.properties.DefinitionBody ?? resource.properties.Body
  if (body !== undefined) openApiIntegrations(ctx, id, body, resource, r)
  else if (
    resource.properties.DefinitionUri !== undefined ||
    resource.properties.BodyS3Location !== undefined
  )
    ctx.note(
      resource,
      'The OpenAPI definition is in a separate file: its integrations are not read.'
    )
  const protocol = text(resource.properties.ProtocolType)
  if (resource.type === 'AWS::Serverless::HttpApi' || protocol === 'HTTP')
    ctx.setSetting(id, 'apiType', 'http', resource)
  else if (protocol === 'WEBSOCKET')
    ctx.note(
      resource,
      'A WebSocket API: the API type setting (REST or HTTP) is left at its default.'
    )
  else ctx.setSetting(id, 'apiType', 'rest', resource)
}
