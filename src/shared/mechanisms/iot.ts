import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const IOT: readonly Mechanism[] = [
  {
    id: 'iot-mqtt-publish',
    name: 'AWS IoT device publishing (MQTT)',
    owner: 'iot-core',
    carries: 'data',
    label: 'MQTT publish',
    citation: SEED.mqtt,
    links: [
      link(['iot-devices'], ['iot-core']),
      link(['producer-app'], ['iot-core'], {
        label: 'MQTT or HTTPS publish',
        citation: awsDoc(
          'https://docs.aws.amazon.com/iot/latest/developerguide/http.html',
          'AWS IoT Core: HTTPS (publish messages over HTTP)'
        )
      })
    ]
  },
  {
    id: 'iot-rule-actions',
    name: 'AWS IoT rule actions',
    owner: 'iot-core',
    carries: 'data',
    label: 'IoT rule action',
    citation: awsDoc(
      'https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html',
      'AWS IoT rule actions'
    ),
    exhaustive: true,
    instead:
      'have the rule invoke AWS Lambda and write from the function, or route through Firehose',
    links: [
      link(
        ['iot-core'],
        ['kinesis-data-streams', 'dynamodb', 'sns', 's3', 'lambda', 'sqs', 'kinesis-firehose'],
        { citation: SEED.iot }
      ),
      link(['iot-core'], ['opensearch'], { citation: SEED.es }),
      link(['iot-core'], ['timestream', 'step-functions', 'cloudwatch-logs']),
      link(['iot-core'], ['msk'], { label: 'IoT rule action (Apache Kafka)' }),
      link(['iot-core'], ['http-endpoint'], { label: 'IoT rule action (HTTPS)' }),
      link(['iot-core'], ['iot-core'], {
        label: 'IoT rule action (Republish)',
        notABridge: true,
        note: 'Republishes the message to another MQTT topic.'
      }),
      link(['iot-core'], ['redshift'], {
        label: 'IoT rule action via Firehose',
        citation: SEED.connected,
        refuted:
          'AWS IoT has no Redshift rule action (the seed notes list one): use the Firehose action, IoT Core → Firehose → Redshift'
      })
    ]
  }
]
