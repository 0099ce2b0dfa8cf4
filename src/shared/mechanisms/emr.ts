import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const HBASE_S3 = awsDoc(
  'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hbase-s3.html',
  'EMR: HBase on Amazon S3'
)

export const EMR: readonly Mechanism[] = [
  {
    id: 'emrfs',
    name: 'EMRFS (S3 as the cluster’s file system)',
    owner: 'emr',
    carries: 'data',
    label: 'EMRFS',
    citation: SEED.emr,
    links: [link(['s3'], ['emr']), link(['emr'], ['s3'], { citation: SEED.s3 })]
  },
  {
    id: 'emr-iceberg-tables',
    name: 'EMR with S3 Tables (Apache Iceberg)',
    owner: 'emr',
    carries: 'data',
    label: 'Spark Iceberg catalog',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-emr.html',
      'Amazon S3 Tables: using EMR with table buckets'
    ),
    links: [link(['s3-tables'], ['emr']), link(['emr'], ['s3-tables'])]
  },
  {
    id: 'emr-hbase',
    name: 'HBase on EMR',
    owner: 'hbase',
    carries: 'data',
    label: 'HBase on the cluster',
    citation: SEED.emrStorage,
    links: [
      link(['emr'], ['hbase']),
      link(['hbase'], ['emr']),
      link(['s3'], ['hbase'], { label: 'HBase on S3 storage mode', citation: HBASE_S3 }),
      link(['hbase'], ['s3'], { label: 'HBase on S3 storage mode', citation: HBASE_S3 })
    ]
  }
]
