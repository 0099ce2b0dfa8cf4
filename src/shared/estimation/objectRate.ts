import type { ServiceId } from '../catalog/services'
import type { Flow } from './flow'
import { SIZE_RATIOS } from './assumptions'
import type { ServiceConfigOf } from './serviceConfig'

/** One writer into a bucket: what it sends and, for Firehose, its buffer settings. */
export interface BucketWriter {
  service: ServiceId
  config: Record<string, unknown>
  flow: Flow
}

/**
 * Objects written per second. Firehose writes one object per buffer: when the buffer size fills
 * or the interval passes, whichever comes first. Other writers are taken to write objects of the
 * bucket's average size. `at` picks the average flow (for request prices) or the peak.
 */
export function objectsPerSecond(
  writers: Iterable<BucketWriter>,
  averageObjectSizeMB: number,
  at: 'average' | 'peak' = 'average'
): number {
  let perSecond = 0
  for (const w of writers) {
    const mbps = at === 'peak' ? w.flow.peakMBps : w.flow.mbps
    if (mbps <= 0) continue
    if (w.service === 'kinesis-firehose') {
      const f = w.config as ServiceConfigOf<'kinesis-firehose'>
      // Firehose buffers what comes in and compresses or converts as it writes: the buffer fills
      // at the uncompressed rate, and each object is the buffer's data made smaller.
      const incoming =
        mbps /
        (SIZE_RATIOS.compression[f.compression] * SIZE_RATIOS.columnarFormat[f.formatConversion])
      const bySize = incoming / f.bufferSizeMB
      perSecond +=
        f.bufferIntervalSeconds > 0 ? Math.max(bySize, 1 / f.bufferIntervalSeconds) : bySize
    } else {
      perSecond += mbps / averageObjectSizeMB
    }
  }
  return perSecond
}
