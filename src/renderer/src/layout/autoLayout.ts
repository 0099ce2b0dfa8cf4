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

/** Used when a node has not been measured yet (React Flow reports 0 or undefined before first paint). */
export const DEFAULT_NODE_SIZE = { width: 190, height: 60 } as const

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
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
}

interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>
}

let elkInstance: Promise<ElkLike> | undefined

/**
 * The bundled build runs ELK's GWT code on the calling thread through a fake worker, so it needs no
 * worker file in Vite and runs unchanged in Node (vitest). Loaded on first use: it is ~1.5 MB.
 */
function getElk(): Promise<ElkLike> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then((mod) => {
    // CommonJS interop differs between Vite (default = module.exports) and some bundlers (default.default).
    type Ctor = new () => ElkLike
    const outer = (mod as unknown as { default: Ctor | { default: Ctor } }).default
    const Elk = 'default' in outer ? outer.default : outer
    return new Elk()
  })
  // A failed chunk load should not poison every later attempt.
  elkInstance.catch(() => {
    elkInstance = undefined
  })
  return elkInstance
}

function sizeOf(n: { width: number; height: number }): { width: number; height: number } {
  const ok = (v: number): boolean => Number.isFinite(v) && v > 0
  return {
    width: ok(n.width) ? n.width : DEFAULT_NODE_SIZE.width,
    height: ok(n.height) ? n.height : DEFAULT_NODE_SIZE.height,
  }
}

/**
 * New top-left positions, left to right in data-flow order. The laid-out block keeps the top-left
 * corner of the nodes it replaces, so the diagram (or the selection) does not jump across the canvas.
 */
export async function layoutPositions(input: LayoutInput): Promise<Map<string, Point>> {
  const { onlyIds } = input
  const seen = new Set<string>()
  const nodes = input.nodes.filter((n) => {
    if (seen.has(n.id) || (onlyIds && !onlyIds.has(n.id))) return false
    seen.add(n.id)
    return true
  })
  const result = new Map<string, Point>()
  if (nodes.length === 0) return result

  const anchor = {
    x: Math.min(...nodes.map((n) => n.position.x)),
    y: Math.min(...nodes.map((n) => n.position.y)),
  }
  const ordered = [...nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
  // Self-loops and edges leaving the set do not affect where nodes go.
  const edges = input.edges.filter((e) => e.source !== e.target && seen.has(e.source) && seen.has(e.target))

  const graph: ElkNode = {
    id: '__root__',
    layoutOptions: LAYOUT_OPTIONS,
    children: ordered.map((n) => ({ id: n.id, ...sizeOf(n) })),
    edges: edges.map((e, i) => ({ id: `__e${i}`, sources: [e.source], targets: [e.target] })),
  }
  const laidOut = await (await getElk()).layout(graph)

  const children = laidOut.children ?? []
  // Whole pixels keep saved files tidy; ELK's gaps are far wider than the rounding.
  const minX = Math.min(...children.map((c) => c.x ?? 0))
  const minY = Math.min(...children.map((c) => c.y ?? 0))
  for (const c of children) {
    result.set(c.id, { x: Math.round(anchor.x + (c.x ?? 0) - minX), y: Math.round(anchor.y + (c.y ?? 0) - minY) })
  }
  return result
}

/** Slow start and end, so nodes visibly travel rather than snap. */
export function easeInOutCubic(t: number): number {
  const u = Math.min(1, Math.max(0, t))
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2
}

/**
 * Positions at animation progress t (0…1, eased) for every id in `to`. An id missing from `from`
 * is already at its target. t = 0 gives `from`, t = 1 gives `to` exactly.
 */
export function interpolatePositions(
  from: ReadonlyMap<string, Point>,
  to: ReadonlyMap<string, Point>,
  t: number,
  ease: (t: number) => number = easeInOutCubic,
): Map<string, Point> {
  const out = new Map<string, Point>()
  const k = t <= 0 ? 0 : t >= 1 ? 1 : ease(t)
  for (const [id, end] of to) {
    const start = from.get(id)
    if (!start || k === 1) out.set(id, { x: end.x, y: end.y })
    else out.set(id, { x: start.x + (end.x - start.x) * k, y: start.y + (end.y - start.y) * k })
  }
  return out
}

/** True when two rectangles share interior area; touching edges do not count. */
export function hasOverlap(rects: ReadonlyArray<Rect>): boolean {
  const sorted = [...rects].sort((a, b) => a.x - b.x)
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!
      if (b.x >= a.x + a.width) break
      if (a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width) return true
    }
  }
  return false
}
