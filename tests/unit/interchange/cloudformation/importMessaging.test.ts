import { describe, expect, it } from 'vitest'
import { edge, edgesOf, entryOf, nodeOf, template } from './importHelpers'

const SAM = 'Transform: AWS::Serverless-2016-10-31'

describe('AWS::S3::Bucket NotificationConfiguration', () => {
  it('draws Lambda, queue, topic and EventBridge notifications', () => {
    const r = template(`
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }
  Q:
    Type: AWS::SQS::Queue
  T:
    Type: AWS::SNS::Topic
  B:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        LambdaConfigurations: [{ Event: s3:ObjectCreated:*, Function: !GetAtt Fn.Arn }]
        QueueConfigurations: [{ Event: s3:ObjectCreated:*, Queue: !GetAtt Q.Arn }]
        TopicConfigurations: [{ Event: s3:ObjectRemoved:*, Topic: !Ref T }]
        EventBridgeConfiguration: { EventBridgeEnabled: true }`)
    expect(edgesOf(r)).toEqual(['B>DefaultEventBus', 'B>Fn', 'B>Q', 'B>T'])
    expect(nodeOf(r, 'DefaultEventBus')).toMatchObject({ service: 'eventbridge', external: {} })
    expect(edge(r, 'B', 'Q')?.config).toEqual({ mechanism: 's3-event-notifications' })
  })
})

describe('SNS topics and subscriptions', () => {
  it('draws inline and separate subscriptions by protocol, and skips email', () => {
    const r = template(`
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }
  D:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties: { S3DestinationConfiguration: { BucketARN: arn:aws:s3:::lake } }
  T:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - { Protocol: lambda, Endpoint: !GetAtt Fn.Arn }
        - { Protocol: email, Endpoint: ops@example.com }
  ToFirehose:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref T, Protocol: firehose, Endpoint: !GetAtt D.Arn, SubscriptionRoleArn: arn:aws:iam::1:role/r }
  ToWebhook:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref T, Protocol: https, Endpoint: 'https://hooks.example.com/sns' }`)
    expect(edgesOf(r)).toEqual([
      'D>ext:s3:lake',
      'T>D',
      'T>Fn',
      'T>ext:http-endpoint:hooks.example.com'
    ])
    expect(entryOf(r, 'T').detail).toMatch(/email subscription/)
    expect(entryOf(r, 'ToWebhook').outcome).toBe('edge')
  })
})

describe('AWS::SQS::Queue', () => {
  it('draws a RedrivePolicy given as a JSON string, and reads FIFO', () => {
    const r = template(`
  Dlq:
    Type: AWS::SQS::Queue
    Properties: { FifoQueue: true }
  Q:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      RedrivePolicy: !Sub '{"deadLetterTargetArn":"\${Dlq.Arn}","maxReceiveCount":3}'`)
    expect(edgesOf(r)).toEqual(['Q>Dlq'])
    expect(nodeOf(r, 'Q').config).toEqual({ queueType: 'fifo' })
  })

  it('draws a RedrivePolicy map as a dead-letter edge', () => {
    const r = template(`
  Dlq:
    Type: AWS::SQS::Queue
  Q:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy: { deadLetterTargetArn: !GetAtt Dlq.Arn, maxReceiveCount: 3 }`)
    expect(edge(r, 'Q', 'Dlq')?.config).toEqual({ mechanism: 'sqs-dead-letter-queues' })
  })
})

describe('AWS::DynamoDB::Table', () => {
  it('puts the stream between the table and its readers, and reads provisioned capacity', () => {
    const r = template(`
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PROVISIONED
      ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 20 }
      StreamSpecification: { StreamViewType: NEW_IMAGE }
      KinesisStreamSpecification: { StreamArn: !GetAtt S.Arn }
  S:
    Type: AWS::Kinesis::Stream
  G:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      StreamSpecification: { StreamViewType: NEW_AND_OLD_IMAGES }
      Replicas: [{ Region: us-east-1 }]`)
    expect(edgesOf(r)).toEqual(['G>GStream', 'T>S', 'T>TStream'])
    expect(nodeOf(r, 'T').config).toEqual({ capacityMode: 'provisioned' })
    expect(entryOf(r, 'T')).toMatchObject({ outcome: 'node', nodeIds: ['T', 'TStream'] })
    expect(entryOf(r, 'T').detail).toMatch(/10 RCU \/ 20 WCU/)
  })

  it('reads a SAM SimpleTable as a DynamoDB table without a stream', () => {
    const r = template(
      `
  T:
    Type: AWS::Serverless::SimpleTable
    Properties: { PrimaryKey: { Name: id, Type: String } }`,
      SAM
    )
    expect(nodeOf(r, 'T').service).toBe('dynamodb')
    expect(r.diagram.nodes).toHaveLength(1)
  })
})

describe('AWS::Serverless::Function Events', () => {
  it('draws each event type as what the SAM transform makes of it', () => {
    const r = template(
      `
  Bus:
    Type: AWS::Events::EventBus
    Properties: { Name: app }
  Topic:
    Type: AWS::SNS::Topic
  Docs:
    Type: AWS::DocDB::DBCluster
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.b
      CodeUri: src
      Events:
        Msk:
          Type: MSK
          Properties: { Stream: !Ref ClusterArn, Topics: [t], StartingPosition: LATEST }
        Kafka:
          Type: SelfManagedKafka
          Properties: { KafkaBootstrapServers: ['k1:9092'], Topics: [t] }
        OnBus:
          Type: CloudWatchEvent
          Properties: { EventBusName: !Ref Bus, Pattern: { source: [x] } }
        Device:
          Type: IoTRule
          Properties: { Sql: "SELECT * FROM 'a/b'" }
        Rest:
          Type: Api
          Properties: { Path: /x, Method: get }
        Buffered:
          Type: SNS
          Properties: { Topic: !Ref Topic, SqsSubscription: true }
        Changes:
          Type: DocumentDB
          Properties: { Cluster: !Ref Docs, DatabaseName: d }
        Login:
          Type: Cognito
          Properties: { UserPool: !Ref Pool, Trigger: PreSignUp }`,
      `${SAM}\nParameters:\n  ClusterArn: { Type: String }\n  Pool: { Type: String }`
    )
    expect(edgesOf(r)).toEqual(
      [
        'Bus>Fn',
        'ClusterArn>Fn',
        'Docs>Fn',
        'FnBufferedQueue>Fn',
        'FnDevice>Fn',
        'ServerlessRestApi>Fn',
        'Topic>FnBufferedQueue',
        'ext:msk:k1:9092>Fn'
      ].sort()
    )
    expect(nodeOf(r, 'ServerlessRestApi').config).toEqual({ apiType: 'rest' })
    expect(nodeOf(r, 'FnDevice').service).toBe('iot-core')
    expect(nodeOf(r, 'FnBufferedQueue').service).toBe('sqs')
    expect(entryOf(r, 'Fn').detail).toMatch(/Events.Login \(Cognito\).*not drawn/)
  })

  it('uses the given RestApiId instead of the implicit API', () => {
    const r = template(
      `
  MyApi:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.b
      CodeUri: src
      Events:
        Get: { Type: Api, Properties: { RestApiId: !Ref MyApi, Path: /, Method: get } }`,
      SAM
    )
    expect(edgesOf(r)).toEqual(['MyApi>Fn'])
    expect(r.diagram.nodes.map((n) => n.id).sort()).toEqual(['Fn', 'MyApi'])
  })
})

describe('suggested connections', () => {
  it('offers environment variables and role policies, never draws them', () => {
    const r = template(`
  Out:
    Type: AWS::Kinesis::Stream
  Archive:
    Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [] }
  Writes:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [!Ref Role]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: [kinesis:PutRecord, kinesis:PutRecords]
            Resource: !GetAtt Out.Arn
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: a.b
      Role: !GetAtt Role.Arn
      Code: { ZipFile: x }
      Environment:
        Variables:
          ARCHIVE_BUCKET: !Ref Archive`)
    expect(r.diagram.edges).toEqual([])
    expect(r.report.suggestions).toEqual([
      {
        source: 'Fn',
        target: 'Out',
        evidence: 'policy Writes of Fn allows kinesis:PutRecord on Out.'
      },
      {
        source: 'Fn',
        target: 'Archive',
        evidence:
          'Environment variable ARCHIVE_BUCKET of Fn is !Ref Archive: the code may read or write Archive.'
      }
    ])
  })
})

describe('suggestion cap', () => {
  it('lists at most 2,000 suggestions and counts the rest in a remark', () => {
    const queues = Array.from(
      { length: 50 },
      (_, i) => `  Q${String(i)}:\n    Type: AWS::SQS::Queue`
    )
    const fns = Array.from(
      { length: 50 },
      (_, i) =>
        `  F${String(i)}:\n    Type: AWS::Lambda::Function\n    Properties: { Role: !GetAtt Shared.Arn }`
    )
    const resources = Array.from({ length: 50 }, (_, i) => `!GetAtt Q${String(i)}.Arn`).join(', ')
    const role = `  Shared:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n        - PolicyDocument:\n            Statement: [{ Effect: Allow, Action: sqs:SendMessage, Resource: [${resources}] }]`
    const r = template([...queues, ...fns, role].join('\n'))
    expect(r.report.suggestions).toHaveLength(2000)
    expect(r.report.remarks).toContain(
      '500 more suggested connections were found and left out of the list.'
    )
  })
})

describe('property blocks under Fn::If', () => {
  it('reads the first branch that is not AWS::NoValue, and says so', () => {
    const r = template(
      `
  Q:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }
  B:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration: !If
        - WantsEvents
        - QueueConfigurations: [{ Event: s3:ObjectCreated:*, Queue: !GetAtt Q.Arn }]
        - !Ref AWS::NoValue
  R:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [a] }
      Targets:
        - !If [IsProd, !Ref AWS::NoValue, { Id: fn, Arn: !GetAtt Fn.Arn }]`,
      'Conditions:\n  WantsEvents: !Equals [a, a]\n  IsProd: !Equals [a, b]'
    )
    expect(edgesOf(r)).toEqual(['B>Q', 'DefaultEventBus>Fn'])
    expect(entryOf(r, 'B').detail).toMatch(/Properties under Fn::If \(WantsEvents; not evaluated\)/)
    expect(entryOf(r, 'R').detail).toMatch(/IsProd/)
  })
})

describe('SAM CloudWatchLogs event', () => {
  it('draws the template’s log group as the source of the function', () => {
    const r = template(
      `
  AppLogs:
    Type: AWS::Logs::LogGroup
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: a.b
      CodeUri: src
      Events:
        Errors:
          Type: CloudWatchLogs
          Properties: { LogGroupName: !Ref AppLogs, FilterPattern: ERROR }`,
      SAM
    )
    expect(edgesOf(r)).toEqual(['AppLogs>Fn'])
    expect(entryOf(r, 'AppLogs')).toMatchObject({ outcome: 'node', nodeIds: ['AppLogs'] })
  })
})
