import { serviceName, type ServiceId } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import type { DiagramIndex } from '../graph/diagramIndex'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { OWN_RULE_CITATIONS } from '../validation/ownRules'
import type { Problem } from '../validation/problems'
import { shareAdvantageCommitment, type StreamEstimate } from './advantageAccount'
import { oldestPriceDate } from './costLine'
import { computeFreshness, type DiagramFreshness } from './freshness'
import type { Flow } from './flow'
import { NodeEstimateRecord, type NodeEstimate } from './nodeEstimate'
import { PriceBook } from './pricing/priceBook'
import type { PriceTable } from './pricing/types'
import type { PriceOverrides } from '../catalog/priceIds'
import { US_EAST_1 } from './pricing/usEast1'
import { readServiceConfigCached, type ConfigReadResult } from './serviceConfig'
import { edgeSettingProblems, peakBelowAverage, unknownSettings } from './settingProblems'
import { sizeDynamoDb } from './sizing/dynamodb'
import { sizeFirehose } from './sizing/firehose'
import { sizeKinesisStream } from './sizing/kinesisStreams'
import { sizeLambda } from './sizing/lambda'
import { OTHER_SIZERS } from './sizing/otherServices'
import type { NodeSizing, SizingContext } from './sizing/types'
import { LazySizingContext } from './sizingContext'
import { TRAFFIC_SOURCE_NOTES } from './trafficSources'
import { trafficByPosition } from './traffic'
import { TRAFFIC_CEILING } from './assumptions'
import { formatNumber } from './units'

// Re-exported: a node's estimate is part of the diagram's, and their readers take both from here.

function fmtCeiling(): string {
  return `${formatNumber(TRAFFIC_CEILING.recordsPerSecond)} records/s or ${formatNumber(TRAFFIC_CEILING.mbps)} MB/s`
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
    const sizing = sizerFor(node.service)(
      new LazySizingContext(node, config, throughput, book, p, edges)
    )
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
