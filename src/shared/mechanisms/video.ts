import { awsDoc } from '../catalog/citations'
import { REKOGNITION_STREAMING_CLOSED } from './lifecycle'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const STREAMING = awsDoc(
  'https://docs.aws.amazon.com/rekognition/latest/dg/streaming-video.html',
  'Rekognition: working with streaming video events'
)
const STORED = awsDoc(
  'https://docs.aws.amazon.com/rekognition/latest/dg/video.html',
  'Rekognition: stored and streaming video'
)

export const VIDEO: readonly Mechanism[] = [
  {
    id: 'kvs-consumers',
    name: 'Kinesis Video Streams consumers',
    owner: 'kinesis-video-streams',
    carries: 'data',
    label: 'video stream consumer',
    citation: SEED.video,
    links: [
      link(['kinesis-video-streams'], ['sagemaker']),
      link(['kinesis-video-streams'], ['rekognition-video'], {
        label: 'stream processor input',
        lifecycle: REKOGNITION_STREAMING_CLOSED
      })
    ]
  },
  {
    id: 'kvs-image-delivery',
    name: 'Kinesis Video Streams image delivery to S3',
    owner: 'kinesis-video-streams',
    carries: 'data',
    label: 'image generation to S3',
    citation: awsDoc(
      'https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/gs-s3Delivery.html',
      'Kinesis Video Streams: deliver images to Amazon S3'
    ),
    links: [
      link(['kinesis-video-streams'], ['s3'], {
        note: 'Images come only from fragments tagged for image generation.'
      })
    ]
  },
  {
    id: 'rekognition-stored-video',
    name: 'Rekognition stored video analysis',
    owner: 'rekognition-video',
    carries: 'data',
    label: 'stored video analysis',
    citation: STORED,
    links: [link(['s3'], ['rekognition-video'])]
  },
  {
    id: 'rekognition-stream-processor-output',
    name: 'Rekognition stream processor output',
    owner: 'rekognition-video',
    carries: 'data',
    label: 'stream processor output',
    citation: STREAMING,
    links: [
      link(['rekognition-video'], ['kinesis-data-streams'], {
        label: 'stream processor output (face search)',
        lifecycle: REKOGNITION_STREAMING_CLOSED
      }),
      link(['rekognition-video'], ['s3'], {
        label: 'stream processor output (label detection)',
        lifecycle: REKOGNITION_STREAMING_CLOSED
      })
    ]
  },
  {
    id: 'rekognition-completion-notifications',
    name: 'Rekognition completion notifications',
    owner: 'rekognition-video',
    carries: 'notification',
    label: 'completion notification',
    namesData: true,
    citation: STORED,
    links: [link(['rekognition-video'], ['sns'])]
  }
]
