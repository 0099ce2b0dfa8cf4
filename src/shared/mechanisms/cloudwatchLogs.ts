import { awsDoc } from '../catalog/citations'
import { SEED } from './seedCitations'
import { link, type Mechanism } from './types'

export const CLOUDWATCH_LOGS: readonly Mechanism[] = [
  {
    id: 'cwl-subscription-filters',
    name: 'CloudWatch Logs subscription filters',
    owner: 'cloudwatch-logs',
    carries: 'data',
    label: 'subscription filter',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Subscriptions.html',
      'CloudWatch Logs: subscription filters'
    ),
    links: [
      link(['cloudwatch-logs'], ['kinesis-firehose'], { citation: SEED.kdf }),
      link(['cloudwatch-logs'], ['kinesis-data-streams', 'lambda']),
      link(['cloudwatch-logs'], ['opensearch'], {
        citation: SEED.es,
        note: 'AWS implements this subscription with a Lambda function it creates for you.'
      })
    ]
  },
  {
    id: 'cwl-export-to-s3',
    name: 'CloudWatch Logs export to S3',
    owner: 'cloudwatch-logs',
    carries: 'data',
    label: 'export task',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/S3Export.html',
      'CloudWatch Logs: export log data to S3'
    ),
    links: [link(['cloudwatch-logs'], ['s3'])]
  },
  {
    id: 'cwl-s3-tables-integration',
    name: 'CloudWatch S3 Tables integration',
    owner: 'cloudwatch-logs',
    carries: 'data',
    label: 'S3 Tables integration',
    citation: awsDoc(
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-observabilityadmin-s3tableintegration.html',
      'AWS::ObservabilityAdmin::S3TableIntegration (CloudWatch logs as Iceberg tables)'
    ),
    links: [link(['cloudwatch-logs'], ['s3-tables'])]
  },
  {
    id: 'cloudwatch-events-schedule',
    name: 'CloudWatch Events scheduled rules',
    owner: 'cloudwatch-logs',
    carries: 'control',
    label: 'scheduled event rule',
    citation: SEED.batch,
    links: [
      link(['cloudwatch-logs'], ['batch']),
      link(['cloudwatch-logs'], ['step-functions'], {
        label: 'event rule',
        citation: awsDoc(
          'https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-starting.html',
          'Step Functions: starting executions (EventBridge / CloudWatch Events rules)'
        )
      })
    ]
  }
]
