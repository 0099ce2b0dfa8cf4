import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const FEDERATED_CAVEAT =
  'Federated queries run through a data source connector (a Lambda function, or a Glue connection for the newer connectors) that you set up and pay for.'

export const ATHENA: readonly Mechanism[] = [
  {
    id: 'athena-query-s3',
    name: 'Athena queries data in S3',
    owner: 'athena',
    carries: 'data',
    label: 'query in place',
    citation: SEED.athena,
    links: [
      link(['s3'], ['athena']),
      link(['s3-tables'], ['athena'], {
        label: 'query Iceberg tables',
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-athena.html',
          'Amazon S3 Tables: querying with Athena'
        )
      })
    ]
  },
  {
    id: 'athena-federated-connectors',
    name: 'Athena federated query connectors',
    owner: 'athena',
    carries: 'data',
    label: 'Athena Federated Query',
    citation: awsDoc(
      'https://docs.aws.amazon.com/athena/latest/ug/connectors-available.html',
      'Athena: available data source connectors'
    ),
    links: [
      link(['dynamodb', 'rds', 'on-prem-database'], ['athena'], {
        citation: SEED.athenaFederated,
        caveat: FEDERATED_CAVEAT
      }),
      link(
        [
          'documentdb',
          'opensearch',
          'msk',
          'redshift',
          'cloudwatch-logs',
          'timestream',
          'elasticache',
          'hbase',
          'snowflake'
        ],
        ['athena'],
        {
          caveat: FEDERATED_CAVEAT
        }
      )
    ]
  },
  {
    id: 'athena-query-results',
    name: 'Athena query results',
    owner: 'athena',
    carries: 'data',
    label: 'query results',
    citation: SEED.athena,
    links: [link(['athena'], ['s3'])]
  },
  {
    id: 'athena-writes-s3-tables',
    name: 'Athena DML on S3 Tables',
    owner: 'athena',
    carries: 'data',
    label: 'INSERT / MERGE into Iceberg tables',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-athena.html',
      'Amazon S3 Tables: querying with Athena (DDL, DML and queries)'
    ),
    links: [link(['athena'], ['s3-tables'])]
  },
  {
    id: 'sql-lambda-udfs',
    name: 'Lambda UDFs in SQL',
    owner: 'lambda',
    carries: 'data',
    label: 'Lambda UDF',
    citation: awsDoc(
      'https://docs.aws.amazon.com/athena/latest/ug/querying-udf.html',
      'Athena: querying with user defined functions (Lambda)'
    ),
    hook: true,
    links: [
      link(['athena'], ['lambda'], {
        note: 'The query calls your function row by row and uses what it returns; results still go to S3.',
        customCode: true
      }),
      link(['redshift'], ['lambda'], {
        note: 'SQL calls your function as a scalar function and uses what it returns.',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift/latest/dg/udf-creating-a-lambda-sql-udf.html',
          'Redshift: creating a scalar Lambda UDF'
        )
      })
    ]
  }
]
