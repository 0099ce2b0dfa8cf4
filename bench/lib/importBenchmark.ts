/**
 * Issue 16 §5: a 3,000-node imported template, timed as `pipewright import` and the app's
 * File → Import… go through it: importSource (parse the YAML, map resources to nodes and edges),
 * layoutImported with ELK (here on the calling thread, as the CLI runs it; the app runs the same
 * ELK call in its worker), then analyzeDiagram on the laid-out diagram (validation and estimate).
 */
import { analyzeDiagram } from '../../src/shared/analysis/analyzeDiagram'
import type { Diagram } from '../../src/shared/diagram/types'
import type { ImportResult } from '../../src/shared/interchange/import/importReport'
import { importSource } from '../../src/shared/interchange/import/importSource'
import { layoutImported } from '../../src/shared/interchange/import/layoutImported'
import { runElk } from '../../src/shared/layout/runElk'
import { generateTemplate } from './generateTemplate'
import { measure, measureAsync, type Timing } from './stats'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const decode = (bytes: Uint8Array) => utf8.decode(bytes)

export interface ImportRow {
  /** Nodes and edges the import drew, resources in the template, and its size. */
  nodes: number
  edges: number
  resources: number
  bytes: number
  /** importSource: parse and map. */
  importMs: Timing
  /** layoutImported with runElk. */
  layoutMs: Timing
  /** analyzeDiagram of the laid-out diagram. */
  analyzeMs: Timing
  /** The three medians added: what a user waits for from file to checked diagram. */
  totalMedianMs: number
}

type Budget = { warmup: number; minRuns: number; maxRuns: number; budgetMs: number }

export async function importBenchmark(
  size: number,
  budgets: { fast: Budget; layout: Budget }
): Promise<ImportRow> {
  const { text } = generateTemplate(size)
  const bytes = new TextEncoder().encode(text)
  const fileName = 'bench.template.yaml'
  const once = importSource(bytes, fileName, decode)
  if (!once.ok) throw new Error(`the generated template does not import: ${once.message}`)
  const imported: ImportResult = { diagram: once.diagram, report: once.report }
  const importMs = measure(
    () => importSource(bytes, fileName, decode),
    () => undefined,
    budgets.fast
  )
  const layoutMs = await measureAsync(
    (result: ImportResult) => layoutImported(result, runElk),
    () => structuredClone(imported),
    budgets.layout
  )
  const laidOut: Diagram = await layoutImported(structuredClone(imported), runElk)
  const analyzeMs = measure(analyzeDiagram, () => structuredClone(laidOut), budgets.fast)
  return {
    nodes: laidOut.nodes.length,
    edges: laidOut.edges.length,
    resources: once.report.kind === 'cloudformation' ? countResources(once.report.entries) : 0,
    bytes: bytes.byteLength,
    importMs,
    layoutMs,
    analyzeMs,
    totalMedianMs: importMs.median + layoutMs.median + analyzeMs.median
  }
}

/** Report entries are one per resource; a SAM resource's generated ones share its logical id. */
function countResources(entries: readonly { sourceId: string }[]): number {
  return new Set(entries.map((e) => e.sourceId)).size
}
