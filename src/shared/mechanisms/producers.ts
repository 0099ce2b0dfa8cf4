import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

/** What your own application code writes with the AWS SDK or a client library. */
export const PRODUCERS: readonly Mechanism[] = [
  {
    id: 'application-writes',
    name: 'Application writes (AWS SDK and clients)',
    owner: 'producer-app',
    carries: 'data',
    label: 'SDK write',
    citation: SEED.dataStores,
    links: [
      link(['producer-app'], ['kinesis-data-streams'], {
        label: 'PutRecords (SDK / KPL)',
        citation: SEED.kds
      }),
      link(['producer-app'], ['sqs'], { label: 'SendMessage (SDK)', citation: SEED.sqs }),
      link(['producer-app'], ['dynamodb'], { label: 'PutItem (SDK)', citation: SEED.dynamodb }),
      link(['producer-app'], ['msk'], { label: 'Kafka producer', citation: SEED.mskSecurity }),
      link(['producer-app'], ['kinesis-video-streams'], {
        label: 'KVS Producer SDK',
        citation: SEED.video
      }),
      link(['producer-app'], ['s3'], { label: 'PutObject (SDK)' }),
      link(['producer-app'], ['sns'], {
        label: 'Publish (SDK)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/sns/latest/dg/sns-publishing.html',
          'SNS: message publishing'
        )
      }),
      link(['producer-app'], ['rds', 'documentdb', 'timestream', 'elasticache', 'opensearch'], {
        label: 'database client',
        note: 'Written by your code through the AWS SDK or the database’s client.'
      }),
      link(['producer-app'], ['cloudsearch'], {
        label: 'document upload',
        citation: awsDoc(
          'https://docs.aws.amazon.com/cloudsearch/latest/developerguide/uploading-data.html',
          'CloudSearch: uploading data'
        )
      }),
      link(['producer-app'], ['lambda'], {
        label: 'Invoke (SDK)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
          'Lambda API: Invoke'
        )
      }),
      link(['producer-app'], ['eventbridge'], {
        label: 'PutEvents (SDK)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html',
          'EventBridge API: PutEvents'
        )
      }),
      link(['producer-app'], ['redshift'], {
        label: 'JDBC / Redshift Data API',
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift-data/latest/APIReference/Welcome.html',
          'Amazon Redshift Data API reference'
        )
      }),
      link(['producer-app'], ['api-gateway'], {
        label: 'HTTPS request',
        citation: awsDoc(
          'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html',
          'API Gateway: invoke a REST API'
        )
      })
    ]
  },
  {
    id: 'kinesis-agent',
    name: 'Kinesis Agent',
    owner: 'kinesis-agent',
    carries: 'data',
    label: 'Kinesis Agent',
    citation: SEED.kds,
    links: [link(['kinesis-agent'], ['kinesis-data-streams'])]
  },
  {
    id: 'kvs-producer-sdk',
    name: 'Kinesis Video Streams producer SDK',
    owner: 'kinesis-video-streams',
    carries: 'data',
    label: 'KVS Producer SDK on the camera',
    citation: SEED.video,
    links: [link(['iot-devices'], ['kinesis-video-streams'])]
  },
  {
    id: 'sqs-consumers',
    name: 'SQS consumers (ReceiveMessage)',
    owner: 'sqs',
    carries: 'data',
    label: 'ReceiveMessage polling (SDK)',
    citation: SEED.sqs,
    links: [link(['sqs'], ['producer-app'])]
  },
  {
    id: 'application-consumers',
    name: 'Your own stream consumers (SDK and Kafka clients)',
    owner: 'producer-app',
    carries: 'data',
    label: 'consumer (SDK)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html',
      'Kinesis Data Streams: read data (consumers built with the SDK)'
    ),
    links: [
      link(['kinesis-data-streams'], ['producer-app'], { label: 'GetRecords (SDK)' }),
      link(['msk'], ['producer-app'], {
        label: 'Kafka consumer',
        citation: awsDoc(
          'https://docs.aws.amazon.com/msk/latest/developerguide/produce-consume.html',
          'MSK: produce and consume data with Kafka clients'
        )
      })
    ]
  },
  {
    id: 'application-starts-work',
    name: 'Application starts workflows (SDK)',
    owner: 'producer-app',
    carries: 'control',
    label: 'StartExecution (SDK)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-starting.html',
      'Step Functions: starting state machine executions'
    ),
    links: [link(['producer-app'], ['step-functions'])]
  }
]
