import type { Diagram, DiagramNode } from '../diagram/types'
import { edgeOption, type PairOption } from '../mechanisms/derive'
import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { bucketObjects, carried, NO_OBJECTS, perDestination } from './edgeTraffic'
import { add, ZERO, type Flow, type NodeThroughput } from './flow'
import { flowOrder } from './flowOrder'
import { ownTraffic, saturate, transform } from './serviceTraffic'

// Re-exported: the renderer takes a node's throughput type from here, with the traffic.

/** The traffic by position: what the estimator works from (computeTraffic gives it by id). */
export interface TrafficByPosition {
  /** The diagram version's index the traffic was worked out on. */
  index: DiagramIndex
  /** Node positions in data-flow order (sources first). */
  order: Int32Array
  /** By node position. */
  throughput: NodeThroughput[]
  /** What each edge carries, by edge position; undefined for self-loops and dangling edges. */
  edgeFlow: Array<Flow | undefined>
  /** Each edge's mechanism (its chosen one, or the pair's default), by edge position; undefined as for edgeFlow or when none connects the pair. */
  edgeOptions: Array<PairOption | undefined>
  /** Edge ends by edge position (−1 when the edge is skipped). */
  edgeFrom: Int32Array
  edgeTo: Int32Array
  /** What each edge carries, by edge id. */
  edges: ReadonlyLookup<Flow>
  /** Positions of the nodes on a loop. */
  cycle: number[]
  /** Positions of the nodes where traffic first had to be held at TRAFFIC_CEILING (not those after them). */
  saturated: number[]
  /**
   * The edges that carry traffic (no self-loops or dangling edges), grouped by node in diagram
   * order: node i's outgoing edge positions are `outEdges[outStart[i] .. outStart[i + 1])`, its
   * incoming ones likewise in `inEdges`.
   */
  outStart: Int32Array
  outEdges: Int32Array
  inStart: Int32Array
  inEdges: Int32Array
}

/**
 * Carries traffic along the edges: a node's input is the sum of its incoming edges; each outgoing
 * edge carries the node's whole output (fan-out copies, it does not split). Loops are found and
 * reported, never iterated. It works on index arrays (one id lookup per edge end, then typed
 * arrays), so a 10,000-node diagram takes a few milliseconds. `configOf` is called once per node,
 * in data-flow order.
 */
export function trafficByPosition(
  diagram: Diagram,
  configOf: (node: DiagramNode, position: number) => Record<string, unknown>,
  multiplier = 1,
  given?: DiagramIndex
): TrafficByPosition {
  // An index of other lists (a caller's mistake) would misplace every figure: derive the right one.
  const index =
    given && given.nodes === diagram.nodes && given.edges === diagram.edges
      ? given
      : indexDiagram(diagram, given)
  const list = diagram.nodes
  const edgeList = diagram.edges
  const n = list.length
  const m = edgeList.length
  // Edge ends as positions, self-loops and dangling edges left out, and the edges that are left
  // grouped by node: both from the version's index, usually already worked out by the validator.
  const ends = index.ends
  const edgeFrom = new Int32Array(m)
  const edgeTo = new Int32Array(m)
  for (let k = 0; k < m; k++) {
    const s = ends.from[k]!
    const t = ends.to[k]!
    const skipped = s < 0 || s === t
    edgeFrom[k] = skipped ? -1 : s
    edgeTo[k] = skipped ? -1 : t
  }
  const { outStart, outEdges, inStart, inEdges } = index.flowAdjacency
  const { order, cycle } = flowOrder({ n, outStart, outEdges, inStart, inEdges, edgeFrom, edgeTo })

  const throughput = new Array<NodeThroughput>(n)
  const edgeFlow = new Array<Flow | undefined>(m)
  const edgeOptions = new Array<PairOption | undefined>(m)
  const computed = new Uint8Array(n)
  const saturated: number[] = []
  const held = new Uint8Array(n)
  for (let o = 0; o < n; o++) {
    const i = order[o]!
    const node = list[i]!
    const config = configOf(node, i)
    // Summed one edge at a time from zero, exactly as add() would.
    let inRecords = 0
    let inMB = 0
    let peakRecords = 0
    let peakMB = 0
    for (let p = inStart[i]!; p < inStart[i + 1]!; p++) {
      const f = edgeFlow[inEdges[p]!] ?? ZERO
      inRecords = inRecords + f.recordsPerSecond
      inMB = inMB + f.mbps
      peakRecords = peakRecords + f.peakRecordsPerSecond
      peakMB = peakMB + f.peakMBps
    }
    const input: Flow =
      inStart[i] === inStart[i + 1]
        ? ZERO
        : {
            recordsPerSecond: inRecords,
            mbps: inMB,
            peakRecordsPerSecond: peakRecords,
            peakMBps: peakMB
          }
    const raw = add(transform(node, config, input), ownTraffic(node, config, input, multiplier))
    const output = saturate(raw)
    // Reported where traffic first reaches the ceiling, not again at every node after it.
    let fedHeld = false
    for (let p = inStart[i]!; p < inStart[i + 1]! && !fedHeld; p++)
      fedHeld = held[edgeFrom[inEdges[p]!]!] === 1
    if (output !== raw || fedHeld) held[i] = 1
    if (output !== raw && !fedHeld) saturated.push(i)
    throughput[i] = {
      inRecordsPerSecond: input.recordsPerSecond,
      inMBps: input.mbps,
      outRecordsPerSecond: output.recordsPerSecond,
      outMBps: output.mbps,
      peakInRecordsPerSecond: input.peakRecordsPerSecond,
      peakInMBps: input.peakMBps,
      peakOutRecordsPerSecond: output.peakRecordsPerSecond,
      peakOutMBps: output.peakMBps
    }
    computed[i] = 1
    // Only a bucket's notifications count its objects: the closure is made for buckets alone.
    const objectRate =
      node.service === 's3'
        ? bucketObjects(i, config, list, configOf, inStart, inEdges, edgeFrom, edgeFlow)
        : NO_OBJECTS
    for (let p = outStart[i]!; p < outStart[i + 1]!; p++) {
      const k = outEdges[p]!
      const t = edgeTo[k]!
      const target = list[t]!.service
      // An edge back into a node already computed closes a loop: it carries nothing.
      const option = edgeOption(node.service, target, edgeList[k]!.config?.mechanism)
      edgeOptions[k] = option
      const flow =
        computed[t] === 1
          ? ZERO
          : (carried(option, node, objectRate) ?? perDestination(node, config, output, target))
      edgeFlow[k] = flow
    }
  }
  const edges = new PositionMap(index.edgeIds, edgeList, edgeFlow, m)
  return {
    index,
    order,
    throughput,
    edgeFlow,
    edgeOptions,
    edgeFrom,
    edgeTo,
    edges,
    cycle,
    saturated,
    outStart,
    outEdges,
    inStart,
    inEdges
  }
}
