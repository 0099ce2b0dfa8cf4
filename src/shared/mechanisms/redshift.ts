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
      link(['emr'], ['redshift'], { label: 'COPY from EMR' }),
    ],
  },
  {
    id: 'redshift-unload',
    name: 'Redshift UNLOAD',
    owner: 'redshift',
    carries: 'data',
    label: 'UNLOAD',
    citation: SEED.redshiftCopy,
    links: [link(['redshift'], ['s3'])],
  },
  {
    id: 'redshift-spectrum',
    name: 'Redshift Spectrum external tables',
    owner: 'redshift-spectrum',
    carries: 'data',
    label: 'external table',
    citation: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html', 'Redshift Spectrum: querying external data'),
    links: [
      link(['s3'], ['redshift-spectrum'], { citation: SEED.athenaGlue }),
      link(['redshift-spectrum'], ['redshift'], { label: 'external schema joined in the cluster' }),
      link(['s3-tables'], ['redshift'], {
        label: 'query Iceberg tables',
        citation: awsDoc('https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-redshift.html', 'Amazon S3 Tables: querying with Amazon Redshift'),
      }),
    ],
  },
  {
    id: 'redshift-streaming-ingestion',
    name: 'Redshift streaming ingestion',
    owner: 'redshift',
    carries: 'data',
    label: 'Redshift streaming ingestion',
    citation: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/materialized-view-streaming-ingestion.html', 'Redshift: streaming ingestion to a materialized view'),
    links: [link(['kinesis-data-streams', 'msk'], ['redshift'])],
  },
  {
    id: 'redshift-zero-etl',
    name: 'Redshift zero-ETL integrations',
    owner: 'redshift',
    carries: 'data',
    label: 'zero-ETL integration',
    citation: awsDoc('https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html', 'Redshift: zero-ETL integrations (Aurora, RDS, DynamoDB, SaaS)'),
    links: [
      link(['rds'], ['redshift'], { preferred: true, note: 'Aurora MySQL/PostgreSQL and RDS for MySQL, PostgreSQL and Oracle replicate into Redshift without a pipeline.' }),
      link(['dynamodb'], ['redshift'], { note: 'Needs point-in-time recovery on the table.' }),
    ],
  },
  {
    id: 'redshift-federated-query',
    name: 'Redshift federated queries',
    owner: 'redshift',
    carries: 'data',
    label: 'federated query',
    citation: awsDoc('https://docs.aws.amazon.com/redshift/latest/dg/federated-overview.html', 'Redshift: federated queries'),
    links: [link(['rds'], ['redshift'])],
  },
  {
    id: 'redshift-dblink',
    name: 'PostgreSQL dblink to Redshift',
    owner: 'rds',
    carries: 'data',
    label: 'dblink from PostgreSQL',
    citation: SEED.redshift,
    links: [link(['redshift'], ['rds'])],
  },
]
