import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec'
import { parse, type YAMLSeq } from 'yaml'

/**
 * A checker for templates against the CloudFormation resource specification AWS publishes for
 * the CDK (`@aws-cdk/aws-service-spec`): resource types, property names, value
 * types (recursively through nested property types), required properties, and the targets of
 * `Ref`, `Fn::GetAtt` and `Fn::Sub`.
 */

interface SpecType {
  type: string
  element?: SpecType
  types?: SpecType[]
  reference?: { $ref: string }
}

interface SpecProperty {
  type: SpecType
  required?: boolean
}

interface SpecEntity {
  $id: string
  name: string
  cloudFormationType?: string
  properties: Record<string, SpecProperty>
  attributes?: Record<string, unknown>
}

interface ResourceSpec {
  resources: Map<string, SpecEntity>
  types: Map<string, SpecEntity>
}

let cached: ResourceSpec | undefined

/** The database AWS publishes for the CDK, loaded once per test file. */
function loadResourceSpec(): ResourceSpec {
  if (cached) return cached
  const db = loadAwsServiceSpecSync()
  const entities = (kind: 'resource' | 'typeDefinition') => db.all(kind) as unknown as SpecEntity[]
  cached = {
    resources: new Map(entities('resource').map((r) => [r.cloudFormationType!, r])),
    types: new Map(entities('typeDefinition').map((t) => [t.$id, t]))
  }
  return cached
}

/** YAML with CloudFormation's short-form tags, read into the long JSON form. */
export function parseTemplateYaml(text: string): Record<string, unknown> {
  const scalarTag = (tag: string, resolve: (s: string) => unknown) => ({ tag, resolve })
  const seqTag = (tag: string, name: string) => ({
    tag,
    collection: 'seq' as const,
    resolve: (seq: YAMLSeq) => ({ [name]: seq.toJSON() as unknown })
  })
  return parse(text, {
    version: '1.1',
    customTags: [
      scalarTag('!Ref', (s) => ({ Ref: s })),
      scalarTag('!GetAtt', (s) => {
        const dot = s.indexOf('.')
        return { 'Fn::GetAtt': [s.slice(0, dot), s.slice(dot + 1)] }
      }),
      scalarTag('!Sub', (s) => ({ 'Fn::Sub': s })),
      seqTag('!Sub', 'Fn::Sub'),
      seqTag('!Join', 'Fn::Join'),
      seqTag('!Select', 'Fn::Select'),
      seqTag('!If', 'Fn::If'),
      {
        tag: '!GetAtt',
        collection: 'seq' as const,
        resolve: (seq: YAMLSeq) => ({ 'Fn::GetAtt': seq.toJSON() as unknown })
      },
      {
        tag: '!ImportValue',
        resolve: (s: string) => ({ 'Fn::ImportValue': s })
      }
    ]
  }) as Record<string, unknown>
}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix'
])

const PARAMETER_TYPES =
  /^(String|Number|CommaDelimitedList|List<Number>|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>)$/

type Json = unknown

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function intrinsicName(v: Json): string | undefined {
  if (!isRecord(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1) return undefined
  const k = keys[0]!
  return k === 'Ref' || k.startsWith('Fn::') ? k : undefined
}

class Checker {
  readonly errors: string[] = []
  private readonly resources: Record<string, Json>
  private readonly parameters: Record<string, Json>

  constructor(
    private readonly spec: ResourceSpec,
    template: Record<string, Json>
  ) {
    this.resources = isRecord(template.Resources) ? template.Resources : {}
    this.parameters = isRecord(template.Parameters) ? template.Parameters : {}
    if (!isRecord(template.Resources) || Object.keys(this.resources).length === 0)
      this.errors.push('Resources: a template needs at least one resource')
    for (const [name, p] of Object.entries(this.parameters)) {
      if (!/^[A-Za-z0-9]+$/.test(name)) this.errors.push(`Parameters.${name}: not alphanumeric`)
      if (name in this.resources)
        this.errors.push(`Parameters.${name}: also a resource's logical id`)
      if (!isRecord(p) || typeof p.Type !== 'string' || !PARAMETER_TYPES.test(p.Type))
        this.errors.push(`Parameters.${name}: missing or unknown Type`)
    }
    for (const [id, r] of Object.entries(this.resources)) this.checkResource(id, r)
  }

  private typeOf(id: string): SpecEntity | undefined {
    const r = this.resources[id]
    return isRecord(r) && typeof r.Type === 'string' ? this.spec.resources.get(r.Type) : undefined
  }

  private checkResource(id: string, r: Json): void {
    const at = `Resources.${id}`
    if (!/^[A-Za-z0-9]{1,255}$/.test(id))
      this.errors.push(`${at}: logical id not 1 to 255 letters and digits`)
    if (!isRecord(r) || typeof r.Type !== 'string') {
      this.errors.push(`${at}: no Type`)
      return
    }
    const entity = this.spec.resources.get(r.Type)
    if (!entity) {
      this.errors.push(`${at}: unknown resource type ${r.Type}`)
      return
    }
    for (const key of Object.keys(r))
      if (
        ![
          'Type',
          'Properties',
          'DependsOn',
          'Metadata',
          'Condition',
          'DeletionPolicy',
          'UpdateReplacePolicy'
        ].includes(key)
      )
        this.errors.push(`${at}: unknown resource attribute ${key}`)
    if (r.DependsOn !== undefined) {
      const deps = Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn]
      for (const d of deps)
        if (typeof d !== 'string' || !(d in this.resources))
          this.errors.push(`${at}.DependsOn: no resource ${String(d)}`)
    }
    const props = r.Properties ?? {}
    if (!isRecord(props)) {
      this.errors.push(`${at}.Properties: not an object`)
      return
    }
    this.errors.push(...this.objectErrors(`${at}.Properties`, props, entity.properties))
    this.checkIntrinsics(`${at}.Properties`, props)
  }

  private objectErrors(
    at: string,
    value: Record<string, Json>,
    properties: Record<string, SpecProperty>
  ): string[] {
    const out: string[] = []
    for (const [name, p] of Object.entries(properties))
      if (p.required && !(name in value)) out.push(`${at}: required property ${name} missing`)
    for (const [name, v] of Object.entries(value)) {
      const p = properties[name]
      if (p) out.push(...this.valueErrors(`${at}.${name}`, v, p.type))
      else out.push(`${at}: unknown property ${name}`)
    }
    return out
  }

  /** Errors for a value against a spec type; a union passes when one member does. */
  private valueErrors(at: string, v: Json, t: SpecType): string[] {
    const fn = intrinsicName(v)
    const failed = (what: string) => [
      `${at}: expected ${what}, got ${(JSON.stringify(v) as string | undefined)?.slice(0, 80) ?? 'nothing'}`
    ]
    switch (t.type) {
      case 'union': {
        const tries = t.types!.map((m) => this.valueErrors(at, v, m))
        return tries.find((e) => e.length === 0) ?? tries[0]!
      }
      case 'string':
      case 'date-time':
        return typeof v === 'string' || fn !== undefined ? [] : failed('a string')
      case 'integer':
        return (typeof v === 'number' && Number.isInteger(v)) || this.isScalarParameterRef(v)
          ? []
          : failed('an integer')
      case 'number':
        return typeof v === 'number' || this.isScalarParameterRef(v) ? [] : failed('a number')
      case 'boolean':
        return typeof v === 'boolean' || this.isScalarParameterRef(v) ? [] : failed('a boolean')
      case 'json':
        return isRecord(v) || typeof v === 'string' ? [] : failed('a JSON object')
      case 'tag':
        return isRecord(v) && typeof v.Key === 'string' && 'Value' in v ? [] : failed('a tag')
      case 'array':
        if (Array.isArray(v))
          return v.flatMap((e, i) => this.valueErrors(`${at}[${String(i)}]`, e, t.element!))
        return this.isListParameterRef(v) ? [] : failed('a list')
      case 'map':
        if (isRecord(v) && !fn)
          return Object.entries(v).flatMap(([k, e]) =>
            this.valueErrors(`${at}.${k}`, e, t.element!)
          )
        return failed('a map')
      case 'ref': {
        const def = this.spec.types.get(t.reference!.$ref)!
        if (!isRecord(v) || fn) return failed(`a ${def.name} object`)
        return this.objectErrors(at, v, def.properties)
      }
      default:
        return [`${at}: the checker does not know spec type ${t.type}`]
    }
  }

  private isScalarParameterRef(v: Json): boolean {
    return isRecord(v) && typeof v.Ref === 'string' && v.Ref in this.parameters
  }

  private isListParameterRef(v: Json): boolean {
    if (!isRecord(v) || typeof v.Ref !== 'string') return false
    const p = this.parameters[v.Ref]
    return (
      isRecord(p) &&
      typeof p.Type === 'string' &&
      (p.Type.startsWith('List<') || p.Type === 'CommaDelimitedList')
    )
  }

  private checkRefTarget(at: string, name: string): void {
    if (!(name in this.resources) && !(name in this.parameters) && !PSEUDO.has(name))
      this.errors.push(`${at}: Ref to ${name}, which is neither a resource nor a parameter`)
  }

  private checkGetAtt(at: string, id: string, attribute: string): void {
    const entity = this.typeOf(id)
    if (!(id in this.resources)) this.errors.push(`${at}: GetAtt of ${id}, which is not a resource`)
    else if (!entity?.attributes || !(attribute in entity.attributes))
      this.errors.push(
        `${at}: ${String((this.resources[id] as Record<string, Json>).Type)} has no attribute ${attribute}`
      )
  }

  /** Every intrinsic anywhere under a value, JSON policy documents included. */
  private checkIntrinsics(at: string, v: Json): void {
    if (Array.isArray(v)) {
      v.forEach((e, i) => this.checkIntrinsics(`${at}[${String(i)}]`, e))
      return
    }
    if (!isRecord(v)) return
    const fn = intrinsicName(v)
    if (!fn) {
      for (const [k, e] of Object.entries(v)) this.checkIntrinsics(`${at}.${k}`, e)
      return
    }
    const arg = v[fn]
    switch (fn) {
      case 'Ref':
        if (typeof arg !== 'string') this.errors.push(`${at}: Ref takes a logical id`)
        else this.checkRefTarget(at, arg)
        break
      case 'Fn::GetAtt':
        if (
          !Array.isArray(arg) ||
          arg.length !== 2 ||
          typeof arg[0] !== 'string' ||
          typeof arg[1] !== 'string'
        )
          this.errors.push(`${at}: Fn::GetAtt takes [logicalId, attribute]`)
        else this.checkGetAtt(at, arg[0], arg[1])
        break
      case 'Fn::Sub': {
        const [text, map] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, {}]
        if (typeof text !== 'string' || !isRecord(map)) {
          this.errors.push(`${at}: Fn::Sub takes a string or [string, variables]`)
          break
        }
        for (const [k, e] of Object.entries(map)) this.checkIntrinsics(`${at}.${k}`, e)
        for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = match[1]!
          if (name in map) continue
          const dot = name.indexOf('.')
          if (dot < 0 || PSEUDO.has(name)) this.checkRefTarget(at, name)
          else this.checkGetAtt(at, name.slice(0, dot), name.slice(dot + 1))
        }
        break
      }
      case 'Fn::Join':
        if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1]))
          this.errors.push(`${at}: Fn::Join takes [delimiter, list]`)
        else this.checkIntrinsics(at, arg[1])
        break
      default:
        this.errors.push(`${at}: the checker does not check ${fn}`)
    }
  }
}

/** Every way the template departs from the specification; empty when it conforms. */
export function checkTemplate(
  template: Record<string, unknown>,
  spec = loadResourceSpec()
): string[] {
  return new Checker(spec, template).errors
}
