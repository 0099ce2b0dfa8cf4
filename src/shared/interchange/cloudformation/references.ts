import type { ServiceId } from '../../catalog/services'
import { arnTarget } from './arns'
import type { ImportContext } from './importContext'
import { isRecord, list, text, type TemplateResource } from './templateModel'

/**
 * How a property's value names another resource: `!Ref X`, `!GetAtt X.Arn`, a `!Sub` or `!Join`
 * ARN, an `!ImportValue`, a parameter, or a literal ARN or name. Whatever lives in the template
 * connects to its node; whatever lives outside becomes one external node (labelled with the
 * parameter or the name in the ARN), so the edge is kept.
 */
export type Vars = Readonly<Record<string, unknown>>

export interface Target {
  nodeId: string
  /** Named through a Kinesis stream consumer: the edge reads with enhanced fan-out. */
  enhancedFanOut?: boolean
}

const PSEUDO = /\$\{AWS::(\w+)\}/g
const MAX_TEXT_DEPTH = 20

/**
 * A value as text, with `${X}` placeholders where the template computes it; `vars` collects what
 * the placeholders of `Fn::Sub` variable maps and `Fn::Join` parts stand for.
 */
export function toText(
  value: unknown,
  vars: Record<string, unknown>,
  depth = 0
): string | undefined {
  if (depth > MAX_TEXT_DEPTH) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (!isRecord(value)) return undefined
  if (typeof value.Ref === 'string') return `\${${value.Ref}}`
  const att = value['Fn::GetAtt']
  if (Array.isArray(att) && typeof att[0] === 'string')
    return `\${${[att[0], ...att.slice(1).map(String)].join('.')}}`
  const sub = value['Fn::Sub']
  if (typeof sub === 'string') return sub
  if (Array.isArray(sub) && typeof sub[0] === 'string') {
    let out = sub[0]
    for (const [k, v] of Object.entries(isRecord(sub[1]) ? sub[1] : {})) {
      if (typeof v === 'string') out = out.split(`\${${k}}`).join(v)
      else vars[k] = v
    }
    return out
  }
  const join = value['Fn::Join']
  if (Array.isArray(join) && typeof join[0] === 'string') {
    const parts = list(join[1]).map((part, i) => {
      const t = toText(part, vars, depth + 1)
      if (t !== undefined) return t
      const key = `join.${String(depth)}.${String(i)}`
      vars[key] = part
      return `\${${key}}`
    })
    return parts.join(join[0])
  }
  return undefined
}

const NAME_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::Kinesis::Stream': 'Name',
  'AWS::KinesisFirehose::DeliveryStream': 'DeliveryStreamName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Serverless::SimpleTable': 'TableName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Serverless::Function': 'FunctionName',
  'AWS::Glue::Job': 'Name',
  'AWS::Glue::Crawler': 'Name',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::Serverless::StateMachine': 'Name',
  'AWS::Events::EventBus': 'Name',
  'AWS::MSK::Cluster': 'ClusterName',
  'AWS::MSK::ServerlessCluster': 'ClusterName',
  'AWS::OpenSearchService::Domain': 'DomainName',
  'AWS::Elasticsearch::Domain': 'DomainName',
  'AWS::OpenSearchServerless::Collection': 'Name',
  'AWS::Athena::WorkGroup': 'Name',
  'AWS::Redshift::Cluster': 'ClusterIdentifier',
  'AWS::RedshiftServerless::Workgroup': 'WorkgroupName',
  'AWS::KinesisAnalyticsV2::Application': 'ApplicationName',
  'AWS::IoT::TopicRule': 'RuleName',
  'AWS::Timestream::Database': 'DatabaseName',
  'AWS::DataBrew::Job': 'Name',
  'AWS::EMRServerless::Application': 'Name'
}

const NAME_INDEX = new WeakMap<ImportContext, Map<string, string>>()

/** Resources by the physical name the template gives them (literal, `${Param}` or a `!Sub`). */
function nameIndex(ctx: ImportContext): Map<string, string> {
  let index = NAME_INDEX.get(ctx)
  if (index) return index
  index = new Map()
  for (const r of ctx.model.resources) {
    const prop = NAME_PROPERTY[r.type]
    const raw =
      r.type === 'AWS::Glue::Database'
        ? (r.properties.DatabaseInput as Record<string, unknown> | undefined)?.Name
        : prop
          ? r.properties[prop]
          : undefined
    const name = raw === undefined ? undefined : toText(raw, {})
    const node = ctx.node(r.id)
    if (name && node) index.set(`${node.service}|${name}`, r.id)
  }
  NAME_INDEX.set(ctx, index)
  return index
}

/** Hints in a parameter's or export's name when the property alone does not say which service. */
const NAME_HINTS: Readonly<Partial<Record<ServiceId, RegExp>>> = {
  'dynamodb-streams': /dynamo|table/i,
  'kinesis-firehose': /firehose|delivery/i,
  msk: /kafka|msk/i,
  sqs: /queue|sqs/i,
  sns: /topic|sns/i,
  'kinesis-data-streams': /kinesis|stream/i,
  s3: /bucket|s3/i,
  lambda: /function|lambda/i,
  documentdb: /docdb|documentdb|mongo/i
}

function pickService(
  expect: readonly ServiceId[],
  hints: readonly string[]
): { service: ServiceId; guessed: boolean } | undefined {
  if (expect.length === 1) return { service: expect[0]!, guessed: false }
  for (const hint of hints) {
    const fromArn = arnTarget(hint)
    if (fromArn && expect.includes(fromArn.service))
      return { service: fromArn.service, guessed: false }
  }
  const ordered = (Object.keys(NAME_HINTS) as ServiceId[]).filter((s) => expect.includes(s))
  for (const service of ordered)
    if (hints.some((h) => NAME_HINTS[service]!.test(h))) return { service, guessed: true }
  return undefined
}

export class Resolver {
  constructor(
    private readonly ctx: ImportContext,
    private readonly owner: TemplateResource
  ) {}

  /**
   * The node a value names, or undefined (the owner's report entry says why). `expect` lists the
   * services the property can name, the likeliest first; it decides an external node's service.
   */
  resolve(
    value: unknown,
    expect: readonly ServiceId[],
    what: string,
    vars: Vars = {}
  ): Target | undefined {
    const found = this.target(value, expect, what, { ...vars }, 0)
    if (typeof found === 'string') {
      this.ctx.note(this.owner, `${what}: ${found}`)
      return undefined
    }
    return found
  }

  private target(
    value: unknown,
    expect: readonly ServiceId[],
    what: string,
    vars: Record<string, unknown>,
    depth: number
  ): Target | string {
    if (depth > MAX_TEXT_DEPTH) return 'nested too deeply to follow.'
    if (value === undefined || value === null || value === '') return 'not set.'
    if (isRecord(value)) {
      const ifFn = value['Fn::If']
      if (Array.isArray(ifFn)) {
        for (const branch of ifFn.slice(1)) {
          const t = this.target(branch, expect, what, vars, depth + 1)
          if (typeof t !== 'string') {
            this.ctx.note(
              this.owner,
              `${what} depends on condition ${String(ifFn[0])} (not evaluated): the first branch that names a resource is drawn.`
            )
            return t
          }
        }
        return 'neither branch of Fn::If names a resource.'
      }
      const imported = value['Fn::ImportValue']
      if (imported !== undefined) {
        const name = toText(imported, vars)
        if (!name) return 'an Fn::ImportValue whose name is computed.'
        return this.externalFor(expect, [name], name, `Fn::ImportValue ${name}`, undefined)
      }
      const select = value['Fn::Select']
      if (Array.isArray(select) && Array.isArray(select[1])) {
        const i = Number(select[0])
        return this.target((select[1] as unknown[])[i], expect, what, vars, depth + 1)
      }
      const mapped = this.findInMap(value['Fn::FindInMap'])
      if (mapped !== undefined) return this.target(mapped, expect, what, vars, depth + 1)
    }
    const t = toText(value, vars)
    if (t === undefined) return 'computed in a way the importer does not follow.'
    return this.fromText(t, expect, what, vars, depth)
  }

  private findInMap(args: unknown): unknown {
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return undefined
    const [map, top, second] = args
    const m = this.ctx.model.mappings[map ?? '']
    if (!isRecord(m)) return undefined
    const row = m[top ?? '']
    return isRecord(row) ? row[second ?? ''] : undefined
  }

  private fromText(
    raw: string,
    expect: readonly ServiceId[],
    what: string,
    vars: Record<string, unknown>,
    depth: number
  ): Target | string {
    const whole = /^\$\{([^}]+)\}$/.exec(raw.trim())
    if (whole) return this.placeholder(whole[1]!, expect, what, vars, depth)
    const arn = arnTarget(raw)
    if (arn) {
      // The template's own resource first, by reference or by the name it is given (a stream
      // named `!Ref StreamName` is the one an ARN built from `${StreamName}` names).
      const named = nameIndex(this.ctx).get(`${arn.service}|${arn.name}`)
      if (named) return this.resourceTarget(named, arn.stream ? 'StreamArn' : undefined)
      const own = /^\$\{([^}]+)\}$/.exec(arn.name)
      if (own) {
        const t = this.placeholder(own[1]!, [arn.service], what, vars, depth)
        if (typeof t !== 'string') return t
      }
      const label = arn.name.replace(PSEUDO, '$1')
      const param = own && this.ctx.model.parameters.has(own[1]!) ? own[1] : undefined
      return this.externalFor(
        [arn.service],
        [],
        param ?? label,
        raw.replace(PSEUDO, '${AWS::$1}'),
        param
      )
    }
    // A URL or endpoint built from a resource's attribute (`https://${Domain.DomainEndpoint}`):
    // a resource of the expected service first, else the first resource named.
    const attributes = [...raw.matchAll(/\$\{([A-Za-z0-9]+)(\.[^}]*)?\}/g)].filter((m) =>
      this.ctx.node(m[1]!)
    )
    const best =
      attributes.find((m) => expect.includes(this.ctx.node(m[1]!)!.service)) ?? attributes[0]
    if (best) return this.resourceTarget(best[1]!, best[2]?.slice(1))
    if (/\$\{/.test(raw.replace(PSEUDO, ''))) {
      for (const m of raw.matchAll(/\$\{([A-Za-z0-9]+)\}/g))
        if (this.ctx.model.parameters.has(m[1]!)) {
          const named = expect
            .map((s) => nameIndex(this.ctx).get(`${s}|${raw}`))
            .find((x) => x !== undefined)
          if (named) return this.resourceTarget(named, undefined)
          return this.externalFor(expect, [raw, m[1]!], raw.replace(PSEUDO, '$1'), raw, undefined)
        }
    }
    const named = expect.map((s) => nameIndex(this.ctx).get(`${s}|${raw}`)).find((x) => x)
    if (named) return this.resourceTarget(named, undefined)
    const url = /^(?:jdbc:[a-z-]+:|https?:)\/\/([^/:?]+)/.exec(raw)
    if (url) return this.externalFor(expect, [raw], url[1]!, raw, undefined)
    if (/^[\w.:-]{1,200}$/.test(raw)) return this.externalFor(expect, [raw], raw, raw, undefined)
    return `"${raw.slice(0, 80)}" names no resource the importer recognises.`
  }

  private placeholder(
    name: string,
    expect: readonly ServiceId[],
    what: string,
    vars: Record<string, unknown>,
    depth: number
  ): Target | string {
    if (name in vars) return this.target(vars[name], expect, what, vars, depth + 1)
    if (name.startsWith('AWS::')) return `the pseudo parameter ${name} names no resource.`
    const [id = '', ...rest] = name.split('.')
    if (this.ctx.resources.has(id)) return this.resourceTarget(id, rest.join('.') || undefined)
    const param = this.ctx.model.parameters.get(name)
    if (param) {
      const named = expect
        .map((svc) => nameIndex(this.ctx).get(`${svc}|\${${name}}`))
        .find((x) => x !== undefined)
      if (named) return this.resourceTarget(named, undefined)
      const hints = [text(param.Default) ?? '', name, text(param.Description) ?? '']
      return this.externalFor(expect, hints, name, `parameter ${name}`, name)
    }
    return `\${${name}} is neither a resource nor a parameter of the template.`
  }

  private resourceTarget(id: string, attr: string | undefined): Target | string {
    const ctx = this.ctx
    const resource = ctx.resources.get(id)!
    if (attr === 'StreamArn' || attr === 'LatestStreamArn') {
      const stream = ctx.streamOf.get(id)
      if (stream) return { nodeId: stream }
    }
    const efo = ctx.fanOutConsumers.get(id)
    if (efo) return { nodeId: efo, enhancedFanOut: true }
    if (resource.type === 'AWS::Lambda::Version' || resource.type === 'AWS::Lambda::Alias') {
      const fn = resource.properties.FunctionName
      const t = this.target(fn, ['lambda'], `${id}'s FunctionName`, {}, 1)
      return t
    }
    const nodeId = ctx.nodeOf.get(id)
    if (nodeId) return { nodeId }
    return `${id} (${resource.type}) is not drawn.`
  }

  private externalFor(
    expect: readonly ServiceId[],
    hints: readonly string[],
    label: string,
    reference: string,
    id: string | undefined
  ): Target | string {
    const picked = pickService(expect, [...hints, label])
    if (!picked)
      return `${reference} lives outside the template and nothing says which service it is (${expect.join(', ')}); not drawn.`
    const nodeId = this.ctx.external(picked.service, label, reference, this.owner, id)
    if (picked.guessed)
      this.ctx.note(
        this.owner,
        `${label} is taken for ${picked.service} from its name (the property takes ${expect.join(' or ')}).`
      )
    return { nodeId }
  }
}

/** A resolver for one resource's properties. */
export function resolverFor(ctx: ImportContext, owner: TemplateResource): Resolver {
  return new Resolver(ctx, owner)
}
