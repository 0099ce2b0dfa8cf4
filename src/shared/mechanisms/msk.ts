import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

const CONNECT = awsDoc(
  'https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect.html',
  'MSK Connect'
)

export const MSK: readonly Mechanism[] = [
  {
    id: 'msk-connect-sinks',
    name: 'MSK Connect sink connectors',
    owner: 'msk',
    carries: 'data',
    label: 'MSK Connect sink connector',
    citation: awsDoc(
      'https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-examples.html',
      'MSK Connect examples (S3 sink, EventBridge sink)'
    ),
    links: [
      link(['msk'], ['s3'], {
        label: 'MSK Connect S3 sink',
        caveat:
          'Needs an MSK Connect connector (billed per MCU) or a Firehose delivery stream in between.',
        notABridge: true
      }),
      link(['msk'], ['eventbridge'], {
        caveat:
          'Needs the EventBridge Kafka sink connector running on MSK Connect (billed per MCU).',
        notABridge: true
      }),
      link(['msk'], ['kinesis-data-streams'], {
        label: 'third-party producer (Kafka)',
        citation: SEED.kds,
        caveat: 'Needs an MSK Connect Kinesis sink connector or a consumer of your own.',
        notABridge: true
      })
    ]
  },
  {
    id: 'msk-connect-sources',
    name: 'MSK Connect source connectors',
    owner: 'msk',
    carries: 'data',
    label: 'MSK Connect source connector (Debezium CDC)',
    citation: CONNECT,
    links: [
      link(['rds', 'on-prem-database'], ['msk'], {
        caveat: 'Needs a Debezium source connector on MSK Connect (billed per MCU).',
        notABridge: true
      })
    ]
  },
  {
    id: 'msk-replicator',
    name: 'MSK Replicator',
    owner: 'msk',
    carries: 'data',
    label: 'MSK Replicator',
    citation: awsDoc(
      'https://docs.aws.amazon.com/msk/latest/developerguide/msk-replicator.html',
      'MSK Replicator: replicate topics between MSK clusters'
    ),
    links: [link(['msk'], ['msk'], { notABridge: true })]
  },
  {
    id: 'kafka-clients-on-emr',
    name: 'Spark on EMR with Kafka',
    owner: 'emr',
    carries: 'data',
    label: 'Spark Structured Streaming (Kafka)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/msk/latest/developerguide/produce-consume.html',
      'MSK: produce and consume data with Kafka clients'
    ),
    links: [
      link(['msk'], ['emr'], { customCode: true }),
      link(['emr'], ['msk'], { customCode: true })
    ]
  },
  {
    id: 'emr-jdbc',
    name: 'Spark on EMR with JDBC databases',
    owner: 'emr',
    carries: 'data',
    label: 'Spark JDBC source',
    citation: awsDoc(
      'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark.html',
      'EMR: Apache Spark (reads JDBC sources)'
    ),
    links: [
      link(['rds', 'on-prem-database'], ['emr'], { customCode: true }),
      link(['emr'], ['rds'], { label: 'Spark JDBC write', customCode: true, notABridge: true })
    ]
  }
]
