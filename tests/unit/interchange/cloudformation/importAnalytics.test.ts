import { describe, expect, it } from 'vitest'
import { edgesOf, entryOf, nodeOf, template } from './importHelpers'

describe('Glue', () => {
  it('reads DynamoDB and catalog crawler targets, job-to-job triggers and streaming jobs', () => {
    const r = template(`
  Db:
    Type: AWS::Glue::Database
    Properties: { CatalogId: '1', DatabaseInput: { Name: lake } }
  Orders:
    Type: AWS::DynamoDB::Table
  Crawl:
    Type: AWS::Glue::Crawler
    Properties:
      Role: r
      DatabaseName: lake
      Targets:
        DynamoDBTargets: [{ Path: !Ref Orders }]
        JdbcTargets: [{ ConnectionName: warehouse, Path: db/% }]
  Stream:
    Type: AWS::Glue::Job
    Properties:
      Role: r
      Command: { Name: gluestreaming, ScriptLocation: s3://code/s.py }
      MaxCapacity: 4
  Compact:
    Type: AWS::Glue::Job
    Properties:
      Role: r
      Command: { Name: glueetl, ScriptLocation: s3://code/c.py }
      WorkerType: G.025X
      NumberOfWorkers: 2
  Chain:
    Type: AWS::Glue::Trigger
    Properties:
      Type: CONDITIONAL
      Actions: [{ JobName: !Ref Compact }]
      Predicate: { Conditions: [{ JobName: !Ref Stream, State: SUCCEEDED, LogicalOperator: EQUALS }] }
  Nightly:
    Type: AWS::Glue::Trigger
    Properties: { Type: SCHEDULED, Schedule: cron(0 1 * * ? *), Actions: [{ CrawlerName: !Ref Crawl }] }`)
    expect(edgesOf(r)).toEqual(['Crawl>Db', 'Orders>Crawl', 'Stream>Compact'])
    expect(nodeOf(r, 'Stream').config).toEqual({ hoursPerDay: 24, dpus: 4 })
    expect(entryOf(r, 'Compact').detail).toMatch(/dpus 0.5 not written/)
    expect(entryOf(r, 'Crawl').detail).toMatch(/JdbcTargets through connection warehouse/)
    expect(entryOf(r, 'Nightly')).toMatchObject({ outcome: 'edge' })
    expect(entryOf(r, 'Nightly').detail).toMatch(/SCHEDULED trigger/)
  })
})

describe('Redshift, Athena, Flink', () => {
  it('reads a single-node cluster, a workgroup output and SQL application inputs and outputs', () => {
    const r = template(`
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ClusterType: single-node, NodeType: dc2.large, DBName: d, MasterUsername: u, MasterUserPassword: p }
  Wg:
    Type: AWS::Athena::WorkGroup
    Properties:
      Name: adhoc
      WorkGroupConfiguration: { ResultConfiguration: { OutputLocation: s3://athena-results-123/q/ } }
  In:
    Type: AWS::Kinesis::Stream
  Out:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties: { S3DestinationConfiguration: { BucketARN: arn:aws:s3:::lake } }
  Ref:
    Type: AWS::S3::Bucket
  App:
    Type: AWS::KinesisAnalyticsV2::Application
    Properties:
      RuntimeEnvironment: SQL-1_0
      ServiceExecutionRole: r
      ApplicationConfiguration:
        SqlApplicationConfiguration:
          Inputs:
            - NamePrefix: src
              KinesisStreamsInput: { ResourceARN: !GetAtt In.Arn }
              InputSchema: { RecordColumns: [], RecordFormat: { RecordFormatType: JSON } }
  AppOut:
    Type: AWS::KinesisAnalyticsV2::ApplicationOutput
    Properties:
      ApplicationName: !Ref App
      Output:
        KinesisFirehoseOutput: { ResourceARN: !GetAtt Out.Arn }
        DestinationSchema: { RecordFormatType: JSON }
  AppRef:
    Type: AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource
    Properties:
      ApplicationName: !Ref App
      ReferenceDataSource:
        TableName: lookup
        S3ReferenceDataSource: { BucketARN: !GetAtt Ref.Arn, FileKey: lookup.csv }
        ReferenceSchema: { RecordColumns: [], RecordFormat: { RecordFormatType: CSV } }`)
    expect(edgesOf(r)).toEqual([
      'App>Out',
      'In>App',
      'Out>ext:s3:lake',
      'Ref>App',
      'Wg>ext:s3:athena-results-123'
    ])
    expect(nodeOf(r, 'Dw').config).toEqual({
      deployment: 'provisioned',
      nodeType: 'dc2.large',
      nodes: 1
    })
    expect(entryOf(r, 'AppOut').outcome).toBe('edge')
    expect(entryOf(r, 'AppRef').outcome).toBe('edge')
  })
})

describe('Step Functions definitions', () => {
  it('reads direct function ARNs, events, a distributed map and a Join definition', () => {
    const r = template(`
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }
  Items:
    Type: AWS::S3::Bucket
  Table:
    Type: AWS::DynamoDB::Table
  M:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: r
      DefinitionString: !Join
        - ''
        - - '{"StartAt":"A","States":{'
          - '"A":{"Type":"Task","Resource":"'
          - !GetAtt Fn.Arn
          - '","Next":"B"},'
          - '"B":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"'
          - !Ref Items
          - '"}},"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"'
          - !Ref Table
          - '"},"End":true}}},"Next":"C"},'
          - '"C":{"Type":"Task","Resource":"arn:aws:states:::events:putEvents","Parameters":{"Entries":[{"Detail":{}}]},"Next":"D"},'
          - '"D":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName.$":"$.fn"},"End":true}'
          - '}}'
  N:
    Type: AWS::Serverless::StateMachine
    Properties: { DefinitionUri: statemachine/n.asl.json }`)
    expect(edgesOf(r)).toEqual(['Items>M', 'M>DefaultEventBus', 'M>Fn', 'M>Table'])
    expect(entryOf(r, 'M').detail).toMatch(
      /Task state D calls lambda:invoke on a resource chosen at run time/
    )
    expect(entryOf(r, 'N').detail).toMatch(/DefinitionUri/)
  })
})

describe('EventBridge rules, schedules and pipes', () => {
  it('draws rules on the default bus from it and a universal schedule target not at all', () => {
    const r = template(`
  Q:
    Type: AWS::SQS::Queue
  Out:
    Type: AWS::Kinesis::Stream
  R:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.s3] }
      Targets: [{ Id: q, Arn: !GetAtt Q.Arn }, { Id: logs, Arn: !GetAtt Logs.Arn }]
  Logs:
    Type: AWS::Logs::LogGroup
  S:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: rate(5 minutes)
      FlexibleTimeWindow: { Mode: 'OFF' }
      Target: { Arn: 'arn:aws:scheduler:::aws-sdk:sqs:purgeQueue', RoleArn: r }
  P:
    Type: AWS::Pipes::Pipe
    Properties: { RoleArn: r, Source: !GetAtt Q.Arn, Target: !GetAtt Out.Arn }
  K:
    Type: AWS::Pipes::Pipe
    Properties: { RoleArn: r, Source: 'smk://broker1.corp:9092', Target: !GetAtt Out.Arn }`)
    expect(edgesOf(r)).toEqual([
      'DefaultEventBus>Q',
      'K>Out',
      'P>Out',
      'Q>P',
      'ext:msk:broker1.corp:9092>K'
    ])
    expect(entryOf(r, 'R').detail).toMatch(/Logs \(AWS::Logs::LogGroup\) is not drawn/)
    expect(entryOf(r, 'S').detail).toMatch(/universal target/)
  })

  it('draws a log group that a subscription filter streams onward', () => {
    const r = template(`
  Logs:
    Type: AWS::Logs::LogGroup
  D:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties: { S3DestinationConfiguration: { BucketARN: arn:aws:s3:::lake } }
  F:
    Type: AWS::Logs::SubscriptionFilter
    Properties: { LogGroupName: !Ref Logs, FilterPattern: '', DestinationArn: !GetAtt D.Arn, RoleArn: r }`)
    expect(edgesOf(r)).toEqual(['D>ext:s3:lake', 'Logs>D'])
    expect(entryOf(r, 'Logs').outcome).toBe('node')
    expect(nodeOf(r, 'Logs').service).toBe('cloudwatch-logs')
  })
})

describe('API Gateway integrations', () => {
  it('draws a Lambda proxy, an HTTP backend and an HTTP API Lambda integration', () => {
    const r = template(`
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: a }
  Proxy:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: x
      HttpMethod: ANY
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
  Legacy:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: y
      HttpMethod: GET
      AuthorizationType: NONE
      Integration: { Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: 'https://legacy.example.com/{proxy}' }
  Mock:
    Type: AWS::ApiGateway::Method
    Properties: { RestApiId: !Ref Api, ResourceId: z, HttpMethod: OPTIONS, AuthorizationType: NONE, Integration: { Type: MOCK } }
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: h, ProtocolType: HTTP }
  ToFn:
    Type: AWS::ApiGatewayV2::Integration
    Properties: { ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Fn.Arn, PayloadFormatVersion: '2.0' }`)
    expect(edgesOf(r)).toEqual(['Api>Fn', 'Api>ext:http-endpoint:legacy.example.com', 'Http>Fn'])
    expect(entryOf(r, 'Mock').detail).toMatch(/mock/)
  })
})

describe('DMS endpoints by engine', () => {
  it('reads Kafka, DynamoDB and Redshift targets and an RDS host', () => {
    const r = template(`
  Dms:
    Type: AWS::DMS::ReplicationInstance
    Properties: { ReplicationInstanceClass: dms.t3.medium }
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { NodeType: ra3.xlplus, NumberOfNodes: 2, DBName: d, MasterUsername: u, MasterUserPassword: p, ClusterType: multi-node }
  Src:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: source, EngineName: mysql, ServerName: orders.abc123.us-east-1.rds.amazonaws.com, Port: 3306 }
  ToKafka:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: kafka, KafkaSettings: { Broker: 'b-1.events.kafka.us-east-1.amazonaws.com:9092', Topic: cdc } }
  ToDdb:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: dynamodb, DynamoDbSettings: { ServiceAccessRoleArn: r } }
  ToDw:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: redshift, ServerName: !GetAtt Dw.Endpoint.Address, Port: 5439, DatabaseName: d }
  T1:
    Type: AWS::DMS::ReplicationTask
    Properties: { MigrationType: cdc, ReplicationInstanceArn: !Ref Dms, SourceEndpointArn: !Ref Src, TargetEndpointArn: !Ref ToKafka, TableMappings: '{}' }
  T2:
    Type: AWS::DMS::ReplicationTask
    Properties: { MigrationType: full-load, ReplicationInstanceArn: !Ref Dms, SourceEndpointArn: !Ref Src, TargetEndpointArn: !Ref ToDdb, TableMappings: '{}' }
  T3:
    Type: AWS::DMS::ReplicationTask
    Properties: { MigrationType: full-load, ReplicationInstanceArn: !Ref Dms, SourceEndpointArn: !Ref Src, TargetEndpointArn: !Ref ToDw, TableMappings: '{}' }`)
    expect(edgesOf(r)).toEqual(
      [
        'Dms>Dw',
        'Dms>ToDdb',
        'Dms>ext:msk:b-1.events.kafka.us-east-1.amazonaws.com:9092',
        'Src>Dms'
      ].sort()
    )
    expect(nodeOf(r, 'Src')).toMatchObject({
      service: 'rds',
      label: 'orders.abc123.us-east-1.rds.amazonaws.com'
    })
    expect(nodeOf(r, 'Dms').config).toEqual({ instanceClass: 'dms.t3.medium' })
    expect(nodeOf(r, 'ToDdb')).toMatchObject({ service: 'dynamodb', external: {} })
  })
})

describe('MSK Connect connectors', () => {
  it('draws an S3 sink from the cluster and a Debezium source into it', () => {
    const r = template(
      `
  Lake:
    Type: AWS::S3::Bucket
  Sink:
    Type: AWS::KafkaConnect::Connector
    Properties:
      ConnectorName: s3-sink
      KafkaConnectVersion: 2.7.1
      KafkaCluster: { ApacheKafkaCluster: { BootstrapServers: !Ref Brokers, Vpc: { SecurityGroups: [sg], Subnets: [s] } } }
      ConnectorConfiguration:
        connector.class: io.confluent.connect.s3.S3SinkConnector
        s3.bucket.name: !Ref Lake
        topics: orders
  Cdc:
    Type: AWS::KafkaConnect::Connector
    Properties:
      ConnectorName: cdc
      KafkaConnectVersion: 2.7.1
      KafkaCluster: { ApacheKafkaCluster: { BootstrapServers: !Ref Brokers, Vpc: { SecurityGroups: [sg], Subnets: [s] } } }
      ConnectorConfiguration:
        connector.class: io.debezium.connector.mysql.MySqlConnector
        database.hostname: orders.cluster-abc.us-east-1.rds.amazonaws.com`,
      'Parameters:\n  Brokers: { Type: String }'
    )
    expect(edgesOf(r)).toEqual([
      'Brokers>Lake',
      'ext:rds:orders.cluster-abc.us-east-1.rds.amazonaws.com>Brokers'
    ])
    expect(entryOf(r, 'Sink').outcome).toBe('edge')
  })
})

describe('ids and positions', () => {
  it('gives the same ids and grid positions every time, and bounds long logical ids', () => {
    const long = `Q${'x'.repeat(150)}`
    const text = `
  ${long}:
    Type: AWS::SQS::Queue
  B:
    Type: AWS::SQS::Queue
    Properties: { RedrivePolicy: { deadLetterTargetArn: !GetAtt ${long}.Arn, maxReceiveCount: 1 } }`
    const a = template(text)
    const b = template(text)
    expect(a.diagram).toEqual(b.diagram)
    const ids = a.diagram.nodes.map((n) => n.id)
    expect(ids.every((id) => id.length <= 100 && /^[A-Za-z0-9_.:-]+$/.test(id))).toBe(true)
    expect(a.diagram.edges[0]!.id.length).toBeLessThanOrEqual(100)
    const spots = new Set(
      a.diagram.nodes.map((n) => `${String(n.position.x)},${String(n.position.y)}`)
    )
    expect(spots.size).toBe(a.diagram.nodes.length)
  })
})
