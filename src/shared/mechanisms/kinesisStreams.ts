import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const KINESIS_STREAMS: readonly Mechanism[] = [
  {
    id: 'kds-consumers',
    name: 'Kinesis Data Streams consumers',
    owner: 'kinesis-data-streams',
    carries: 'data',
    label: 'stream consumer',
    citation: awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html',
      'Kinesis Data Streams: read data (KCL, Lambda, Flink, Firehose, EMR, Glue, Redshift)'
    ),
    links: [
      link(['kinesis-data-streams'], ['kcl-app', 'kinesis-connector-library', 'emr'], {
        citation: SEED.kds
      })
    ]
  },
  {
    id: 'kds-third-party-producers',
    name: 'Kinesis Data Streams producers (connectors)',
    owner: 'kinesis-data-streams',
    carries: 'data',
    label: 'third-party producer (Spark)',
    citation: SEED.kds,
    links: [
      link(['emr'], ['kinesis-data-streams'], {
        caveat: 'Needs a Kinesis connector in your Spark job.',
        customCode: true
      })
    ]
  },
  {
    id: 'kcl-lease-table',
    name: 'KCL lease table',
    owner: 'kcl-app',
    carries: 'checkpoints',
    label: 'lease table and checkpoints',
    citation: SEED.kcl,
    links: [link(['kcl-app'], ['dynamodb'], { preferred: true })]
  },
  {
    id: 'kcl-consumer-output',
    name: 'KCL application writes',
    owner: 'kcl-app',
    carries: 'data',
    label: 'consumer output (SDK)',
    citation: SEED.kinesisModel,
    links: [
      link(['kcl-app'], ['s3', 'redshift', 'kinesis-firehose', 'emr'], { customCode: true }),
      link(
        ['kcl-app'],
        ['dynamodb', 'kinesis-data-streams', 'sqs', 'sns', 'opensearch', 'rds', 'elasticache'],
        {
          label: 'record processor writes (SDK)',
          customCode: true,
          citation: awsDoc(
            'https://docs.aws.amazon.com/streams/latest/dev/develop-kcl-consumers.html',
            'KCL: develop consumers (your record processor code)'
          )
        }
      )
    ]
  },
  {
    id: 'kinesis-connector-library-emitters',
    name: 'Kinesis Connector Library emitters',
    owner: 'kinesis-connector-library',
    carries: 'data',
    label: 'connector emitter',
    citation: SEED.connected,
    links: [link(['kinesis-connector-library'], ['s3', 'redshift', 'opensearch', 'dynamodb'])]
  },
  {
    id: 'dynamodb-streams-kinesis-adapter',
    name: 'DynamoDB Streams Kinesis Adapter',
    owner: 'dynamodb-streams',
    carries: 'data',
    label: 'DynamoDB Streams Kinesis Adapter',
    citation: SEED.dynamodb,
    links: [link(['dynamodb-streams'], ['kcl-app'])]
  }
]
