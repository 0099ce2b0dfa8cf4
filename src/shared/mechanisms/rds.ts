import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

export const RDS: readonly Mechanism[] = [
  {
    id: 'rds-s3-import',
    name: 'Aurora and RDS import from S3',
    owner: 'rds',
    carries: 'data',
    label: 'LOAD DATA FROM S3 / aws_s3.table_import_from_s3',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.LoadFromS3.html',
      'Aurora MySQL: loading data from text files in Amazon S3'
    ),
    links: [
      link(['s3'], ['rds'], {
        note: 'Aurora MySQL uses LOAD DATA FROM S3; RDS and Aurora PostgreSQL use the aws_s3 extension (table_import_from_s3).',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PostgreSQL.S3Import.html',
          'RDS for PostgreSQL: importing data from Amazon S3'
        )
      })
    ]
  },
  {
    id: 'rds-s3-export',
    name: 'Aurora and RDS export to S3',
    owner: 'rds',
    carries: 'data',
    label: 'query_export_to_s3 / snapshot export',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/postgresql-s3-export.html',
      'RDS for PostgreSQL: exporting query data to Amazon S3'
    ),
    links: [
      link(['rds'], ['s3'], {
        note: 'PostgreSQL uses aws_s3.query_export_to_s3, Aurora MySQL SELECT INTO OUTFILE S3; a snapshot export writes Parquet.'
      })
    ]
  },
  {
    id: 'rds-invoke-lambda',
    name: 'Aurora and RDS invoke Lambda',
    owner: 'rds',
    carries: 'data',
    label: 'invoke Lambda from SQL',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL-Lambda.html',
      'RDS for PostgreSQL: invoking a Lambda function (aws_lambda extension)'
    ),
    links: [
      link(['rds'], ['lambda'], {
        customCode: true,
        notABridge: true,
        note: 'PostgreSQL calls aws_lambda.invoke, Aurora MySQL lambda_sync or lambda_async, from SQL or a trigger you write.'
      })
    ]
  }
]
