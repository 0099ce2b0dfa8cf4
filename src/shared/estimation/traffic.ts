import type { ServiceId } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import { edgeOption, type PairOption } from '../mechanisms/derive'
import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { NOTIFICATION_EVENT_KB, SIZE_RATIOS, TRAFFIC_CEILING } from './assumptions'
import { flowOrder } from './flowOrder'
import { objectsPerSecond, type BucketWriter } from './objectRate'
import type { ServiceConfigOf } from './serviceConfig'
import { KB_PER_MB, MB_PER_GB, SECONDS_PER_DAY } from './units'

/**
 * What flows along an edge or through a node: the average, which usage prices are charged on,
 * and the peak, which provisioned capacity must absorb. Peaks of several sources are added, as if
 * they coincide: the safe assumption when sizing for them.
 */
export interface Flow {
  recordsPerSecond: number
  mbps: number
  peakRecordsPerSecond: number
  peakMBps: number
}

export interface NodeThroughput {
  inRecordsPerSecond: number
  inMBps: number
  outRecordsPerSecond: number
  outMBps: number
  peakInRecordsPerSecond: number
  peakInMBps: number
  peakOutRecordsPerSecond: number
  peakOutMBps: number
}

const ZERO: Flow = { recordsPerSecond: 0, mbps: 0, peakRecordsPerSecond: 0, peakMBps: 0 }

function scaled(f: Flow, records: number, size: number): Flow {
  return {
    recordsPerSecond: f.recordsPerSecond * records,
    mbps: f.mbps * size,
    peakRecordsPerSecond: f.peakRecordsPerSecond * records,
    peakMBps: f.peakMBps * size
  }
}

/** Services that add traffic of their own, from their config. */
export const STREAM_SOURCES: ReadonlySet<ServiceId> = new Set([
  'producer-app',
  'kinesis-agent',
  'iot-devices',
  'cloudwatch-logs'
])
export const BATCH_SOURCES: ReadonlySet<ServiceId> = new Set([
  'snowball',
  'datasync',
  'on-prem-database',
  'dms'
])

/**
 * Services whose outgoing edges carry metadata, query results, keys or control rather than the
 * data stream itself; their output is counted as zero so it is not double-billed downstream.
 */
export const NO_DATA_OUT: ReadonlySet<ServiceId> = new Set([
  'glue-crawler',
  'glue-data-catalog',
  'athena',
  'quicksight',
  'sagemaker',
  'rekognition-video',
  'cloudsearch',
  'splunk',
  'machine-learning',
  'redshift-spectrum',
  'kms',
  'cloudhsm',
  'step-functions',
  'mwaa',
  'lake-formation',
  'snowflake',
  'http-endpoint'
])

function add(a: Flow, b: Flow): Flow {
  return {
    recordsPerSecond: a.recordsPerSecond + b.recordsPerSecond,
    mbps: a.mbps + b.mbps,
    peakRecordsPerSecond: a.peakRecordsPerSecond + b.peakRecordsPerSecond,
    peakMBps: a.peakMBps + b.peakMBps
  }
}

/**
 * A source's own traffic, times the what-if multiplier. A peak below the average is a mistake
 * the validator reports; the average is used for it meanwhile.
 */
function ownTraffic(
  node: DiagramNode,
  config: Record<string, unknown>,
  input: Flow,
  multiplier: number
): Flow {
  if (STREAM_SOURCES.has(node.service)) {
    const c = config as ServiceConfigOf<'producer-app'>
    const records = c.recordsPerSecond * multiplier
    const peak =
      Math.max(c.peakRecordsPerSecond ?? c.recordsPerSecond, c.recordsPerSecond) * multiplier
    return {
      recordsPerSecond: records,
      mbps: (records * c.recordSizeKB) / KB_PER_MB,
      peakRecordsPerSecond: peak,
      peakMBps: (peak * c.recordSizeKB) / KB_PER_MB
    }
  }
  if (BATCH_SOURCES.has(node.service)) {
    // Its own GB/day is for when nothing feeds it; DMS reading a database on the canvas moves that data instead.
    if (input.recordsPerSecond > 0 || input.mbps > 0) return ZERO
    const c = config as ServiceConfigOf<'snowball'>
    const mbps = (c.gbPerDay * MB_PER_GB * multiplier) / SECONDS_PER_DAY
    const records = (mbps * KB_PER_MB) / c.recordSizeKB
    return { recordsPerSecond: records, mbps, peakRecordsPerSecond: records, peakMBps: mbps }
  }
  return ZERO
}

/**
 * Traffic past the ceiling is held at it, so that no figure becomes Infinity or NaN; the node
 * where it happened is reported.
 */
function saturate(f: Flow): Flow {
  const R = TRAFFIC_CEILING.recordsPerSecond
  const M = TRAFFIC_CEILING.mbps
  if (f.peakRecordsPerSecond <= R && f.peakMBps <= M && f.recordsPerSecond <= R && f.mbps <= M)
    return f
  const cap = (v: number, max: number) => (Number.isFinite(v) ? Math.min(v, max) : max)
  return {
    recordsPerSecond: cap(f.recordsPerSecond, R),
    mbps: cap(f.mbps, M),
    peakRecordsPerSecond: cap(f.peakRecordsPerSecond, R),
    peakMBps: cap(f.peakMBps, M)
  }
}

/** What a service emits for what it receives (before per-destination effects). */
function transform(node: DiagramNode, config: Record<string, unknown>, input: Flow): Flow {
  const service = node.service
  if (NO_DATA_OUT.has(service)) return ZERO
  if (service === 'lambda' || service === 'kinesis-data-analytics' || service === 'emr') {
    const c = config as ServiceConfigOf<'lambda'>
    const records = input.recordsPerSecond * c.outputRatio
    const peak = input.peakRecordsPerSecond * c.outputRatio
    const sizeMB =
      c.outputRecordSizeKB !== undefined
        ? c.outputRecordSizeKB / KB_PER_MB
        : input.recordsPerSecond > 0
          ? input.mbps / input.recordsPerSecond
          : 0
    const peakSizeMB =
      c.outputRecordSizeKB !== undefined
        ? sizeMB
        : input.peakRecordsPerSecond > 0
          ? input.peakMBps / input.peakRecordsPerSecond
          : 0
    return {
      recordsPerSecond: records,
      mbps: records * sizeMB,
      peakRecordsPerSecond: peak,
      peakMBps: peak * peakSizeMB
    }
  }
  if (service === 'glue-etl') {
    const c = config as ServiceConfigOf<'glue-etl'>
    return scaled(input, 1, SIZE_RATIOS.columnarFormat[c.outputFormat])
  }
  // A DMS or other batch source fed on the canvas moves what it is fed, not its own estimate.
  return input
}

/**
 * What one edge carries, from its mechanism: records for data edges; one small event per object
 * for an S3 notification; nothing billable by volume for metadata, control, keys and checkpoints.
 */
function carried(
  option: PairOption | undefined,
  node: DiagramNode,
  objects: () => { average: number; peak: number }
): Flow | undefined {
  const carries = option?.carries ?? 'data'
  // A lease table's writes follow the stream's shards, not its records: its sizer counts them.
  if (
    carries === 'metadata' ||
    carries === 'control' ||
    carries === 'keys' ||
    carries === 'checkpoints'
  )
    return ZERO
  if (carries !== 'notification') return undefined
  // Only an S3 notification is one per object written; a service's state-change events are a
  // few per job run, nothing a volume price notices.
  if (node.service !== 's3') return ZERO
  const { average, peak } = objects()
  return {
    recordsPerSecond: average,
    mbps: (average * NOTIFICATION_EVENT_KB) / KB_PER_MB,
    peakRecordsPerSecond: peak,
    peakMBps: (peak * NOTIFICATION_EVENT_KB) / KB_PER_MB
  }
}

const NO_OBJECTS = (): { average: number; peak: number } => ({ average: 0, peak: 0 })

/** Objects a bucket gets per second, on average and at the peak, worked out when first asked. */
function bucketObjects(
  i: number,
  config: Record<string, unknown>,
  list: readonly DiagramNode[],
  configOf: (node: DiagramNode, position: number) => Record<string, unknown>,
  inStart: Int32Array,
  inEdges: Int32Array,
  edgeFrom: Int32Array,
  edgeFlow: ReadonlyArray<Flow | undefined>
): () => { average: number; peak: number } {
  let objects: { average: number; peak: number } | undefined
  return () => {
    if (objects === undefined) {
      const writers: BucketWriter[] = []
      for (let p = inStart[i]!; p < inStart[i + 1]!; p++) {
        const k = inEdges[p]!
        const s = edgeFrom[k]!
        writers.push({
          service: list[s]!.service,
          config: configOf(list[s]!, s),
          flow: edgeFlow[k] ?? ZERO
        })
      }
      const size = (config as ServiceConfigOf<'s3'>).averageObjectSizeMB
      objects = {
        average: objectsPerSecond(writers, size),
        peak: objectsPerSecond(writers, size, 'peak')
      }
    }
    return objects
  }
}

/** Firehose compresses and converts only what it writes to S3. */
function perDestination(
  node: DiagramNode,
  config: Record<string, unknown>,
  output: Flow,
  target: ServiceId
): Flow {
  if (node.service !== 'kinesis-firehose' || target !== 's3') return output
  const c = config as ServiceConfigOf<'kinesis-firehose'>
  const ratio =
    SIZE_RATIOS.compression[c.compression] * SIZE_RATIOS.columnarFormat[c.formatConversion]
  return scaled(output, 1, ratio)
}

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
