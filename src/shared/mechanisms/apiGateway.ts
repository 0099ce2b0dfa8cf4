import { awsDoc } from '../catalog/citations'
import { link, type Mechanism } from './types'

const HTTP_SUBTYPES = awsDoc(
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html',
  'API Gateway HTTP APIs: integration subtypes (EventBridge, SQS, Kinesis, Step Functions)'
)

export const API_GATEWAY: readonly Mechanism[] = [
  {
    id: 'api-gateway-integrations',
    name: 'API Gateway integrations',
    owner: 'api-gateway',
    carries: 'data',
    label: 'API Gateway integration',
    citation: awsDoc(
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
      'API Gateway: integration types (Lambda, HTTP, AWS service)'
    ),
    links: [
      link(['api-gateway'], ['lambda'], { label: 'Lambda proxy integration' }),
      link(['api-gateway'], ['http-endpoint'], { label: 'HTTP integration' }),
      link(['api-gateway'], ['kinesis-data-streams', 'sqs', 'step-functions', 'eventbridge'], {
        label: 'service integration',
        citation: HTTP_SUBTYPES
      }),
      link(['api-gateway'], ['kinesis-firehose', 's3', 'sns', 'dynamodb'], {
        label: 'service integration (REST)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-aws-proxy.html',
          'API Gateway: REST API with an AWS service integration'
        )
      })
    ]
  },
  {
    id: 'api-gateway-service-patterns',
    name: 'API Gateway direct service integrations (patterns)',
    owner: 'api-gateway',
    carries: 'data',
    label: 'service integration (REST)',
    citation: awsDoc(
      'https://docs.aws.amazon.com/solutions/latest/constructs/aws-apigateway-sagemakerendpoint.html',
      'AWS Solutions Constructs: aws-apigateway-sagemakerendpoint'
    ),
    links: [
      link(['api-gateway'], ['sagemaker'], { label: 'InvokeEndpoint (REST)', notABridge: true }),
      link(['api-gateway'], ['iot-core'], {
        label: 'publish to MQTT (REST)',
        citation: awsDoc(
          'https://docs.aws.amazon.com/solutions/latest/constructs/aws-apigateway-iot.html',
          'AWS Solutions Constructs: aws-apigateway-iot'
        )
      })
    ]
  }
]
