import type { ConfigValue } from './schema'
import type {
  Diagram,
  DiagramEdge,
  DiagramGroup,
  DiagramIgnore,
  DiagramNode,
  DiagramNote
} from './types'

/** `Array.isArray` does not narrow a read-only array out of a union; this does. */
function isList(value: ConfigValue): value is readonly ConfigValue[] {
  return Array.isArray(value)
}

/** Sorted keys at every level, so that the same config always serialises the same way. */
function sortedConfig(value: ConfigValue): ConfigValue {
  if (isList(value)) return value.map(sortedConfig)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, ConfigValue> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortedConfig(value[key]!)
    return out
  }
  return value
}

function nodeForFile(node: DiagramNode): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: node.id,
    service: node.service,
    position: { x: node.position.x, y: node.position.y }
  }
  if (node.label !== undefined) out.label = node.label
  if (node.parentId !== undefined) out.parentId = node.parentId
  if (node.external !== undefined) out.external = { reference: node.external.reference }
  if (node.config && Object.keys(node.config).length > 0) out.config = sortedConfig(node.config)
  return out
}

function groupForFile(group: DiagramGroup): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: group.id,
    kind: group.kind,
    label: group.label,
    position: { x: group.position.x, y: group.position.y },
    size: { width: group.size.width, height: group.size.height }
  }
  if (group.parentId !== undefined) out.parentId = group.parentId
  return out
}

function noteForFile(note: DiagramNote): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: note.id,
    text: note.text,
    position: { x: note.position.x, y: note.position.y }
  }
  if (note.size) out.size = { width: note.size.width, height: note.size.height }
  if (note.parentId !== undefined) out.parentId = note.parentId
  return out
}

function edgeForFile(edge: DiagramEdge): Record<string, unknown> {
  const out: Record<string, unknown> = { id: edge.id, source: edge.source, target: edge.target }
  if (edge.config && Object.keys(edge.config).length > 0) out.config = sortedConfig(edge.config)
  return out
}

function pricingForFile(diagram: Diagram): { pricing?: unknown } {
  const overrides = diagram.pricing?.overrides ?? {}
  const keys = Object.keys(overrides).sort() as Array<keyof typeof overrides>
  if (keys.length === 0) return {}
  return {
    pricing: {
      region: diagram.pricing!.region,
      overrides: Object.fromEntries(keys.map((k) => [k, overrides[k]]))
    }
  }
}

function ignoreForFile(entry: DiagramIgnore): Record<string, unknown> {
  const out: Record<string, unknown> = { code: entry.code }
  if (entry.nodeId !== undefined) out.nodeId = entry.nodeId
  if (entry.edgeId !== undefined) out.edgeId = entry.edgeId
  out.reason = entry.reason
  return out
}

/** Deterministic text (fixed key order, 2-space indent, final newline) so diagrams diff well. */
export function serializeDiagram(diagram: Diagram): string {
  const doc = {
    format: diagram.format,
    version: diagram.version,
    name: diagram.name,
    ...pricingForFile(diagram),
    ...(diagram.groups && diagram.groups.length > 0
      ? { groups: diagram.groups.map(groupForFile) }
      : {}),
    ...(diagram.notes && diagram.notes.length > 0 ? { notes: diagram.notes.map(noteForFile) } : {}),
    nodes: diagram.nodes.map(nodeForFile),
    edges: diagram.edges.map(edgeForFile),
    ...(diagram.ignore && diagram.ignore.length > 0
      ? { ignore: diagram.ignore.map(ignoreForFile) }
      : {})
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
