import { integrationRows } from '../../src/shared/mechanisms/integrationMatrix'
import { getService, SERVICES, type ServiceId } from '../../src/shared/catalog/services'
import { CURRENT_DIAGRAM_VERSION } from '../../src/shared/diagram/schema'
import type {
  Config,
  Diagram,
  DiagramEdge,
  DiagramGroup,
  DiagramNode
} from '../../src/shared/diagram/types'

/**
 * A benchmark diagram: real catalog services wired along documented integrations (so validation
 * and estimation do their normal work, not the error path), laid out on a grid, deterministic
 * for a given size. Every node gets an edge from an earlier nearby node (a forest of pipelines);
 * the remaining edges join nearby nodes whose pair is documented, until there are
 * `edgesPerNode × nodes` edges.
 */
export interface GenerateOptions {
  nodes: number
  edgesPerNode?: number
  /** Grid cell in canvas units; a service node is 190 to 260 wide and about 60 high. */
  cell?: { width: number; height: number }
  seed?: number
  /**
   * Frames (VPC groups) around every other block of 4 × 3 grid cells, checkerboard fashion, their
   * nodes inside them: a drag across the canvas then crosses frames as well as nodes and edges.
   */
  frames?: boolean
}

const FRAME_BLOCK = { columns: 4, rows: 3 }
const FRAME_PAD = 30

/** Small, fast, seedable (mulberry32): the same size always gives the same diagram. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LIVE = new Set(SERVICES.filter((s) => !s.retired).map((s) => s.id))
const ROWS = integrationRows().filter((r) => LIVE.has(r.source) && LIVE.has(r.target))
const TARGETS = new Map<ServiceId, ServiceId[]>()
for (const row of ROWS) {
  const list = TARGETS.get(row.source) ?? []
  list.push(row.target)
  TARGETS.set(row.source, list)
}
const DOCUMENTED = new Set(ROWS.map((r) => `${r.source}>${r.target}`))
const SOURCES: ServiceId[] = SERVICES.filter(
  (s) => s.category === 'sources' && !s.retired && TARGETS.has(s.id)
).map((s) => s.id)

/** Settings a person would type for some services; the rest keep their defaults. */
const SAMPLE_CONFIGS: Partial<Record<ServiceId, Config[]>> = {
  'producer-app': [{ recordsPerSecond: 2000, recordSizeKB: 2 }, { recordsPerSecond: 500 }],
  'iot-devices': [{ recordsPerSecond: 10000, recordSizeKB: 0.5 }],
  'kinesis-data-streams': [{ capacityMode: 'on-demand' }, { retentionHours: 48 }],
  'kinesis-firehose': [{ compression: 'gzip', bufferSizeMB: 64 }],
  lambda: [{ memoryMB: 1024, avgDurationMs: 250 }],
  s3: [{ retentionDays: 365 }],
  dynamodb: [{ readsPerSecond: 100 }]
}

export function generateDiagram(options: GenerateOptions): Diagram {
  const count = options.nodes
  const edgeTarget = Math.round(count * (options.edgesPerNode ?? 1.5))
  const cell = options.cell ?? { width: 300, height: 120 }
  const rand = seededRandom(options.seed ?? 20261123 + count)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  // Roughly the shape of a 16:10 window, so fitView uses the whole canvas.
  const columns = Math.max(1, Math.round(Math.sqrt((count * 1.6 * cell.height) / cell.width)))
  const WINDOW = Math.max(4, columns) // edges join nodes at most about a row apart

  const nodes: DiagramNode[] = []
  const edges: DiagramEdge[] = []
  const pairs = new Set<string>()
  const addEdge = (from: DiagramNode, to: DiagramNode) => {
    const id = `e${edges.length + 1}`
    edges.push({ id, source: from.id, target: to.id })
    pairs.add(`${from.id}>${to.id}`)
  }
  for (let i = 0; i < count; i++) {
    let service: ServiceId | undefined
    let parent: DiagramNode | undefined
    // A new pipeline now and then, otherwise continue one of the recent nodes.
    if (i > 0 && rand() > 0.08) {
      for (let attempt = 0; attempt < 8 && !service; attempt++) {
        const p = nodes[Math.max(0, i - 1 - Math.floor(rand() * WINDOW))]!
        const next = TARGETS.get(p.service)
        if (next && next.length > 0) {
          parent = p
          service = pick(next)
        }
      }
    }
    if (!service) {
      service = pick(SOURCES)
      parent = undefined
    }
    const col = i % columns
    const row = Math.floor(i / columns)
    // The random draws happen in this order (label, then settings), as the seeded output depends on it.
    const label = rand() < 0.1 ? `${getService(service).name.split(' ')[0]} ${i + 1}` : undefined
    const configs = SAMPLE_CONFIGS[service]
    const config = configs && rand() < 0.5 ? { ...pick(configs) } : undefined
    const node: DiagramNode = {
      id: `n${i + 1}`,
      service,
      position: { x: col * cell.width, y: row * cell.height },
      ...(label !== undefined ? { label } : {}),
      ...(config !== undefined ? { config } : {})
    }
    nodes.push(node)
    if (parent) addEdge(parent, node)
  }
  // Extra edges between nearby nodes whose pair is documented.
  for (let attempt = 0; edges.length < edgeTarget && attempt < edgeTarget * 200; attempt++) {
    const a = Math.floor(rand() * count)
    const b = a + 1 + Math.floor(rand() * WINDOW * 2)
    if (b >= count) continue
    const from = nodes[a]!
    const to = nodes[b]!
    if (!DOCUMENTED.has(`${from.service}>${to.service}`) || pairs.has(`${from.id}>${to.id}`))
      continue
    addEdge(from, to)
  }
  // Should documented pairs run out (never at these sizes), fill up with nearby pairs anyway.
  for (let a = 0; edges.length < edgeTarget && a < count - 1; a++) {
    const from = nodes[a]!
    const to = nodes[a + 1]!
    if (!pairs.has(`${from.id}>${to.id}`)) addEdge(from, to)
  }
  const groups: DiagramGroup[] = []
  if (options.frames) {
    const blockOf = (i: number) => ({
      bx: Math.floor((i % columns) / FRAME_BLOCK.columns),
      by: Math.floor(Math.floor(i / columns) / FRAME_BLOCK.rows)
    })
    const framed = new Map<string, DiagramGroup>()
    nodes.forEach((node, i) => {
      const { bx, by } = blockOf(i)
      if ((bx + by) % 2 !== 0) return
      const key = `${bx}:${by}`
      let frame = framed.get(key)
      if (!frame) {
        frame = {
          id: `f${framed.size + 1}`,
          kind: 'vpc',
          label: `VPC ${framed.size + 1}`,
          position: {
            x: bx * FRAME_BLOCK.columns * cell.width - FRAME_PAD,
            y: by * FRAME_BLOCK.rows * cell.height - FRAME_PAD - 20
          },
          size: {
            width: FRAME_BLOCK.columns * cell.width - cell.width + 260 + 2 * FRAME_PAD,
            height: FRAME_BLOCK.rows * cell.height - cell.height + 70 + 2 * FRAME_PAD + 20
          }
        }
        framed.set(key, frame)
        groups.push(frame)
      }
      nodes[i] = { ...node, parentId: frame.id }
    })
  }
  return {
    format: 'pipewright/diagram',
    version: CURRENT_DIAGRAM_VERSION,
    name: `Benchmark ${count} nodes`,
    nodes,
    edges,
    ...(groups.length > 0 ? { groups } : {})
  }
}

/** Documented pairs, for picking a valid edge to add in the incremental benchmark. */
export function isDocumented(source: ServiceId, target: ServiceId): boolean {
  return DOCUMENTED.has(`${source}>${target}`)
}
