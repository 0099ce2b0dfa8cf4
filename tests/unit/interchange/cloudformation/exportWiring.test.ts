import { describe, expect, it } from 'vitest'
import { diagram, edge, node } from '../../helpers'
import { arn, exported, ref } from './exportedTemplate'

describe('Firehose wiring', () => {
  it('reads a Kinesis stream through KinesisStreamSourceConfiguration', () => {
    const t = exported(
      diagram(
        [
          node('clicks', 'kinesis-data-streams', { label: 'Clicks' }),
          node('fh', 'kinesis-firehose', { label: 'Delivery' }),
          node('lake', 's3', { label: 'Lake' })
        ],
        [edge('clicks', 'fh'), edge('fh', 'lake')]
      )
    )
    const p = t.resource('Delivery').Properties
    expect(p.DeliveryStreamType).toBe('KinesisStreamAsSource')
    expect(p.KinesisStreamSourceConfiguration).toEqual({
      KinesisStreamARN: arn('Clicks'),
      RoleARN: arn('DeliveryRole')
    })
    expect(p.ExtendedS3DestinationConfiguration).toMatchObject({
      BucketARN: arn('Lake'),
      RoleARN: arn('DeliveryRole'),
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
      CompressionFormat: 'UNCOMPRESSED'
    })
    expect(t.report.edges.every((e) => e.outcome === 'wired')).toBe(true)
  })

  it('makes a second S3 edge the backup bucket of a Redshift destination, whatever the edge order', () => {
    const t = exported(
      diagram(
        [
          node('fh', 'kinesis-firehose', { label: 'Load' }),
          node('stage', 's3', { label: 'Staging' }),
          node('wh', 'redshift', { label: 'Warehouse' })
        ],
        [edge('fh', 'stage'), edge('fh', 'wh')]
      )
    )
    const p = t.resource('Load').Properties
    expect(p.ExtendedS3DestinationConfiguration).toBeUndefined()
    expect(p.RedshiftDestinationConfiguration).toMatchObject({
      S3Configuration: { BucketARN: arn('Staging'), RoleARN: arn('LoadRole') },
      RoleARN: arn('LoadRole')
    })
    expect(t.parsed.Parameters).toHaveProperty('LoadRedshiftPassword.NoEcho', true)
    expect(t.parsed.Parameters).toHaveProperty('WarehouseMasterUserPassword.NoEcho', true)
  })

  it('adds a Lambda processor and a Parquet conversion from the catalog', () => {
    const t = exported(
      diagram(
        [
          node('fh', 'kinesis-firehose', {
            label: 'Fh',
            config: { formatConversion: 'parquet', bufferSizeMB: 5 }
          }),
          node('fn', 'lambda', { label: 'Enrich' }),
          node('cat', 'glue-data-catalog', { label: 'Catalog' }),
          node('lake', 's3', { label: 'Lake' })
        ],
        [edge('fh', 'fn'), edge('cat', 'fh'), edge('fh', 'lake')]
      )
    )
    const s3 = t.resource('Fh').Properties.ExtendedS3DestinationConfiguration as Record<
      string,
      unknown
    >
    expect(s3.ProcessingConfiguration).toEqual({
      Enabled: true,
      Processors: [
        {
          Type: 'Lambda',
          Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: arn('Enrich') }]
        }
      ]
    })
    expect(s3).toHaveProperty(
      'DataFormatConversionConfiguration.SchemaConfiguration.DatabaseName',
      ref('Catalog')
    )
    expect(s3).toHaveProperty(
      'DataFormatConversionConfiguration.OutputFormatConfiguration.Serializer',
      { ParquetSerDe: {} }
    )
    expect(s3).toHaveProperty('BufferingHints.SizeInMBs', 5)
    expect(s3).toHaveProperty('CompressionFormat', 'UNCOMPRESSED')
  })

  it('reads MSK through MSKSourceConfiguration, and Splunk gets a backup bucket parameter', () => {
    const t = exported(
      diagram(
        [
          node('k', 'msk', { label: 'Kafka' }),
          node('fh', 'kinesis-firehose', { label: 'Fh' }),
          node('sp', 'splunk')
        ],
        [edge('k', 'fh'), edge('fh', 'sp')]
      )
    )
    const p = t.resource('Fh').Properties
    expect(p.DeliveryStreamType).toBe('MSKAsSource')
    expect(p.MSKSourceConfiguration).toMatchObject({
      MSKClusterARN: arn('Kafka'),
      TopicName: ref('FhTopicName')
    })
    expect(p.SplunkDestinationConfiguration).toHaveProperty(
      'S3Configuration.BucketARN',
      ref('FhBackupBucketArn')
    )
    expect(t.report.skipped).toEqual([
      { nodeId: 'sp', reason: expect.stringContaining('Splunk') as string }
    ])
  })
})

describe('MSK deployments', () => {
  it('exports provisioned as AWS::MSK::Cluster and serverless as AWS::MSK::ServerlessCluster', () => {
    const t = exported(
      diagram([
        node('a', 'msk', { config: { brokers: 6, brokerType: 'kafka.m7g.large' } }),
        node('b', 'msk', { config: { deployment: 'serverless' } })
      ])
    )
    expect(t.resource('A')).toMatchObject({
      Type: 'AWS::MSK::Cluster',
      Properties: {
        NumberOfBrokerNodes: 6,
        BrokerNodeGroupInfo: { InstanceType: 'kafka.m7g.large', ClientSubnets: ref('SubnetIds') }
      }
    })
    expect(t.resource('B').Type).toBe('AWS::MSK::ServerlessCluster')
    expect(t.parsed.Parameters).toHaveProperty('SubnetIds.Type', 'List<AWS::EC2::Subnet::Id>')
  })
})

describe('Lambda event source mappings', () => {
  it('maps an SQS queue with the function’s batch size and no starting position', () => {
    const t = exported(
      diagram(
        [
          node('q', 'sqs', { label: 'Jobs' }),
          node('fn', 'lambda', {
            label: 'Worker',
            config: { batchSize: 25, maximumBatchingWindowSeconds: 5 }
          })
        ],
        [edge('q', 'fn')]
      )
    )
    const esm = t.only('AWS::Lambda::EventSourceMapping')[1]
    expect(esm.Properties).toEqual({
      FunctionName: ref('Worker'),
      EventSourceArn: arn('Jobs'),
      BatchSize: 25,
      MaximumBatchingWindowInSeconds: 5
    })
  })

  it('reads a table’s stream through the dynamodb-streams node, which is no resource of its own', () => {
    const t = exported(
      diagram(
        [
          node('t', 'dynamodb', { label: 'Orders' }),
          node('s', 'dynamodb-streams'),
          node('fn', 'lambda', { label: 'Fn', config: { parallelizationFactor: 4 } })
        ],
        [edge('t', 's'), edge('s', 'fn')]
      )
    )
    expect(t.resource('Orders').Properties.StreamSpecification).toEqual({
      StreamViewType: 'NEW_AND_OLD_IMAGES'
    })
    const esm = t.only('AWS::Lambda::EventSourceMapping')[1]
    expect(esm.Properties).toMatchObject({
      EventSourceArn: arn('Orders', 'StreamArn'),
      StartingPosition: 'LATEST',
      ParallelizationFactor: 4
    })
    expect(t.report.resources.map((r) => r.nodeId)).not.toContain('s')
    expect(t.report.skipped.map((r) => r.nodeId)).toEqual(['s'])
  })
})

describe('S3 notifications', () => {
  it('invokes a function with a permission the bucket depends on, naming the bucket by parameter', () => {
    const t = exported(
      diagram(
        [node('b', 's3', { label: 'Uploads' }), node('fn', 'lambda', { label: 'Thumb' })],
        [edge('b', 'fn')]
      )
    )
    const bucket = t.resource('Uploads')
    expect(bucket.Properties.BucketName).toEqual(ref('UploadsBucketName'))
    expect(bucket.Properties.NotificationConfiguration).toEqual({
      LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: arn('Thumb') }]
    })
    const [permissionId, permission] = t.only('AWS::Lambda::Permission')
    expect(bucket.DependsOn).toEqual([permissionId])
    expect(permission.Properties).toMatchObject({
      Principal: 's3.amazonaws.com',
      SourceArn: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${UploadsBucketName}' }
    })
  })

  it('sends to a queue with a queue policy limited to the bucket', () => {
    const t = exported(
      diagram(
        [node('b', 's3', { label: 'Uploads' }), node('q', 'sqs', { label: 'Inbox' })],
        [edge('b', 'q')]
      )
    )
    const [policyId, policy] = t.only('AWS::SQS::QueuePolicy')
    expect(t.resource('Uploads').DependsOn).toEqual([policyId])
    expect(policy.Properties).toMatchObject({
      Queues: [ref('Inbox')],
      PolicyDocument: {
        Statement: [
          {
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: arn('Inbox'),
            Condition: {
              ArnLike: {
                'aws:SourceArn': { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${UploadsBucketName}' }
              }
            }
          }
        ]
      }
    })
  })
})

describe('messaging', () => {
  it('subscribes a queue to a topic with the queue policy it needs', () => {
    const t = exported(
      diagram(
        [node('t', 'sns', { label: 'Events' }), node('q', 'sqs', { label: 'Copy' })],
        [edge('t', 'q')]
      )
    )
    const sub = t.only('AWS::SNS::Subscription')[1]
    expect(sub.Properties).toEqual({
      TopicArn: ref('Events'),
      Protocol: 'sqs',
      Endpoint: arn('Copy')
    })
    expect(t.ofType('AWS::SQS::QueuePolicy')).toHaveLength(1)
  })

  it('writes a queue → queue edge as the source queue’s redrive policy', () => {
    const t = exported(
      diagram(
        [node('a', 'sqs', { label: 'Work' }), node('d', 'sqs', { label: 'Dead letters' })],
        [edge('a', 'd')]
      )
    )
    expect(t.resource('Work').Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: arn('DeadLetters'),
      maxReceiveCount: 5
    })
    expect(t.resource('DeadLetters').Properties.RedrivePolicy).toBeUndefined()
  })
})

describe('orchestration', () => {
  it('calls the services a state machine reaches, in edge order, through substitutions', () => {
    const t = exported(
      diagram(
        [
          node('sm', 'step-functions', { label: 'Nightly' }),
          node('j', 'glue-etl', { label: 'Transform' }),
          node('fn', 'lambda', { label: 'Notify' })
        ],
        [edge('sm', 'j'), edge('sm', 'fn')]
      )
    )
    const p = t.resource('Nightly').Properties
    expect(p.Definition).toMatchObject({
      StartAt: 'CallTransform',
      States: {
        CallTransform: {
          Type: 'Task',
          Resource: 'arn:aws:states:::glue:startJobRun.sync',
          Parameters: { JobName: '${Transform}' },
          Next: 'CallNotify'
        },
        CallNotify: { Resource: 'arn:aws:states:::lambda:invoke', End: true }
      }
    })
    expect(p.DefinitionSubstitutions).toEqual({
      Transform: ref('Transform'),
      Notify: arn('Notify')
    })
  })

  it('targets a queue and a stream from a rule whose pattern matches its event sources', () => {
    const t = exported(
      diagram(
        [
          node('g', 'glue-etl', { label: 'Job' }),
          node('r', 'eventbridge', { label: 'On job' }),
          node('q', 'sqs', { label: 'Q' }),
          node('k', 'kinesis-data-streams', { label: 'K' })
        ],
        [edge('g', 'r'), edge('r', 'q'), edge('r', 'k')]
      )
    )
    const p = t.resource('OnJob').Properties
    expect(p.EventPattern).toEqual({ source: ['aws.glue'] })
    expect(p.Targets).toEqual([
      { Id: 'Q', Arn: arn('Q') },
      { Id: 'K', Arn: arn('K'), RoleArn: arn('OnJobRole') }
    ])
    expect(t.ofType('AWS::SQS::QueuePolicy')).toHaveLength(1)
  })

  it('joins a pipe’s source and target', () => {
    const t = exported(
      diagram(
        [
          node('q', 'sqs', { label: 'In' }),
          node('p', 'eventbridge-pipes', { label: 'Pipe' }),
          node('sm', 'step-functions', { label: 'Flow' })
        ],
        [edge('q', 'p'), edge('p', 'sm')]
      )
    )
    expect(t.resource('Pipe').Properties).toMatchObject({
      Source: arn('In'),
      Target: ref('Flow'),
      TargetParameters: {
        StepFunctionStateMachineParameters: { InvocationType: 'FIRE_AND_FORGET' }
      }
    })
  })

  it('points a crawler at its bucket and its database', () => {
    const t = exported(
      diagram(
        [
          node('b', 's3', { label: 'Raw' }),
          node('c', 'glue-crawler', { label: 'Crawl' }),
          node('d', 'glue-data-catalog', { label: 'Db' })
        ],
        [edge('b', 'c'), edge('c', 'd')]
      )
    )
    expect(t.resource('Crawl').Properties).toMatchObject({
      DatabaseName: ref('Db'),
      Targets: { S3Targets: [{ Path: { 'Fn::Sub': ['s3://${Bucket}/', { Bucket: ref('Raw') }] } }] }
    })
  })

  it('adds IoT rule actions with the function permission', () => {
    const t = exported(
      diagram(
        [
          node('r', 'iot-core', { label: 'Rule' }),
          node('fn', 'lambda', { label: 'Fn' }),
          node('q', 'sqs', { label: 'Q' })
        ],
        [edge('r', 'fn'), edge('r', 'q')]
      )
    )
    expect(t.resource('Rule').Properties).toHaveProperty('TopicRulePayload.Actions', [
      { Lambda: { FunctionArn: arn('Fn') } },
      { Sqs: { QueueUrl: ref('Q'), RoleArn: arn('RuleRole') } }
    ])
    expect(t.ofType('AWS::Lambda::Permission')[0]![1].Properties).toMatchObject({
      Principal: 'iot.amazonaws.com',
      SourceArn: arn('Rule')
    })
  })
})

describe('nodes that are not resources', () => {
  it('takes an external node as a parameter and skips what has no type', () => {
    const stream = node('k', 'kinesis-data-streams', { label: 'Shared stream' })
    stream.external = { reference: 'SharedStreamArn' }
    const t = exported(
      diagram(
        [node('app', 'producer-app'), stream, node('fn', 'lambda', { label: 'Fn' })],
        [edge('app', 'k'), edge('k', 'fn')]
      )
    )
    expect(t.ofType('AWS::Kinesis::Stream')).toEqual([])
    expect(t.report.external).toEqual([
      { nodeId: 'k', logicalId: 'SharedStream', reference: 'SharedStreamArn' }
    ])
    expect(t.parsed.Parameters).toHaveProperty(
      'SharedStreamArn.Description',
      expect.stringContaining('SharedStreamArn') as string
    )
    const esm = t.only('AWS::Lambda::EventSourceMapping')[1]
    expect(esm.Properties.EventSourceArn).toEqual(ref('SharedStreamArn'))
    expect(t.report.skipped).toEqual([
      { nodeId: 'app', reason: expect.stringContaining('application') as string }
    ])
  })

  it('lists an edge it cannot write as left to the user, in the report and the Metadata', () => {
    const t = exported(
      diagram(
        [node('a', 's3', { label: 'Primary' }), node('b', 's3', { label: 'Replica' })],
        [edge('a', 'b')]
      )
    )
    const left = t.report.edges.find((e) => e.edgeId === 'a:b')!
    expect(left.outcome).toBe('left')
    expect(t.report.leftToUser).toContain(left.detail)
    expect(t.parsed.Metadata).toEqual({ Pipewright: { LeftToUser: t.report.leftToUser } })
  })
})

describe('logical ids and order', () => {
  it('makes unique alphanumeric ids from labels that collide', () => {
    const t = exported(
      diagram([
        node('a', 's3', { label: 'raw data' }),
        node('b', 's3', { label: 'Raw-Data' }),
        node('c', 's3', { label: '42' })
      ])
    )
    expect(t.report.resources.map((r) => r.logicalId)).toEqual(['RawData', 'RawData2', 'R42'])
  })

  it('writes the same text for the same diagram, resources in sorted order', () => {
    const d = diagram(
      [node('z', 'sqs', { label: 'Zed' }), node('a', 'sns', { label: 'Alpha' })],
      [edge('a', 'z')]
    )
    const first = exported(d)
    expect(exported(d).text).toBe(first.text)
    expect(Object.keys(first.parsed.Resources as object)).toEqual(
      [...Object.keys(first.parsed.Resources as object)].sort()
    )
    expect(first.text).toContain('TopicArn: !Ref Alpha')
    expect(first.text).toContain('Endpoint: !GetAtt Zed.Arn')
  })
})

describe('APIs and replication', () => {
  it('gives an HTTP API one default route and a path for each further function', () => {
    const t = exported(
      diagram(
        [
          node('api', 'api-gateway', { label: 'Api', config: { apiType: 'http' } }),
          node('a', 'lambda', { label: 'A' }),
          node('b', 'lambda', { label: 'B' })
        ],
        [edge('api', 'a'), edge('api', 'b')]
      )
    )
    expect(
      t.ofType('AWS::ApiGatewayV2::Integration').map(([, r]) => r.Properties.IntegrationUri)
    ).toEqual([arn('A'), arn('B')])
    expect(t.ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey)).toEqual([
      '$default',
      'ANY /B'
    ])
    expect(t.ofType('AWS::ApiGatewayV2::Stage')).toHaveLength(1)
    expect(t.ofType('AWS::Lambda::Permission').map(([, r]) => r.Properties.Principal)).toEqual([
      'apigateway.amazonaws.com',
      'apigateway.amazonaws.com'
    ])
  })

  it('gives a REST API a Lambda proxy method and a queue integration, each on its own path', () => {
    const t = exported(
      diagram(
        [
          node('api', 'api-gateway', { label: 'Api' }),
          node('fn', 'lambda', { label: 'Fn' }),
          node('q', 'sqs', { label: 'Orders' })
        ],
        [edge('api', 'fn'), edge('api', 'q')]
      )
    )
    expect(t.ofType('AWS::ApiGateway::Resource').map(([, r]) => r.Properties.PathPart)).toEqual([
      'fn',
      'orders'
    ])
    const methods = t.ofType('AWS::ApiGateway::Method').map(([, r]) => r.Properties)
    expect(methods).toMatchObject([
      { HttpMethod: 'ANY', Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' } },
      { HttpMethod: 'POST', Integration: { Type: 'AWS', Credentials: arn('ApiRole') } }
    ])
    expect(t.statements('ApiRole').map((s) => [s.Sid, s.Resource])).toEqual([
      ['SqsSendOrders', [arn('Orders')]]
    ])
  })

  it('gives an HTTP API a first-class Kinesis integration with its request parameters', () => {
    const t = exported(
      diagram(
        [
          node('api', 'api-gateway', { label: 'Api', config: { apiType: 'http' } }),
          node('k', 'kinesis-data-streams', { label: 'K' })
        ],
        [edge('api', 'k')]
      )
    )
    expect(t.only('AWS::ApiGatewayV2::Integration')[1].Properties).toMatchObject({
      IntegrationSubtype: 'Kinesis-PutRecord',
      RequestParameters: { StreamName: ref('K') },
      CredentialsArn: arn('ApiRole')
    })
  })

  it('replicates a database to a stream through endpoints and one task', () => {
    const t = exported(
      diagram(
        [
          node('db', 'on-prem-database', { label: 'Orders db' }),
          node('dms', 'dms', { label: 'Cdc' }),
          node('k', 'kinesis-data-streams', { label: 'Changes' })
        ],
        [edge('db', 'dms'), edge('dms', 'k')]
      )
    )
    const endpoints = t
      .ofType('AWS::DMS::Endpoint')
      .map(([id, r]) => [id, r.Properties.EndpointType])
    expect(endpoints).toEqual(
      [
        ['OrdersDbSourceEndpoint', 'source'],
        ['ChangesTargetEndpoint', 'target']
      ].sort()
    )
    expect(t.only('AWS::DMS::ReplicationTask')[1].Properties).toMatchObject({
      ReplicationInstanceArn: ref('Cdc'),
      SourceEndpointArn: ref('OrdersDbSourceEndpoint'),
      TargetEndpointArn: ref('ChangesTargetEndpoint')
    })
    expect(t.parsed.Parameters).toHaveProperty('OrdersDbSourceEndpointPassword.NoEcho', true)
    expect(t.statements('CdcRole').map((s) => s.Resource)).toEqual([[arn('Changes')]])
  })
})

describe('capacity', () => {
  it('sizes shards and provisioned units from the estimate where the settings leave them open', () => {
    const t = exported(
      diagram(
        [
          node('app', 'producer-app', { config: { recordsPerSecond: 5000, recordSizeKB: 1 } }),
          node('k', 'kinesis-data-streams', { label: 'Sized' }),
          node('f', 'kinesis-data-streams', { label: 'Fixed', config: { shards: 7 } }),
          node('t', 'dynamodb', {
            label: 'Table',
            config: { capacityMode: 'provisioned', readsPerSecond: 40 }
          })
        ],
        [edge('app', 'k'), edge('app', 'f'), edge('app', 't')]
      )
    )
    expect(t.resource('Sized').Properties.ShardCount).toBe(5)
    expect(t.resource('Fixed').Properties.ShardCount).toBe(7)
    expect(t.resource('Table').Properties.ProvisionedThroughput).toEqual({
      ReadCapacityUnits: 20,
      WriteCapacityUnits: 5000
    })
  })
})

describe('conflicts the template cannot settle', () => {
  it('takes Direct PUT producers as left when the stream reads from Kinesis, in either edge order', () => {
    const t = exported(
      diagram(
        [
          node('app', 'producer-app', { label: 'App' }),
          node('fh', 'kinesis-firehose', { label: 'Fh' }),
          node('k', 'kinesis-data-streams', { label: 'K' })
        ],
        [edge('app', 'fh'), edge('k', 'fh')]
      )
    )
    expect(t.resource('Fh').Properties.DeliveryStreamType).toBe('KinesisStreamAsSource')
    expect(t.report.edges.find((e) => e.edgeId === 'app:fh')?.outcome).toBe('left')
  })

  it('asks for filters when a bucket notifies two destinations', () => {
    const t = exported(
      diagram(
        [
          node('b', 's3', { label: 'B' }),
          node('fn', 'lambda', { label: 'Fn' }),
          node('q', 'sqs', { label: 'Q' })
        ],
        [edge('b', 'fn'), edge('b', 'q')]
      )
    )
    expect(t.report.leftToUser.some((l) => l.includes('prefix or suffix filter'))).toBe(true)
  })
})

describe('Redshift roles', () => {
  it('puts the streaming-ingestion role on a cluster, or on a Serverless workgroup’s namespace', () => {
    const t = exported(
      diagram(
        [
          node('k', 'kinesis-data-streams', { label: 'K' }),
          node('c', 'redshift', { label: 'Cluster' }),
          node('s', 'redshift', { label: 'Sls', config: { deployment: 'serverless' } })
        ],
        [edge('k', 'c'), edge('k', 's')]
      )
    )
    expect(t.resource('Cluster').Properties.IamRoles).toEqual([arn('ClusterRole')])
    expect(t.resource('SlsNamespace').Properties.IamRoles).toEqual([arn('SlsRole')])
    expect(t.statements('SlsRole').map((s) => s.Resource)).toEqual([[arn('K')]])
  })
})

describe('Glue jobs', () => {
  it('size in G.1X workers and stream when they read Kinesis, with the stream in their arguments', () => {
    const t = exported(
      diagram(
        [
          node('k', 'kinesis-data-streams', { label: 'K' }),
          node('j', 'glue-etl', { label: 'Job', config: { dpus: 6 } }),
          node('b', 's3', { label: 'Out' })
        ],
        [edge('k', 'j'), edge('j', 'b')]
      )
    )
    const p = t.resource('Job').Properties
    expect(p).toMatchObject({
      WorkerType: 'G.1X',
      NumberOfWorkers: 6,
      Command: { Name: 'gluestreaming' }
    })
    expect(p.DefaultArguments).toEqual({ '--source-K': arn('K'), '--target-Out': arn('Out') })
    expect(t.statements('JobRole').map((s) => s.Sid)).toEqual([
      'KinesisReadK',
      'S3WriteOut',
      'S3WriteOut2'
    ])
  })
})

describe('SNS to Firehose', () => {
  it('subscribes the stream with a role SNS assumes, granted on that stream only', () => {
    const t = exported(
      diagram(
        [node('t', 'sns', { label: 'Topic' }), node('f', 'kinesis-firehose', { label: 'Fh' })],
        [edge('t', 'f')]
      )
    )
    expect(t.only('AWS::SNS::Subscription')[1].Properties).toEqual({
      TopicArn: ref('Topic'),
      Protocol: 'firehose',
      Endpoint: arn('Fh'),
      SubscriptionRoleArn: arn('TopicSubscriptionRole')
    })
    expect(t.resource('TopicSubscriptionRole').Properties).toHaveProperty(
      'AssumeRolePolicyDocument.Statement.0.Principal.Service',
      'sns.amazonaws.com'
    )
    expect(t.statements('TopicSubscriptionRole').map((s) => s.Resource)).toEqual([[arn('Fh')]])
  })
})

describe('databases', () => {
  it('exports an RDS instance whose endpoint a DMS source reads', () => {
    const t = exported(
      diagram(
        [
          node('db', 'rds', { label: 'Orders' }),
          node('d', 'dms', { label: 'Cdc' }),
          node('b', 's3', { label: 'Lake' })
        ],
        [edge('db', 'd'), edge('d', 'b')]
      )
    )
    expect(t.resource('Orders')).toMatchObject({
      Type: 'AWS::RDS::DBInstance',
      Properties: { ManageMasterUserPassword: true }
    })
    expect(t.resource('OrdersSourceEndpoint').Properties.ServerName).toEqual(
      arn('Orders', 'Endpoint.Address')
    )
    expect(t.resource('LakeTargetEndpoint').Properties).toMatchObject({
      EngineName: 's3',
      S3Settings: { BucketName: ref('Lake') }
    })
  })
})
