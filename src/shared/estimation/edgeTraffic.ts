/**
 * What an edge carries besides its source's output: what its mechanism carries (an S3
 * notification's events, nothing for metadata), and Firehose's compression on the way to S3.
 */
import type { ServiceId } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import type { PairOption } from '../mechanisms/derive'
import { NOTIFICATION_EVENT_KB, SIZE_RATIOS } from './assumptions'
import { scaled, ZERO, type Flow } from './flow'
import { objectsPerSecond, type BucketWriter } from './objectRate'
import type { ServiceConfigOf } from './serviceConfig'
import { KB_PER_MB } from './units'

/**
 * What one edge carries, from its mechanism: records for data edges; one small event per object
 * for an S3 notification; nothing billable by volume for metadata, control, keys and checkpoints.
 */
export function carried(
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

export const NO_OBJECTS = (): { average: number; peak: number } => ({ average: 0, peak: 0 })

/** Objects a bucket gets per second, on average and at the peak, worked out when first asked. */
export function bucketObjects(
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
export function perDestination(
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
