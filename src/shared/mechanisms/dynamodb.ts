import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const DYNAMODB: readonly Mechanism[] = [
  {
    id: 'dynamodb-streams',
    name: 'DynamoDB Streams',
    owner: 'dynamodb',
    carries: 'data',
    label: 'change log',
    citation: SEED.dynamodb,
    links: [link(['dynamodb'], ['dynamodb-streams'])]
  },
  {
    id: 'dynamodb-kinesis-streaming',
    name: 'Kinesis Data Streams for DynamoDB',
    owner: 'dynamodb',
    carries: 'data',
    label: 'Kinesis Data Streams for DynamoDB',
    citation: awsDoc(
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html',
      'DynamoDB: change data capture with Kinesis Data Streams'
    ),
    links: [link(['dynamodb'], ['kinesis-data-streams'])]
  },
  {
    id: 'dynamodb-export-to-s3',
    name: 'DynamoDB export to S3',
    owner: 'dynamodb',
    carries: 'data',
    label: 'export to S3',
    citation: awsDoc(
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html',
      'DynamoDB API: ExportTableToPointInTime (full or incremental export to S3)'
    ),
    links: [link(['dynamodb'], ['s3'], { note: 'Needs point-in-time recovery on the table.' })]
  },
  {
    id: 'dynamodb-import-from-s3',
    name: 'DynamoDB import from S3',
    owner: 'dynamodb',
    carries: 'data',
    label: 'import from S3 (ImportTable)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ImportTable.html',
      'DynamoDB API: ImportTable (CSV, DynamoDB JSON or Ion from S3)'
    ),
    links: [
      link(['s3'], ['dynamodb'], {
        note: 'Each import creates a new table; to keep loading an existing table, write to it with Lambda or Glue instead.',
        oneOff: true
      })
    ]
  },
  {
    id: 'timestream-batch-load',
    name: 'Timestream batch load from S3',
    owner: 'timestream',
    carries: 'data',
    label: 'batch load',
    citation: awsDoc(
      'https://docs.aws.amazon.com/timestream/latest/developerguide/batch-load.html',
      'Timestream: batch load from CSV files in S3'
    ),
    links: [link(['s3'], ['timestream'], { notABridge: true })]
  },
  {
    id: 'elasticache-snapshot-export',
    name: 'ElastiCache snapshot export to S3',
    owner: 'elasticache',
    carries: 'data',
    label: 'snapshot export',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-exporting.html',
      'ElastiCache: exporting a backup to Amazon S3'
    ),
    links: [link(['elasticache'], ['s3'], { oneOff: true })]
  },
  {
    id: 'dynamodb-emr-connector',
    name: 'EMR DynamoDB connector',
    owner: 'emr',
    carries: 'data',
    label: 'Hive DynamoDB connector',
    citation: SEED.dynamodb,
    links: [link(['dynamodb'], ['emr']), link(['emr'], ['dynamodb'], { citation: SEED.emr })]
  },
  {
    id: 'cloudsearch-dynamodb-import',
    name: 'CloudSearch data sources',
    owner: 'cloudsearch',
    carries: 'data',
    label: 'document batch upload',
    citation: awsDoc(
      'https://docs.aws.amazon.com/cloudsearch/latest/developerguide/uploading-data.html',
      'CloudSearch: uploading data'
    ),
    links: [
      link(['s3'], ['cloudsearch']),
      link(['dynamodb'], ['cloudsearch'], { label: 'DynamoDB import' })
    ]
  }
]
