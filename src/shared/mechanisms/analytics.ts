import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const QS_SOURCES = awsDoc(
  'https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DataSourceParameters.html',
  'QuickSight API: DataSourceParameters (supported data sources)'
)

export const ANALYTICS: readonly Mechanism[] = [
  {
    id: 'quicksight-data-sources',
    name: 'QuickSight data sources',
    owner: 'quicksight',
    carries: 'data',
    label: 'QuickSight data source',
    citation: QS_SOURCES,
    links: [
      link(['athena', 'redshift'], ['quicksight'], { citation: SEED.athena }),
      link(['rds', 'on-prem-database'], ['quicksight'], {
        label: 'QuickSight data source (JDBC)',
        citation: SEED.quicksight
      }),
      link(['s3'], ['quicksight'], { label: 'S3 manifest data source', citation: SEED.quicksight }),
      link(['opensearch', 'snowflake'], ['quicksight']),
      link(['s3-tables'], ['quicksight'], {
        label: 'through Athena or Redshift',
        caveat:
          'QuickSight reads S3 Tables through an Athena or Redshift data source: draw that service between them to see the query cost.',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-integrating-aws.html',
          'Amazon S3 Tables: integration with AWS analytics services'
        )
      }),
      link(['timestream'], ['quicksight'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/timestream/latest/developerguide/Quicksight.html',
          'Timestream: Amazon QuickSight'
        )
      })
    ]
  },
  {
    id: 'sagemaker-data',
    name: 'SageMaker training and import data',
    owner: 'sagemaker',
    carries: 'data',
    label: 'training data',
    citation: SEED.sagemaker,
    links: [
      link(['s3'], ['sagemaker']),
      link(['athena', 'redshift', 'snowflake', 'emr'], ['sagemaker'], {
        label: 'Data Wrangler import',
        note: 'The seed says SageMaker sources data only from S3; Data Wrangler also imports from Athena, Redshift, EMR and Snowflake.',
        citation: awsDoc(
          'https://docs.aws.amazon.com/sagemaker/latest/dg/data-wrangler-import.html',
          'SageMaker Data Wrangler: import data'
        )
      })
    ]
  },
  {
    id: 'sagemaker-output',
    name: 'SageMaker model artifacts and batch transform output',
    owner: 'sagemaker',
    carries: 'data',
    label: 'model artifacts and batch transform',
    citation: awsDoc(
      'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html',
      'SageMaker: batch transform output to S3'
    ),
    links: [link(['sagemaker'], ['s3'])]
  },
  {
    id: 'machine-learning-datasources',
    name: 'Amazon Machine Learning datasources',
    owner: 'machine-learning',
    carries: 'data',
    label: 'datasource',
    citation: SEED.ml,
    links: [
      link(['s3', 'redshift'], ['machine-learning']),
      link(['machine-learning'], ['s3'], {
        label: 'batch predictions',
        citation: awsDoc(
          'https://docs.aws.amazon.com/machine-learning/latest/dg/requesting-batch-predictions.html',
          'Amazon ML: batch predictions to S3'
        )
      })
    ]
  }
]
