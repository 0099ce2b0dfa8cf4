import { SERVICES } from '../../catalog/services'
import type { ImportReportEntry } from '../import/importReport'
import type { ImportContext } from './importContext'
import { pipewrightMetadataSchema, STREAM_SUFFIX } from './pipewrightMetadata'
import type { TemplateResource } from './templateModel'

/** The report's stand-ins for the metadata block, which is not a resource of its own. */
const NODES_SOURCE: TemplateResource = {
  id: 'Metadata.Pipewright.Nodes',
  type: 'Pipewright::Nodes',
  properties: {}
}
const CONNECTIONS_SOURCE: TemplateResource = {
  id: 'Metadata.Pipewright.Connections',
  type: 'Pipewright::Connections',
  properties: {}
}

/**
 * A template Pipewright exported says, in `Metadata.Pipewright`, which services had no resource
 * and which edges its resources do not carry; drawing them gives the exported diagram back.
 * Anything malformed there is ignored with a remark: the resources still import.
 */
export function importPipewrightMetadata(ctx: ImportContext): ImportReportEntry[] {
  const raw = ctx.model.metadata.Pipewright
  if (raw === undefined) return []
  const parsed = pipewrightMetadataSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    ctx.remarks.push(
      `Metadata.Pipewright is not what Pipewright writes (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}): it is ignored, and only the resources are imported.`
    )
    return []
  }
  const entries: ImportReportEntry[] = []
  const drawnNodes: string[] = []
  for (const n of parsed.data.Nodes ?? []) {
    if (ctx.nodeOf.has(n.Id) || ctx.resources.has(n.Id)) continue
    const id = ctx.addNode(n.Id, n.Service, n.Label ?? n.Id)
    ctx.nodeOf.set(n.Id, id)
    drawnNodes.push(id)
  }
  if (drawnNodes.length)
    entries.push({
      sourceId: NODES_SOURCE.id,
      sourceType: NODES_SOURCE.type,
      outcome: 'node',
      detail:
        `Services with no CloudFormation resource type, recorded by Pipewright's export: drawn as ${drawnNodes
          .map((id) => {
            const service = ctx.nodes.get(id)?.service
            return `${id} (${SERVICES.find((s) => s.id === service)?.name ?? String(service)})`
          })
          .join(', ')}.`.slice(0, 2000),
      nodeIds: drawnNodes
    })

  const nodeFor = (endpoint: string): string | undefined =>
    endpoint.endsWith(STREAM_SUFFIX)
      ? ctx.streamOf.get(endpoint.slice(0, -STREAM_SUFFIX.length))
      : ctx.nodeOf.get(endpoint)
  const added: string[] = []
  let already = 0
  let unresolved = 0
  for (const c of parsed.data.Connections ?? []) {
    const source = nodeFor(c.From)
    const target = nodeFor(c.To)
    if (source === undefined || target === undefined) {
      unresolved++
      continue
    }
    if (ctx.edges.has(`${source}\u0000${target}`)) {
      already++
      continue
    }
    const id = ctx.addEdge(source, target, CONNECTIONS_SOURCE, {
      ...(c.Mechanism ? { mechanism: c.Mechanism } : {})
    })
    if (id) added.push(id)
  }
  const total = parsed.data.Connections?.length ?? 0
  if (total > 0) {
    const parts = [
      `${String(total)} connection(s) recorded by Pipewright's export:`,
      `${String(already)} already drawn from the resources,`,
      `${String(added.length)} drawn from the record (what the resources carry only as grants and settings, such as a function's writes)`
    ]
    if (unresolved)
      parts.push(
        `and ${String(unresolved)} naming ids that are not in the template any more, not drawn`
      )
    entries.push({
      sourceId: CONNECTIONS_SOURCE.id,
      sourceType: CONNECTIONS_SOURCE.type,
      outcome: 'edge',
      detail: `${parts.join(' ')}.`,
      ...(added.length ? { edgeIds: added } : {})
    })
  }
  return entries
}
