import type { ServiceId } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { estimateDiagram, type DiagramEstimate, type EstimateOptions } from './estimate'
import type { Alternative } from './sizing/types'
import { logSamples, WHAT_IF_MAX, WHAT_IF_MIN } from './whatIf'

/**
 * What a choice (a Kinesis stream's capacity modes) would cost across the what-if multiplier's
 * range, for the Cost tab's chart: one line per alternative, and where the cheapest one changes.
 */

/** The services whose alternatives are charted. */
const CHARTED_SERVICES: ReadonlySet<ServiceId> = new Set(['kinesis-data-streams'])

/**
 * An alternative's name without the figures that change with traffic: "Provisioned (3 shards)"
 * is the line "Provisioned" at every multiplier, while "On-demand (Advantage)" keeps its words.
 */
export function alternativeName(label: string): string {
  return label.replace(/\s*\([^()]*\d[^()]*\)/g, '').trim() || label
}

export interface CurvePoint {
  multiplier: number
  /** Monthly USD by alternative name. */
  costs: Record<string, number>
  /** The cheapest alternative's name (the first listed on a tie). */
  cheapest: string
}

export interface Crossover {
  /** Where the cheapest alternative changes (found to within `tolerance` of the multiplier). */
  multiplier: number
  from: string
  to: string
  /** The new cheapest alternative's monthly cost there. */
  costUSD: number
}

export interface CostCurve {
  nodeId: string
  /** Alternative names, in the sizer's order. */
  names: string[]
  points: CurvePoint[]
  crossovers: Crossover[]
}

function cheapestOf(names: readonly string[], costs: Readonly<Record<string, number>>): string {
  let best = names[0]!
  for (const n of names) if ((costs[n] ?? Infinity) < (costs[best] ?? Infinity)) best = n
  return best
}

/** One point from an estimate's alternatives; undefined when the node has none. */
export function pointOf(
  multiplier: number,
  alternatives: readonly Alternative[] | undefined
): { names: string[]; point: CurvePoint } | undefined {
  if (!alternatives || alternatives.length === 0) return undefined
  const costs: Record<string, number> = {}
  const names: string[] = []
  for (const a of alternatives) {
    let name = alternativeName(a.label)
    // Two labels that differ only in figures stay two lines.
    while (name in costs) name = `${name} ′`
    costs[name] = a.monthlyCostUSD
    names.push(name)
  }
  return { names, point: { multiplier, costs, cheapest: cheapestOf(names, costs) } }
}

/**
 * Where the cheapest alternative changes between neighbouring points. With `evaluate` (the costs
 * at any multiplier) each change is bisected on a log scale to within `tolerance` (relative);
 * without it the crossing of the two lines is interpolated linearly in log(multiplier). A change
 * and its reverse between the same two samples is not seen: sample densely enough for that.
 */
export function findCrossovers(
  points: readonly CurvePoint[],
  names: readonly string[],
  evaluate?: (multiplier: number) => Readonly<Record<string, number>> | undefined,
  tolerance = 0.005
): Crossover[] {
  return runToEnd(crossoverSteps(points, names, evaluate, tolerance))
}

/** findCrossovers, pausing after each call of `evaluate` (an estimate, when the app calls it). */
function* crossoverSteps(
  points: readonly CurvePoint[],
  names: readonly string[],
  evaluate: ((multiplier: number) => Readonly<Record<string, number>> | undefined) | undefined,
  tolerance = 0.005
): Generator<void, Crossover[]> {
  const out: Crossover[] = []
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    if (a.cheapest === b.cheapest) continue
    const from = a.cheapest
    let to = b.cheapest
    let lo = a.multiplier
    let hi = b.multiplier
    let at: number
    let costUSD: number
    if (evaluate) {
      let hiCosts: Readonly<Record<string, number>> = b.costs
      while (hi / lo > 1 + tolerance) {
        const mid = Math.sqrt(lo * hi)
        const costs = evaluate(mid)
        yield
        if (!costs) break
        if (cheapestOf(names, costs) === from) lo = mid
        else {
          hi = mid
          hiCosts = costs
        }
      }
      at = hi
      // A third alternative may take over first: the crossover is to whichever is cheapest there.
      to = cheapestOf(names, hiCosts)
      costUSD = hiCosts[to]!
    } else {
      // The difference between the two lines goes from ≤ 0 to > 0 (from cheaper to dearer).
      const d0 = a.costs[from]! - a.costs[to]!
      const d1 = b.costs[from]! - b.costs[to]!
      const t = d1 === d0 ? 1 : Math.min(1, Math.max(0, -d0 / (d1 - d0)))
      at = Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)))
      costUSD = a.costs[to]! + t * (b.costs[to]! - a.costs[to]!)
    }
    out.push({ multiplier: at, from, to, costUSD })
  }
  return out
}

/** Runs a step-wise computation at once. */
function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next()
    if (r.done) return r.value
  }
}

/**
 * The part of a diagram that decides the charted nodes' costs: the charted nodes, everything
 * upstream of them (their traffic) and their direct consumers (how they are read), with the
 * edges into that upstream part and out of the charted nodes. Estimating it instead of the whole
 * diagram gives the charted nodes the same figures in a fraction of the time.
 */
export function chartedSubdiagram(
  diagram: Diagram,
  index: DiagramIndex = indexDiagram(diagram)
): Diagram {
  const nodes = diagram.nodes
  const { from, to } = index.ends
  const { inStart, inEdges } = index.adjacency
  const core = new Uint8Array(nodes.length)
  const stack: number[] = []
  for (let i = 0; i < nodes.length; i++) {
    if (CHARTED_SERVICES.has(nodes[i]!.service)) {
      core[i] = 1
      stack.push(i)
    }
  }
  const charted = core.slice()
  if (stack.length === 0) return { ...diagram, nodes: [], edges: [] }
  while (stack.length > 0) {
    const i = stack.pop()!
    for (let p = inStart[i]!; p < inStart[i + 1]!; p++) {
      const s = from[inEdges[p]!]!
      if (core[s] === 0) {
        core[s] = 1
        stack.push(s)
      }
    }
  }
  const keep = core.slice()
  const edges: DiagramEdge[] = []
  for (let k = 0; k < diagram.edges.length; k++) {
    const e = diagram.edges[k]!
    const s = from[k]!
    const t = to[k]!
    if (s < 0) continue
    if (core[t] === 1 || charted[s] === 1) {
      edges.push(e)
      keep[t] = 1
    }
  }
  const kept: DiagramNode[] = nodes.filter((_, i) => keep[i] === 1)
  return { ...diagram, nodes: kept, edges }
}

export interface CurveOptions extends Omit<EstimateOptions, 'trafficMultiplier'> {
  /** Sample multipliers; 25 from 0.1× to 100× on a log scale when not given. */
  multipliers?: readonly number[]
}

/**
 * The charted nodes' alternatives at each sample multiplier, and their crossovers, bisected with
 * further estimates of the charted part of the diagram.
 */
export function costCurves(diagram: Diagram, options: CurveOptions = {}): CostCurve[] {
  return runToEnd(costCurveSteps(diagram, options))
}

/**
 * costCurves, pausing after each estimate, so that the app can spread the work over several
 * tasks (25 samples and the bisections of a 1,000-node diagram take tens of milliseconds).
 */
export function* costCurveSteps(
  diagram: Diagram,
  options: CurveOptions = {}
): Generator<void, CostCurve[]> {
  const sub = chartedSubdiagram(diagram)
  if (sub.nodes.length === 0) return []
  const multipliers = options.multipliers ?? logSamples(WHAT_IF_MIN, WHAT_IF_MAX, 25)
  const ids = sub.nodes.filter((n) => CHARTED_SERVICES.has(n.service)).map((n) => n.id)
  const base: EstimateOptions = {}
  if (options.prices) base.prices = options.prices
  if (options.overrides) base.overrides = options.overrides
  const estimateAt = (m: number) => estimateDiagram(sub, { ...base, trafficMultiplier: m })
  const curves = new Map<string, { names: string[]; points: CurvePoint[] }>()
  for (const m of multipliers) {
    const estimate = estimateAt(m)
    yield
    for (const id of ids) {
      const p = pointOf(m, estimate.byId.get(id)?.alternatives)
      if (!p) continue
      let c = curves.get(id)
      if (!c) curves.set(id, (c = { names: p.names, points: [] }))
      c.points.push(p.point)
    }
  }
  // Bisections of nodes whose lines cross between the same samples share their estimates.
  const cache = new Map<number, DiagramEstimate>()
  const at = (m: number): DiagramEstimate => {
    let e = cache.get(m)
    if (!e) cache.set(m, (e = estimateAt(m)))
    return e
  }
  const out: CostCurve[] = []
  for (const id of ids) {
    const c = curves.get(id)
    if (!c) continue
    const crossovers = yield* crossoverSteps(
      c.points,
      c.names,
      (m) => pointOf(m, at(m).byId.get(id)?.alternatives)?.point.costs
    )
    out.push({ nodeId: id, names: c.names, points: c.points, crossovers })
  }
  return out
}

/**
 * Whether two diagrams give the same curves: the same edges, price overrides and nodes' services
 * and settings. Moving a card makes a new diagram but not new curves.
 */
export function sameCurveInputs(a: Diagram, b: Diagram): boolean {
  if (a === b) return true
  if (a.edges !== b.edges || a.pricing !== b.pricing || a.nodes.length !== b.nodes.length)
    return false
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!
    const y = b.nodes[i]!
    if (x !== y && (x.id !== y.id || x.service !== y.service || x.config !== y.config)) return false
  }
  return true
}

/**
 * A curve in words, for the chart's caption and screen readers: which alternative is cheapest
 * over which part of the range. "Provisioned is cheapest below 3.4×, On-demand from there to 100×."
 */
export function curveSummary(curve: CostCurve, text: (m: number) => string): string {
  const first = curve.points[0]
  const lastPoint = curve.points[curve.points.length - 1]
  if (!first || !lastPoint) return ''
  if (curve.crossovers.length === 0)
    return `${first.cheapest} is cheapest from ${text(first.multiplier)} to ${text(lastPoint.multiplier)}.`
  const parts = [
    `${curve.crossovers[0]!.from} is cheapest below ${text(curve.crossovers[0]!.multiplier)}`
  ]
  curve.crossovers.forEach((c, i) => {
    const next = curve.crossovers[i + 1]
    parts.push(
      next
        ? `${c.to} from there to ${text(next.multiplier)}`
        : `${c.to} from there to ${text(lastPoint.multiplier)}`
    )
  })
  return `${parts.join(', ')}.`
}
