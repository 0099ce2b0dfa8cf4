/**
 * What each service does to traffic: the sources that add their own, the services that pass no
 * data on, and what a service emits for what it receives.
 */
import type { ServiceId } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import { SIZE_RATIOS, TRAFFIC_CEILING } from './assumptions'
import { scaled, ZERO, type Flow } from './flow'
import type { ServiceConfigOf } from './serviceConfig'
import { KB_PER_MB, MB_PER_GB, SECONDS_PER_DAY } from './units'

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

/**
 * A source's own traffic, times the what-if multiplier. A peak below the average is a mistake
 * the validator reports; the average is used for it meanwhile.
 */
export function ownTraffic(
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
export function saturate(f: Flow): Flow {
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
export function transform(node: DiagramNode, config: Record<string, unknown>, input: Flow): Flow {
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
