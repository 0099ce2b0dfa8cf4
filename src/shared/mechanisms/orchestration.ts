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
    citation: awsDoc('https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html', 'Step Functions: optimized service integrations'),
    links: [
      link(['step-functions'], ['batch'], { citation: SEED.batch }),
      link(['step-functions'], ['lambda', 'glue-etl', 'emr', 'athena', 'dynamodb', 'sns', 'sqs', 'sagemaker', 'glue-databrew', 'eventbridge', 'api-gateway', 'step-functions']),
      link(['step-functions'], ['glue-crawler', 'redshift', 's3', 'kinesis-data-streams', 'kinesis-firehose', 'dms'], {
        label: 'task state (AWS SDK integration)',
        citation: awsDoc('https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html', 'Step Functions: AWS SDK service integrations'),
      }),
    ],
  },
  {
    id: 'mwaa-operators',
    name: 'Amazon MWAA (Apache Airflow) AWS operators',
    owner: 'mwaa',
    carries: 'control',
    label: 'Airflow operator',
    citation: awsDoc('https://docs.aws.amazon.com/mwaa/latest/mwaa-serverless-userguide/operators.html', 'Amazon MWAA: supported Apache Airflow operators for AWS services'),
    links: [
      link(['mwaa'], ['glue-etl', 'glue-crawler', 'emr', 'athena', 'redshift', 'lambda', 'step-functions', 'batch', 'sagemaker', 'dms', 'glue-databrew', 's3', 'sqs', 'sns']),
    ],
  },
  {
    id: 'batch-job-io',
    name: 'AWS Batch job input and output (SDK)',
    owner: 'batch',
    carries: 'data',
    label: 'job input (SDK)',
    citation: awsDoc('https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html', 'What is AWS Batch'),
    links: [link(['s3'], ['batch'], { customCode: true }), link(['batch'], ['s3'], { label: 'job output (SDK)', customCode: true })],
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
      link(['dynamodb'], ['data-pipeline'], { label: 'DynamoDBDataNode', citation: SEED.connected }),
      link(['redshift'], ['data-pipeline'], { label: 'RedshiftDataNode', citation: SEED.connected }),
      link(['rds', 'on-prem-database'], ['data-pipeline'], { label: 'SqlDataNode (JDBC)', citation: SEED.pipeline }),
    ],
  },
  {
    id: 'data-pipeline-notifications',
    name: 'Data Pipeline failure notifications',
    owner: 'data-pipeline',
    carries: 'notification',
    label: 'failure notification',
    citation: SEED.pipelineUses,
    links: [link(['data-pipeline'], ['sns'])],
  },
]
