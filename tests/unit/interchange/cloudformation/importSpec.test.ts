import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Every property path the importer reads, checked against the CloudFormation resource
 * specification AWS publishes for the CDK, so a misspelt property (AmazonopensearchserviceDestinationConfiguration
 * is spelt that way) fails here instead of silently reading nothing. SAM types are not in it.
 */
const READ: Readonly<Record<string, readonly string[]>> = {
  'AWS::Kinesis::Stream': [
    'Name',
    'ShardCount',
    'StreamModeDetails.StreamMode',
    'RetentionPeriodHours',
    'MaxRecordSizeInKiB'
  ],
  'AWS::Kinesis::StreamConsumer': ['StreamARN'],
  'AWS::KinesisFirehose::DeliveryStream': [
    'DeliveryStreamName',
    'KinesisStreamSourceConfiguration.KinesisStreamARN',
    'MSKSourceConfiguration.MSKClusterARN',
    'ExtendedS3DestinationConfiguration.BucketARN',
    'ExtendedS3DestinationConfiguration.BufferingHints.SizeInMBs',
    'ExtendedS3DestinationConfiguration.BufferingHints.IntervalInSeconds',
    'ExtendedS3DestinationConfiguration.CompressionFormat',
    'ExtendedS3DestinationConfiguration.ProcessingConfiguration.Enabled',
    'ExtendedS3DestinationConfiguration.ProcessingConfiguration.Processors.Type',
    'ExtendedS3DestinationConfiguration.ProcessingConfiguration.Processors.Parameters.ParameterName',
    'ExtendedS3DestinationConfiguration.ProcessingConfiguration.Processors.Parameters.ParameterValue',
    'ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration.Enabled',
    'ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration.OutputFormatConfiguration.Serializer.ParquetSerDe',
    'ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration.OutputFormatConfiguration.Serializer.OrcSerDe',
    'ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration.SchemaConfiguration.DatabaseName',
    'ExtendedS3DestinationConfiguration.S3BackupConfiguration.BucketARN',
    'S3DestinationConfiguration.BucketARN',
    'RedshiftDestinationConfiguration.ClusterJDBCURL',
    'RedshiftDestinationConfiguration.S3Configuration.BucketARN',
    'AmazonopensearchserviceDestinationConfiguration.DomainARN',
    'AmazonopensearchserviceDestinationConfiguration.ClusterEndpoint',
    'ElasticsearchDestinationConfiguration.DomainARN',
    'ElasticsearchDestinationConfiguration.ClusterEndpoint',
    'AmazonOpenSearchServerlessDestinationConfiguration.CollectionEndpoint',
    'SplunkDestinationConfiguration.HECEndpoint',
    'HttpEndpointDestinationConfiguration.EndpointConfiguration.Url',
    'SnowflakeDestinationConfiguration.AccountUrl',
    'IcebergDestinationConfiguration.CatalogConfiguration.CatalogArn',
    'IcebergDestinationConfiguration.DestinationTableConfigurationList.DestinationDatabaseName',
    'IcebergDestinationConfiguration.DestinationTableConfigurationList.DestinationTableName',
    'IcebergDestinationConfiguration.S3Configuration.BucketARN'
  ],
  'AWS::Lambda::Function': [
    'FunctionName',
    'MemorySize',
    'DeadLetterConfig.TargetArn',
    'Environment.Variables',
    'Role'
  ],
  'AWS::Lambda::EventSourceMapping': [
    'FunctionName',
    'EventSourceArn',
    'SelfManagedEventSource.Endpoints.KafkaBootstrapServers',
    'Queues',
    'Topics',
    'AmazonManagedKafkaEventSourceConfig',
    'DocumentDBEventSourceConfig',
    'BatchSize',
    'ParallelizationFactor',
    'MaximumBatchingWindowInSeconds'
  ],
  'AWS::Lambda::EventInvokeConfig': [
    'FunctionName',
    'DestinationConfig.OnSuccess.Destination',
    'DestinationConfig.OnFailure.Destination'
  ],
  'AWS::Lambda::Alias': ['FunctionName'],
  'AWS::Lambda::Version': ['FunctionName'],
  'AWS::S3::Bucket': [
    'BucketName',
    'NotificationConfiguration.LambdaConfigurations.Function',
    'NotificationConfiguration.QueueConfigurations.Queue',
    'NotificationConfiguration.TopicConfigurations.Topic',
    'NotificationConfiguration.EventBridgeConfiguration.EventBridgeEnabled',
    'ReplicationConfiguration.Rules.Destination.Bucket'
  ],
  'AWS::SNS::Topic': ['TopicName', 'Subscription.Protocol', 'Subscription.Endpoint'],
  'AWS::SNS::Subscription': ['TopicArn', 'Protocol', 'Endpoint'],
  'AWS::SQS::Queue': ['QueueName', 'FifoQueue', 'RedrivePolicy'],
  'AWS::DynamoDB::Table': [
    'TableName',
    'BillingMode',
    'ProvisionedThroughput.ReadCapacityUnits',
    'ProvisionedThroughput.WriteCapacityUnits',
    'StreamSpecification.StreamViewType',
    'KinesisStreamSpecification.StreamArn'
  ],
  'AWS::DynamoDB::GlobalTable': ['StreamSpecification.StreamViewType'],
  'AWS::Glue::Database': ['DatabaseInput.Name'],
  'AWS::Glue::Table': ['DatabaseName'],
  'AWS::Glue::Crawler': [
    'Name',
    'Role',
    'DatabaseName',
    'Targets.S3Targets.Path',
    'Targets.DeltaTargets.DeltaTables',
    'Targets.IcebergTargets.Paths',
    'Targets.HudiTargets.Paths',
    'Targets.DynamoDBTargets.Path',
    'Targets.JdbcTargets.ConnectionName',
    'Targets.CatalogTargets.DatabaseName'
  ],
  'AWS::Glue::Job': [
    'Name',
    'Role',
    'Command.Name',
    'WorkerType',
    'NumberOfWorkers',
    'MaxCapacity',
    'AllocatedCapacity',
    'DefaultArguments'
  ],
  'AWS::Glue::Trigger': [
    'Type',
    'Actions.JobName',
    'Actions.CrawlerName',
    'Predicate.Conditions.JobName',
    'Predicate.Conditions.CrawlerName'
  ],
  'AWS::Athena::WorkGroup': ['Name', 'WorkGroupConfiguration.ResultConfiguration.OutputLocation'],
  'AWS::Redshift::Cluster': ['ClusterIdentifier', 'NodeType', 'ClusterType', 'NumberOfNodes'],
  'AWS::RedshiftServerless::Workgroup': ['WorkgroupName', 'NamespaceName', 'BaseCapacity'],
  'AWS::RedshiftServerless::Namespace': ['NamespaceName'],
  'AWS::MSK::Cluster': [
    'ClusterName',
    'NumberOfBrokerNodes',
    'BrokerNodeGroupInfo.InstanceType',
    'BrokerNodeGroupInfo.StorageInfo.EBSStorageInfo.VolumeSize'
  ],
  'AWS::MSK::ServerlessCluster': ['ClusterName'],
  'AWS::KafkaConnect::Connector': [
    'KafkaCluster.ApacheKafkaCluster.BootstrapServers',
    'ConnectorConfiguration'
  ],
  'AWS::KinesisAnalyticsV2::Application': [
    'ApplicationName',
    'ServiceExecutionRole',
    'ApplicationConfiguration.FlinkApplicationConfiguration.ParallelismConfiguration.ConfigurationType',
    'ApplicationConfiguration.FlinkApplicationConfiguration.ParallelismConfiguration.Parallelism',
    'ApplicationConfiguration.FlinkApplicationConfiguration.ParallelismConfiguration.ParallelismPerKPU',
    'ApplicationConfiguration.SqlApplicationConfiguration.Inputs.KinesisStreamsInput.ResourceARN',
    'ApplicationConfiguration.SqlApplicationConfiguration.Inputs.KinesisFirehoseInput.ResourceARN',
    'ApplicationConfiguration.EnvironmentProperties.PropertyGroups.PropertyMap'
  ],
  'AWS::KinesisAnalytics::Application': [
    'Inputs.KinesisStreamsInput.ResourceARN',
    'Inputs.KinesisFirehoseInput.ResourceARN'
  ],
  'AWS::KinesisAnalyticsV2::ApplicationOutput': [
    'ApplicationName',
    'Output.KinesisStreamsOutput.ResourceARN',
    'Output.KinesisFirehoseOutput.ResourceARN',
    'Output.LambdaOutput.ResourceARN'
  ],
  'AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource': [
    'ApplicationName',
    'ReferenceDataSource.S3ReferenceDataSource.BucketARN'
  ],
  'AWS::OpenSearchService::Domain': [
    'DomainName',
    'ClusterConfig.InstanceType',
    'ClusterConfig.InstanceCount',
    'EBSOptions.VolumeSize'
  ],
  'AWS::Elasticsearch::Domain': [
    'DomainName',
    'ElasticsearchClusterConfig.InstanceType',
    'ElasticsearchClusterConfig.InstanceCount',
    'EBSOptions.VolumeSize'
  ],
  'AWS::OpenSearchServerless::Collection': ['Name'],
  'AWS::StepFunctions::StateMachine': [
    'StateMachineName',
    'RoleArn',
    'Definition',
    'DefinitionString',
    'DefinitionSubstitutions',
    'DefinitionS3Location'
  ],
  'AWS::Events::EventBus': ['Name'],
  'AWS::Events::Rule': [
    'EventBusName',
    'EventPattern',
    'ScheduleExpression',
    'Targets.Arn',
    'Targets.Id'
  ],
  'AWS::Scheduler::Schedule': ['Target.Arn'],
  'AWS::Pipes::Pipe': ['Source', 'Enrichment', 'Target'],
  'AWS::Logs::SubscriptionFilter': ['LogGroupName', 'DestinationArn'],
  'AWS::ApiGateway::RestApi': ['Body', 'BodyS3Location'],
  'AWS::ApiGateway::Method': [
    'RestApiId',
    'Integration.Type',
    'Integration.Uri',
    'Integration.RequestTemplates'
  ],
  'AWS::ApiGatewayV2::Api': ['ProtocolType', 'Body', 'BodyS3Location'],
  'AWS::ApiGatewayV2::Integration': [
    'ApiId',
    'IntegrationType',
    'IntegrationSubtype',
    'IntegrationUri',
    'RequestParameters',
    'RequestTemplates'
  ],
  'AWS::DMS::Endpoint': [
    'EngineName',
    'ServerName',
    'S3Settings.BucketName',
    'KinesisSettings.StreamArn',
    'KafkaSettings.Broker',
    'ElasticsearchSettings.EndpointUri',
    'RedisSettings.ServerName'
  ],
  'AWS::DMS::ReplicationInstance': ['ReplicationInstanceClass', 'AllocatedStorage'],
  'AWS::DMS::ReplicationTask': [
    'ReplicationInstanceArn',
    'SourceEndpointArn',
    'TargetEndpointArn',
    'MigrationType'
  ],
  'AWS::DMS::ReplicationConfig': ['SourceEndpointArn', 'TargetEndpointArn', 'ReplicationType'],
  'AWS::IoT::TopicRule': [
    'RuleName',
    'TopicRulePayload.ErrorAction',
    'TopicRulePayload.Actions.Kinesis.StreamName',
    'TopicRulePayload.Actions.Firehose.DeliveryStreamName',
    'TopicRulePayload.Actions.Firehose.BatchMode',
    'TopicRulePayload.Actions.Lambda.FunctionArn',
    'TopicRulePayload.Actions.S3.BucketName',
    'TopicRulePayload.Actions.DynamoDB.TableName',
    'TopicRulePayload.Actions.DynamoDBv2.PutItem.TableName',
    'TopicRulePayload.Actions.Sqs.QueueUrl',
    'TopicRulePayload.Actions.Sns.TargetArn',
    'TopicRulePayload.Actions.OpenSearch.Endpoint',
    'TopicRulePayload.Actions.Elasticsearch.Endpoint',
    'TopicRulePayload.Actions.Timestream.DatabaseName',
    'TopicRulePayload.Actions.StepFunctions.StateMachineName',
    'TopicRulePayload.Actions.Kafka.ClientProperties',
    'TopicRulePayload.Actions.Http.Url'
  ],
  'AWS::Timestream::Database': ['DatabaseName'],
  'AWS::Timestream::Table': ['DatabaseName'],
  'AWS::IAM::Role': ['Policies.PolicyDocument', 'ManagedPolicyArns'],
  'AWS::IAM::Policy': ['Roles', 'PolicyDocument'],
  'AWS::IAM::ManagedPolicy': ['Roles', 'PolicyDocument']
}

interface SpecType {
  type: string
  element?: SpecType
  reference?: { $ref: string }
}
interface SpecProperties {
  properties: Record<string, { type: SpecType } | undefined>
}
type Db = Awaited<ReturnType<typeof loadAwsServiceSpec>>

function missing(db: Db, cfnType: string, path: string): string | undefined {
  const resource = db
    .lookup('resource', 'cloudFormationType', 'equals', cfnType)
    .only() as unknown as SpecProperties
  let props = resource.properties
  for (const [i, name] of path.split('.').entries()) {
    const prop = props[name]
    if (!prop)
      return `${cfnType}: ${path
        .split('.')
        .slice(0, i + 1)
        .join('.')}`
    let t = prop.type
    while ((t.type === 'array' || t.type === 'map') && t.element) t = t.element
    if (t.type !== 'ref' || !t.reference) {
      if (i < path.split('.').length - 1) return `${cfnType}: ${path} (${name} has no properties)`
      return undefined
    }
    props = (db.get('typeDefinition', t.reference.$ref) as unknown as SpecProperties).properties
  }
  return undefined
}

describe('the properties the importer reads exist in the CloudFormation resource specification', () => {
  let db: Db
  beforeAll(async () => {
    db = await loadAwsServiceSpec()
  }, 60_000)

  it('names only properties the specification has', () => {
    const problems = Object.entries(READ).flatMap(([type, paths]) =>
      paths.map((p) => missing(db, type, p)).filter((x): x is string => x !== undefined)
    )
    expect(problems).toEqual([])
  })

  it('would catch a misspelt property', () => {
    expect(
      missing(
        db,
        'AWS::KinesisFirehose::DeliveryStream',
        'AmazonOpenSearchServiceDestinationConfiguration'
      )
    ).toBe('AWS::KinesisFirehose::DeliveryStream: AmazonOpenSearchServiceDestinationConfiguration')
  })
})
