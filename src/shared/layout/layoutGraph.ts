import { DEFAULT_CARD_SIZE } from '../diagram/freeSpot'
import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api'

export interface Point {
  x: number
  y: number
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface LayoutInput {
  nodes: ReadonlyArray<{ id: string; width: number; height: number; position: Point }>
  edges: ReadonlyArray<{ source: string; target: string }>
  /** Lay out only these nodes (and the edges among them); the rest stay where they are and are not returned. */
  onlyIds?: ReadonlySet<string>
}

/** Where ELK put one node, relative to its own origin: all a layout run hands back. */
export interface Placed {
  id: string
  x: number
  y: number
}

/** Used when a node has not been measured yet (React Flow reports 0 or undefined before first paint). */
/** A card React Flow has not measured yet: the size the rest of the app assumes too. */
export const DEFAULT_NODE_SIZE = DEFAULT_CARD_SIZE

// Gaps sized for ~190×60 service nodes: layers leave room for an edge label
// ("event source mapping") between them, and components sit apart enough to read as separate pipelines.
const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '60',
  'elk.layered.spacing.nodeNodeBetweenLayers': '160',
  'elk.spacing.edgeNode': '30',
  'elk.layered.spacing.edgeNodeBetweenLayers': '30',
  'elk.spacing.componentComponent': '80',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  // Ties are broken by input order, which we sort by the current position, so a re-layout keeps the user's top-to-bottom order.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES'
}

/** The graph to hand to ELK, and the corner the laid-out block is put back at. */
export interface LayoutGraph {
  graph: ElkNode
  anchor: Point
}

function sizeOf(n: { width: number; height: number }): { width: number; height: number } {
  const ok = (v: number): boolean => Number.isFinite(v) && v > 0
  return {
    width: ok(n.width) ? n.width : DEFAULT_NODE_SIZE.width,
    height: ok(n.height) ? n.height : DEFAULT_NODE_SIZE.height
  }
}

/** Plain data (it crosses to the layout worker by structured clone); undefined when there is nothing to lay out. */
export function toLayoutGraph(input: LayoutInput): LayoutGraph | undefined {
  const { onlyIds } = input
  const seen = new Set<string>()
  const nodes = input.nodes.filter((n) => {
    if (seen.has(n.id) || (onlyIds && !onlyIds.has(n.id))) return false
    seen.add(n.id)
    return true
  })
  if (nodes.length === 0) return undefined
  let x = Infinity
  let y = Infinity
  for (const n of nodes) {
    x = Math.min(x, n.position.x)
    y = Math.min(y, n.position.y)
  }
  const ordered = [...nodes].sort(
    (a, b) => a.position.y - b.position.y || a.position.x - b.position.x
  )
  // Self-loops and edges leaving the set do not affect where nodes go.
  const edges = input.edges.filter(
    (e) => e.source !== e.target && seen.has(e.source) && seen.has(e.target)
  )
  return {
    anchor: { x, y },
    graph: {
      id: '__root__',
      layoutOptions: LAYOUT_OPTIONS,
      children: ordered.map((n) => ({ id: n.id, ...sizeOf(n) })),
      edges: edges.map((e, i) => ({ id: `__e${i}`, sources: [e.source], targets: [e.target] }))
    }
  }
}

/**
 * New top-left positions: the laid-out block keeps the top-left corner of the nodes it replaces,
 * so the diagram (or the selection) does not jump across the canvas.
 */
export function placeAt(anchor: Point, placed: ReadonlyArray<Placed>): Map<string, Point> {
  const result = new Map<string, Point>()
  if (placed.length === 0) return result
  let minX = Infinity
  let minY = Infinity
  for (const p of placed) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
  }
  // Whole pixels keep saved files tidy; ELK's gaps are far wider than the rounding.
  for (const p of placed)
    result.set(p.id, { x: Math.round(anchor.x + p.x - minX), y: Math.round(anchor.y + p.y - minY) })
  return result
}
