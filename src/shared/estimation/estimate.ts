import { serviceName, type ServiceId } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import type { DiagramIndex } from '../graph/diagramIndex'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { OWN_RULE_CITATIONS } from '../validation/ownRules'
import type { Problem } from '../validation/problems'
import { shareAdvantageCommitment, type StreamEstimate } from './advantageAccount'
import { oldestPriceDate } from './costLine'
import type { Figures } from './figureLabels'
import { computeFreshness, freshnessToJson, type DiagramFreshness } from './freshness'
import { PriceBook, type LineItem } from './pricing/priceBook'
import type { PriceTable } from './pricing/types'
import type { PriceOverrides } from '../catalog/priceIds'
import { US_EAST_1 } from './pricing/usEast1'
import type { z } from 'zod'
import {
  EDGE_CONFIG,
  readServiceConfigCached,
  SERVICE_CONFIG,
  type ConfigReadResult,
  type ServiceConfigOf
} from './serviceConfig'
import { sizeDynamoDb } from './sizing/dynamodb'
import { sizeFirehose } from './sizing/firehose'
import { sizeKinesisStream } from './sizing/kinesisStreams'
import { sizeLambda } from './sizing/lambda'
import { OTHER_SIZERS } from './sizing/otherServices'
import { totalOf, type Alternative, type NodeSizing, type SizingContext } from './sizing/types'
import { TRAFFIC_SOURCE_NOTES } from './trafficSources'
import {
  STREAM_SOURCES,
  trafficByPosition,
  type Flow,
  type NodeThroughput,
  type TrafficByPosition
} from './traffic'
import { TRAFFIC_CEILING } from './assumptions'
import { formatNumber, roundFigure, roundUsd } from './units'

function fmtCeiling(): string {
  return `${formatNumber(TRAFFIC_CEILING.recordsPerSecond)} records/s or ${formatNumber(TRAFFIC_CEILING.mbps)} MB/s`
}

export interface NodeEstimate {
  id: string
  service: ServiceId
  throughput: NodeThroughput
  capacity: Figures
  lineItems: LineItem[]
  monthlyCostUSD: number
  explanations: string[]
  problems: Problem[]
  badge?: string
  alternatives?: Alternative[]
}

export interface DiagramEstimate {
  nodes: NodeEstimate[]
  byId: ReadonlyLookup<NodeEstimate>
  /** What each edge carries. */
  edgeFlows: ReadonlyLookup<Flow>
  totalMonthlyCostUSD: number
  /**
   * `asOf` is the oldest date among the list prices used, so a header never claims prices newer
   * than the oldest it rests on; the table's own date when no list price is used.
   */
  pricing: { region: string; asOf: string }
  /** Every problem the estimate found: capacity limits, invalid settings, loops. */
  problems: Problem[]
  /** How old the data is when it is available at each node (freshness.ts); worked out when first read. */
  readonly freshness: DiagramFreshness
}

export interface EstimateOptions {
  prices?: PriceTable
  overrides?: PriceOverrides
  /** What-if: every source's own traffic (average and peak) times this; 1 when not given. */
  trafficMultiplier?: number
}

const SIZERS: Partial<Record<ServiceId, (ctx: SizingContext) => NodeSizing>> = {
  'kinesis-data-streams': sizeKinesisStream,
  'kinesis-firehose': sizeFirehose,
  dynamodb: sizeDynamoDb,
  lambda: sizeLambda
}

/** One lookup per node: a Map beats a keyed lookup on a 45-key object with these service ids. */
const SIZER_BY_SERVICE = new Map<string, (ctx: SizingContext) => NodeSizing>([
  ...Object.entries(OTHER_SIZERS),
  ...Object.entries(SIZERS)
])

function sizerFor(service: ServiceId): (ctx: SizingContext) => NodeSizing {
  return SIZER_BY_SERVICE.get(service)!
}

interface EdgeLists {
  list: readonly DiagramEdge[]
  nodes: readonly DiagramNode[]
  traffic: TrafficByPosition
  sizings: ReadonlyArray<NodeSizing | undefined>
  configAt: (node: DiagramNode, position: number) => Record<string, unknown>
}

/**
 * What a sizer is given. Most sizers never look at the edges, so the edge lists are made the
 * first time a sizer asks for them.
 */
class Context implements SizingContext {
  #incoming: SizingContext['incoming'] | undefined
  #outgoing: SizingContext['outgoing'] | undefined

  constructor(
    readonly node: DiagramNode,
    readonly config: Record<string, unknown>,
    readonly throughput: NodeThroughput,
    readonly book: PriceBook,
    private readonly position: number,
    private readonly edges: EdgeLists
  ) {}

  get incoming(): SizingContext['incoming'] {
    if (this.#incoming) return this.#incoming
    const { list, nodes, traffic, sizings, configAt } = this.edges
    const first = traffic.inStart[this.position]!
    const out = new Array<SizingContext['incoming'][number]>(
      traffic.inStart[this.position + 1]! - first
    )
    for (let p = 0; p < out.length; p++) {
      const k = traffic.inEdges[first + p]!
      const s = traffic.edgeFrom[k]!
      const from = nodes[s]!
      out[p] = new IncomingEdge(list[k]!, from, configAt(from, s), traffic.edgeFlow[k]!, sizings, s)
    }
    return (this.#incoming = out)
  }

  get outgoing(): SizingContext['outgoing'] {
    if (this.#outgoing) return this.#outgoing
    const { list, nodes, traffic } = this.edges
    const first = traffic.outStart[this.position]!
    const out = new Array<SizingContext['outgoing'][number]>(
      traffic.outStart[this.position + 1]! - first
    )
    for (let p = 0; p < out.length; p++) {
      const k = traffic.outEdges[first + p]!
      out[p] = { edge: list[k]!, to: nodes[traffic.edgeTo[k]!]!, flow: traffic.edgeFlow[k]! }
    }
    return (this.#outgoing = out)
  }
}

/** One incoming edge as a sizer sees it; the source's sizing is read when asked for (loops). */
class IncomingEdge {
  constructor(
    readonly edge: DiagramEdge,
    readonly from: DiagramNode,
    readonly fromConfig: Record<string, unknown>,
    readonly flow: Flow,
    private readonly sizings: ReadonlyArray<NodeSizing | undefined>,
    private readonly fromPosition: number
  ) {}

  get fromSizing(): NodeSizing | undefined {
    return this.sizings[this.fromPosition]
  }
}

/**
 * A node's estimate. Its explanations are written when first read (the inspector shows one
 * node's): formatting them for every node took most of an estimate's time. They stay an own,
 * enumerable property (spread and JSON see them) through one shared getter: a getter written
 * in an object literal is a new function per object and turns every estimate into a slow
 * dictionary object three times the size.
 */
class NodeEstimateRecord implements NodeEstimate {
  // Declared, not defined: the constructor adds them in this order, optional ones only when set.
  declare id: string
  declare service: ServiceId
  declare throughput: NodeThroughput
  declare capacity: Figures
  declare lineItems: LineItem[]
  declare monthlyCostUSD: number
  declare readonly explanations: string[]
  declare problems: Problem[]
  declare badge?: string
  declare alternatives?: Alternative[]
  // Only the explain function is kept, not the sizing: an estimate is all that outlives the call.
  #explain: (() => string[]) | undefined
  #explanations: string[] | undefined
  #note: string | undefined

  constructor(
    id: string,
    node: DiagramNode,
    throughput: NodeThroughput,
    sizing: NodeSizing,
    problems: Problem[],
    note?: string
  ) {
    this.id = id
    this.service = node.service
    this.throughput = throughput
    this.capacity = sizing.capacity
    this.lineItems = sizing.lineItems
    this.monthlyCostUSD = totalOf(sizing.lineItems)
    Object.defineProperty(this, 'explanations', EXPLANATIONS)
    this.problems = problems
    if (sizing.badge) this.badge = sizing.badge
    if (sizing.alternatives) this.alternatives = sizing.alternatives
    this.#explain = sizing.explain
    this.#note = note
  }

  static explanationsOf(estimate: NodeEstimateRecord): string[] {
    if (estimate.#explanations === undefined) {
      const lines = estimate.#explain!()
      estimate.#explanations = estimate.#note === undefined ? lines : [estimate.#note, ...lines]
      estimate.#explain = undefined
    }
    return estimate.#explanations
  }
}

const EXPLANATIONS: PropertyDescriptor = {
  get(this: NodeEstimateRecord) {
    return NodeEstimateRecord.explanationsOf(this)
  },
  enumerable: true,
  configurable: true
}

/** A source's peak below its average: a slip the estimate cannot size for (it uses the average). */
function peakBelowAverage(
  node: DiagramNode,
  config: Record<string, unknown>,
  position: number
): Problem | undefined {
  if (!STREAM_SOURCES.has(node.service)) return undefined
  const c = config as ServiceConfigOf<'producer-app'>
  if (c.peakRecordsPerSecond === undefined || c.peakRecordsPerSecond >= c.recordsPerSecond)
    return undefined
  return {
    severity: 'error',
    code: 'invalid-config',
    message: `The peak (${formatNumber(c.peakRecordsPerSecond)} records/s) is below the average (${formatNumber(c.recordsPerSecond)} records/s): a peak is the busiest rate. The estimate sizes for the average until you fix it; leave the peak empty if the traffic is steady.`,
    nodeId: node.id,
    path: `nodes[${position}].config.peakRecordsPerSecond`,
    citation: OWN_RULE_CITATIONS['invalid-config']
  }
}

/** The first key of a node's config that its service has no setting for. */
function unknownSettings(node: DiagramNode): string | undefined {
  if (!node.config) return undefined
  const shape = (SERVICE_CONFIG[node.service] as z.ZodObject).shape
  for (const key of Object.keys(node.config)) if (!(key in shape)) return key
  return undefined
}

/** An edge's settings checked as a node's are: a wrong type is an error, an unknown key a warning. */
function edgeSettingProblems(edges: readonly DiagramEdge[], problems: Problem[]): void {
  const shape = EDGE_CONFIG.shape
  edges.forEach((edge, k) => {
    if (!edge.config) return
    const parsed = EDGE_CONFIG.safeParse(edge.config)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const key = issue.path.join('.')
      const label =
        // The issue's key need not be one of the shape's (an unknown key), hence the lookup by string.
        (
          (shape as Record<string, z.ZodType | undefined>)[key]?.meta() as
            { label?: string } | undefined
        )?.label ?? key
      problems.push({
        severity: 'error',
        code: 'invalid-config',
        message: `An edge setting is invalid (${label}: ${issue.message}): it is ignored until you fix it.`,
        edgeId: edge.id,
        path: `edges[${k}].config.${key}`,
        citation: OWN_RULE_CITATIONS['invalid-config']
      })
    }
    for (const key of Object.keys(edge.config)) {
      if (key in shape) continue
      problems.push({
        severity: 'warning',
        code: 'unknown-setting',
        message: `"${key}" is not an edge setting, so it is ignored. Edges take enhancedFanOut and mechanism.`,
        edgeId: edge.id,
        path: `edges[${k}].config.${key}`,
        citation: OWN_RULE_CITATIONS['unknown-setting']
      })
      break
    }
  })
}

/**
 * Traffic, capacity and cost for every node, from the diagram and a price table. `index` is the
 * diagram version's (graph/diagramIndex.ts), shared with its validation; one is built without it.
 */
export function estimateDiagram(
  diagram: Diagram,
  options: EstimateOptions = {},
  index?: DiagramIndex
): DiagramEstimate {
  const book = new PriceBook(options.prices ?? US_EAST_1, options.overrides ?? {})
  const list = diagram.nodes
  const configs = new Array<ConfigReadResult<Record<string, unknown>> | undefined>(list.length)
  const configAt = (node: DiagramNode, position: number): Record<string, unknown> => {
    let entry = configs[position]
    if (!entry) {
      entry = readServiceConfigCached(node.service, node.config)
      configs[position] = entry
    }
    return entry.value
  }
  const traffic = trafficByPosition(diagram, configAt, options.trafficMultiplier ?? 1, index)
  const sizings = new Array<NodeSizing | undefined>(list.length)
  const edges = { list: diagram.edges, nodes: list, traffic, sizings, configAt }
  const problems: Problem[] = []
  if (traffic.cycle.length > 0) {
    const names = traffic.cycle.map((p) => list[p]!).map((n) => n.label ?? n.service)
    problems.push({
      severity: 'warning',
      code: 'traffic-cycle',
      message: `Data loops through ${names.join(', ')}: the estimate counts each loop edge as carrying nothing. Break the loop if the data does not really circulate.`,
      nodeId: list[traffic.cycle[0]!]!.id
    })
  }

  edgeSettingProblems(diagram.edges, problems)
  const saturatedAt = new Set(traffic.saturated)
  const byPosition = new Array<NodeEstimate>(list.length)
  for (let o = 0; o < traffic.order.length; o++) {
    const p = traffic.order[o]!
    const node = list[p]!
    const id = node.id
    const config = configAt(node, p)
    const throughput = traffic.throughput[p]!
    const sizing = sizerFor(node.service)(new Context(node, config, throughput, book, p, edges))
    sizings[p] = sizing
    const configError = configs[p]!.message
    // Every sizing has its own problem list, so it can be the estimate's unless one is added.
    const nodeProblems = configError || node.config ? [...sizing.problems] : sizing.problems
    if (configError) {
      nodeProblems.push({
        severity: 'error',
        code: 'invalid-config',
        message: `A setting is invalid (${configError}): the estimate uses its default until you fix it.`,
        nodeId: id,
        path: `nodes[${p}].config.${configs[p]!.error!.split(':')[0]}`,
        citation: OWN_RULE_CITATIONS['invalid-config']
      })
    }
    const peakProblem = peakBelowAverage(node, config, p)
    if (peakProblem) nodeProblems.push(peakProblem)
    const unknown = unknownSettings(node)
    if (unknown !== undefined) {
      nodeProblems.push({
        severity: 'warning',
        code: 'unknown-setting',
        message: `"${unknown}" is not a setting of ${serviceName(node.service)}, so it is ignored. Check its spelling against the inspector's fields (docs/file-format.md, Settings).`,
        nodeId: id,
        path: `nodes[${p}].config.${unknown}`,
        citation: OWN_RULE_CITATIONS['unknown-setting']
      })
    }
    if (traffic.saturated.length > 0 && saturatedAt.has(p)) {
      nodeProblems.push({
        severity: 'error',
        code: 'traffic-overflow',
        message: `The traffic out of ${node.label ?? serviceName(node.service)} exceeds ${fmtCeiling()}, more than any AWS service takes: the figures here are held at that ceiling. Check the output ratios and rates along the chain that feeds it.`,
        nodeId: id,
        citation: OWN_RULE_CITATIONS['traffic-overflow']
      })
    }
    for (const problem of nodeProblems) problems.push(problem)
    // A service that only passes data on and has nothing feeding it says where its data would come from.
    const fed = traffic.inStart[p + 1]! > traffic.inStart[p]!
    const note = fed ? undefined : TRAFFIC_SOURCE_NOTES.get(node.service)
    const estimate: NodeEstimate = new NodeEstimateRecord(
      id,
      node,
      throughput,
      sizing,
      nodeProblems,
      note
    )
    byPosition[p] = estimate
  }
  const streams: Array<StreamEstimate & { estimate: NodeEstimate }> = []
  for (let p = 0; p < list.length; p++) {
    if (list[p]!.service !== 'kinesis-data-streams') continue
    const e = byPosition[p]!
    const stream: StreamEstimate & { estimate: NodeEstimate } = {
      node: list[p]!,
      mode: String(configAt(list[p]!, p).capacityMode),
      lineItems: e.lineItems,
      monthlyCostUSD: e.monthlyCostUSD,
      problems: e.problems,
      estimate: e
    }
    if (e.alternatives) stream.alternatives = e.alternatives
    streams.push(stream)
  }
  for (const problem of shareAdvantageCommitment(streams, book)) problems.push(problem)
  for (const s of streams) {
    s.estimate.lineItems = s.lineItems
    s.estimate.monthlyCostUSD = s.monthlyCostUSD
    if (s.alternatives) s.estimate.alternatives = s.alternatives
  }
  const nodes = byPosition
  let asOf: string | undefined
  let freshness: DiagramFreshness | undefined
  for (const n of nodes) {
    const oldest = oldestPriceDate(n.lineItems)
    if (oldest !== undefined && (asOf === undefined || oldest < asOf)) asOf = oldest
  }
  return {
    nodes,
    byId: new PositionMap(traffic.index.nodeIds, list, byPosition, list.length),
    edgeFlows: traffic.edges,
    totalMonthlyCostUSD: nodes.reduce((sum, n) => sum + n.monthlyCostUSD, 0),
    pricing: { region: book.table.region, asOf: asOf ?? book.table.asOf },
    problems,
    // Worked out when first read: the canvas's badges read it on every edit, the CLI's validate
    // never does (bench/engine.ts times it on its own).
    get freshness(): DiagramFreshness {
      return (freshness ??= computeFreshness(
        diagram,
        traffic,
        configAt,
        (p) => sizings[p]?.capacity
      ))
    }
  }
}

/** The CLI's JSON shape: figures rounded, internal fields left out. */
export function estimateToJson(estimate: DiagramEstimate) {
  return {
    nodes: estimate.nodes.map((n) => ({
      id: n.id,
      service: n.service,
      throughput: {
        inRecordsPerSecond: roundFigure(n.throughput.inRecordsPerSecond),
        inMBps: roundFigure(n.throughput.inMBps),
        outRecordsPerSecond: roundFigure(n.throughput.outRecordsPerSecond),
        outMBps: roundFigure(n.throughput.outMBps),
        peakInRecordsPerSecond: roundFigure(n.throughput.peakInRecordsPerSecond),
        peakInMBps: roundFigure(n.throughput.peakInMBps),
        peakOutRecordsPerSecond: roundFigure(n.throughput.peakOutRecordsPerSecond),
        peakOutMBps: roundFigure(n.throughput.peakOutMBps)
      },
      capacity: Object.fromEntries(Object.entries(n.capacity).map(([k, v]) => [k, roundFigure(v)])),
      lineItems: n.lineItems.map((i) => ({
        item: i.item,
        quantity: roundFigure(i.quantity),
        unit: i.unit,
        unitPriceUSD: i.unitPriceUSD,
        costUSD: roundUsd(i.costUSD)
      })),
      monthlyCostUSD: roundUsd(n.monthlyCostUSD),
      // Each capacity mode priced for this traffic (Kinesis streams, DynamoDB tables); `chosen` is the node's.
      ...(n.alternatives
        ? {
            modes: n.alternatives.map((a) => ({
              label: a.label,
              monthlyCostUSD: roundUsd(a.monthlyCostUSD),
              chosen: a.chosen
            }))
          }
        : {})
    })),
    totalMonthlyCostUSD: roundUsd(estimate.totalMonthlyCostUSD),
    pricing: estimate.pricing,
    freshness: freshnessToJson(estimate.freshness)
  }
}
