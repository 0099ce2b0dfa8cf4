import type { Config, Diagram } from '../types'

/**
 * Connects two services. A self-loop or a second edge between the same ends in the same direction
 * is no edit: the diagram comes back as it was.
 */
export function connect(
  diagram: Diagram,
  edge: { id: string; source: string; target: string }
): Diagram {
  const { id, source, target } = edge
  if (source === target) return diagram
  if (diagram.edges.some((e) => e.source === source && e.target === target)) return diagram
  return { ...diagram, edges: [...diagram.edges, { id, source, target }] }
}

/** Replaces an edge's settings; none (or an empty set) removes them. */
export function setEdgeConfig(diagram: Diagram, id: string, config: Config | undefined): Diagram {
  if (!diagram.edges.some((e) => e.id === id)) return diagram
  const edges = diagram.edges.map((e) => {
    if (e.id !== id) return e
    const { config: _old, ...rest } = e
    return config && Object.keys(config).length > 0 ? { ...rest, config } : rest
  })
  return { ...diagram, edges }
}
