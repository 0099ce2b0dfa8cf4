import { describe, expect, it } from 'vitest'
import { resourceRow } from '../../../../src/shared/interchange/cloudformation/resourceTable'
import { edgesOf, entryOf, imported, template } from './importHelpers'

describe('templates the CDK synthesises', () => {
  it('reads Custom::S3BucketNotifications as the bucket’s notifications and skips CDK metadata', () => {
    const r = imported(
      JSON.stringify({
        Resources: {
          UploadsBucket5A2B1C3D: { Type: 'AWS::S3::Bucket' },
          UploadsBucketNotificationsE1F2A3B4: {
            Type: 'Custom::S3BucketNotifications',
            Properties: {
              ServiceToken: { 'Fn::GetAtt': ['BucketNotificationsHandler050a0587', 'Arn'] },
              BucketName: { Ref: 'UploadsBucket5A2B1C3D' },
              NotificationConfiguration: {
                QueueConfigurations: [
                  {
                    Events: ['s3:ObjectCreated:*'],
                    QueueArn: { 'Fn::GetAtt': ['IngestQueue9F8E7D6C', 'Arn'] },
                    Queue: { 'Fn::GetAtt': ['IngestQueue9F8E7D6C', 'Arn'] }
                  }
                ]
              },
              Managed: true
            }
          },
          IngestQueue9F8E7D6C: { Type: 'AWS::SQS::Queue' },
          CDKMetadata: { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'v2:deflate64:x' } }
        }
      }),
      'stack.template.json'
    )
    expect(edgesOf(r)).toEqual(['UploadsBucket5A2B1C3D>IngestQueue9F8E7D6C'])
    expect(entryOf(r, 'UploadsBucketNotificationsE1F2A3B4').outcome).toBe('edge')
    expect(entryOf(r, 'CDKMetadata').outcome).toBe('not-pipeline')
  })
})

describe('OpenAPI definitions and SAM connectors', () => {
  it('reads x-amazon-apigateway-integration of each operation in a DefinitionBody', () => {
    const r = template(
      `
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.12, Handler: a.b, CodeUri: src }
  Queue:
    Type: AWS::SQS::Queue
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: '3.0.1'
        paths:
          /items:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${Queue.QueueName}
            options:
              x-amazon-apigateway-integration: { type: mock }`,
      'Transform: AWS::Serverless-2016-10-31'
    )
    expect(edgesOf(r)).toEqual(['Api>Fn', 'Api>Queue'])
  })

  it('offers SAM connectors, standalone or on the resource, as suggestions', () => {
    const r = template(
      `
  Table:
    Type: AWS::DynamoDB::Table
  Bucket:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Connectors:
      ToBucket:
        Properties:
          Destination: { Id: Bucket }
          Permissions: [Write]
    Properties: { Runtime: python3.12, Handler: a.b, CodeUri: src }
  FnToTable:
    Type: AWS::Serverless::Connector
    Properties:
      Source: { Id: Fn }
      Destination: { Id: Table }
      Permissions: [Read, Write]`,
      'Transform: AWS::Serverless-2016-10-31'
    )
    expect(r.diagram.edges).toEqual([])
    expect(r.report.suggestions.map((s) => `${s.source}>${s.target}: ${s.evidence}`)).toEqual([
      'Fn>Bucket: SAM connector Fn.ToBucket grants Fn Write access to Bucket.',
      'Fn>Table: SAM connector FnToTable grants Fn Read and Write access to Table.'
    ])
  })
})

describe('resource table', () => {
  it('cites each type’s reference page', () => {
    expect(resourceRow('AWS::Kinesis::Stream')).toEqual({
      role: 'kinesis-data-streams',
      citation: {
        kind: 'aws',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-stream.html',
        title: 'AWS::Kinesis::Stream (CloudFormation template reference)'
      }
    })
    expect(resourceRow('AWS::Serverless::Function')?.citation).toMatchObject({
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html'
    })
    expect(resourceRow('Custom::Anything')).toMatchObject({
      role: 'not-pipeline',
      citation: { url: expect.stringContaining('aws-resource-cloudformation-customresource.html') }
    })
    expect(resourceRow('AWS::IAM::Role')?.role).toBe('not-pipeline')
    expect(resourceRow('AWS::QuickSight::Dashboard')).toBeUndefined()
  })
})
