import type { ServiceId } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import type { Problem } from '../validation/problems'
import { PriceBook, type LineItem } from './pricing/priceBook'
import type { PriceOverrides, PriceTable } from './pricing/types'
import { US_EAST_1 } from './pricing/usEast1'
import { readServiceConfig } from './serviceConfig'
import { sizeDynamoDb } from './sizing/dynamodb'
import { sizeFirehose } from './sizing/firehose'
import { sizeKinesisStream } from './sizing/kinesisStreams'
import { sizeLambda } from './sizing/lambda'
import { OTHER_SIZERS } from './sizing/otherServices'
import { totalOf, type Alternative, type NodeSizing, type SizingContext } from './sizing/types'
import { computeTraffic, type Flow, type NodeThroughput } from './traffic'
import { roundFigure, roundUsd } from './units'

export interface NodeEstimate {
  id: string
  service: ServiceId
  throughput: NodeThroughput
  capacity: Record<string, number>
  lineItems: LineItem[]
  monthlyCostUSD: number
  explanations: string[]
  problems: Problem[]
  badge?: string
  alternatives?: Alternative[]
}

export interface DiagramEstimate {
  nodes: NodeEstimate[]
  byId: Map<string, NodeEstimate>
  /** What each edge carries. */
  edgeFlows: Map<string, Flow>
  totalMonthlyCostUSD: number
  pricing: { region: string; asOf: string }
  /** Every problem the estimate found: capacity limits, invalid settings, loops. */
  problems: Problem[]
}

export interface EstimateOptions {
  prices?: PriceTable
  overrides?: PriceOverrides
}

const SIZERS: Partial<Record<ServiceId, (ctx: SizingContext) => NodeSizing>> = {
  'kinesis-data-streams': sizeKinesisStream,
  'kinesis-firehose': sizeFirehose,
  dynamodb: sizeDynamoDb,
  lambda: sizeLambda,
}

function sizerFor(service: ServiceId): (ctx: SizingContext) => NodeSizing {
  return SIZERS[service] ?? OTHER_SIZERS[service]!
}

/** Traffic, capacity and cost for every node, from the diagram and a price table. */
export function estimateDiagram(diagram: Diagram, options: EstimateOptions = {}): DiagramEstimate {
  const book = new PriceBook(options.prices ?? US_EAST_1, options.overrides ?? {})
  const configs = new Map<string, { value: Record<string, unknown>; error?: string }>()
  const configOf = (node: DiagramNode) => {
    let entry = configs.get(node.id)
    if (!entry) {
      entry = readServiceConfig(node.service, node.config) as { value: Record<string, unknown>; error?: string }
      configs.set(node.id, entry)
    }
    return entry.value
  }
  const traffic = computeTraffic(diagram, configOf)
  const byNodeId = new Map(diagram.nodes.map((n) => [n.id, n]))
  const incoming = new Map<string, SizingContext['incoming']>()
  const outgoing = new Map<string, SizingContext['outgoing']>()
  for (const n of diagram.nodes) {
    incoming.set(n.id, [])
    outgoing.set(n.id, [])
  }
  const sizings = new Map<string, NodeSizing>()
  for (const e of diagram.edges) {
    const from = byNodeId.get(e.source)
    const to = byNodeId.get(e.target)
    const flow = traffic.edges.get(e.id)
    if (!from || !to || !flow) continue
    outgoing.get(from.id)!.push({ edge: e, to, flow })
    incoming.get(to.id)!.push({ edge: e, from, fromConfig: configOf(from), flow, get fromSizing() { return sizings.get(from.id) } })
  }

  const problems: Problem[] = []
  if (traffic.cycleNodeIds.length > 0) {
    const names = traffic.cycleNodeIds.map((id) => byNodeId.get(id)!).map((n) => n.label ?? n.service)
    problems.push({
      severity: 'warning',
      code: 'traffic-cycle',
      message: `Data loops through ${names.join(', ')}: the estimate counts each loop edge as carrying nothing. Break the loop if the data does not really circulate.`,
      nodeId: traffic.cycleNodeIds[0]!,
    })
  }

  const estimates = new Map<string, NodeEstimate>()
  for (const id of traffic.order) {
    const node = byNodeId.get(id)!
    const config = configOf(node)
    const throughput = traffic.nodes.get(id)!
    const sizing = sizerFor(node.service)({ node, config, throughput, incoming: incoming.get(id)!, outgoing: outgoing.get(id)!, book })
    sizings.set(id, sizing)
    const configError = configs.get(id)!.error
    const nodeProblems = [...sizing.problems]
    if (configError) {
      nodeProblems.push({
        severity: 'warning',
        code: 'invalid-config',
        message: `A setting is invalid (${configError}); its default is used until you fix it.`,
        nodeId: id,
      })
    }
    problems.push(...nodeProblems)
    const estimate: NodeEstimate = {
      id,
      service: node.service,
      throughput,
      capacity: sizing.capacity,
      lineItems: sizing.lineItems,
      monthlyCostUSD: totalOf(sizing.lineItems),
      explanations: sizing.explanations,
      problems: nodeProblems,
    }
    if (sizing.badge) estimate.badge = sizing.badge
    if (sizing.alternatives) estimate.alternatives = sizing.alternatives
    estimates.set(id, estimate)
  }
  const nodes = diagram.nodes.map((n) => estimates.get(n.id)!)
  return {
    nodes,
    byId: estimates,
    edgeFlows: traffic.edges,
    totalMonthlyCostUSD: nodes.reduce((sum, n) => sum + n.monthlyCostUSD, 0),
    pricing: { region: book.table.region, asOf: book.table.asOf },
    problems,
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
      },
      capacity: Object.fromEntries(Object.entries(n.capacity).map(([k, v]) => [k, roundFigure(v)])),
      lineItems: n.lineItems.map((i) => ({
        item: i.item,
        quantity: roundFigure(i.quantity),
        unit: i.unit,
        unitPriceUSD: i.unitPriceUSD,
        costUSD: roundUsd(i.costUSD),
      })),
      monthlyCostUSD: roundUsd(n.monthlyCostUSD),
    })),
    totalMonthlyCostUSD: roundUsd(estimate.totalMonthlyCostUSD),
    pricing: estimate.pricing,
  }
}
