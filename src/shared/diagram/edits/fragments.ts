import { DEFAULT_CARD_SIZE, freeSpotIn, type Surroundings } from '../freeSpot'
import type { Config, Diagram, DiagramEdge, DiagramNode } from '../types'
import type { Point } from './items'

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

export type Fragment = Pick<Diagram, 'nodes' | 'edges'>

export interface InsertResult {
  diagram: Diagram
  nodeIds: string[]
  edgeIds: string[]
}

/**
 * Settings are plain JSON values, so a JSON round trip is a faithful deep copy. A pasted copy
 * owns its settings: a fragment may come from a parsed clipboard or from this very diagram.
 */
function copyConfig(config: Config): Config {
  return JSON.parse(JSON.stringify(config)) as Config
}

/** Adds a fragment's nodes and inner edges with fresh ids, shifted by `offset`. */
export function insertFragment(
  diagram: Diagram,
  fragment: Fragment,
  newId: () => string,
  offset: Point
): InsertResult {
  const ids = new Map<string, string>()
  const nodes: DiagramNode[] = fragment.nodes.map((n) => {
    const id = newId()
    ids.set(n.id, id)
    const position = { x: n.position.x + offset.x, y: n.position.y + offset.y }
    return { ...n, id, position, ...(n.config ? { config: copyConfig(n.config) } : {}) }
  })
  const edges: DiagramEdge[] = []
  for (const e of fragment.edges) {
    const source = ids.get(e.source)
    const target = ids.get(e.target)
    if (!source || !target) continue
    edges.push({
      ...e,
      id: newId(),
      source,
      target,
      ...(e.config ? { config: copyConfig(e.config) } : {})
    })
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

/**
 * Pastes a fragment with new ids near `offset` from where it was: the fragment moves as one
 * block to the free spot nearest there, clear of other cards and in view when the view is known.
 */
export function pasteFragment(
  diagram: Diagram,
  fragment: Fragment,
  offset: Point,
  newId: () => string,
  around: Surroundings = {}
): InsertResult {
  if (fragment.nodes.length === 0) return { diagram, nodeIds: [], edgeIds: [] }
  const boxes = fragment.nodes.map((n) => ({
    ...n.position,
    ...(around.sizeOf?.(n.id) ?? DEFAULT_CARD_SIZE)
  }))
  const left = Math.min(...boxes.map((b) => b.x))
  const top = Math.min(...boxes.map((b) => b.y))
  const size = {
    width: Math.max(...boxes.map((b) => b.x + b.width)) - left,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - top
  }
  const spot = freeSpotIn(diagram, around, size, { x: left + offset.x, y: top + offset.y })
  return insertFragment(diagram, fragment, newId, {
    x: Math.round(spot.x - left),
    y: Math.round(spot.y - top)
  })
}

/** The selected services and the edges between them, pasted again a step down and right. */
const DUPLICATE_OFFSET: Point = { x: 40, y: 40 }

export function duplicate(
  diagram: Diagram,
  nodeIds: ReadonlySet<string>,
  newId: () => string,
  around: Surroundings = {}
): InsertResult {
  return pasteFragment(diagram, extractFragment(diagram, nodeIds), DUPLICATE_OFFSET, newId, around)
}
