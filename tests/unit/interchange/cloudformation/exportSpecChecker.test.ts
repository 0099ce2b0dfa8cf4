import { describe, expect, it } from 'vitest'
import { checkTemplate, parseTemplateYaml } from './resourceSpec'

/** The checker the exporter is held to must itself catch each kind of mistake. */
function template(resources: Record<string, unknown>, parameters: Record<string, unknown> = {}) {
  return { AWSTemplateFormatVersion: '2010-09-09', Parameters: parameters, Resources: resources }
}

const stream = { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } }

describe('the resource specification checker', () => {
  it('passes a small correct template', () => {
    const t = template(
      {
        Stream: stream,
        Queue: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: true } },
        Mapping: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: { Ref: 'Fn' },
            EventSourceArn: { 'Fn::GetAtt': ['Stream', 'Arn'] }
          }
        }
      },
      { Fn: { Type: 'String', Description: 'function' } }
    )
    expect(checkTemplate(t)).toEqual([])
  })

  it('reports an unknown resource type', () => {
    const errors = checkTemplate(template({ S: { Type: 'AWS::Kinesis::Streem', Properties: {} } }))
    expect(errors).toEqual(['Resources.S: unknown resource type AWS::Kinesis::Streem'])
  })

  it('reports a property name the type does not have', () => {
    const errors = checkTemplate(
      template({ S: { Type: 'AWS::Kinesis::Stream', Properties: { Shards: 2 } } })
    )
    expect(errors).toEqual(['Resources.S.Properties: unknown property Shards'])
  })

  it('reports a missing required property, also inside a nested type', () => {
    const errors = checkTemplate(
      template({
        F: {
          Type: 'AWS::KinesisFirehose::DeliveryStream',
          Properties: { ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::b' } }
        },
        Q: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: ['q'] } }
      })
    )
    expect(errors).toContain(
      'Resources.F.Properties.ExtendedS3DestinationConfiguration: required property RoleARN missing'
    )
    expect(errors).toContain('Resources.Q.Properties: required property PolicyDocument missing')
  })

  it('reports a value of the wrong type, recursively', () => {
    const errors = checkTemplate(
      template({
        S: {
          Type: 'AWS::Kinesis::Stream',
          Properties: { ShardCount: '2', StreamModeDetails: 'ON_DEMAND' }
        },
        T: {
          Type: 'AWS::SNS::Topic',
          Properties: { FifoTopic: 'yes', Subscription: [{ Endpoint: 'e', Protocol: 1 }] }
        }
      })
    )
    expect(errors.map((e) => e.split(': expected')[0])).toEqual([
      'Resources.S.Properties.ShardCount',
      'Resources.S.Properties.StreamModeDetails',
      'Resources.T.Properties.FifoTopic',
      'Resources.T.Properties.Subscription[0].Protocol'
    ])
  })

  it('reports Ref, GetAtt and Sub targets that do not exist', () => {
    const errors = checkTemplate(
      template({
        Stream: stream,
        M: {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: {
            FunctionName: { Ref: 'Missing' },
            EventSourceArn: { 'Fn::GetAtt': ['Stream', 'StreamArn'] },
            Queues: [{ 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${Nowhere}' }]
          }
        }
      })
    )
    expect(errors).toEqual([
      'Resources.M.Properties.FunctionName: Ref to Missing, which is neither a resource nor a parameter',
      'Resources.M.Properties.EventSourceArn: AWS::Kinesis::Stream has no attribute StreamArn',
      'Resources.M.Properties.Queues[0]: Ref to Nowhere, which is neither a resource nor a parameter'
    ])
  })

  it('reports a list given where a list parameter is not, and a DependsOn on nothing', () => {
    const errors = checkTemplate(
      template(
        {
          C: {
            Type: 'AWS::MSK::ServerlessCluster',
            DependsOn: ['Ghost'],
            Properties: {
              ClusterName: 'c',
              VpcConfigs: [{ SubnetIds: { Ref: 'Subnet' } }],
              ClientAuthentication: { Sasl: { Iam: { Enabled: true } } }
            }
          }
        },
        { Subnet: { Type: 'AWS::EC2::Subnet::Id', Description: 'one subnet' } }
      )
    )
    expect(errors).toEqual([
      'Resources.C.DependsOn: no resource Ghost',
      'Resources.C.Properties.VpcConfigs[0].SubnetIds: expected a list, got {"Ref":"Subnet"}'
    ])
  })

  it('reads short-form tags back into the long form', () => {
    const parsed = parseTemplateYaml(
      'A: !Ref B\nC: !GetAtt D.Endpoint.Address\nE: !Sub "x-${B}"\nF: !Join ["", [a, !Ref B]]\n'
    )
    expect(parsed).toEqual({
      A: { Ref: 'B' },
      C: { 'Fn::GetAtt': ['D', 'Endpoint.Address'] },
      E: { 'Fn::Sub': 'x-${B}' },
      F: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] }
    })
  })
})
