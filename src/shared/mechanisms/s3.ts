import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const S3: readonly Mechanism[] = [
  {
    id: 's3-event-notifications',
    name: 'S3 Event Notifications',
    owner: 's3',
    carries: 'notification',
    label: 'S3 event notification',
    namesData: true,
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
      'Amazon S3 Event Notifications (SNS, SQS, Lambda, EventBridge)'
    ),
    links: [
      link(['s3'], ['lambda', 'sqs', 'sns'], { citation: SEED.s3 }),
      link(['s3'], ['eventbridge'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html',
          'Amazon S3: using EventBridge (one switch sends every bucket event to EventBridge)'
        )
      })
    ]
  },
  {
    id: 's3-metadata-tables',
    name: 'S3 Metadata tables',
    owner: 's3',
    carries: 'metadata',
    label: 'S3 Metadata journal / inventory tables',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html',
      'Amazon S3 Metadata: object metadata in Iceberg tables'
    ),
    links: [
      link(['s3'], ['s3-tables'], {
        caveat:
          'S3 Metadata writes only the bucket’s object metadata into tables; to load the objects’ data into S3 Tables, use Glue, Athena or EMR.',
        oneOff: true
      })
    ]
  },
  {
    id: 's3-replication',
    name: 'S3 replication',
    owner: 's3',
    carries: 'data',
    label: 'replication or copy between buckets',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
      'S3: replicating objects'
    ),
    links: [link(['s3'], ['s3'], { notABridge: true })]
  },
  {
    id: 'transfer-into-s3',
    name: 'Transfer into S3',
    owner: 's3',
    carries: 'data',
    label: 'import into S3',
    citation: SEED.s3,
    links: [
      link(['snowball', 'datasync'], ['s3']),
      link(['s3'], ['datasync'], {
        label: 'S3 location',
        citation: awsDoc(
          'https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html',
          'DataSync: S3 locations'
        )
      })
    ]
  }
]
