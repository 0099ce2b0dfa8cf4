/**
 * Freshness: how old data is when it is available at a node, from the moment a source produced
 * it. Each node's worst case is the largest, over its incoming data edges, of the upstream
 * node's delay plus the edge's own, plus what the node itself adds (a buffer, a batch, a
 * schedule). Only edges that move data add up: `data` edges, S3 event notifications, and a
 * crawler's scan of its data store; metadata, control, keys and checkpoints carry no data.
 *
 * Nodes are visited in the traffic engine's order, so a loop is entered once and an edge that
 * closes it (from a node not yet visited) is left out, as traffic leaves it out: linear in the
 * size of the diagram. The breakdown of a node's worst path is rebuilt when asked for, by
 * walking back the edge each node's worst case came in on.
 *
 * The steps themselves are made in freshnessNodeSteps.ts (what a node adds) and
 * freshnessEdgeSteps.ts (what an edge adds); freshnessJson.ts is the CLI's shape.
 */
import { usesEnhancedFanOut } from '../catalog/consumerCapabilities'
import { getService, type ServiceId } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { edgeStep, METADATA, propagates } from './freshnessEdgeSteps'
import { nodeSteps } from './freshnessNodeSteps'
import type { FreshnessStep } from './freshnessStep'
import type { ServiceConfigOf } from './serviceConfig'
import type { Figures } from './figureLabels'
import type { TrafficByPosition } from './traffic'

// Re-exported: the inspector and the canvas take it from here, with the freshness types.

export interface NodeFreshness {
  /** Worst-case age of the data when it is available here, in seconds. */
  worstSeconds: number
  /** Average-case age, in seconds (half a buffer, batch or schedule interval). */
  averageSeconds: number
  /** No outgoing data edges: where the data ends up. */
  sink: boolean
  /** A sink or a storage or analytics service, with some delay: the nodes whose canvas card shows it. */
  badged: boolean
}

export interface DiagramFreshness {
  /** Nodes data reaches from a source (sources themselves at 0); others have no entry. */
  byId: ReadonlyLookup<NodeFreshness>
  /** The steps of a node's worst path, source first; empty when data does not reach it. */
  breakdown(nodeId: string): FreshnessStep[]
}

const BADGED_CATEGORIES = new Set(['storage', 'analytics'])
const NO_INPUTS = { inputs: [] as ServiceId[], esm: [] as ServiceId[], records: 0, lanes: 1 }
const SHARDED: ReadonlySet<ServiceId> = new Set(['kinesis-data-streams', 'dynamodb-streams'])

/** Freshness for every node data reaches; see the module comment. */
export function computeFreshness(
  diagram: Diagram,
  traffic: TrafficByPosition,
  configAt: (node: DiagramNode, position: number) => Record<string, unknown>,
  capacityAt: (position: number) => Figures | undefined = () => undefined
): DiagramFreshness {
  const list = diagram.nodes
  const edges = diagram.edges
  const n = list.length
  const { order, inStart, inEdges, outStart, outEdges, edgeFrom, edgeTo, throughput } = traffic
  // Whether each edge moves data, worked out once per edge.
  const moves = new Uint8Array(edges.length)
  for (let k = 0; k < edges.length; k++) {
    const s = edgeFrom[k]!
    if (s < 0) continue
    moves[k] = propagates(traffic.edgeOptions[k], list[s]!.service, list[edgeTo[k]!]!.service)
  }
  const sharedConsumersOf = (p: number): number => {
    let count = 0
    for (let q = outStart[p]!; q < outStart[p + 1]!; q++) {
      const k = outEdges[q]!
      if (moves[k] === 1 && !usesEnhancedFanOut(edges[k]!, list[edgeTo[k]!]!.service)) count++
    }
    return count
  }
  const shared = new Int32Array(n).fill(-1)
  const sharedAt = (p: number): number =>
    shared[p] === -1 ? (shared[p] = sharedConsumersOf(p)) : shared[p]!

  const worst = new Float64Array(n)
  const average = new Float64Array(n)
  /** The edge the worst case came in on; −1 at a source. */
  const via = new Int32Array(n).fill(-1)
  const visited = new Uint8Array(n)
  const reached = new Uint8Array(n)

  const inputsOf = (
    p: number
  ): { inputs: ServiceId[]; esm: ServiceId[]; records: number; lanes: number } => {
    const inputs: ServiceId[] = []
    const esm: ServiceId[] = []
    let records = 0
    let lanes = 0
    const factor =
      list[p]!.service === 'lambda'
        ? (configAt(list[p]!, p) as ServiceConfigOf<'lambda'>).parallelizationFactor
        : 1
    for (let q = inStart[p]!; q < inStart[p + 1]!; q++) {
      const k = inEdges[q]!
      if (moves[k] !== 1) continue
      const s = edgeFrom[k]!
      const from = list[s]!.service
      inputs.push(from)
      if (traffic.edgeOptions[k]?.mechanism.id !== 'lambda-event-source-mappings') continue
      esm.push(from)
      // What the mapping hands over: a KPL stream's aggregated records, one batch per shard.
      const capacity = capacityAt(s)
      records += capacity?.kinesisRecordsPerSecond ?? traffic.edgeFlow[k]?.recordsPerSecond ?? 0
      lanes += SHARDED.has(from) ? (capacity?.shards ?? 1) * factor : 1
    }
    return { inputs, esm, records, lanes: Math.max(1, lanes) }
  }
  const stepsAt = (p: number, text: boolean): FreshnessStep[] => {
    const node = list[p]!
    const t = throughput[p]!
    // Only a Lambda (batching) and Redshift (streaming ingestion) look at what feeds them.
    const { inputs, esm, records, lanes } =
      node.service === 'lambda' || node.service === 'redshift' ? inputsOf(p) : NO_INPUTS
    return nodeSteps(
      node,
      configAt(node, p),
      esm.length > 0 ? records : t.inRecordsPerSecond,
      t.inMBps,
      inputs,
      esm,
      text,
      lanes
    )
  }

  for (let o = 0; o < order.length; o++) {
    const p = order[o]!
    let w = 0
    let a = 0
    let from = -1
    let fed = false
    let hasMovingInput = false
    let hasMetadataInput = false
    for (let q = inStart[p]!; q < inStart[p + 1]!; q++) {
      const k = inEdges[q]!
      if (moves[k] === METADATA) hasMetadataInput = true
      if (moves[k] !== 1) continue
      hasMovingInput = true
      const s = edgeFrom[k]!
      // An edge from a node not yet visited closes a loop: it is left out, as traffic leaves it out.
      if (visited[s] !== 1 || reached[s] !== 1) continue
      const step = edgeStep(
        edges[k]!,
        traffic.edgeOptions[k],
        list[s]!,
        list[p]!,
        list[s]!.service === 'kinesis-data-streams' ? sharedAt(s) : 0,
        false
      )
      const ew = worst[s]! + (step?.seconds ?? 0)
      const ea = average[s]! + (step?.averageSeconds ?? 0)
      if (!fed || ew > w) {
        w = ew
        from = k
      }
      if (!fed || ea > a) a = ea
      fed = true
    }
    visited[p] = 1
    // A node with no data coming in is where data starts, unless only metadata comes in (the Data
    // Catalog holds tables, not data); one whose data inputs are all unreached is not reached.
    if (hasMovingInput ? !fed : hasMetadataInput) continue
    reached[p] = 1
    // Only figures here: the words are written for the one path the inspector or the JSON shows.
    for (const step of stepsAt(p, false)) {
      w += step.seconds
      a += step.averageSeconds
    }
    worst[p] = w
    average[p] = a
    via[p] = from
  }

  const records = new Array<NodeFreshness | undefined>(n)
  for (let p = 0; p < n; p++) {
    if (reached[p] !== 1) continue
    let sink = true
    let hasInput = false
    for (let q = outStart[p]!; q < outStart[p + 1]!; q++)
      if (moves[outEdges[q]!] === 1) sink = false
    for (let q = inStart[p]!; q < inStart[p + 1]!; q++)
      if (moves[inEdges[q]!] === 1) hasInput = true
    // Nothing modelled (0 s) is not worth a badge; the inspector still says so.
    const badged =
      hasInput &&
      worst[p]! > 0 &&
      (sink || BADGED_CATEGORIES.has(getService(list[p]!.service).category))
    records[p] = {
      worstSeconds: worst[p]!,
      averageSeconds: average[p]!,
      sink: sink && hasInput,
      badged
    }
  }
  const index = traffic.index
  const byId = new PositionMap(index.nodeIds, list, records, n)

  return {
    byId,
    breakdown(nodeId: string): FreshnessStep[] {
      const start = index.nodePosition(nodeId)
      if (start < 0 || reached[start] !== 1) return []
      const backwards: FreshnessStep[][] = []
      let p = start
      // Each step back follows the edge a node's worst case came in on, to a node visited earlier: it ends.
      for (let guard = 0; guard <= n; guard++) {
        const own = stepsAt(p, true)
        const k = via[p]!
        if (k < 0) {
          backwards.push(own)
          break
        }
        const s = edgeFrom[k]!
        const step = edgeStep(
          edges[k]!,
          traffic.edgeOptions[k],
          list[s]!,
          list[p]!,
          list[s]!.service === 'kinesis-data-streams' ? sharedAt(s) : 0,
          true
        )
        backwards.push(step ? [step, ...own] : own)
        p = s
      }
      return backwards.reverse().flat()
    }
  }
}
