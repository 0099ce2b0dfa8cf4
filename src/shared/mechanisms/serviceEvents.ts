import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

/**
 * What services emit about their own work: state-change events on the default event bus, event
 * notifications to SNS, and their logs in CloudWatch Logs. Events and notifications say that a
 * job ran; they carry none of the job's data.
 */
export const SERVICE_EVENTS: readonly Mechanism[] = [
  {
    id: 'service-events-to-eventbridge',
    name: 'AWS service events on the default event bus',
    owner: 'eventbridge',
    carries: 'notification',
    label: 'state-change event',
    citation: awsDoc(
      'https://docs.aws.amazon.com/eventbridge/latest/ref/events.html',
      'EventBridge: events from AWS services (events reference)'
    ),
    links: [
      link(['glue-etl', 'glue-crawler', 'glue-data-catalog'], ['eventbridge'], {
        label: 'Glue job, crawler and catalog events',
        citation: awsDoc(
          'https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html',
          'Glue: automating AWS Glue with EventBridge'
        )
      }),
      link(['batch'], ['eventbridge'], {
        label: 'Batch job state change',
        citation: awsDoc(
          'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-batch.html',
          'EventBridge events reference: AWS Batch'
        )
      }),
      link(
        [
          'emr',
          'athena',
          'dms',
          'redshift',
          'sagemaker',
          'glue-databrew',
          'rds',
          'datasync',
          'step-functions',
          'kinesis-data-analytics',
          'mwaa'
        ],
        ['eventbridge']
      )
    ]
  },
  {
    id: 'service-event-notifications-sns',
    name: 'Event notifications to SNS',
    owner: 'sns',
    carries: 'notification',
    label: 'event notification',
    citation: awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Events.html',
      'DMS: working with events and notifications (Amazon SNS)'
    ),
    links: [
      link(['dms'], ['sns']),
      link(['redshift'], ['sns'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-event-notifications.html',
          'Redshift: event notifications through Amazon SNS'
        )
      }),
      link(['rds'], ['sns'], {
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html',
          'RDS: working with Amazon RDS event notification'
        )
      })
    ]
  },
  {
    id: 'cloudwatch-alarms-sns',
    name: 'CloudWatch alarms and event rules',
    owner: 'cloudwatch-logs',
    carries: 'notification',
    label: 'metric filter alarm',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringPolicyExamples.html',
      'CloudWatch Logs: metric filters (and alarms on them)'
    ),
    links: [
      link(['cloudwatch-logs'], ['sns'], {
        note: 'A metric filter counts matching log events; an alarm on the metric notifies the topic.'
      })
    ]
  },
  {
    id: 'service-logs-to-cloudwatch',
    name: 'Service logs in CloudWatch Logs',
    owner: 'cloudwatch-logs',
    carries: 'data',
    label: 'logs',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/aws-services-sending-logs.html',
      'CloudWatch Logs: AWS services that publish logs to CloudWatch Logs'
    ),
    links: [
      link(['producer-app'], ['cloudwatch-logs'], {
        label: 'PutLogEvents (SDK / agent)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html',
          'CloudWatch Logs API: PutLogEvents'
        )
      }),
      link(['lambda'], ['cloudwatch-logs'], {
        label: 'function logs',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html',
          'Lambda: sending function logs to CloudWatch Logs'
        )
      }),
      link(['api-gateway'], ['cloudwatch-logs'], {
        label: 'access and execution logs',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
          'API Gateway: set up CloudWatch logging for REST APIs'
        )
      }),
      link(['msk'], ['cloudwatch-logs'], {
        label: 'broker logs',
        notABridge: true,
        citation: awsDoc(
          'https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html',
          'MSK: broker logs to CloudWatch Logs, S3 or Firehose'
        )
      }),
      link(
        [
          'step-functions',
          'glue-etl',
          'kinesis-data-analytics',
          'kinesis-firehose',
          'rds',
          'redshift',
          'opensearch',
          'elasticache',
          'eventbridge-pipes',
          'mwaa',
          'dms',
          'batch',
          'datasync',
          'sagemaker',
          'glue-crawler',
          'glue-databrew'
        ],
        ['cloudwatch-logs'],
        {
          label: 'service logs',
          notABridge: true
        }
      )
    ]
  }
]
