/** A parsed template's sections, checked for shape, as the importer reads them. */
export type Json = Record<string, unknown>

export interface TemplateResource {
  id: string
  type: string
  properties: Json
  condition?: string
  /** SAM connectors written on the resource itself (`Connectors:` beside `Properties:`). */
  connectors?: Json
}

export interface TemplateModel {
  resources: TemplateResource[]
  parameters: Map<string, Json>
  mappings: Json
  conditions: string[]
  transforms: string[]
  /** SAM's `Globals` section, merged into each function and state machine by the transform. */
  globals: Json
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function record(value: unknown): Json {
  return isRecord(value) ? value : {}
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value]
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value)
  return undefined
}

function transformsOf(value: unknown): string[] {
  return list(value).filter((t): t is string => typeof t === 'string')
}

export type ModelResult = { ok: true; model: TemplateModel } | { ok: false; message: string }

export function readModel(value: unknown, fileName: string): ModelResult {
  if (!isRecord(value))
    return {
      ok: false,
      message: `${fileName} is not a CloudFormation template: its top level is not a map of sections.`
    }
  const resources = value.Resources
  if (!isRecord(resources))
    return {
      ok: false,
      message: `${fileName} is not a CloudFormation template: "Resources" must be a map of logical ids to resources.`
    }
  const out: TemplateResource[] = []
  for (const [id, body] of Object.entries(resources)) {
    if (!isRecord(body) || typeof body.Type !== 'string')
      return {
        ok: false,
        message: `${fileName}: resource "${id.slice(0, 100)}" has no Type: each resource must be a map with a "Type" string.`
      }
    const resource: TemplateResource = { id, type: body.Type, properties: record(body.Properties) }
    if (typeof body.Condition === 'string') resource.condition = body.Condition
    if (isRecord(body.Connectors)) resource.connectors = body.Connectors
    out.push(resource)
  }
  const parameters = new Map<string, Json>()
  for (const [name, p] of Object.entries(record(value.Parameters))) parameters.set(name, record(p))
  return {
    ok: true,
    model: {
      resources: out,
      parameters,
      mappings: record(value.Mappings),
      conditions: Object.keys(record(value.Conditions)),
      transforms: transformsOf(value.Transform),
      globals: record(value.Globals)
    }
  }
}

/** A number for a setting, or the intrinsic function that computes it (so the report can say so). */
export function settingNumber(value: unknown): unknown {
  return isRecord(value) ? value : numberOf(value)
}
