import type { ServiceId } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import { SIZE_RATIOS } from './assumptions'
import type { ServiceConfigOf } from './serviceConfig'
import { KB_PER_MB, MB_PER_GB, SECONDS_PER_DAY } from './units'

export interface Flow {
  recordsPerSecond: number
  mbps: number
}

export interface NodeThroughput {
  inRecordsPerSecond: number
  inMBps: number
  outRecordsPerSecond: number
  outMBps: number
}

export interface TrafficResult {
  nodes: Map<string, NodeThroughput>
  edges: Map<string, Flow>
  /** Nodes in data-flow order (sources first); a loop is entered where traffic comes into it. */
  order: string[]
  /** Nodes on a loop: their loop edges carry no traffic in the estimate. */
  cycleNodeIds: string[]
}

const ZERO: Flow = { recordsPerSecond: 0, mbps: 0 }

/** Services that add traffic of their own, from their config. */
const STREAM_SOURCES: ReadonlySet<ServiceId> = new Set(['producer-app', 'kinesis-agent', 'iot-devices', 'cloudwatch-logs'])
const BATCH_SOURCES: ReadonlySet<ServiceId> = new Set(['snowball', 'datasync', 'on-prem-database', 'dms'])

/**
 * Services whose outgoing edges carry metadata, query results, keys or control rather than the
 * data stream itself; their output is counted as zero so it is not double-billed downstream.
 */
const NO_DATA_OUT: ReadonlySet<ServiceId> = new Set([
  'glue-crawler', 'glue-data-catalog', 'athena', 'quicksight', 'sagemaker', 'rekognition-video', 'cloudsearch', 'splunk',
  'machine-learning', 'redshift-spectrum', 'kms', 'cloudhsm', 'step-functions',
])

export type ConfigLookup = (node: DiagramNode) => Record<string, unknown>

function add(a: Flow, b: Flow): Flow {
  return { recordsPerSecond: a.recordsPerSecond + b.recordsPerSecond, mbps: a.mbps + b.mbps }
}

function ownTraffic(node: DiagramNode, config: Record<string, unknown>, input: Flow): Flow {
  if (STREAM_SOURCES.has(node.service)) {
    const c = config as ServiceConfigOf<'producer-app'>
    return { recordsPerSecond: c.recordsPerSecond, mbps: (c.recordsPerSecond * c.recordSizeKB) / KB_PER_MB }
  }
  if (BATCH_SOURCES.has(node.service)) {
    // Its own GB/day is for when nothing feeds it; DMS reading a database on the canvas moves that data instead.
    if (input.recordsPerSecond > 0 || input.mbps > 0) return ZERO
    const c = config as ServiceConfigOf<'snowball'>
    const mbps = (c.gbPerDay * MB_PER_GB) / SECONDS_PER_DAY
    return { recordsPerSecond: (mbps * KB_PER_MB) / c.recordSizeKB, mbps }
  }
  return ZERO
}

/** What a service emits for what it receives (before per-destination effects). */
function transform(node: DiagramNode, config: Record<string, unknown>, input: Flow): Flow {
  const service = node.service
  if (NO_DATA_OUT.has(service)) return ZERO
  if (service === 'lambda' || service === 'kinesis-data-analytics' || service === 'emr') {
    const c = config as ServiceConfigOf<'lambda'>
    const records = input.recordsPerSecond * c.outputRatio
    const sizeMB = c.outputRecordSizeKB !== undefined
      ? c.outputRecordSizeKB / KB_PER_MB
      : input.recordsPerSecond > 0 ? input.mbps / input.recordsPerSecond : 0
    return { recordsPerSecond: records, mbps: records * sizeMB }
  }
  if (service === 'glue-etl') {
    const c = config as ServiceConfigOf<'glue-etl'>
    return { recordsPerSecond: input.recordsPerSecond, mbps: input.mbps * SIZE_RATIOS.columnarFormat[c.outputFormat] }
  }
  // A DMS or other batch source fed on the canvas moves what it is fed, not its own estimate.
  return input
}

/** Firehose compresses and converts only what it writes to S3. */
function perDestination(node: DiagramNode, config: Record<string, unknown>, output: Flow, target: ServiceId): Flow {
  if (node.service !== 'kinesis-firehose' || target !== 's3') return output
  const c = config as ServiceConfigOf<'kinesis-firehose'>
  const ratio = SIZE_RATIOS.compression[c.compression] * SIZE_RATIOS.columnarFormat[c.formatConversion]
  return { recordsPerSecond: output.recordsPerSecond, mbps: output.mbps * ratio }
}

/**
 * Carries traffic along the edges: a node's input is the sum of its incoming edges; each outgoing
 * edge carries the node's whole output (fan-out copies, it does not split). Loops are found and
 * reported, never iterated.
 */
export function computeTraffic(diagram: Diagram, configOf: ConfigLookup): TrafficResult {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
  const incoming = new Map<string, string[]>()
  const outgoing = new Map<string, string[]>()
  const indegree = new Map<string, number>()
  for (const n of diagram.nodes) {
    incoming.set(n.id, [])
    outgoing.set(n.id, [])
    indegree.set(n.id, 0)
  }
  const edgeById = new Map(diagram.edges.map((e) => [e.id, e]))
  for (const e of diagram.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue
    outgoing.get(e.source)!.push(e.id)
    incoming.get(e.target)!.push(e.id)
    indegree.set(e.target, indegree.get(e.target)! + 1)
  }

  const order: string[] = []
  const ordered = new Set<string>()
  const queue = diagram.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id)
  let stuck: string[] = []
  for (let i = 0; order.length < diagram.nodes.length; i++) {
    if (i === queue.length) {
      // Only loops (and what hangs off them) are left. Enter a loop where traffic comes into it, so
      // that the result does not depend on the order of nodes in the file and what lies downstream
      // of the loop still gets the traffic; the loop's closing edges then carry nothing.
      const rest = diagram.nodes.filter((n) => !ordered.has(n.id))
      if (stuck.length === 0) stuck = rest.map((n) => n.id)
      const entry = rest.find((n) => incoming.get(n.id)!.some((eid) => ordered.has(edgeById.get(eid)!.source))) ?? rest[0]!
      queue.push(entry.id)
    }
    const id = queue[i]!
    order.push(id)
    ordered.add(id)
    for (const eid of outgoing.get(id)!) {
      const t = edgeById.get(eid)!.target
      if (ordered.has(t)) continue
      const d = indegree.get(t)! - 1
      indegree.set(t, d)
      if (d === 0) queue.push(t)
    }
  }
  const cycleNodeIds = nodesOnLoops(stuck, outgoing, edgeById)

  const nodes = new Map<string, NodeThroughput>()
  const edges = new Map<string, Flow>()
  for (const id of order) {
    const node = byId.get(id)!
    const config = configOf(node)
    let input = ZERO
    for (const eid of incoming.get(id)!) input = add(input, edges.get(eid) ?? ZERO)
    const output = add(transform(node, config, input), ownTraffic(node, config, input))
    nodes.set(id, {
      inRecordsPerSecond: input.recordsPerSecond,
      inMBps: input.mbps,
      outRecordsPerSecond: output.recordsPerSecond,
      outMBps: output.mbps,
    })
    for (const eid of outgoing.get(id)!) {
      const target = byId.get(edgeById.get(eid)!.target)!
      // An edge back into a node already computed closes a loop: it carries nothing.
      edges.set(eid, nodes.has(target.id) ? ZERO : perDestination(node, config, output, target.service))
    }
  }
  return { nodes, edges, order, cycleNodeIds }
}

/** Of the nodes Kahn's algorithm could not order, those that can reach themselves. */
function nodesOnLoops(
  stuck: string[],
  outgoing: Map<string, string[]>,
  edgeById: Map<string, { target: string }>,
): string[] {
  const inStuck = new Set(stuck)
  return stuck.filter((start) => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0) {
      const id = stack.pop()!
      for (const eid of outgoing.get(id) ?? []) {
        const t = edgeById.get(eid)!.target
        if (t === start) return true
        if (inStuck.has(t) && !seen.has(t)) {
          seen.add(t)
          stack.push(t)
        }
      }
    }
    return false
  })
}
