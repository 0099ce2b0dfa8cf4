import { awsDoc, type Citation } from '../../catalog/citations'
import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import type { Figures } from '../../estimation/figureLabels'
import { readServiceConfig, type ServiceConfigOf } from '../../estimation/serviceConfig'
import type { RefKind, TemplateBuild } from './exportBuild'
import { EXPORT_DEFAULTS as D } from './exportDefaults'
import { arnOf, getAtt, ref, type CfnValue, type Props } from './exportModel'

/**
 * What a node's resource builder is given: the build, the node, its logical id, and the capacity
 * the estimate sized it at (shards, read and write units) where its settings leave it open.
 */
export interface NodeContext {
  b: TemplateBuild
  node: DiagramNode
  id: string
  capacity: Figures
}

/** How a service node becomes a resource: its type, its reference page, its references, its properties. */
export interface ResourceRow<S extends ServiceId = ServiceId> {
  type: (config: ServiceConfigOf<S>) => string
  citation: Citation
  refs: (id: string, config: ServiceConfigOf<S>) => Partial<Record<RefKind, CfnValue>>
  build: (ctx: NodeContext, config: ServiceConfigOf<S>) => Props
}

function page(slug: string, title: string): Citation {
  return awsDoc(
    `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${slug}.html`,
    title
  )
}

/** A string parameter named after the resource, asked once. */
function ask(
  ctx: NodeContext,
  suffix: string,
  description: string,
  extra: { Default?: string; NoEcho?: boolean; Type?: string } = {}
): CfnValue {
  const { Type = 'String', ...rest } = extra
  return ctx.b.parameter(`${ctx.id}${suffix}`, {
    Type,
    Description: `${description} (${ctx.node.label ?? ctx.node.id})`,
    ...rest
  })
}

/** One set of VPC subnets and security groups for the stack, for every resource that needs one. */
function subnets(b: TemplateBuild): CfnValue {
  b.leave('Choose the VPC subnets (SubnetIds) the VPC-bound resources run in.')
  return b.parameter('SubnetIds', {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Subnets for the resources that run in a VPC (MSK, OpenSearch, MWAA, DMS)'
  })
}

function securityGroups(b: TemplateBuild): CfnValue {
  return b.parameter('SecurityGroupIds', {
    Type: 'List<AWS::EC2::SecurityGroup::Id>',
    Description: 'Security groups for the resources that run in a VPC'
  })
}

function codeBucket(b: TemplateBuild): CfnValue {
  b.leave('Upload the code (functions, Glue scripts, Flink applications) to CodeBucket.')
  return b.parameter('CodeBucket', {
    Type: 'String',
    Description: 'S3 bucket holding function code, Glue scripts and Flink applications'
  })
}

function row<S extends ServiceId>(r: ResourceRow<S>): ResourceRow<S> {
  return r
}

const arnAndName = (id: string) => ({ arn: getAtt(id, 'Arn'), name: ref(id) })

export const RESOURCE_ROWS: { [S in ServiceId]?: ResourceRow<S> } = {
  'kinesis-data-streams': row({
    type: () => 'AWS::Kinesis::Stream',
    citation: page('kinesis-stream', 'AWS::Kinesis::Stream'),
    refs: arnAndName,
    build: (ctx, c) => ({
      ...(c.capacityMode === 'provisioned'
        ? {
            ShardCount: c.shards ?? Math.max(1, ctx.capacity.shards ?? 1),
            StreamModeDetails: { StreamMode: 'PROVISIONED' }
          }
        : { StreamModeDetails: { StreamMode: 'ON_DEMAND' } }),
      RetentionPeriodHours: c.retentionHours,
      ...(c.maxRecordSizeKB !== 1024 ? { MaxRecordSizeInKiB: c.maxRecordSizeKB } : {})
    })
  }),
  'kinesis-firehose': row({
    type: () => 'AWS::KinesisFirehose::DeliveryStream',
    citation: page('kinesisfirehose-deliverystream', 'AWS::KinesisFirehose::DeliveryStream'),
    refs: arnAndName,
    build: () => ({ DeliveryStreamType: 'DirectPut' })
  }),
  lambda: row({
    type: () => 'AWS::Lambda::Function',
    citation: page('lambda-function', 'AWS::Lambda::Function'),
    refs: arnAndName,
    build: (ctx, c) => ({
      Runtime: ask(ctx, 'Runtime', 'Lambda runtime', { Default: D.lambdaRuntime.value }),
      Handler: ask(ctx, 'Handler', 'Lambda handler', { Default: D.lambdaHandler.value }),
      Code: {
        S3Bucket: codeBucket(ctx.b),
        S3Key: ask(ctx, 'CodeKey', 'S3 key of the function code (.zip)')
      },
      MemorySize: c.memoryMB,
      Role: getAtt(ctx.b.role(ctx.node.id, 'lambda', ctx.id), 'Arn')
    })
  }),
  s3: row({
    type: () => 'AWS::S3::Bucket',
    citation: page('s3-bucket', 'AWS::S3::Bucket'),
    refs: arnAndName,
    build: () => ({})
  }),
  sqs: row({
    type: () => 'AWS::SQS::Queue',
    citation: page('sqs-queue', 'AWS::SQS::Queue'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: getAtt(id, 'QueueName'), url: ref(id) }),
    build: (_ctx, c): Props => (c.queueType === 'fifo' ? { FifoQueue: true } : {})
  }),
  sns: row({
    type: () => 'AWS::SNS::Topic',
    citation: page('sns-topic', 'AWS::SNS::Topic'),
    refs: (id) => ({ arn: ref(id), name: getAtt(id, 'TopicName') }),
    build: () => ({})
  }),
  dynamodb: row({
    type: () => 'AWS::DynamoDB::Table',
    citation: page('dynamodb-table', 'AWS::DynamoDB::Table'),
    refs: (id) => ({ ...arnAndName(id), streamArn: getAtt(id, 'StreamArn') }),
    build: (ctx, c) => {
      ctx.b.leave(
        `Set the key schema of table ${ctx.id} (the template uses a string partition key "pk").`
      )
      return {
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        ...(c.capacityMode === 'provisioned'
          ? {
              BillingMode: 'PROVISIONED',
              ProvisionedThroughput: {
                ReadCapacityUnits: Math.max(1, Math.ceil(ctx.capacity.readCapacityUnits ?? 1)),
                WriteCapacityUnits: Math.max(1, Math.ceil(ctx.capacity.writeCapacityUnits ?? 1))
              }
            }
          : { BillingMode: 'PAY_PER_REQUEST' })
      }
    }
  }),
  msk: row({
    type: (c) =>
      c.deployment === 'serverless' ? 'AWS::MSK::ServerlessCluster' : 'AWS::MSK::Cluster',
    citation: page('msk-cluster', 'AWS::MSK::Cluster and AWS::MSK::ServerlessCluster'),
    refs: (id) => ({ arn: getAtt(id, 'Arn') }),
    build: (ctx, c): Props =>
      c.deployment === 'serverless'
        ? {
            ClusterName: ask(ctx, 'ClusterName', 'MSK Serverless cluster name'),
            VpcConfigs: [{ SubnetIds: subnets(ctx.b), SecurityGroups: securityGroups(ctx.b) }],
            ClientAuthentication: { Sasl: { Iam: { Enabled: true } } }
          }
        : {
            ClusterName: ask(ctx, 'ClusterName', 'MSK cluster name'),
            KafkaVersion: ask(ctx, 'KafkaVersion', 'Apache Kafka version', {
              Default: D.kafkaVersion.value
            }),
            NumberOfBrokerNodes: c.brokers,
            BrokerNodeGroupInfo: {
              ClientSubnets: subnets(ctx.b),
              SecurityGroups: securityGroups(ctx.b),
              InstanceType: c.brokerType,
              ...(c.brokerType.startsWith('express.')
                ? {}
                : { StorageInfo: { EBSStorageInfo: { VolumeSize: c.storageGBPerBroker } } })
            },
            ClientAuthentication: { Sasl: { Iam: { Enabled: true } } }
          }
  }),
  'kinesis-data-analytics': row({
    type: () => 'AWS::KinesisAnalyticsV2::Application',
    citation: page('kinesisanalyticsv2-application', 'AWS::KinesisAnalyticsV2::Application'),
    refs: (id) => ({
      name: ref(id),
      arn: arnOf('kinesisanalytics', (n) => `application/\${${n}}`, id)
    }),
    build: (ctx, c) => ({
      RuntimeEnvironment: ask(ctx, 'Runtime', 'Flink runtime', { Default: D.flinkRuntime.value }),
      ServiceExecutionRole: getAtt(ctx.b.role(ctx.node.id, 'flink', ctx.id), 'Arn'),
      ApplicationConfiguration: {
        ApplicationCodeConfiguration: {
          CodeContentType: 'ZIPFILE',
          CodeContent: {
            S3ContentLocation: {
              BucketARN: {
                'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Bucket}', { Bucket: codeBucket(ctx.b) }]
              },
              FileKey: ask(ctx, 'CodeKey', 'S3 key of the Flink application (.jar or .zip)')
            }
          }
        },
        FlinkApplicationConfiguration: {
          ParallelismConfiguration: {
            ConfigurationType: 'CUSTOM',
            Parallelism: c.kpus,
            ParallelismPerKPU: 1,
            AutoScalingEnabled: true
          }
        }
      }
    })
  }),
  'glue-data-catalog': row({
    type: () => 'AWS::Glue::Database',
    citation: page('glue-database', 'AWS::Glue::Database'),
    refs: (id) => ({ name: ref(id), arn: arnOf('glue', (n) => `database/\${${n}}`, id) }),
    build: (ctx) => ({
      CatalogId: ref('AWS::AccountId'),
      DatabaseInput: { Name: ask(ctx, 'DatabaseName', 'Glue database name') }
    })
  }),
  'glue-crawler': row({
    type: () => 'AWS::Glue::Crawler',
    citation: page('glue-crawler', 'AWS::Glue::Crawler'),
    refs: (id) => ({ name: ref(id), arn: arnOf('glue', (n) => `crawler/\${${n}}`, id) }),
    build: (ctx) => ({
      Role: getAtt(ctx.b.role(ctx.node.id, 'glue', ctx.id), 'Arn'),
      Targets: {}
    })
  }),
  'glue-etl': row({
    type: () => 'AWS::Glue::Job',
    citation: page('glue-job', 'AWS::Glue::Job'),
    refs: (id) => ({ name: ref(id), arn: arnOf('glue', (n) => `job/\${${n}}`, id) }),
    build: (ctx, c) => ({
      Role: getAtt(ctx.b.role(ctx.node.id, 'glue', ctx.id), 'Arn'),
      GlueVersion: D.glueVersion.value,
      Command: {
        Name: 'glueetl',
        ScriptLocation: {
          'Fn::Sub': [
            's3://${Bucket}/${Key}',
            { Bucket: codeBucket(ctx.b), Key: ask(ctx, 'ScriptKey', 'S3 key of the Glue script') }
          ]
        }
      },
      // Glue 2.0 and later take workers, not a maximum capacity; a G.1X worker is 1 DPU.
      // https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-job.html
      WorkerType: 'G.1X',
      NumberOfWorkers: Math.max(2, Math.round(c.dpus))
    })
  }),
  athena: row({
    type: () => 'AWS::Athena::WorkGroup',
    citation: page('athena-workgroup', 'AWS::Athena::WorkGroup'),
    refs: (id) => ({ name: ref(id), arn: arnOf('athena', (n) => `workgroup/\${${n}}`, id) }),
    build: (ctx) => ({ Name: ask(ctx, 'WorkGroupName', 'Athena workgroup name') })
  }),
  redshift: row({
    type: (c) =>
      c.deployment === 'serverless'
        ? 'AWS::RedshiftServerless::Workgroup'
        : 'AWS::Redshift::Cluster',
    citation: page(
      'redshift-cluster',
      'AWS::Redshift::Cluster and AWS::RedshiftServerless::Workgroup'
    ),
    refs: (id, c) =>
      c.deployment === 'serverless'
        ? { arn: getAtt(id, 'Workgroup.WorkgroupArn'), name: ref(id) }
        : { name: ref(id), arn: arnOf('redshift', (n) => `cluster:\${${n}}`, id) },
    build: (ctx, c): Props => {
      if (c.deployment === 'serverless') {
        const namespace = ctx.b.uniqueId(`${ctx.id}Namespace`)
        ctx.b.state('redshift-namespace:' + ctx.node.id, () => namespace)
        ctx.b.addResource(namespace, {
          Type: 'AWS::RedshiftServerless::Namespace',
          Properties: {
            NamespaceName: ask(ctx, 'NamespaceName', 'Redshift Serverless namespace name'),
            ManageAdminPassword: true
          }
        })
        return {
          WorkgroupName: ask(ctx, 'WorkgroupName', 'Redshift Serverless workgroup name'),
          NamespaceName: ref(namespace),
          BaseCapacity: c.serverlessRpus,
          SubnetIds: subnets(ctx.b)
        }
      }
      ctx.b.leave(
        `Store the master password of ${ctx.id} in a secret manager rather than typing it in.`
      )
      return {
        ClusterType: c.nodes > 1 ? 'multi-node' : 'single-node',
        NodeType: c.nodeType,
        ...(c.nodes > 1 ? { NumberOfNodes: c.nodes } : {}),
        DBName: ask(ctx, 'DBName', 'Redshift database name', { Default: 'dev' }),
        MasterUsername: ask(ctx, 'MasterUsername', 'Redshift master user name'),
        MasterUserPassword: ask(ctx, 'MasterUserPassword', 'Redshift master user password', {
          NoEcho: true
        })
      }
    }
  }),
  opensearch: row({
    type: () => 'AWS::OpenSearchService::Domain',
    citation: page('opensearchservice-domain', 'AWS::OpenSearchService::Domain'),
    refs: (id) => ({ ...arnAndName(id), url: getAtt(id, 'DomainEndpoint') }),
    build: (ctx, c) => {
      ctx.b.leave(`Set the access policy and network (VPC or public) of domain ${ctx.id}.`)
      return {
        EngineVersion: D.openSearchVersion.value,
        ClusterConfig: { InstanceType: c.instanceType, InstanceCount: c.instances },
        EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: c.storageGBPerInstance }
      }
    }
  }),
  'step-functions': row({
    type: () => 'AWS::StepFunctions::StateMachine',
    citation: page('stepfunctions-statemachine', 'AWS::StepFunctions::StateMachine'),
    refs: (id) => ({ arn: ref(id), name: getAtt(id, 'Name') }),
    build: (ctx) => ({ RoleArn: getAtt(ctx.b.role(ctx.node.id, 'states', ctx.id), 'Arn') })
  }),
  eventbridge: row({
    type: () => 'AWS::Events::Rule',
    citation: page('events-rule', 'AWS::Events::Rule'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: ref(id) }),
    build: () => ({ State: 'ENABLED' })
  }),
  'eventbridge-pipes': row({
    type: () => 'AWS::Pipes::Pipe',
    citation: page('pipes-pipe', 'AWS::Pipes::Pipe'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: ref(id) }),
    build: (ctx) => ({ RoleArn: getAtt(ctx.b.role(ctx.node.id, 'pipes', ctx.id), 'Arn') })
  }),
  'iot-core': row({
    type: () => 'AWS::IoT::TopicRule',
    citation: page('iot-topicrule', 'AWS::IoT::TopicRule'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: ref(id) }),
    build: (ctx) => {
      ctx.b.leave(`Write the SQL of IoT rule ${ctx.id} (parameter ${ctx.id}Sql).`)
      return {
        TopicRulePayload: {
          Sql: ask(ctx, 'Sql', 'IoT rule SQL statement', { Default: D.iotRuleSql.value }),
          RuleDisabled: false,
          Actions: []
        }
      }
    }
  }),
  'api-gateway': row({
    type: (c) => (c.apiType === 'http' ? 'AWS::ApiGatewayV2::Api' : 'AWS::ApiGateway::RestApi'),
    citation: page('apigateway-restapi', 'AWS::ApiGateway::RestApi and AWS::ApiGatewayV2::Api'),
    refs: (id) => ({ name: ref(id) }),
    build: (ctx, c): Props =>
      c.apiType === 'http'
        ? { Name: ask(ctx, 'ApiName', 'API name'), ProtocolType: 'HTTP' }
        : { Name: ask(ctx, 'ApiName', 'API name') }
  }),
  dms: row({
    type: () => 'AWS::DMS::ReplicationInstance',
    citation: page('dms-replicationinstance', 'AWS::DMS::ReplicationInstance'),
    refs: (id) => ({ arn: ref(id) }),
    build: (_ctx, c) => ({
      ReplicationInstanceClass: c.instanceClass,
      AllocatedStorage: c.storageGB
    })
  }),
  emr: row({
    type: () => 'AWS::EMR::Cluster',
    citation: page('emr-cluster', 'AWS::EMR::Cluster'),
    refs: (id) => ({ name: ref(id) }),
    build: (ctx, c) => {
      ctx.b.leave(`Give EMR cluster ${ctx.id} its service role and EC2 instance profile.`)
      return {
        Name: ask(ctx, 'ClusterName', 'EMR cluster name'),
        ReleaseLabel: D.emrRelease.value,
        Applications: [{ Name: 'Spark' }],
        ServiceRole: ask(ctx, 'ServiceRole', 'EMR service role name', {
          Default: 'EMR_DefaultRole'
        }),
        JobFlowRole: ask(ctx, 'JobFlowRole', 'EMR EC2 instance profile name', {
          Default: 'EMR_EC2_DefaultRole'
        }),
        Instances: {
          MasterInstanceGroup: { InstanceCount: 1, InstanceType: D.emrInstanceType.value },
          ...(c.instances > 1
            ? {
                CoreInstanceGroup: {
                  InstanceCount: c.instances - 1,
                  InstanceType: D.emrInstanceType.value
                }
              }
            : {})
        }
      }
    }
  }),
  mwaa: row({
    type: () => 'AWS::MWAA::Environment',
    citation: page('mwaa-environment', 'AWS::MWAA::Environment'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: ref(id) }),
    build: (ctx, c) => ({
      Name: ask(ctx, 'EnvironmentName', 'MWAA environment name'),
      AirflowVersion: D.mwaaVersion.value,
      EnvironmentClass: c.environmentClass,
      SourceBucketArn: ask(ctx, 'DagBucketArn', 'ARN of the S3 bucket holding the DAGs'),
      DagS3Path: 'dags',
      ExecutionRoleArn: getAtt(ctx.b.role(ctx.node.id, 'mwaa', ctx.id), 'Arn'),
      NetworkConfiguration: {
        SubnetIds: subnets(ctx.b),
        SecurityGroupIds: securityGroups(ctx.b)
      }
    })
  }),
  'cloudwatch-logs': row({
    type: () => 'AWS::Logs::LogGroup',
    citation: page('logs-loggroup', 'AWS::Logs::LogGroup'),
    refs: arnAndName,
    build: () => ({})
  }),
  kms: row({
    type: () => 'AWS::KMS::Key',
    citation: page('kms-key', 'AWS::KMS::Key'),
    refs: (id) => ({ arn: getAtt(id, 'Arn'), name: ref(id) }),
    build: () => ({ EnableKeyRotation: true })
  }),
  'kinesis-video-streams': row({
    type: () => 'AWS::KinesisVideo::Stream',
    citation: page('kinesisvideo-stream', 'AWS::KinesisVideo::Stream'),
    refs: arnAndName,
    build: (_ctx, c) => ({ DataRetentionInHours: Math.round(c.retentionHours) })
  }),
  timestream: row({
    type: () => 'AWS::Timestream::Database',
    citation: page('timestream-database', 'AWS::Timestream::Database'),
    refs: arnAndName,
    build: () => ({})
  }),
  rds: row({
    type: () => 'AWS::RDS::DBInstance',
    citation: page('rds-dbinstance', 'AWS::RDS::DBInstance'),
    refs: (id) => ({
      name: ref(id),
      arn: arnOf('rds', (n) => `db:\${${n}}`, id),
      url: getAtt(id, 'Endpoint.Address')
    }),
    build: (ctx) => {
      ctx.b.leave(`Choose the engine, class and network of database ${ctx.id}.`)
      return {
        Engine: ask(ctx, 'Engine', 'Database engine', { Default: D.rdsEngine.value }),
        DBInstanceClass: ask(ctx, 'InstanceClass', 'DB instance class', {
          Default: D.rdsInstanceClass.value
        }),
        AllocatedStorage: ask(ctx, 'AllocatedStorage', 'Storage in GiB', {
          Default: D.rdsStorageGiB.value
        }),
        MasterUsername: ask(ctx, 'MasterUsername', 'Master user name'),
        ManageMasterUserPassword: true
      }
    }
  }),
  's3-tables': row({
    type: () => 'AWS::S3Tables::TableBucket',
    citation: page('s3tables-tablebucket', 'AWS::S3Tables::TableBucket'),
    refs: (id) => ({ arn: getAtt(id, 'TableBucketARN') }),
    build: (ctx) => ({ TableBucketName: ask(ctx, 'TableBucketName', 'S3 table bucket name') })
  })
}

/** Why the services without a row are not resources. */
export const NO_RESOURCE_REASONS: Partial<Record<ServiceId, string>> = {
  'producer-app': 'your own application: it runs outside the stack',
  'kinesis-agent': 'an agent installed on your servers, not an AWS resource',
  'iot-devices': 'devices in the field, registered with AWS IoT outside this template',
  'on-prem-database': 'an on-premises database, outside AWS',
  'kcl-app': 'a Kinesis Client Library application you run on your own compute',
  'kinesis-connector-library': 'a library application you run on your own compute',
  splunk: 'a Splunk deployment outside AWS (a Firehose stream can still deliver to it)',
  snowflake: 'a Snowflake account outside AWS (a Firehose stream can still deliver to it)',
  'http-endpoint': 'an HTTP endpoint outside the stack (a Firehose stream can still deliver to it)',
  quicksight: 'QuickSight data sources and dashboards are set up in its own console',
  'dynamodb-streams': 'a DynamoDB table setting (StreamSpecification), not a resource of its own'
}

export function configOf<S extends ServiceId>(
  node: DiagramNode & { service: S }
): ServiceConfigOf<S> {
  return readServiceConfig(node.service, node.config).value
}
