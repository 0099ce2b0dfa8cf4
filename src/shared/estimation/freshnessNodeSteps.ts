/** The delay a node adds itself: a Firehose buffer, a Lambda batch, a schedule, a refresh. */
import { getService, type ServiceId } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import type { FreshnessFigureId } from './freshnessFigures'
import { F, figureStep, formatDelay, uncounted, type FreshnessStep } from './freshnessStep'
import type { ServiceConfigOf } from './serviceConfig'
import { batchSizeFor } from './sizing/lambda'
import { formatNumber, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './units'

const KAFKA_LIKE: ReadonlySet<ServiceId> = new Set(['msk', 'documentdb'])
const STREAMING_INTO_REDSHIFT: ReadonlySet<ServiceId> = new Set(['kinesis-data-streams', 'msk'])
const ON_READ: ReadonlySet<ServiceId> = new Set(['athena', 'redshift-spectrum'])

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
export function nodeSteps(
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
