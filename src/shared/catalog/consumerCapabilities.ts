import { awsDoc, type Citation } from './citations'
import type { ServiceId } from './services'

/**
 * Kinesis Data Streams consumers that can register as enhanced fan-out consumers (dedicated
 * 2 MB/s per shard). Everything else reads through the shard's shared GetRecords throughput.
 */
export const ENHANCED_FAN_OUT_CONSUMERS: ReadonlyMap<ServiceId, Citation> = new Map<
  ServiceId,
  Citation
>([
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
