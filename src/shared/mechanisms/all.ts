import { ANALYTICS } from './analytics'
import { API_GATEWAY } from './apiGateway'
import { ATHENA } from './athena'
import { CLOUDWATCH_LOGS } from './cloudwatchLogs'
import { DMS } from './dms'
import { DYNAMODB } from './dynamodb'
import { EMR } from './emr'
import { EVENTBRIDGE } from './eventbridge'
import { FIREHOSE } from './firehose'
import { FLINK } from './flink'
import { GLUE } from './glue'
import { GOVERNANCE } from './governance'
import { IOT } from './iot'
import { KEYS } from './keys'
import { KINESIS_STREAMS } from './kinesisStreams'
import { LAMBDA } from './lambda'
import { MESSAGING } from './messaging'
import { MSK } from './msk'
import { OPENSEARCH } from './opensearch'
import { ORCHESTRATION } from './orchestration'
import { PRODUCERS } from './producers'
import { RDS } from './rds'
import { REDSHIFT } from './redshift'
import { S3 } from './s3'
import { SERVICE_EVENTS } from './serviceEvents'
import type { Mechanism } from './types'
import { VIDEO } from './video'

/**
 * Every documented mechanism, one file per owning service or family. The order matters only
 * when a pair has several mechanisms and none is marked preferred: the first listed is the default.
 */
export const MECHANISMS: readonly Mechanism[] = [
  ...PRODUCERS,
  ...IOT,
  ...API_GATEWAY,
  ...CLOUDWATCH_LOGS,
  ...FIREHOSE,
  ...KINESIS_STREAMS,
  ...LAMBDA,
  ...FLINK,
  ...VIDEO,
  ...MSK,
  ...MESSAGING,
  ...S3,
  ...EVENTBRIDGE,
  ...DYNAMODB,
  ...DMS,
  ...GLUE,
  ...ATHENA,
  ...REDSHIFT,
  ...RDS,
  ...OPENSEARCH,
  ...EMR,
  ...ANALYTICS,
  ...ORCHESTRATION,
  ...GOVERNANCE,
  ...SERVICE_EVENTS,
  ...KEYS
]
