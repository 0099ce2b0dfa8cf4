import { SERVICES } from '../../catalog/services'
import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT } from '../../diagram/schema'
import type { Diagram, DiagramEdge, DiagramNode } from '../../diagram/types'
import type { ImportOutcomeResult, ImportReportEntry } from '../import/importReport'
import { HANDLERS } from './handlers'
import { chooseConditionalBlocks } from './conditionalProperties'
import { ImportContext } from './importContext'
import { hasStream } from './messagingHandlers'
import { notPipelineReason } from './notPipeline'
import { parseTemplateText } from './parseTemplate'
import { prepareFolded } from './foldedResources'
import { resolverFor } from './references'
import { resourceRow } from './resourceTable'
import { samFunctionEvents } from './samEvents'
import { collectSuggestions } from './suggestions'
import {
  isRecord,
  readModel,
  record,
  type TemplateModel,
  type TemplateResource
} from './templateModel'

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31'
/** Grid spacing for the first placement; the caller lays the diagram out with ELK (layoutImported). */
const GRID = { dx: 280, dy: 180 } as const

/** SAM's Globals.Function properties apply to every function unless it sets its own. */
function withGlobals(model: TemplateModel): void {
  const fnGlobals = record(model.globals.Function)
  if (!Object.keys(fnGlobals).length) return
  for (const r of model.resources) {
    if (r.type !== 'AWS::Serverless::Function') continue
    const merged: Record<string, unknown> = { ...fnGlobals, ...r.properties }
    const env = record(record(fnGlobals.Environment).Variables)
    if (Object.keys(env).length)
      merged.Environment = {
        Variables: { ...env, ...record(record(r.properties.Environment).Variables) }
      }
    r.properties = merged
  }
}

function createNodes(ctx: ImportContext): void {
  for (const r of ctx.model.resources) {
    const row = resourceRow(r.type)
    const entry = ctx.entry(r)
    if (row) entry.citation = row.citation
    if (!row || row.role === 'edge' || row.role === 'setting' || row.role === 'not-pipeline')
      continue
    const id = ctx.addNode(r.id, row.role, r.id, r)
    ctx.nodeOf.set(r.id, id)
    entry.outcome = 'node'
    if (
      (r.type === 'AWS::DynamoDB::Table' || r.type === 'AWS::DynamoDB::GlobalTable') &&
      hasStream(r)
    ) {
      const stream = ctx.addNode(`${r.id}Stream`, 'dynamodb-streams', `${r.id}Stream`, r)
      ctx.streamOf.set(r.id, stream)
    }
  }
}

function conditionsUsed(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 60) return
  if (Array.isArray(value)) for (const v of value) conditionsUsed(v, into, depth + 1)
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Fn::If' && Array.isArray(v) && typeof v[0] === 'string') into.add(v[0])
      conditionsUsed(v, into, depth + 1)
    }
}

function remarks(ctx: ImportContext): void {
  const { model } = ctx
  const used = new Set<string>()
  for (const r of model.resources) {
    if (r.condition) used.add(r.condition)
    conditionsUsed(r.properties, used)
  }
  if (model.conditions.length || used.size)
    ctx.remarks.push(
      `Conditions are read but not evaluated: every resource is imported as if its condition held${used.size ? ` (conditions used: ${[...used].sort().join(', ')})` : ''}, and where Fn::If chooses a resource the first branch that names one is drawn.`
    )
  if (model.parameters.size)
    ctx.remarks.push(
      `Parameters are read but not evaluated (${[...model.parameters.keys()].slice(0, 20).join(', ')}): a resource a parameter names is drawn as an external node labelled with the parameter.`
    )
  if (model.transforms.includes(SAM_TRANSFORM))
    ctx.remarks.push(
      `${SAM_TRANSFORM}: AWS::Serverless resources are read as the SAM transform expands them (a function's implicit API, an event's mapping or rule).`
    )
  const nested = model.resources.filter(
    (r) => r.type === 'AWS::CloudFormation::Stack' || r.type === 'AWS::Serverless::Application'
  )
  if (nested.length)
    ctx.remarks.push(
      `Nested stacks are not followed (${nested.map((r) => r.id).join(', ')}): import each child template on its own.`
    )
}

function finishEntry(ctx: ImportContext, r: TemplateResource): ImportReportEntry {
  const e = ctx.entry(r)
  const row = resourceRow(r.type)
  let outcome = e.outcome
  let lead: string
  if (!row) {
    outcome = 'unknown'
    lead = `No mapping for ${r.type}: not drawn; add it by hand if it belongs to the pipeline.`
  } else if (outcome === 'node') {
    const own = ctx.nodeOf.get(r.id)
    const service = own ? ctx.nodes.get(own)?.service : undefined
    const name = SERVICES.find((s) => s.id === service)?.name ?? service ?? ''
    const edges = e.edgeIds.size ? ` with ${String(e.edgeIds.size)} edge(s)` : ''
    lead = `Drawn as node ${own ?? r.id} (${name})${edges}.`
  } else if (outcome === 'edge') {
    lead = e.edgeIds.size
      ? `Drawn as ${String(e.edgeIds.size)} edge(s).`
      : 'Read as a connection, but its ends could not both be drawn.'
  } else if (outcome === 'setting') {
    lead = e.nodeIds.size
      ? `Folded into node ${[...e.nodeIds].join(', ')}.`
      : 'Read as part of another resource, which could not be found.'
  } else if (outcome === 'external') {
    lead = `Stands for a resource outside the template, drawn as external node ${[...e.nodeIds].join(', ')}.`
  } else {
    outcome = row.role === 'not-pipeline' ? 'not-pipeline' : (outcome ?? 'setting')
    lead = row.role === 'not-pipeline' ? notPipelineReason(r.type) : 'Read; nothing of it is drawn.'
  }
  const out: ImportReportEntry = {
    sourceId: r.id,
    sourceType: r.type,
    outcome,
    detail: [lead, ...e.details].join(' ').slice(0, 2000)
  }
  if (e.nodeIds.size) out.nodeIds = [...e.nodeIds]
  if (e.edgeIds.size) out.edgeIds = [...e.edgeIds]
  if (e.citation) out.citation = e.citation
  return out
}

function toDiagram(ctx: ImportContext, name: string): Diagram {
  const drafts = [...ctx.nodes.values()]
  const cols = Math.max(1, Math.ceil(Math.sqrt(drafts.length)))
  const nodes: DiagramNode[] = drafts.map((n, i) => {
    const node: DiagramNode = {
      id: n.id,
      service: n.service,
      label: n.label,
      position: { x: (i % cols) * GRID.dx, y: Math.floor(i / cols) * GRID.dy },
      ...(Object.keys(n.config).length ? { config: { ...n.config } } : {}),
      ...(n.external ? { external: { ...n.external } } : {})
    }
    return node
  })
  const edges: DiagramEdge[] = [...ctx.edges.values()].map((e) => {
    const config: Record<string, string | boolean> = {}
    if (e.mechanism) config.mechanism = e.mechanism
    if (e.enhancedFanOut) config.enhancedFanOut = true
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      ...(Object.keys(config).length ? { config } : {})
    }
  })
  return { format: DIAGRAM_FORMAT, version: CURRENT_DIAGRAM_VERSION, name, nodes, edges }
}

/** A CloudFormation or SAM template (YAML with short-form tags, or JSON) as a diagram and a report. */
export function importTemplate(text: string, fileName: string): ImportOutcomeResult {
  const parsed = parseTemplateText(text, fileName)
  if (!parsed.ok) return parsed
  const read = readModel(parsed.value, fileName)
  if (!read.ok) return read
  const { model } = read
  withGlobals(model)
  const ctx = new ImportContext(model)
  for (const r of model.resources) {
    const chosen = new Set<string>()
    r.properties = chooseConditionalBlocks(r.properties, chosen)
    if (chosen.size)
      ctx.note(
        r,
        `Properties under Fn::If (${[...chosen].sort().join(', ')}; not evaluated) are read as their first branch.`
      )
  }
  createNodes(ctx)
  prepareFolded(ctx)
  for (const r of model.resources) {
    const handler = HANDLERS[r.type]
    const resolver = resolverFor(ctx, r)
    if (handler) handler(ctx, r, resolver)
    const own = ctx.nodeOf.get(r.id)
    if (r.type === 'AWS::Serverless::Function' && own) samFunctionEvents(ctx, r, own, resolver)
  }
  collectSuggestions(ctx)
  remarks(ctx)
  if (ctx.suggestionsLeftOut)
    ctx.remarks.push(
      `${String(ctx.suggestionsLeftOut)} more suggested connections were found and left out of the list.`
    )
  const entries = model.resources.map((r) => finishEntry(ctx, r))
  const name = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.(ya?ml|json|template)$/i, '')
    .slice(0, 200)
  return {
    ok: true,
    diagram: toDiagram(ctx, name || 'Imported template'),
    report: {
      kind: 'cloudformation',
      fileName,
      entries,
      suggestions: ctx.suggestions,
      remarks: ctx.remarks
    }
  }
}
