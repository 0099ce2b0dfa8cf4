import type { ImportContext } from './importContext'
import { environmentSuggestions, referencedResource } from './lambdaHandlers'
import { isRecord, list, record, text, type Json, type TemplateResource } from './templateModel'

/**
 * Wiring the template shows only through permissions or configuration (a role allowed to put
 * records on a stream, an environment variable naming a bucket) is what the code may do, not
 * what it does: offered to the user as a suggested connection, never drawn.
 */
const WRITE_ACTION =
  /^(kinesis:Put|firehose:Put|s3:Put|sqs:Send|sns:Publish|dynamodb:(Put|BatchWrite|Update|Delete)|states:Start|lambda:Invoke|glue:Start|events:Put|es:ESHttp(Post|Put)|aoss:APIAccessAll|kafka-cluster:WriteData|timestream:Write|athena:StartQuery|redshift-data:Execute)/i
const READ_ACTION =
  /^(kinesis:(Get|Subscribe)|s3:Get|sqs:Receive|dynamodb:(Get|Query|Scan|BatchGet|GetRecords)|kafka-cluster:ReadData)/i

function actions(statement: Json): string[] {
  return list(statement.Action).filter((a): a is string => typeof a === 'string')
}

/** The role a compute resource runs as, by the property its type uses. */
function roleOf(resource: TemplateResource): string | undefined {
  const p = resource.properties
  const value = p.Role ?? p.ServiceExecutionRole ?? p.RoleArn ?? p.ServiceRole
  return referencedResource(value)?.id
}

function statementsOfDocument(doc: unknown): Json[] {
  return list(record(doc).Statement).filter(isRecord)
}

type PolicySource = { statements: Json[]; via: string }

const POLICIES_BY_ROLE = new WeakMap<ImportContext, Map<string, PolicySource[]>>()

/** The IAM policies of the template that name each role, found in one pass. */
function policiesByRole(ctx: ImportContext): Map<string, PolicySource[]> {
  let index = POLICIES_BY_ROLE.get(ctx)
  if (index) return index
  index = new Map()
  for (const r of ctx.model.resources) {
    if (r.type !== 'AWS::IAM::Policy' && r.type !== 'AWS::IAM::ManagedPolicy') continue
    const source = {
      statements: statementsOfDocument(r.properties.PolicyDocument),
      via: `policy ${r.id}`
    }
    for (const role of list(r.properties.Roles)) {
      const id = referencedResource(role)?.id
      if (!id) continue
      const known = index.get(id) ?? []
      known.push(source)
      index.set(id, known)
    }
  }
  POLICIES_BY_ROLE.set(ctx, index)
  return index
}

/** Inline policies of the role and the IAM policies that name it. */
function roleStatements(ctx: ImportContext, roleId: string): PolicySource[] {
  const out: PolicySource[] = []
  const role = ctx.resources.get(roleId)
  if (!role) return out
  for (const p of list(role.properties.Policies))
    out.push({ statements: statementsOfDocument(record(p).PolicyDocument), via: `role ${roleId}` })
  for (const arn of list(role.properties.ManagedPolicyArns)) {
    const ref = referencedResource(arn)
    const managed = ref ? ctx.resources.get(ref.id) : undefined
    if (managed?.type === 'AWS::IAM::ManagedPolicy' && !list(managed.properties.Roles).length)
      out.push({
        statements: statementsOfDocument(managed.properties.PolicyDocument),
        via: `policy ${managed.id}`
      })
  }
  out.push(...(policiesByRole(ctx).get(roleId) ?? []))
  return out
}

function targetNode(ctx: ImportContext, value: unknown): { node: string; id: string } | undefined {
  const ref = referencedResource(value)
  if (!ref) return undefined
  const node =
    (ref.attr === 'StreamArn' ? ctx.streamOf.get(ref.id) : undefined) ?? ctx.nodeOf.get(ref.id)
  return node ? { node, id: ref.id } : undefined
}

function fromStatements(
  ctx: ImportContext,
  compute: TemplateResource,
  node: string,
  statements: Json[],
  via: string
) {
  for (const st of statements) {
    if (st.Effect !== 'Allow') continue
    const acts = actions(st)
    const write = acts.find((a) => WRITE_ACTION.test(a))
    const read = acts.find((a) => READ_ACTION.test(a))
    if (!write && !read) continue
    for (const res of list(st.Resource)) {
      const t = targetNode(ctx, res)
      if (!t) continue
      if (write) ctx.suggest(node, t.node, `${via} of ${compute.id} allows ${write} on ${t.id}.`)
      else ctx.suggest(t.node, node, `${via} of ${compute.id} allows ${read ?? ''} on ${t.id}.`)
    }
  }
}

/** SAM policy templates name their resource in a parameter (`KinesisCrudPolicy: {StreamName: !Ref S}`). */
function samPolicies(ctx: ImportContext, fn: TemplateResource, node: string) {
  for (const policy of list(fn.properties.Policies)) {
    if (!isRecord(policy)) continue
    if ('Statement' in policy) {
      fromStatements(ctx, fn, node, statementsOfDocument(policy), 'an inline policy')
      continue
    }
    for (const [template, params] of Object.entries(policy)) {
      const reads = /Read|Poller|Describe/.test(template) && !/Crud|Write/.test(template)
      for (const value of Object.values(record(params))) {
        const t = targetNode(ctx, value)
        if (!t) continue
        const evidence = `SAM policy template ${template} of ${fn.id} names ${t.id}.`
        if (reads) ctx.suggest(t.node, node, evidence)
        else ctx.suggest(node, t.node, evidence)
      }
    }
  }
}

/** AWS::Serverless::Connector (or a resource's own `Connectors:`): SAM's declared permission between two resources. */
function connector(ctx: ImportContext, id: string, p: Json, sourceId?: string) {
  const source = ctx.nodeOf.get(sourceId ?? text(record(p.Source).Id) ?? '')
  if (!source) return
  for (const d of list(p.Destination)) {
    const target = ctx.nodeOf.get(text(record(d).Id) ?? '')
    if (!target) continue
    const perms = list(p.Permissions).map(String).join(' and ')
    ctx.suggest(
      source,
      target,
      `SAM connector ${id} grants ${source} ${perms} access to ${target}.`
    )
  }
}

export function collectSuggestions(ctx: ImportContext): void {
  for (const r of ctx.model.resources) {
    if (r.type === 'AWS::Serverless::Connector') {
      connector(ctx, r.id, r.properties)
      continue
    }
    for (const [name, c] of Object.entries(r.connectors ?? {}))
      connector(ctx, `${r.id}.${name}`, record(record(c).Properties), r.id)
    const node = ctx.nodeOf.get(r.id)
    if (!node || ctx.nodes.get(node)?.external) continue
    const role = roleOf(r)
    if (role)
      for (const { statements, via } of roleStatements(ctx, role))
        fromStatements(ctx, r, node, statements, via)
    if (r.type === 'AWS::Serverless::Function') samPolicies(ctx, r, node)
    if (r.type === 'AWS::Lambda::Function' || r.type === 'AWS::Serverless::Function')
      environmentSuggestions(ctx, node, record(r.properties.Environment).Variables, r)
    if (r.type === 'AWS::Glue::Job')
      environmentSuggestions(ctx, node, r.properties.DefaultArguments, r, 'Job argument')
    if (r.type === 'AWS::KinesisAnalyticsV2::Application') {
      const env = record(record(r.properties.ApplicationConfiguration).EnvironmentProperties)
      for (const group of list(env.PropertyGroups))
        environmentSuggestions(ctx, node, record(group).PropertyMap, r, 'Runtime property')
    }
  }
}
