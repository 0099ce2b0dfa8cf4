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
  const byParameter = (name: string): string | undefined => {
    const reference = `parameter ${name}`
    for (const node of ctx.nodes.values())
      if (node.external?.reference.startsWith(reference)) return node.id
    return undefined
  }
  const dropped = dropSupporting(ctx, parsed.data.Supporting ?? [], byParameter)
  for (const n of parsed.data.Nodes ?? []) {
    const own = ctx.nodeOf.get(n.Id)
    if (own !== undefined) {
      // A resource drawn as this service: it gets its label back.
      const drawn = ctx.nodes.get(own)
      if (drawn?.service === n.Service && n.Label !== undefined) drawn.label = n.Label.slice(0, 200)
      continue
    }
    const resource = ctx.resources.get(n.Id)
    // A resource read as edges (a rule, drawn from its bus): the node at their end of that service is it.
    const end = resource ? endOfEdges(ctx, resource, n.Service) : undefined
    if (end !== undefined && resource && [...ctx.nodeOf.values()].includes(end)) {
      // A second rule on the same bus was its own node in the diagram: it takes its edges along.
      const id = ctx.addNode(n.Id, n.Service, n.Label ?? n.Id, resource)
      ctx.nodeOf.set(n.Id, id)
      moveOwnedEdges(ctx, resource, end, id)
      continue
    }
    if (end !== undefined) {
      const drawn = ctx.nodes.get(end)!
      drawn.label = (n.Label ?? n.Id).slice(0, 200)
      if (n.External === undefined) delete drawn.external
      else drawn.external = { reference: n.External }
      ctx.nodeOf.set(n.Id, end)
      continue
    }
    if (resource) {
      // A resource the importer leaves out on its own (a KMS key) that the diagram drew.
      const id = ctx.addNode(n.Id, n.Service, n.Label ?? n.Id, resource)
      ctx.nodeOf.set(n.Id, id)
      const entry = ctx.entry(resource)
      entry.outcome = 'node'
      entry.details.push("Pipewright's export drew it as a service, so it is drawn.")
      continue
    }
    // The template names this node by parameters, each drawn as an external node: they are it.
    const standIns = (n.Parameters ?? []).map(byParameter).filter((id): id is string => {
      const node = id === undefined ? undefined : ctx.nodes.get(id)
      // An external node's service was guessed from how the parameter is used; the record knows.
      return node !== undefined && (node.service === n.Service || node.external !== undefined)
    })
    const keep = standIns[0]
    if (keep !== undefined) {
      for (const other of new Set(standIns.slice(1)))
        if (other !== keep) mergeNode(ctx, other, keep)
      const node = ctx.nodes.get(keep)!
      node.service = n.Service
      node.label = (n.Label ?? n.Id).slice(0, 200)
      if (n.External === undefined) delete node.external
      else node.external = { reference: n.External }
      ctx.nodeOf.set(n.Id, keep)
      drawnNodes.push(keep)
      continue
    }
    const id = ctx.addNode(n.Id, n.Service, n.Label ?? n.Id, undefined, n.External)
    ctx.nodeOf.set(n.Id, id)
    drawnNodes.push(id)
  }
  if (dropped.length)
    ctx.remarks.push(
      `Parameters Pipewright's export added for its own needs (${dropped.join(', ')}) are not drawn as external nodes.`
    )
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
  mergeUnclaimedExternals(ctx, parsed.data.Connections ?? [], nodeFor)
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
      loop: true,
      ...(c.Mechanism ? { mechanism: c.Mechanism } : {})
    })
    if (id) added.push(id)
  }
  const redirected = dropRedirected(ctx, parsed.data.Connections ?? [], nodeFor)
  const total = parsed.data.Connections?.length ?? 0
  if (total > 0) {
    const parts = [
      `${String(total)} connection(s) recorded by Pipewright's export:`,
      `${String(already)} already drawn from the resources,`,
      `${String(added.length)} drawn from the record (what the resources carry only as grants and settings, such as a function's writes)`
    ]
    if (redirected)
      parts.push(
        `${String(redirected)} edge(s) the resources drew to another node of the same service left to the record,`
      )
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

/**
 * Removes the external nodes drawn only for parameters the export added for itself (a Firehose's
 * backup bucket), with their edges; returns the parameter names removed.
 */
function dropSupporting(
  ctx: ImportContext,
  names: readonly string[],
  byParameter: (name: string) => string | undefined
): string[] {
  const removed: string[] = []
  for (const name of names) {
    const nodeId = byParameter(name)
    if (nodeId === undefined) continue
    ctx.nodes.delete(nodeId)
    const gone = new Set<string>()
    for (const [key, edge] of ctx.edges)
      if (edge.source === nodeId || edge.target === nodeId) {
        ctx.edges.delete(key)
        gone.add(edge.id)
      }
    for (const entry of ctx.entries.values()) {
      entry.nodeIds.delete(nodeId)
      for (const id of gone) entry.edgeIds.delete(id)
    }
    removed.push(name)
  }
  return removed
}

/** The one node of `service` a resource was read as: at an end of its edges, or drawn for it. */
function endOfEdges(
  ctx: ImportContext,
  resource: TemplateResource,
  service: string
): string | undefined {
  const entry = ctx.entries.get(resource.id)
  const edgeIds = entry?.edgeIds
  const ends = new Set<string>()
  // A rule with no targets still drew the bus it reads.
  for (const id of entry?.nodeIds ?? []) if (ctx.nodes.get(id)?.service === service) ends.add(id)
  if (!edgeIds?.size) return ends.size === 1 ? [...ends][0] : undefined
  for (const edge of ctx.edges.values()) {
    if (!edgeIds.has(edge.id)) continue
    for (const id of [edge.source, edge.target])
      if (ctx.nodes.get(id)?.service === service) ends.add(id)
  }
  return ends.size === 1 ? [...ends][0] : undefined
}

/** Moves every edge of `from` to `into` and removes `from`: two stand-ins for one node. */
function mergeNode(ctx: ImportContext, from: string, into: string): void {
  const moved: { source: string; target: string; mechanism?: string; owners: string[] }[] = []
  for (const [key, edge] of ctx.edges) {
    if (edge.source !== from && edge.target !== from) continue
    ctx.edges.delete(key)
    const owners: string[] = []
    for (const entry of ctx.entries.values())
      if (entry.edgeIds.delete(edge.id)) owners.push(entry.sourceId)
    moved.push({
      source: edge.source === from ? into : edge.source,
      target: edge.target === from ? into : edge.target,
      ...(edge.mechanism ? { mechanism: edge.mechanism } : {}),
      owners
    })
  }
  ctx.nodes.delete(from)
  for (const entry of ctx.entries.values()) if (entry.nodeIds.delete(from)) entry.nodeIds.add(into)
  for (const m of moved)
    for (const owner of m.owners.length ? m.owners : [CONNECTIONS_SOURCE.id]) {
      const resource = ctx.resources.get(owner) ?? CONNECTIONS_SOURCE
      ctx.addEdge(m.source, m.target, resource, m.mechanism ? { mechanism: m.mechanism } : {})
    }
}

/**
 * An external node the record does not claim (the account's default bus a rule reads from, a
 * stream an API's request names) is the recorded node of its service that a recorded connection
 * joins to the same neighbour: merged into it, so the diagram comes back with one node, not two.
 */
function mergeUnclaimedExternals(
  ctx: ImportContext,
  connections: readonly { From: string; To: string }[],
  nodeFor: (endpoint: string) => string | undefined
): void {
  const claimed = new Set(ctx.nodeOf.values())
  const recorded: [string, string][] = []
  for (const c of connections) {
    const a = nodeFor(c.From)
    const b = nodeFor(c.To)
    if (a !== undefined && b !== undefined) recorded.push([a, b])
  }
  for (const node of [...ctx.nodes.values()]) {
    if (!node.external || claimed.has(node.id)) continue
    const candidates = new Set<string>()
    for (const edge of ctx.edges.values()) {
      const outgoing = edge.source === node.id
      if (!outgoing && edge.target !== node.id) continue
      const neighbour = outgoing ? edge.target : edge.source
      for (const [a, b] of recorded) {
        const other = outgoing ? (b === neighbour ? a : undefined) : a === neighbour ? b : undefined
        if (other !== undefined && ctx.nodes.get(other)?.service === node.service)
          candidates.add(other)
      }
    }
    // Drawn for a resource but joined to nothing (a DMS endpoint, which names no table): the one
    // recorded node of its service.
    const joined = [...ctx.edges.values()].some((e) => e.source === node.id || e.target === node.id)
    if (candidates.size === 0 && !joined)
      for (const id of claimed) if (ctx.nodes.get(id)?.service === node.service) candidates.add(id)
    if (candidates.size === 1) mergeNode(ctx, node.id, [...candidates][0]!)
    // Still unclaimed and joined to nothing: the record lists every node, so this is no node of
    // the exported diagram.
    else if (!joined) {
      ctx.nodes.delete(node.id)
      for (const entry of ctx.entries.values()) entry.nodeIds.delete(node.id)
    }
  }
}

/** Re-points the edges a resource was read as from one end node to another. */
function moveOwnedEdges(
  ctx: ImportContext,
  resource: TemplateResource,
  from: string,
  to: string
): void {
  const owned = ctx.entries.get(resource.id)?.edgeIds
  if (!owned) return
  for (const [key, edge] of [...ctx.edges]) {
    if (!owned.has(edge.id) || (edge.source !== from && edge.target !== from)) continue
    ctx.edges.delete(key)
    owned.delete(edge.id)
    ctx.addEdge(
      edge.source === from ? to : edge.source,
      edge.target === from ? to : edge.target,
      resource,
      edge.mechanism ? { mechanism: edge.mechanism } : {}
    )
  }
}

/**
 * An edge read from the resources that the record does not have, where the record joins the
 * same source to another node of the target's service (two rules on the account's one default
 * bus, drawn as two nodes): the record's edge stands, this one goes. Returns how many went.
 */
function dropRedirected(
  ctx: ImportContext,
  connections: readonly { From: string; To: string }[],
  nodeFor: (endpoint: string) => string | undefined
): number {
  const recorded = new Set<string>()
  const bySource = new Map<string, string[]>()
  const byTarget = new Map<string, string[]>()
  for (const c of connections) {
    const a = nodeFor(c.From)
    const b = nodeFor(c.To)
    if (a === undefined || b === undefined) continue
    recorded.add(`${a}\u0000${b}`)
    bySource.set(a, [...(bySource.get(a) ?? []), b])
    byTarget.set(b, [...(byTarget.get(b) ?? []), a])
  }
  if (recorded.size === 0) return 0
  const service = (id: string) => ctx.nodes.get(id)?.service
  // A table's stream node and the table itself: a function the diagram drew reading the table
  // (its stream, implicitly) comes back from the event source mapping as reading the stream node.
  const tableOfStream = new Map<string, string>()
  for (const [resourceId, stream] of ctx.streamOf) {
    const table = ctx.nodeOf.get(resourceId)
    if (table !== undefined) tableOfStream.set(stream, table)
  }
  let dropped = 0
  for (const [key, edge] of [...ctx.edges]) {
    if (recorded.has(key)) continue
    const table = tableOfStream.get(edge.source)
    const elsewhere =
      (table !== undefined && recorded.has(`${table}\u0000${edge.target}`)) ||
      (bySource.get(edge.source) ?? []).some(
        (t) => t !== edge.target && service(t) === service(edge.target)
      ) ||
      (byTarget.get(edge.target) ?? []).some(
        (s) => s !== edge.source && service(s) === service(edge.source)
      )
    if (!elsewhere) continue
    ctx.edges.delete(key)
    for (const entry of ctx.entries.values()) entry.edgeIds.delete(edge.id)
    dropped++
  }
  return dropped
}
