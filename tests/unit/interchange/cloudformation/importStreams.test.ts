import { describe, expect, it } from 'vitest'
import { edge, edgesOf, entryOf, nodeOf, template } from './importHelpers'

describe('AWS::Kinesis::Stream', () => {
  it('reads on-demand mode, retention and the record size limit', () => {
    const r = template(`
  S:
    Type: AWS::Kinesis::Stream
    Properties:
      StreamModeDetails: { StreamMode: ON_DEMAND }
      RetentionPeriodHours: 72
      MaxRecordSizeInKiB: 2048`)
    expect(nodeOf(r, 'S').config).toEqual({
      capacityMode: 'on-demand',
      retentionHours: 72,
      maxRecordSizeKB: 2048
    })
  })

  it('reads a provisioned shard count and reports a retention outside the schema', () => {
    const r = template(`
  S:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 8, RetentionPeriodHours: 10 }`)
    expect(nodeOf(r, 'S').config).toEqual({ capacityMode: 'provisioned', shards: 8 })
    expect(entryOf(r, 'S').detail).toMatch(/retentionHours 10 not written/)
  })
})

describe('AWS::KinesisFirehose::DeliveryStream', () => {
  it('reads an MSK source and an Elasticsearch destination with ORC conversion', () => {
    const r = template(`
  Cluster:
    Type: AWS::MSK::Cluster
    Properties: { ClusterName: c, KafkaVersion: 3.6.0, NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: { InstanceType: kafka.m7g.large, ClientSubnets: [a, b] } }
  Domain:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchClusterConfig: { InstanceType: t3.small.search, InstanceCount: 1 }
  Lake:
    Type: AWS::S3::Bucket
  D:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: MSKAsSource
      MSKSourceConfiguration: { MSKClusterARN: !GetAtt Cluster.Arn, TopicName: t }
      ElasticsearchDestinationConfiguration:
        DomainARN: !GetAtt Domain.DomainArn
        IndexName: i
        S3Configuration: { BucketARN: !GetAtt Lake.Arn }
  E:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      ExtendedS3DestinationConfiguration:
        BucketARN: !GetAtt Lake.Arn
        CompressionFormat: HADOOP_SNAPPY
        DataFormatConversionConfiguration:
          OutputFormatConfiguration: { Serializer: { OrcSerDe: {} } }`)
    expect(edgesOf(r)).toEqual(['Cluster>D', 'D>Domain', 'D>Lake', 'E>Lake'])
    expect(nodeOf(r, 'E').config).toEqual({ compression: 'snappy', formatConversion: 'orc' })
    expect(nodeOf(r, 'Domain').config).toEqual({ instanceType: 't3.small.search', instances: 1 })
    expect(nodeOf(r, 'Cluster').config).toMatchObject({ brokerType: 'kafka.m7g.large', brokers: 2 })
  })

  it('delivers to an OpenSearch Serverless collection, drawn as OpenSearch with a note', () => {
    const r = template(`
  Search:
    Type: AWS::OpenSearchServerless::Collection
    Properties: { Name: logs, Type: TIMESERIES }
  D:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      AmazonOpenSearchServerlessDestinationConfiguration:
        CollectionEndpoint: !GetAtt Search.CollectionEndpoint
        IndexName: logs
        S3Configuration: { BucketARN: arn:aws:s3:::failed-docs }`)
    expect(edgesOf(r)).toEqual(['D>Search', 'D>ext:s3:failed-docs'])
    expect(nodeOf(r, 'Search').service).toBe('opensearch')
    expect(entryOf(r, 'Search').detail).toMatch(/Serverless collection/)
    expect(nodeOf(r, 'ext:s3:failed-docs')).toMatchObject({
      label: 'failed-docs',
      external: { reference: 'arn:aws:s3:::failed-docs' }
    })
  })
})

describe('AWS::Lambda::EventSourceMapping', () => {
  const fn = `
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: { ZipFile: x } }`

  it('is an edge from each kind of source, with batching on the function', () => {
    const r = template(`${fn}
  Stream:
    Type: AWS::Kinesis::Stream
  Table:
    Type: AWS::DynamoDB::Table
    Properties: { StreamSpecification: { StreamViewType: KEYS_ONLY } }
  Queue:
    Type: AWS::SQS::Queue
  Docs:
    Type: AWS::DocDB::DBCluster
  FromStream:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Stream.Arn, BatchSize: 200, ParallelizationFactor: 4, MaximumBatchingWindowInSeconds: 10 }
  FromTable:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Table.StreamArn }
  FromQueue:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !GetAtt Fn.Arn, EventSourceArn: !GetAtt Queue.Arn }
  FromDocs:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !Ref Docs, DocumentDBEventSourceConfig: { DatabaseName: d } }`)
    expect(edgesOf(r)).toEqual([
      'Docs>Fn',
      'Queue>Fn',
      'Stream>Fn',
      'Table>TableStream',
      'TableStream>Fn'
    ])
    expect(nodeOf(r, 'Fn').config).toEqual({
      batchSize: 200,
      parallelizationFactor: 4,
      maximumBatchingWindowSeconds: 10
    })
    for (const id of ['FromStream', 'FromTable', 'FromQueue', 'FromDocs'])
      expect(entryOf(r, id)).toMatchObject({ outcome: 'edge', edgeIds: [expect.any(String)] })
    expect(edge(r, 'Stream', 'Fn')?.config).toEqual({ mechanism: 'lambda-event-source-mappings' })
  })

  it('reads MSK by Topics and self-managed Kafka by its bootstrap servers', () => {
    const r = template(
      `${fn}
  FromMsk:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !Ref ClusterArn, Topics: [t] }
  FromKafka:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      Topics: [t]
      SelfManagedEventSource: { Endpoints: { KafkaBootstrapServers: ['kafka1.corp:9092', 'kafka2.corp:9092'] } }`,
      'Parameters:\n  ClusterArn: { Type: String }'
    )
    expect(edgesOf(r)).toEqual(['ClusterArn>Fn', 'ext:msk:kafka1.corp:9092>Fn'])
    expect(nodeOf(r, 'ClusterArn')).toMatchObject({
      service: 'msk',
      external: { reference: 'parameter ClusterArn' }
    })
    expect(entryOf(r, 'FromKafka').detail).toMatch(/self-managed Apache Kafka/)
  })

  it('connects an ARN built from a parameter to the template resource named by it', () => {
    const r = template(
      `${fn}
  S:
    Type: AWS::Kinesis::Stream
    Properties: { Name: !Ref StreamName, ShardCount: 1 }
  M:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: !Sub arn:\${AWS::Partition}:kinesis:\${AWS::Region}:\${AWS::AccountId}:stream/\${StreamName}
  N:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Fn
      EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/partner-feed
  Rule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'a'
        Actions: [{ Kinesis: { StreamName: !Ref StreamName, RoleArn: r } }]`,
      'Parameters:\n  StreamName: { Type: String }'
    )
    expect(edgesOf(r)).toEqual(['Rule>S', 'S>Fn', 'ext:kinesis-data-streams:partner-feed>Fn'])
    expect(nodeOf(r, 'ext:kinesis-data-streams:partner-feed')).toMatchObject({
      label: 'partner-feed',
      external: { reference: 'arn:aws:kinesis:us-east-1:123456789012:stream/partner-feed' }
    })
  })

  it('resolves a function alias or version to the function', () => {
    const r = template(`${fn}
  Live:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fn, FunctionVersion: '1', Name: live }
  Q:
    Type: AWS::SQS::Queue
  M:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Live, EventSourceArn: !GetAtt Q.Arn }`)
    expect(edgesOf(r)).toEqual(['Q>Fn'])
    expect(entryOf(r, 'Live').outcome).toBe('not-pipeline')
  })

  it('says why when the source cannot be drawn', () => {
    const r = template(`${fn}
  M:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !ImportValue shared-thing }`)
    expect(r.diagram.edges).toEqual([])
    expect(entryOf(r, 'M').detail).toMatch(/nothing says which service/)
  })
})

describe('Lambda destinations and dead-letter targets', () => {
  it('draws EventInvokeConfig destinations and a DeadLetterConfig', () => {
    const r = template(`
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: a.b
      Role: arn:aws:iam::1:role/r
      Code: { ZipFile: x }
      DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn }
  Dlq:
    Type: AWS::SQS::Queue
  Done:
    Type: AWS::SNS::Topic
  Bus:
    Type: AWS::Events::EventBus
    Properties: { Name: b }
  Invoke:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      DestinationConfig:
        OnSuccess: { Destination: !Ref Done }
        OnFailure: { Destination: !GetAtt Bus.Arn }`)
    expect(edgesOf(r)).toEqual(['Fn>Bus', 'Fn>Dlq', 'Fn>Done'])
    expect(entryOf(r, 'Invoke').outcome).toBe('edge')
  })
})
