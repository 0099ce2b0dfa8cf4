import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

export const MESSAGING: readonly Mechanism[] = [
  {
    id: 'sns-subscriptions',
    name: 'SNS subscriptions',
    owner: 'sns',
    carries: 'data',
    label: 'SNS subscription',
    citation: awsDoc(
      'https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html',
      'SNS API: Subscribe (protocols http/s, email, sms, sqs, application, lambda, firehose)'
    ),
    exhaustive: true,
    instead: 'subscribe an SQS queue or a Lambda function and write from there',
    links: [
      link(['sns'], ['sqs'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html',
          'SNS: fan out to SQS queues'
        )
      }),
      link(['sns'], ['lambda'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html',
          'Lambda: invoking functions with SNS notifications'
        )
      }),
      link(['sns'], ['kinesis-firehose'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/sns/latest/dg/sns-firehose-as-subscriber.html',
          'SNS: fan out to Firehose delivery streams'
        ),
        note: 'The topic must be a standard topic, with a subscription role that may put records into Firehose.'
      }),
      link(['sns'], ['http-endpoint'], { label: 'SNS subscription (HTTPS)' })
    ]
  },
  {
    id: 'sqs-dead-letter-queues',
    name: 'SQS dead-letter queues',
    owner: 'sqs',
    carries: 'data',
    label: 'dead-letter queue (redrive policy)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
      'SQS: using dead-letter queues'
    ),
    links: [
      link(['sqs'], ['sqs'], {
        note: 'The dead-letter queue must be of the same type (standard or FIFO) as its source queue.',
        notABridge: true
      })
    ]
  }
]
