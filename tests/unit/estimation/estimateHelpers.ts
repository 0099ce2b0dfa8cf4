import type { ServiceId } from '../../../src/shared/catalog/services'
import type { Diagram } from '../../../src/shared/diagram/types'
import {
  estimateDiagram,
  type DiagramEstimate,
  type EstimateOptions
} from '../../../src/shared/estimation/estimate'
import type { NodeEstimate } from '../../../src/shared/estimation/nodeEstimate'
import type { LineItem } from '../../../src/shared/estimation/pricing/priceBook'
import type { PriceId } from '../../../src/shared/catalog/priceIds'
import { readServiceConfig } from '../../../src/shared/estimation/serviceConfig'
import type { Flow, NodeThroughput } from '../../../src/shared/estimation/flow'
import { trafficByPosition } from '../../../src/shared/estimation/traffic'
import type { ReadonlyLookup } from '../../../src/shared/graph/positionMap'
import { diagram, edge, node, type Mutable } from '../helpers'

export interface TrafficResult {
  nodes: Map<string, NodeThroughput>
  edges: ReadonlyLookup<Flow>
  /** Nodes in data-flow order (sources first); a loop is entered where traffic comes into it. */
  order: string[]
  /** Nodes on a loop: their loop edges carry no traffic in the estimate. */
  cycleNodeIds: string[]
}

/**
 * The estimator's traffic by node id, with each node's config read the way the estimator reads
 * it (defaults filled in).
 */
export function trafficOf(d: Diagram): TrafficResult {
  const t = trafficByPosition(d, (n) => readServiceConfig(n.service, n.config).value)
  const nodes = new Map<string, NodeThroughput>()
  const order: string[] = []
  for (const p of t.order) {
    const id = d.nodes[p]!.id
    order.push(id)
    nodes.set(id, t.throughput[p]!)
  }
  return { nodes, edges: t.edges, order, cycleNodeIds: t.cycle.map((p) => d.nodes[p]!.id) }
}

export function nodeEstimate(e: DiagramEstimate, id: string): NodeEstimate {
  const n = e.byId.get(id)
  if (!n) throw new Error(`no estimate for node ${id}`)
  return n
}

/** The one line item a node has for a price id. */
export function lineItem(e: DiagramEstimate, id: string, priceId: PriceId): LineItem {
  const items = nodeEstimate(e, id).lineItems.filter((i) => i.priceId === priceId)
  if (items.length !== 1) throw new Error(`${id} has ${items.length} line items for ${priceId}`)
  return items[0]!
}

export function priceIds(e: DiagramEstimate, id: string): Array<PriceId | undefined> {
  return nodeEstimate(e, id).lineItems.map((i) => i.priceId)
}

export function problemCodes(e: DiagramEstimate, id: string): string[] {
  return nodeEstimate(e, id).problems.map((p) => p.code)
}

/**
 * `producer-app` "p" at `recordsPerSecond` × `recordSizeKB` feeding `target` (id "t", with config),
 * optionally followed by consumers of "t" (ids c1, c2, …, each with its edge config).
 */
export function fedBy(
  recordsPerSecond: number,
  recordSizeKB: number,
  target: ServiceId,
  config: Record<string, string | number | boolean> = {},
  consumers: Array<{ service: ServiceId; edgeConfig?: Record<string, boolean> }> = []
): Mutable<Diagram> {
  const nodes = [
    node('p', 'producer-app', { config: { recordsPerSecond, recordSizeKB } }),
    node('t', target, { config }),
    ...consumers.map((c, i) => node(`c${i + 1}`, c.service))
  ]
  const edges = [
    edge('p', 't'),
    ...consumers.map((c, i) =>
      c.edgeConfig ? edge('t', `c${i + 1}`, { config: c.edgeConfig }) : edge('t', `c${i + 1}`)
    )
  ]
  return diagram(nodes, edges)
}

export function estimate(d: Diagram, options?: EstimateOptions): DiagramEstimate {
  return estimateDiagram(d, options)
}
