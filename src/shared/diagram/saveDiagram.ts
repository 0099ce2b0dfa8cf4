import type { ConfigValue } from './schema'
import type { Config, Diagram, DiagramEdge, DiagramNode } from './types'

/** Sorted keys at every level, so that the same config always serialises the same way. */
function sortedConfig(value: ConfigValue): ConfigValue {
  if (Array.isArray(value)) return value.map(sortedConfig)
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
    position: { x: node.position.x, y: node.position.y },
  }
  if (node.label !== undefined) out.label = node.label
  if (node.config && Object.keys(node.config).length > 0) out.config = sortedConfig(node.config) as Config
  return out
}

function edgeForFile(edge: DiagramEdge): Record<string, unknown> {
  const out: Record<string, unknown> = { id: edge.id, source: edge.source, target: edge.target }
  if (edge.config && Object.keys(edge.config).length > 0) out.config = sortedConfig(edge.config) as Config
  return out
}

function pricingForFile(diagram: Diagram): { pricing?: unknown } {
  const overrides = diagram.pricing?.overrides ?? {}
  const keys = Object.keys(overrides).sort() as Array<keyof typeof overrides>
  if (keys.length === 0) return {}
  return { pricing: { region: diagram.pricing!.region, overrides: Object.fromEntries(keys.map((k) => [k, overrides[k]])) } }
}

/** Deterministic text (fixed key order, 2-space indent, final newline) so diagrams diff well. */
export function serializeDiagram(diagram: Diagram): string {
  const doc = {
    format: diagram.format,
    version: diagram.version,
    name: diagram.name,
    ...pricingForFile(diagram),
    nodes: diagram.nodes.map(nodeForFile),
    edges: diagram.edges.map(edgeForFile),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
