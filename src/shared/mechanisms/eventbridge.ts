import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

const TARGETS = awsDoc(
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html',
  'EventBridge: event bus targets'
)
const PIPES_TARGETS = awsDoc(
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html',
  'EventBridge Pipes: targets'
)

export const EVENTBRIDGE: readonly Mechanism[] = [
  {
    id: 'eventbridge-targets',
    name: 'EventBridge rule targets',
    owner: 'eventbridge',
    carries: 'data',
    label: 'rule target',
    citation: TARGETS,
    links: [
      link(
        ['eventbridge'],
        [
          'lambda',
          'sqs',
          'sns',
          'kinesis-data-streams',
          'kinesis-firehose',
          'step-functions',
          'cloudwatch-logs',
          'api-gateway',
          'eventbridge'
        ]
      ),
      link(['eventbridge'], ['http-endpoint'], { label: 'API destination' })
    ]
  },
  {
    id: 'eventbridge-control-targets',
    name: 'EventBridge rule targets that start work',
    owner: 'eventbridge',
    carries: 'control',
    label: 'rule starts',
    citation: TARGETS,
    links: [
      link(['eventbridge'], ['batch'], { label: 'submit Batch job' }),
      link(['eventbridge'], ['glue-etl', 'glue-crawler'], { label: 'start Glue workflow' }),
      link(['eventbridge'], ['redshift'], { label: 'Redshift Data API statement' }),
      link(['eventbridge'], ['sagemaker'], { label: 'start SageMaker pipeline' })
    ]
  },
  {
    id: 'scheduler-universal-targets',
    name: 'EventBridge Scheduler universal targets',
    owner: 'eventbridge',
    carries: 'control',
    label: 'schedule (universal target)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-universal.html',
      'EventBridge Scheduler: universal targets (any AWS API action)'
    ),
    links: [link(['eventbridge'], ['athena', 'dms', 'emr', 'glue-databrew'])]
  },
  {
    id: 'pipes-sources',
    name: 'EventBridge Pipes sources',
    owner: 'eventbridge-pipes',
    carries: 'data',
    label: 'Pipes source',
    citation: awsDoc(
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-source.html',
      'EventBridge Pipes: sources'
    ),
    exhaustive: true,
    links: [
      link(['dynamodb-streams', 'kinesis-data-streams', 'msk', 'sqs'], ['eventbridge-pipes']),
      link(['dynamodb'], ['eventbridge-pipes'], {
        label: 'Pipes source (table stream)',
        note: 'The pipe reads the table’s stream: turn DynamoDB Streams on.'
      })
    ]
  },
  {
    id: 'pipes-targets',
    name: 'EventBridge Pipes targets',
    owner: 'eventbridge-pipes',
    carries: 'data',
    label: 'Pipes target',
    citation: PIPES_TARGETS,
    links: [
      link(
        ['eventbridge-pipes'],
        [
          'lambda',
          'step-functions',
          'sqs',
          'sns',
          'kinesis-data-streams',
          'kinesis-firehose',
          'eventbridge',
          'cloudwatch-logs',
          'api-gateway',
          'timestream'
        ]
      ),
      link(['eventbridge-pipes'], ['http-endpoint'], { label: 'API destination' })
    ]
  },
  {
    id: 'pipes-control-targets',
    name: 'EventBridge Pipes targets that start work',
    owner: 'eventbridge-pipes',
    carries: 'control',
    label: 'Pipes target starts',
    citation: PIPES_TARGETS,
    links: [
      link(['eventbridge-pipes'], ['batch'], { label: 'submit Batch job' }),
      link(['eventbridge-pipes'], ['redshift'], { label: 'Redshift Data API statement' }),
      link(['eventbridge-pipes'], ['sagemaker'], { label: 'start SageMaker pipeline' })
    ]
  }
]
