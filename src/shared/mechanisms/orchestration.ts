import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const ORCHESTRATION: readonly Mechanism[] = [
  {
    id: 'step-functions-integrations',
    name: 'Step Functions service integrations',
    owner: 'step-functions',
    carries: 'control',
    label: 'task state',
    citation: awsDoc(
      'https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html',
      'Step Functions: optimized service integrations'
    ),
    links: [
      link(['step-functions'], ['batch'], { citation: SEED.batch }),
      link(
        ['step-functions'],
        [
          'lambda',
          'glue-etl',
          'emr',
          'athena',
          'sagemaker',
          'glue-databrew',
          'api-gateway',
          'step-functions'
        ]
      ),
      link(
        ['step-functions'],
        [
          'glue-crawler',
          'redshift',
          'dms',
          'rds',
          'quicksight',
          'datasync',
          'kinesis-data-analytics',
          'opensearch',
          'glue-data-catalog',
          'rekognition-video'
        ],
        {
          label: 'task state (AWS SDK integration)',
          citation: awsDoc(
            'https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html',
            'Step Functions: AWS SDK service integrations'
          )
        }
      )
    ]
  },
  {
    id: 'step-functions-data-tasks',
    name: 'Step Functions tasks that send a payload',
    owner: 'step-functions',
    carries: 'data',
    label: 'task state (sends the payload)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html',
      'Step Functions: optimized service integrations'
    ),
    links: [
      link(['step-functions'], ['dynamodb', 'sns', 'sqs', 'eventbridge']),
      link(['step-functions'], ['s3', 'kinesis-data-streams', 'kinesis-firehose'], {
        label: 'task state (AWS SDK integration)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html',
          'Step Functions: AWS SDK service integrations'
        )
      }),
      link(['step-functions'], ['http-endpoint'], {
        label: 'HTTP Task',
        citation: awsDoc(
          'https://docs.aws.amazon.com/step-functions/latest/dg/connect-third-party-apis.html',
          'Step Functions: call HTTPS APIs with an HTTP Task'
        )
      })
    ]
  },
  {
    id: 'step-functions-distributed-map',
    name: 'Step Functions Distributed Map item reader',
    owner: 'step-functions',
    carries: 'data',
    label: 'Distributed Map item reader',
    citation: awsDoc(
      'https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html',
      'Step Functions: ItemReader reads items from Amazon S3'
    ),
    links: [link(['s3'], ['step-functions'])]
  },
  {
    id: 'mwaa-operators',
    name: 'Amazon MWAA (Apache Airflow) AWS operators',
    owner: 'mwaa',
    carries: 'control',
    label: 'Airflow operator',
    citation: awsDoc(
      'https://docs.aws.amazon.com/mwaa/latest/mwaa-serverless-userguide/operators.html',
      'Amazon MWAA: supported Apache Airflow operators for AWS services'
    ),
    links: [
      link(
        ['mwaa'],
        [
          'glue-etl',
          'glue-crawler',
          'emr',
          'athena',
          'redshift',
          'lambda',
          'step-functions',
          'batch',
          'sagemaker',
          'dms',
          'glue-databrew',
          's3',
          'sqs',
          'sns'
        ]
      ),
      link(
        ['mwaa'],
        ['quicksight', 'dynamodb', 'rds', 'kinesis-data-analytics', 'datasync', 'eventbridge'],
        {
          citation: awsDoc(
            'https://docs.aws.amazon.com/mwaa/latest/userguide/connections-packages.html',
            'Amazon MWAA: Apache Airflow provider packages (the Amazon provider)'
          )
        }
      )
    ]
  },
  {
    id: 'mwaa-dag-bucket',
    name: 'MWAA DAG and plugin bucket',
    owner: 'mwaa',
    carries: 'control',
    label: 'DAGs, plugins and requirements',
    citation: awsDoc(
      'https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-dag-import-plugins.html',
      'Amazon MWAA: DAGs, plugins and requirements in an S3 bucket'
    ),
    links: [
      link(['s3'], ['mwaa'], {
        note: 'The environment loads its code from the bucket; no pipeline data moves.'
      })
    ]
  },
  {
    id: 'batch-job-io',
    name: 'AWS Batch job input and output (SDK)',
    owner: 'batch',
    carries: 'data',
    label: 'job input (SDK)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html',
      'What is AWS Batch'
    ),
    links: [
      link(['s3'], ['batch'], { customCode: true }),
      link(['batch'], ['s3'], { label: 'job output (SDK)', customCode: true })
    ]
  },
  {
    id: 'data-pipeline-activities',
    name: 'Data Pipeline activities and data nodes',
    owner: 'data-pipeline',
    carries: 'data',
    label: 'Data Pipeline activity',
    citation: SEED.dataPipeline,
    links: [
      link(['data-pipeline'], ['s3', 'rds', 'dynamodb', 'redshift', 'emr']),
      link(['s3'], ['data-pipeline'], { label: 'S3DataNode', citation: SEED.connected }),
      link(['dynamodb'], ['data-pipeline'], {
        label: 'DynamoDBDataNode',
        citation: SEED.connected
      }),
      link(['redshift'], ['data-pipeline'], {
        label: 'RedshiftDataNode',
        citation: SEED.connected
      }),
      link(['rds', 'on-prem-database'], ['data-pipeline'], {
        label: 'SqlDataNode (JDBC)',
        citation: SEED.pipeline
      })
    ]
  },
  {
    id: 'data-pipeline-notifications',
    name: 'Data Pipeline failure notifications',
    owner: 'data-pipeline',
    carries: 'notification',
    label: 'failure notification',
    citation: SEED.pipelineUses,
    links: [link(['data-pipeline'], ['sns'])]
  }
]
