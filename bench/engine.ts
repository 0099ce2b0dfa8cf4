/**
 * Node benchmarks of the shared engine and the file format; prints one JSON object on stdout.
 *
 *   node --expose-gc --import tsx bench/engine.ts [--smoke] [--part size:N | incremental:N | files:N | loops:N | import:N]
 *
 * bench/run.mjs runs each part in a process of its own, so that the heap one part leaves behind
 * does not slow the next; without --part every part runs here, in turn. Profile with
 * `node --cpu-prof --import tsx bench/engine.ts --part size:10000`.
 *
 * Every timed call of a one-shot function gets a diagram it has never seen (a structured clone
 * made outside the timing), as after opening a file: no cache keyed on node or config objects
 * flatters the figure. The copy is made outside the timing and, with --expose-gc, moved out of
 * V8's nursery by two minor collections, with the previous call's result dropped first (see
 * measure() in lib/stats.ts): without that, the call's own scavenges copied the fresh 10,000-node
 * input and the last result (13–23 ms of a 45–73 ms median), which says nothing about the
 * engine, whose input in the app has long been in the old generation. No full collection is
 * forced (that shrinks the young generation and makes the next run slower, not fairer): the
 * collections a call causes are part of its time, and the median keeps out the odd full one.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../src/shared/diagram/types'
import { loadDiagram } from '../src/shared/diagram/loadDiagram'
import { CURRENT_DIAGRAM_VERSION } from '../src/shared/diagram/schema'
import { serializeDiagram } from '../src/shared/diagram/saveDiagram'
import { estimateDiagram } from '../src/shared/estimation/estimate'
import { indexDiagram } from '../src/shared/graph/indexDiagram'
import { checkServicePair } from '../src/shared/validation/edgeCheck'
import { checkNode, type Neighbourhood } from '../src/shared/validation/graphRules'
import { createValidator, validateDiagram } from '../src/shared/validation/validator'
import { generateDiagram, isDocumented } from './lib/generate'
import { importBenchmark } from './lib/importBenchmark'
import { gcIn, measure, type Timing } from './lib/stats'

const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
const SIZES = smoke ? [20, 50, 200] : [100, 1000, 10_000]
const FILE_NODES = smoke ? 100 : 5000
const BUDGET = smoke
  ? { minRuns: 3, maxRuns: 5, budgetMs: 50, warmup: 1 }
  : { minRuns: 31, maxRuns: 300, budgetMs: 4000, warmup: 10 }
/** A 3,000-node import and its ELK layout take seconds each: fewer runs, still a median. */
const IMPORT_BUDGETS = smoke
  ? { fast: BUDGET, layout: { minRuns: 1, maxRuns: 2, budgetMs: 50, warmup: 0 } }
  : {
      fast: { minRuns: 11, maxRuns: 31, budgetMs: 10_000, warmup: 2 },
      layout: { minRuns: 5, maxRuns: 9, budgetMs: 30_000, warmup: 1 }
    }

/** A fresh copy of the diagram: what a just-opened file looks like. */
function fresh(diagram: Diagram): () => Diagram {
  return () => structuredClone(diagram)
}

interface EngineRow {
  nodes: number
  edges: number
  validateMs: Timing
  estimateMs: Timing
  /** The estimate with its freshness read, as the canvas's badges read it after every edit. */
  estimateWithFreshnessMs: Timing
  /** validateDiagram then estimateDiagram on the same diagram and index, as the app and the CLI do. */
  totalMs: Timing
  /** Microseconds per node for validate + estimate. */
  usPerNode: number
}

/** Validation, estimation and both, of a generated diagram of `size` nodes. */
function engineAt(size: number): EngineRow {
  const diagram = generateDiagram({ nodes: size })
  const validateMs = measure(validateDiagram, fresh(diagram), BUDGET)
  const estimateMs = measure((d: Diagram) => estimateDiagram(d), fresh(diagram), BUDGET)
  const estimateWithFreshnessMs = measure(
    (d: Diagram) => estimateDiagram(d).freshness,
    fresh(diagram),
    BUDGET
  )
  // One index for the version, read by both, as analyzeDiagram gives them.
  const totalMs = measure(
    (d: Diagram) => {
      const index = indexDiagram(d)
      return [validateDiagram(d, index), estimateDiagram(d, {}, index)]
    },
    fresh(diagram),
    BUDGET
  )
  return {
    nodes: size,
    edges: diagram.edges.length,
    validateMs,
    estimateMs,
    estimateWithFreshnessMs,
    totalMs,
    usPerNode: (totalMs.median * 1000) / size
  }
}

/**
 * A ring of `size` Lambda functions with a chord from every node to the one 7 ahead, fed by one
 * producer: every node is on a loop. Estimating it must cost about what validating it does (the
 * loops are found once, as strongly connected components, not searched from every node).
 */
export function ringWithChords(size: number, closed = true): Diagram {
  const nodes: DiagramNode[] = [{ id: 'src', service: 'producer-app', position: { x: 0, y: 0 } }]
  const edges: DiagramEdge[] = [{ id: 'feed', source: 'src', target: 'n0' }]
  for (let i = 0; i < size; i++) {
    nodes.push({
      id: `n${i}`,
      service: 'lambda',
      position: { x: 200 * (i % 100), y: 150 * Math.floor(i / 100) }
    })
    // Open, it is the same graph cut into a chain: no loops, the same nodes and almost the same edges.
    if (closed || i + 1 < size)
      edges.push({ id: `r${i}`, source: `n${i}`, target: `n${(i + 1) % size}` })
    if (size > 14 && (closed || i + 7 < size))
      edges.push({ id: `c${i}`, source: `n${i}`, target: `n${(i + 7) % size}` })
  }
  return {
    format: 'pipewright/diagram',
    version: CURRENT_DIAGRAM_VERSION,
    name: `ring of ${size}`,
    nodes,
    edges
  }
}

interface LoopRow {
  nodes: number
  edges: number
  validateMs: Timing
  estimateMs: Timing
  /** Estimate time ÷ validate time. */
  estimateOverValidate: number
  /** The same graph cut open into a chain (no loops): what loops add is the difference. */
  loopFreeEstimateMs: Timing
  /** Looped ÷ loop-free estimate time: about 1 when loops cost nothing extra. */
  loopedOverLoopFree: number
}

function loopsAt(size: number): LoopRow {
  const diagram = ringWithChords(size)
  const validateMs = measure(validateDiagram, fresh(diagram), BUDGET)
  const estimateMs = measure((d: Diagram) => estimateDiagram(d), fresh(diagram), BUDGET)
  const loopFreeEstimateMs = measure(
    (d: Diagram) => estimateDiagram(d),
    fresh(ringWithChords(size, false)),
    BUDGET
  )
  return {
    nodes: diagram.nodes.length,
    edges: diagram.edges.length,
    validateMs,
    estimateMs,
    estimateOverValidate: estimateMs.median / validateMs.median,
    loopFreeEstimateMs,
    loopedOverLoopFree: estimateMs.median / loopFreeEstimateMs.median
  }
}

/** How time grows from one size to the next: exponent 1 is linear, 2 quadratic. */
function growthOf(rows: EngineRow[]) {
  return rows.slice(1).map((row, i) => {
    const prev = rows[i]!
    const ratio = row.totalMs.median / prev.totalMs.median
    return {
      from: prev.nodes,
      to: row.nodes,
      timeRatio: ratio,
      exponent: Math.log(ratio) / Math.log(row.nodes / prev.nodes)
    }
  })
}

/** A new edge between two unconnected nodes whose services integrate: the common edit. */
function oneMoreEdge(diagram: Diagram): DiagramEdge {
  const linked = new Set(diagram.edges.map((e) => `${e.source}>${e.target}`))
  const nodes = diagram.nodes
  for (let i = Math.floor(nodes.length / 2); i < nodes.length; i++) {
    for (let j = i + 1; j < Math.min(nodes.length, i + 50); j++) {
      const a = nodes[i]!
      const b = nodes[j]!
      if (isDocumented(a.service, b.service) && !linked.has(`${a.id}>${b.id}`))
        return { id: 'bench-new-edge', source: a.id, target: b.id }
    }
  }
  return { id: 'bench-new-edge', source: nodes[0]!.id, target: nodes[nodes.length - 1]!.id }
}

function neighbourhood(diagram: Diagram, id: string): Neighbourhood {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
  const hood: Neighbourhood = { node: byId.get(id)!, incoming: [], outgoing: [] }
  for (const edge of diagram.edges) {
    if (edge.source === edge.target) continue
    if (edge.target === id) hood.incoming.push({ edge, from: byId.get(edge.source)! })
    if (edge.source === id) hood.outgoing.push({ edge, to: byId.get(edge.target)! })
  }
  return hood
}

/**
 * One added edge on the largest graph: a validator that has seen the diagram is given the same
 * diagram (same node array, same edge objects) with one more edge, as the editor does; the same
 * call with nothing changed shows what any call costs; and the re-check proper (the new edge's
 * pair verdict and its two ends' rules) is timed on its own.
 */
function incremental(size: number) {
  const largest = generateDiagram({ nodes: size })
  const withEdge: Diagram = { ...largest, edges: [...largest.edges, oneMoreEdge(largest)] }
  const primed = () => {
    const validator = createValidator()
    validator.validate(largest)
    return validator
  }
  let checked = { edgesChecked: 0, nodesChecked: 0 }
  const runs = { ...BUDGET, minRuns: smoke ? 3 : 61 }
  const addOneEdgeMs = measure(
    (validator: ReturnType<typeof createValidator>) => {
      validator.validate(withEdge)
      checked = { ...validator.stats }
    },
    primed,
    runs
  )
  // The result's flat problem list is put together when first read (the problems panel does):
  // the same edit with the list read as well.
  const addOneEdgeAndListMs = measure(
    (validator: ReturnType<typeof createValidator>) => validator.validate(withEdge).problems.length,
    primed,
    runs
  )
  const unchangedMs = measure(
    (validator: ReturnType<typeof createValidator>) => validator.validate(largest),
    primed,
    runs
  )
  const added = withEdge.edges[withEdge.edges.length - 1]!
  const ends = [
    neighbourhood(withEdge, added.source),
    neighbourhood(withEdge, added.target)
  ] as const
  const REPEAT = 1000
  const recheck = measure(
    () => {
      for (let r = 0; r < REPEAT; r++) {
        checkServicePair(ends[0].node.service, ends[1].node.service)
        checkNode(ends[0])
        checkNode(ends[1])
      }
    },
    () => undefined,
    BUDGET
  )
  return {
    nodes: largest.nodes.length,
    edges: largest.edges.length,
    /** validator.validate(diagram with one more edge) after validator.validate(diagram). */
    addOneEdgeMs,
    /** The same, then reading the result's problem list (built on first read). */
    addOneEdgeAndListMs,
    /** validator.validate(diagram) again with nothing changed: the cost of a call as such. */
    unchangedMs,
    /** The re-check proper, in milliseconds: the new edge's verdict and its two ends' rules. */
    recheckMs: recheck.median / REPEAT,
    ...checked
  }
}

/** Files: the loader (size check, JSON parse, tree check, migrate, schema, references) and the saver. */
function files(size: number) {
  const diagram = generateDiagram({ nodes: size })
  const text = serializeDiagram(diagram)
  const check = loadDiagram(text)
  if (!check.ok) throw new Error(`the generated diagram does not load: ${check.error.message}`)
  return {
    nodes: size,
    edges: diagram.edges.length,
    bytes: Buffer.byteLength(text),
    loadMs: measure(loadDiagram, () => text, BUDGET),
    saveMs: measure(serializeDiagram, fresh(check.diagram), BUDGET)
  }
}

/** Every timing in a result, for gcIn(). */
function timings(value: unknown): Timing[] {
  if (value === null || typeof value !== 'object') return []
  if ('median' in value && 'runs' in value) return [value as Timing]
  return Object.values(value).flatMap(timings)
}

async function main() {
  const partIndex = args.indexOf('--part')
  const [part, n] = partIndex >= 0 ? args[partIndex + 1]!.split(':') : ['all']
  const size = Number(n)
  let out: unknown
  if (part === 'size') out = engineAt(size)
  else if (part === 'incremental') out = incremental(size)
  else if (part === 'files') out = files(size)
  else if (part === 'loops') out = loopsAt(size)
  else if (part === 'import') out = await importBenchmark(size, IMPORT_BUDGETS)
  else {
    const engine = SIZES.map(engineAt)
    out = {
      engine,
      growth: growthOf(engine),
      incremental: incremental(SIZES[SIZES.length - 1]!),
      files: files(FILE_NODES)
    }
  }
  await gcIn(...timings(out))
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

void main()
