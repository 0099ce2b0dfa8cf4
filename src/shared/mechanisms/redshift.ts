import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const REDSHIFT: readonly Mechanism[] = [
  {
    id: 'redshift-copy',
    name: 'Redshift COPY',
    owner: 'redshift',
    carries: 'data',
    label: 'COPY',
    citation: SEED.redshiftCopy,
    links: [
      link(['s3'], ['redshift']),
      link(['dynamodb'], ['redshift'], { label: 'COPY from DynamoDB' }),
      link(['emr'], ['redshift'], { label: 'COPY from EMR' })
    ]
  },
  {
    id: 'redshift-unload',
    name: 'Redshift UNLOAD',
    owner: 'redshift',
    carries: 'data',
    label: 'UNLOAD',
    citation: SEED.redshiftCopy,
    links: [link(['redshift'], ['s3'])]
  },
  {
    id: 'redshift-spectrum',
    name: 'Redshift Spectrum external tables',
    owner: 'redshift-spectrum',
    carries: 'data',
    label: 'external table',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html',
      'Redshift Spectrum: querying external data'
    ),
    links: [
      link(['s3'], ['redshift-spectrum'], { citation: SEED.athenaGlue }),
      link(['redshift-spectrum'], ['redshift'], { label: 'external schema joined in the cluster' }),
      link(['redshift-spectrum'], ['quicksight'], {
        label: 'QuickSight through Redshift',
        caveat:
          'QuickSight connects to the Redshift cluster that runs the Spectrum query, not to Spectrum: draw Redshift → QuickSight.',
        notABridge: true
      }),
      link(['s3-tables'], ['redshift'], {
        label: 'query Iceberg tables',
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-redshift.html',
          'Amazon S3 Tables: querying with Amazon Redshift'
        )
      })
    ]
  },
  {
    id: 'redshift-streaming-ingestion',
    name: 'Redshift streaming ingestion',
    owner: 'redshift',
    carries: 'data',
    label: 'Redshift streaming ingestion',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/materialized-view-streaming-ingestion.html',
      'Redshift: streaming ingestion to a materialized view'
    ),
    links: [link(['kinesis-data-streams', 'msk'], ['redshift'])]
  },
  {
    id: 'redshift-zero-etl',
    name: 'Redshift zero-ETL integrations',
    owner: 'redshift',
    carries: 'data',
    label: 'zero-ETL integration',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html',
      'Redshift: zero-ETL integrations (Aurora, RDS, DynamoDB, SaaS)'
    ),
    links: [
      link(['rds'], ['redshift'], {
        preferred: true,
        note: 'Aurora MySQL/PostgreSQL and RDS for MySQL, PostgreSQL and Oracle replicate into Redshift without a pipeline.'
      }),
      link(['dynamodb'], ['redshift'], {
        preferred: true,
        note: 'Needs point-in-time recovery on the table.'
      })
    ]
  },
  {
    id: 'redshift-federated-query',
    name: 'Redshift federated queries',
    owner: 'redshift',
    carries: 'data',
    label: 'federated query',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/federated-overview.html',
      'Redshift: federated queries'
    ),
    links: [link(['rds'], ['redshift'])]
  },
  {
    id: 'redshift-iceberg-writes',
    name: 'Redshift writes to Apache Iceberg tables',
    owner: 'redshift',
    carries: 'data',
    label: 'Iceberg writes',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/iceberg-writes.html',
      'Redshift: writing to Apache Iceberg tables (S3 and S3 table buckets)'
    ),
    links: [link(['redshift'], ['s3-tables'])]
  },
  {
    id: 'redshift-data-sharing',
    name: 'Redshift data sharing',
    owner: 'redshift',
    carries: 'data',
    label: 'datashare',
    citation: awsDoc(
      'https://docs.aws.amazon.com/redshift/latest/dg/datashare-overview.html',
      'Redshift: data sharing across clusters and workgroups'
    ),
    links: [link(['redshift'], ['redshift'], { notABridge: true })]
  },
  {
    id: 'emr-spark-redshift',
    name: 'Spark on EMR with Redshift (connector)',
    owner: 'emr',
    carries: 'data',
    label: 'Spark Redshift connector',
    citation: awsDoc(
      'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-redshift.html',
      'EMR: Amazon Redshift integration for Apache Spark'
    ),
    links: [link(['redshift'], ['emr'])]
  },
  {
    id: 'redshift-dblink',
    name: 'PostgreSQL dblink to Redshift',
    owner: 'rds',
    carries: 'data',
    label: 'dblink from PostgreSQL',
    citation: SEED.redshift,
    links: [link(['redshift'], ['rds'], { notABridge: true })]
  }
]
