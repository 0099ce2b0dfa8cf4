import { awsDoc } from '../catalog/citations'
import { KDA_SQL_DELETED } from './lifecycle'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const SDK_CALL = awsDoc(
  'https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html',
  'Lambda: function code calling AWS services with the AWS SDK'
)

export const LAMBDA: readonly Mechanism[] = [
  {
    id: 'lambda-event-source-mappings',
    name: 'Lambda event source mappings',
    owner: 'lambda',
    carries: 'data',
    label: 'event source mapping',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html',
      'AWS::Lambda::EventSourceMapping (DynamoDB Streams, Kinesis, SQS, Amazon MQ, MSK, self-managed Kafka, DocumentDB)'
    ),
    links: [
      link(['kinesis-data-streams'], ['lambda'], { citation: SEED.kds }),
      link(['msk'], ['lambda'], { citation: SEED.mskConsumers }),
      link(['sqs'], ['lambda'], { citation: SEED.sqs }),
      link(['dynamodb-streams'], ['lambda'], { citation: SEED.dynamodb }),
      link(['dynamodb'], ['lambda'], {
        label: 'event source mapping (table stream)',
        note: 'The mapping reads the table’s stream: turn DynamoDB Streams on for the table.',
        citation: awsDoc(
          'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
          'Lambda: using Lambda with DynamoDB (stream event source mapping)'
        )
      }),
      link(['documentdb'], ['lambda'], {
        label: 'change stream event source mapping',
        citation: awsDoc(
          'https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html',
          'Lambda: DocumentDB change streams'
        )
      })
    ]
  },
  {
    id: 'lambda-destinations',
    name: 'Lambda destinations',
    owner: 'lambda',
    carries: 'data',
    label: 'Lambda destination',
    citation: awsDoc(
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
      'Lambda: destinations for asynchronous invocations'
    ),
    links: [
      link(['lambda'], ['sqs', 'lambda', 'eventbridge']),
      link(['lambda'], ['sns'], { label: 'Publish (SDK)', citation: SEED.kda })
    ]
  },
  {
    id: 'lambda-sdk-writes',
    name: 'Lambda SDK writes (custom code)',
    owner: 'lambda',
    carries: 'data',
    label: 'SDK / client call',
    citation: SDK_CALL,
    links: [
      link(['lambda'], ['kinesis-data-streams', 'kinesis-firehose'], {
        label: 'PutRecords (SDK)',
        citation: SEED.kds,
        customCode: true
      }),
      link(
        ['lambda'],
        ['s3', 'dynamodb', 'opensearch', 'timestream', 'elasticache', 'documentdb', 'rds'],
        { citation: SEED.dataStores, customCode: true }
      ),
      link(['lambda'], ['redshift'], {
        label: 'Redshift Data API (SDK)',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift-data/latest/APIReference/Welcome.html',
          'Amazon Redshift Data API reference'
        )
      }),
      link(['lambda'], ['msk'], {
        label: 'Kafka producer client',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/msk/latest/developerguide/produce-consume.html',
          'MSK: produce and consume data (Kafka clients)'
        )
      }),
      link(['lambda'], ['iot-core'], {
        label: 'Publish (IoT data plane SDK)',
        customCode: true,
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/iot/latest/apireference/API_iotdata_Publish.html',
          'AWS IoT data plane API: Publish'
        )
      }),
      link(['lambda'], ['http-endpoint'], { label: 'HTTPS request', customCode: true }),
      link(['lambda'], ['s3-tables'], {
        label: 'Iceberg writes (your code)',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables.html',
          'Amazon S3 Tables: tabular data in table buckets'
        )
      })
    ]
  },
  {
    id: 'lambda-control',
    name: 'Lambda starts jobs and workflows (SDK)',
    owner: 'lambda',
    carries: 'control',
    label: 'start job (SDK)',
    citation: SDK_CALL,
    links: [
      link(['lambda'], ['step-functions'], {
        label: 'StartExecution',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/step-functions/latest/dg/integrate-services.html',
          'Step Functions: integrating services'
        )
      }),
      link(['lambda'], ['glue-etl'], {
        label: 'StartJobRun (SDK)',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/glue/latest/dg/example_glue_StartJobRun_section.html',
          'Glue: StartJobRun with an AWS SDK'
        )
      }),
      link(['lambda'], ['glue-crawler'], { label: 'StartCrawler (SDK)', customCode: true }),
      link(['lambda'], ['athena'], { label: 'StartQueryExecution (SDK)', customCode: true }),
      link(['lambda'], ['emr'], { label: 'AddJobFlowSteps (SDK)', customCode: true }),
      link(['lambda'], ['batch'], { label: 'SubmitJob (SDK)', customCode: true }),
      link(['lambda'], ['dms'], { label: 'StartReplicationTask (SDK)', customCode: true }),
      link(['lambda'], ['rekognition-video'], {
        label: 'StartLabelDetection (SDK)',
        customCode: true
      }),
      link(['lambda'], ['mwaa'], {
        label: 'trigger a DAG (InvokeRestApi)',
        customCode: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/mwaa/latest/userguide/access-mwaa-apache-airflow-rest-api.html',
          'Amazon MWAA: using the Apache Airflow REST API (InvokeRestApi)'
        )
      })
    ]
  },
  {
    id: 'lambda-invokes-endpoints',
    name: 'Lambda invokes SageMaker endpoints',
    owner: 'lambda',
    carries: 'data',
    label: 'InvokeEndpoint (SDK)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/solutions/latest/constructs/aws-lambda-sagemakerendpoint.html',
      'AWS Solutions Constructs: aws-lambda-sagemakerendpoint'
    ),
    links: [link(['lambda'], ['sagemaker'], { customCode: true, notABridge: true })]
  },
  {
    id: 'kda-sql-preprocessing',
    name: 'Kinesis Data Analytics SQL input pre-processing',
    owner: 'kinesis-data-analytics',
    carries: 'data',
    label: 'input pre-processing (SQL applications)',
    citation: SEED.analytics,
    links: [
      link(['lambda'], ['kinesis-data-analytics'], {
        lifecycle: KDA_SQL_DELETED,
        note: 'For Flink, have the function write to a Kinesis data stream the application reads.'
      })
    ]
  }
]
