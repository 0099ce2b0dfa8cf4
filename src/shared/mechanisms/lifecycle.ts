import { awsDoc } from '../catalog/citations'
import type { Lifecycle } from './types'

/** AWS's notices, as of 2026-12-01, of mechanisms that are gone or closed to new customers. */
export const KDA_SQL_DELETED: Lifecycle = {
  status: 'deleted',
  since: '2026-01-27',
  notice:
    'Kinesis Data Analytics for SQL applications, the only kind that read from Firehose or ran Lambda pre-processing, were deleted from 27 January 2026; a Managed Service for Apache Flink application reads from Kinesis Data Streams or MSK',
  citation: awsDoc(
    'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html',
    'Amazon Kinesis Data Analytics for SQL Applications discontinuation (applications deleted from 27 January 2026)'
  )
}

export const REKOGNITION_STREAMING_CLOSED: Lifecycle = {
  status: 'closed',
  notice:
    'Rekognition Streaming Video is no longer available to new customers (existing customers keep it); for new designs, run your own model on frames from Kinesis Video Streams, for example with SageMaker',
  citation: awsDoc(
    'https://docs.aws.amazon.com/rekognition/latest/dg/rekognition-availability-changes.html',
    'Amazon Rekognition feature availability changes ("Streaming Video ... no longer available to new customers")'
  )
}
