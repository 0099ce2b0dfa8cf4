import type { Config, Diagram, DiagramEdge, DiagramNode } from './types'

/** Settings are plain JSON values, so a JSON round trip is a faithful deep copy. */
function copyConfig(config: Config): Config {
  return JSON.parse(JSON.stringify(config)) as Config
}

/**
 * Copy, cut, paste and duplicate work on fragments: a diagram holding some nodes and the edges
 * between them. A fragment is a complete diagram file, so it can travel through the system
 * clipboard to another window (or a text editor) and come back through the same loader.
 */
export function extractFragment(diagram: Diagram, nodeIds: ReadonlySet<string>): Diagram {
  return {
    format: diagram.format,
    version: diagram.version,
    name: diagram.name,
    nodes: diagram.nodes.filter((n) => nodeIds.has(n.id)),
    edges: diagram.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
  }
}

export interface InsertResult {
  diagram: Diagram
  nodeIds: string[]
  edgeIds: string[]
}

/** Adds a fragment's nodes and inner edges with fresh ids, shifted by `offset`. */
export function insertFragment(
  diagram: Diagram,
  fragment: Pick<Diagram, 'nodes' | 'edges'>,
  newId: () => string,
  offset: { x: number; y: number }
): InsertResult {
  const ids = new Map<string, string>()
  const nodes: DiagramNode[] = fragment.nodes.map((n) => {
    const id = newId()
    ids.set(n.id, id)
    const copy: DiagramNode = {
      ...n,
      id,
      position: { x: n.position.x + offset.x, y: n.position.y + offset.y }
    }
    if (n.config) copy.config = copyConfig(n.config)
    return copy
  })
  const edges: DiagramEdge[] = []
  for (const e of fragment.edges) {
    const source = ids.get(e.source)
    const target = ids.get(e.target)
    if (!source || !target) continue
    const copy: DiagramEdge = { ...e, id: newId(), source, target }
    if (e.config) copy.config = copyConfig(e.config)
    edges.push(copy)
  }
  return {
    diagram: {
      ...diagram,
      nodes: [...diagram.nodes, ...nodes],
      edges: [...diagram.edges, ...edges]
    },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id)
  }
}
