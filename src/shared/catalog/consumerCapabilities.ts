import { awsDoc, type Citation } from './citations'
import type { ServiceId } from './services'

/**
 * Kinesis Data Streams consumers that can register as enhanced fan-out consumers (dedicated
 * 2 MB/s per shard). Everything else reads through the shard's shared GetRecords throughput.
 */
const ENHANCED_FAN_OUT_CONSUMERS: ReadonlyMap<ServiceId, Citation> = new Map<ServiceId, Citation>([
  [
    'lambda',
    awsDoc(
      'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
      'Lambda: dedicated-throughput consumer with enhanced fan-out'
    )
  ],
  [
    'kcl-app',
    awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
      'KCL 2.0 or later uses enhanced fan-out'
    )
  ],
  [
    'kinesis-data-analytics',
    awsDoc(
      'https://docs.aws.amazon.com/managed-flink/latest/java/how-sources.html',
      'Managed Flink: Kinesis source with enhanced fan-out'
    )
  ]
])

export function supportsEnhancedFanOut(service: ServiceId): boolean {
  return ENHANCED_FAN_OUT_CONSUMERS.has(service)
}

/** Any diagram edge: the fan-out rule reads only its settings. */
interface EdgeSettings {
  readonly config?: Readonly<Record<string, unknown>>
}

/** The edge's enhanced fan-out setting is on, whether or not its consumer can use it. */
export function asksForEnhancedFanOut(edge: EdgeSettings): boolean {
  return edge.config?.enhancedFanOut === true
}

/**
 * Whether the consumer at the end of an edge out of a Kinesis stream reads with its own enhanced
 * fan-out throughput: the setting is on and the consumer can register. Every other consumer shares
 * the shard's GetRecords throughput. Validation, sizing and freshness all count consumers by this.
 */
export function usesEnhancedFanOut(edge: EdgeSettings, consumer: ServiceId): boolean {
  return asksForEnhancedFanOut(edge) && supportsEnhancedFanOut(consumer)
}
