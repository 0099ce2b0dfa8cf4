import { formatCitation, type Citation } from '../catalog/citations'
import { usesEnhancedFanOut } from '../catalog/consumerCapabilities'
import { getService, type ServiceId } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import type { PairOption } from '../mechanisms/derive'
import { PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { FRESHNESS_FIGURES, type FreshnessFigureId } from './freshnessFigures'
import type { ServiceConfigOf } from './serviceConfig'
import type { Figures } from './figureLabels'
import { batchSizeFor } from './sizing/lambda'
import type { TrafficByPosition } from './traffic'
import { formatNumber, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units'

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
 */
export interface FreshnessStep {
  nodeId: string
  /** Set when the step is an edge's (stream propagation, event delivery). */
  edgeId?: string
  /** What happens, with its arithmetic: "5 MiB at 0.01 MiB/s would take 500 s; the 300 s interval comes first". */
  what: string
  /** Worst case, in seconds. */
  seconds: number
  /** Average case, in seconds. */
  averageSeconds: number
  /** The figure from the table this step rests on, when it rests on one. */
  figure?: FreshnessFigureId
  citation?: Citation
  /** Set when the figure is Pipewright's assumption, not AWS's number: why. */
  assumption?: string
}

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

const F = FRESHNESS_FIGURES

/** "70 ms", "2.5 s", "65 s", "5 min", "1.5 h", "24 h". */
export function formatDelay(seconds: number): string {
  if (seconds < 1) return `${formatNumber(Math.round(seconds * 1000))} ms`
  if (seconds < 10) return `${formatNumber(Math.round(seconds * 10) / 10)} s`
  if (seconds < 120) return `${formatNumber(Math.round(seconds))} s`
  if (seconds < 2 * SECONDS_PER_HOUR) return `${formatNumber(Math.round(seconds / 6) / 10)} min`
  return `${formatNumber(Math.round(seconds / 360) / 10)} h`
}

function figureStep(
  nodeId: string,
  what: string,
  seconds: number,
  averageSeconds: number,
  figure: FreshnessFigureId,
  edgeId?: string
): FreshnessStep {
  const row = F[figure] as { citation: Citation; assumption?: string }
  const step: FreshnessStep = {
    nodeId,
    what,
    seconds,
    averageSeconds,
    figure,
    citation: row.citation
  }
  if (edgeId !== undefined) step.edgeId = edgeId
  if (row.assumption) step.assumption = row.assumption
  return step
}

const MOVES = 1
const METADATA = 2

/** Whether data moves along the edge (and so delay adds up along it), or only metadata does. */
function propagates(option: PairOption | undefined, from: ServiceId, to: ServiceId): number {
  // A crawler reads the data store itself on its schedule: new data is in the catalog only after a run.
  if (to === 'glue-crawler') return MOVES
  const carries = option?.carries ?? 'data'
  if (carries === 'data' || (carries === 'notification' && from === 's3')) return MOVES
  return carries === 'metadata' ? METADATA : 0
}

const KAFKA_LIKE: ReadonlySet<ServiceId> = new Set(['msk', 'documentdb'])
const STREAMING_INTO_REDSHIFT: ReadonlySet<ServiceId> = new Set(['kinesis-data-streams', 'msk'])
const ON_READ: ReadonlySet<ServiceId> = new Set(['athena', 'redshift-spectrum'])

/** A step that adds no delay because Pipewright cannot estimate it; `what` says why. */
function uncounted(nodeId: string, what: string): FreshnessStep {
  return { nodeId, what, seconds: 0, averageSeconds: 0 }
}

/** A scheduled run: data that just missed one waits the whole interval, then the run itself. */
function scheduled(
  nodeId: string,
  label: string,
  runsPerDay: number,
  runSeconds: number,
  figure: FreshnessFigureId,
  text: boolean
): FreshnessStep {
  if (runsPerDay <= 0) {
    return uncounted(
      nodeId,
      text ? `${label} runs on demand: no schedule to estimate from, so nothing is counted` : ''
    )
  }
  const asked = SECONDS_PER_DAY / runsPerDay
  const interval = Math.max(asked, F.glueMinimumScheduleSeconds.value)
  const clamp =
    text && asked < interval
      ? ` (${formatNumber(runsPerDay)} runs a day would be every ${formatDelay(asked)}; AWS schedules are at least ${formatDelay(interval)} apart)`
      : ''
  const run = text && runSeconds > 0 ? ` + a ${formatDelay(runSeconds)} run` : ''
  const what = text
    ? `${label} runs every ${formatDelay(interval)}${clamp}: data that just missed a run waits up to ${formatDelay(interval)}${run} (${formatDelay(interval / 2)}${run} on average)`
    : ''
  const step = figureStep(nodeId, what, interval + runSeconds, interval / 2 + runSeconds, figure)
  return step
}

/** The steps a node itself adds; `viaEsm` is whether a Lambda is fed by an event source mapping (and from what). */
function nodeSteps(
  node: DiagramNode,
  config: Record<string, unknown>,
  inRecords: number,
  inMBps: number,
  inputs: readonly ServiceId[],
  esmInputs: readonly ServiceId[],
  text: boolean,
  lanes = 1
): FreshnessStep[] {
  const id = node.id
  switch (node.service) {
    case 'kinesis-firehose': {
      const c = config as ServiceConfigOf<'kinesis-firehose'>
      const fill = inMBps > 0 ? c.bufferSizeMB / inMBps : Infinity
      const interval = c.bufferIntervalSeconds
      const sizeFirst = fill < interval
      const worst = sizeFirst ? fill : interval
      const fillText = !text
        ? ''
        : Number.isFinite(fill)
          ? `${formatNumber(c.bufferSizeMB)} MiB at ${formatNumber(inMBps, 4)} MiB/s would take ${formatNumber(Math.round(fill * 10) / 10)} s`
          : `with no traffic the ${formatNumber(c.bufferSizeMB)} MiB buffer never fills`
      const what = !text
        ? ''
        : sizeFirst
          ? `Firehose buffer: ${fillText}, before the ${formatDelay(interval)} interval; it delivers when the first condition is met`
          : `Firehose buffer: ${fillText}, so the ${formatDelay(interval)} interval comes first; it delivers when the first condition is met`
      return [figureStep(id, what, worst, worst / 2, 'firehoseDefaultIntervalSeconds')]
    }
    case 'lambda': {
      const c = config as ServiceConfigOf<'lambda'>
      const steps: FreshnessStep[] = []
      if (esmInputs.length > 0) {
        const kafka = esmInputs.some((s) => KAFKA_LIKE.has(s))
        const defaultFigure: FreshnessFigureId = kafka
          ? 'lambdaDefaultWindowKafka'
          : 'lambdaDefaultWindowStreams'
        const window = c.maximumBatchingWindowSeconds ?? F[defaultFigure].value
        const windowText = !text
          ? ''
          : c.maximumBatchingWindowSeconds === undefined
            ? `AWS's default window of ${formatDelay(window)}`
            : `a ${formatDelay(window)} batching window`
        // Each shard (times the parallelization factor) fills its own batches; SQS and Kafka fill one.
        const batch = batchSizeFor(c, esmInputs[0]!)
        const perLane = inRecords / lanes
        const fill = perLane > 0 ? batch / perLane : Infinity
        const worst = Math.min(fill, window)
        const laneText = lanes > 1 ? ` per shard (${formatNumber(lanes)} batches at a time)` : ''
        const fillText = !text
          ? ''
          : Number.isFinite(fill)
            ? `a batch of ${formatNumber(batch)} at ${formatNumber(perLane)} records/s${laneText} fills in ${formatDelay(fill)}`
            : `with no traffic a batch of ${formatNumber(batch)} never fills`
        const what = !text
          ? ''
          : window === 0
            ? `Lambda batching: with ${windowText} Lambda invokes as soon as records are available`
            : `Lambda batching: ${fillText}, capped by ${windowText}`
        steps.push(
          figureStep(
            id,
            what,
            worst,
            worst / 2,
            c.maximumBatchingWindowSeconds === undefined ? defaultFigure : 'lambdaMaxWindow'
          )
        )
      }
      const run = c.avgDurationMs / 1000
      steps.push({
        nodeId: id,
        what: text
          ? `Lambda function runs for ${formatDelay(run)} (your average duration setting)`
          : '',
        seconds: run,
        averageSeconds: run
      })
      return steps
    }
    case 'glue-crawler': {
      const c = config as ServiceConfigOf<'glue-crawler'>
      return [
        scheduled(
          id,
          'The crawler',
          c.runsPerDay,
          c.minutesPerRun * 60,
          'glueMinimumScheduleSeconds',
          text
        )
      ]
    }
    case 'glue-etl': {
      const c = config as ServiceConfigOf<'glue-etl'>
      if (c.hoursPerDay >= 24)
        return [
          uncounted(
            id,
            'The Glue job runs all day (streaming): its micro-batch time is not modelled'
          )
        ]
      const runSeconds = c.runsPerDay > 0 ? (c.hoursPerDay * SECONDS_PER_HOUR) / c.runsPerDay : 0
      return [
        scheduled(id, 'The Glue job', c.runsPerDay, runSeconds, 'glueMinimumScheduleSeconds', text)
      ]
    }
    case 'emr': {
      const c = config as ServiceConfigOf<'emr'>
      if (c.hoursPerDay >= 24)
        return [uncounted(id, 'The EMR cluster runs all day: its processing time is not modelled')]
      return [
        scheduled(
          id,
          'The EMR cluster',
          F.dailyBatchRunsPerDay.value,
          c.hoursPerDay * SECONDS_PER_HOUR,
          'dailyBatchRunsPerDay',
          text
        )
      ]
    }
    case 'redshift': {
      if (!inputs.some((s) => STREAMING_INTO_REDSHIFT.has(s))) return []
      const c = config as ServiceConfigOf<'redshift'>
      const r = c.streamingRefreshSeconds
      const what = !text
        ? ''
        : `Redshift streaming ingestion: the materialized view is refreshed every ${formatDelay(r)} (${r === F.redshiftStreamingRefreshSeconds.value ? "Pipewright's assumption: AWS publishes no interval for auto refresh" : 'your setting'}), so data waits up to that`
      const step = figureStep(id, what, r, r / 2, 'redshiftStreamingRefreshSeconds')
      // Only the default is Pipewright's assumption; a value the user set is theirs.
      if (r !== F.redshiftStreamingRefreshSeconds.value) delete step.assumption
      return [step]
    }
    case 'quicksight': {
      const c = config as ServiceConfigOf<'quicksight'>
      if (c.spiceRefreshesPerDay === 0)
        return [
          figureStep(
            id,
            'QuickSight direct query: each dashboard view queries the source',
            0,
            0,
            'athenaOnRead'
          )
        ]
      const interval = SECONDS_PER_DAY / c.spiceRefreshesPerDay
      const figure: FreshnessFigureId =
        interval < F.quicksightHourlyRefreshSeconds.value
          ? 'quicksightIncrementalRefreshSeconds'
          : 'quicksightHourlyRefreshSeconds'
      const what = !text
        ? ''
        : `QuickSight SPICE refresh ${formatNumber(c.spiceRefreshesPerDay)} times a day (every ${formatDelay(interval)}): data waits up to the next refresh`
      return [figureStep(id, what, interval, interval / 2, figure)]
    }
    default:
      if (ON_READ.has(node.service))
        return [
          figureStep(
            id,
            text
              ? `${getService(node.service).name} reads the data when a query runs: nothing added`
              : '',
            0,
            0,
            'athenaOnRead'
          )
        ]
      return []
  }
}

function edgeStep(
  edge: DiagramEdge,
  option: PairOption | undefined,
  from: DiagramNode,
  to: DiagramNode,
  sharedConsumers: number,
  text: boolean
): FreshnessStep | undefined {
  if (from.service === 'kinesis-data-streams') {
    if (usesEnhancedFanOut(edge, to.service)) {
      const s = F.kdsEnhancedFanOutPropagation.value
      return figureStep(
        to.id,
        text
          ? `Kinesis enhanced fan-out pushes records to this consumer in about ${formatDelay(s)}`
          : '',
        s,
        s,
        'kdsEnhancedFanOutPropagation',
        edge.id
      )
    }
    const consumers = Math.min(Math.max(sharedConsumers, 1), 5)
    const s =
      consumers === 1
        ? F.kdsClassicPropagation.value
        : F.kdsClassicPropagation.value +
          ((F.kdsClassicPropagationFiveConsumers.value - F.kdsClassicPropagation.value) *
            (consumers - 1)) /
            4
    if (consumers === 1)
      return figureStep(
        to.id,
        text
          ? `Kinesis classic consumer read: about ${formatDelay(s)} with one shared consumer`
          : '',
        s,
        s,
        'kdsClassicPropagation',
        edge.id
      )
    return figureStep(
      to.id,
      text
        ? `Kinesis classic consumer read: about ${formatDelay(s)} with ${consumers} shared consumers`
        : '',
      s,
      s,
      'kdsClassicPropagationFiveConsumers',
      edge.id
    )
  }
  if (from.service === 's3' && to.service !== 'glue-crawler') {
    const carries = option?.carries
    if (carries === 'notification') {
      return figureStep(
        to.id,
        'S3 event notification: typically delivered in seconds, sometimes a minute or longer',
        F.s3EventSlowSeconds.value,
        F.s3EventTypicalSeconds.value,
        's3EventSlowSeconds',
        edge.id
      )
    }
  }
  return undefined
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

/** Seconds for JSON: to the millisecond. */
function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}

/**
 * The CLI's JSON shape: every node data reaches, with its worst and average delay; sinks and
 * badged nodes also carry the steps of their worst path.
 */
export function freshnessToJson(freshness: DiagramFreshness) {
  const nodes: Array<{
    id: string
    worstSeconds: number
    averageSeconds: number
    sink: boolean
    steps?: Array<{
      nodeId: string
      edgeId?: string
      what: string
      seconds: number
      averageSeconds: number
      source?: string
      assumption?: string
    }>
  }> = []
  for (const [id, f] of freshness.byId) {
    const entry: (typeof nodes)[number] = {
      id,
      worstSeconds: roundSeconds(f.worstSeconds),
      averageSeconds: roundSeconds(f.averageSeconds),
      sink: f.sink
    }
    if (f.badged) {
      entry.steps = freshness.breakdown(id).map((s) => {
        const step: NonNullable<(typeof entry)['steps']>[number] = {
          nodeId: s.nodeId,
          what: s.what,
          seconds: roundSeconds(s.seconds),
          averageSeconds: roundSeconds(s.averageSeconds)
        }
        if (s.edgeId !== undefined) step.edgeId = s.edgeId
        if (s.citation) step.source = formatCitation(s.citation)
        if (s.assumption) step.assumption = s.assumption
        return step
      })
    }
    nodes.push(entry)
  }
  return { nodes }
}
