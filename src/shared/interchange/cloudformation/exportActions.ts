import { awsDoc, type Citation } from '../../catalog/citations'

/**
 * The IAM actions a role needs for one thing an edge does, as the AWS page that documents the
 * integration lists them. `scope: 'objects'` puts the actions on the objects under a bucket
 * (`arn/*`) rather than on the resource itself.
 */
export interface ActionSet {
  parts: readonly { actions: readonly string[]; scope: 'resource' | 'objects' }[]
  citation: Citation
}

const LAMBDA_KINESIS = awsDoc(
  'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  'Lambda: using Lambda with Kinesis Data Streams (execution role permissions)'
)
const FIREHOSE_ACCESS = awsDoc(
  'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html',
  'Firehose: controlling access (grant Firehose access to sources and destinations)'
)
const IOT_ACTIONS = awsDoc(
  'https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html',
  'AWS IoT Core: rule actions (each action lists the permissions its role needs)'
)
const SFN_IAM = awsDoc(
  'https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html',
  'Step Functions: IAM policies for integrated services'
)
const PIPES_IAM = awsDoc(
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-permissions.html',
  'EventBridge Pipes: permissions of the execution role'
)
const GLUE_ROLE = awsDoc(
  'https://docs.aws.amazon.com/glue/latest/dg/create-an-iam-role.html',
  'Glue: create an IAM role for AWS Glue'
)

function set(citation: Citation, ...parts: ActionSet['parts']): ActionSet {
  return { parts, citation }
}

function on(...actions: string[]) {
  return { actions, scope: 'resource' as const }
}

function onObjects(...actions: string[]) {
  return { actions, scope: 'objects' as const }
}

export const ACTION_SETS = {
  'kinesis-read': set(
    LAMBDA_KINESIS,
    on(
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetRecords',
      'kinesis:GetShardIterator',
      'kinesis:ListShards',
      'kinesis:ListStreams',
      'kinesis:SubscribeToShard'
    )
  ),
  'kinesis-write': set(
    awsDoc(
      'https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html',
      'Kinesis Data Streams: controlling access (producer permissions)'
    ),
    on('kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords')
  ),
  'firehose-write': set(FIREHOSE_ACCESS, on('firehose:PutRecord', 'firehose:PutRecordBatch')),
  's3-write': set(
    FIREHOSE_ACCESS,
    on('s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'),
    onObjects('s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject')
  ),
  's3-read': set(GLUE_ROLE, on('s3:GetBucketLocation', 's3:ListBucket'), onObjects('s3:GetObject')),
  'dynamodb-stream-read': set(
    awsDoc(
      'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      'Lambda: using Lambda with DynamoDB Streams (execution role permissions)'
    ),
    on(
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams'
    )
  ),
  'dynamodb-write': set(
    IOT_ACTIONS,
    on(
      'dynamodb:BatchWriteItem',
      'dynamodb:DescribeTable',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem'
    )
  ),
  'dynamodb-read': set(GLUE_ROLE, on('dynamodb:DescribeTable', 'dynamodb:Scan')),
  'sqs-consume': set(
    awsDoc(
      'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
      'Lambda: using Lambda with Amazon SQS (execution role permissions)'
    ),
    on(
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:ReceiveMessage'
    )
  ),
  'sqs-send': set(IOT_ACTIONS, on('sqs:GetQueueUrl', 'sqs:SendMessage')),
  'sns-publish': set(IOT_ACTIONS, on('sns:Publish')),
  'lambda-invoke': set(
    FIREHOSE_ACCESS,
    on('lambda:GetFunctionConfiguration', 'lambda:InvokeFunction')
  ),
  'msk-consume': set(
    awsDoc(
      'https://docs.aws.amazon.com/lambda/latest/dg/with-msk-permissions.html',
      'Lambda: execution role permissions for Amazon MSK event sources'
    ),
    on('kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers', 'kafka-cluster:Connect')
  ),
  'firehose-msk-source': set(
    awsDoc(
      'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#access-to-msk',
      'Firehose: grant Firehose access to an Amazon MSK cluster'
    ),
    on(
      'kafka:DescribeCluster',
      'kafka:GetBootstrapBrokers',
      'kafka:DescribeClusterV2',
      'kafka-cluster:Connect'
    )
  ),
  'glue-table-read': set(
    awsDoc(
      'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3',
      'Firehose: access for record format conversion (Glue table)'
    ),
    on('glue:GetTable', 'glue:GetTableVersion', 'glue:GetTableVersions')
  ),
  'opensearch-write': set(
    FIREHOSE_ACCESS,
    on(
      'es:DescribeDomain',
      'es:DescribeDomains',
      'es:DescribeDomainConfig',
      'es:ESHttpPost',
      'es:ESHttpPut'
    ),
    onObjects('es:ESHttpGet')
  ),
  'states-start': set(SFN_IAM, on('states:StartExecution')),
  'glue-start-job': set(
    SFN_IAM,
    on('glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:StartJobRun')
  ),
  'glue-start-crawler': set(SFN_IAM, on('glue:GetCrawler', 'glue:StartCrawler')),
  'athena-query': set(
    SFN_IAM,
    on(
      'athena:GetQueryExecution',
      'athena:GetQueryResults',
      'athena:StartQueryExecution',
      'athena:StopQueryExecution'
    )
  ),
  'events-put': set(PIPES_IAM, on('events:PutEvents')),
  'logs-write': set(
    IOT_ACTIONS,
    on('logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents')
  ),
  'iot-republish': set(IOT_ACTIONS, on('iot:Publish')),
  'timestream-write': set(
    IOT_ACTIONS,
    on('timestream:DescribeEndpoints', 'timestream:WriteRecords')
  ),
  'sns-firehose-subscription': set(
    awsDoc(
      'https://docs.aws.amazon.com/sns/latest/dg/prereqs-kinesis-data-firehose.html',
      'Amazon SNS: prerequisites for subscribing Firehose delivery streams to topics'
    ),
    on(
      'firehose:DescribeDeliveryStream',
      'firehose:ListDeliveryStreams',
      'firehose:ListTagsForDeliveryStream',
      'firehose:PutRecord',
      'firehose:PutRecordBatch'
    )
  ),
  'dms-s3-target': set(
    awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Prerequisites',
      'AWS DMS: prerequisites for using Amazon S3 as a target'
    ),
    on('s3:ListBucket'),
    onObjects('s3:DeleteObject', 's3:PutObject', 's3:PutObjectTagging')
  ),
  'dms-kinesis-target': set(
    awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kinesis.html',
      'AWS DMS: using Amazon Kinesis Data Streams as a target'
    ),
    on('kinesis:DescribeStream', 'kinesis:PutRecord', 'kinesis:PutRecords')
  ),
  'dms-dynamodb-target': set(
    awsDoc(
      'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DynamoDB.html',
      'AWS DMS: using Amazon DynamoDB as a target (the service access role)'
    ),
    on(
      'dynamodb:BatchWriteItem',
      'dynamodb:CreateTable',
      'dynamodb:DeleteItem',
      'dynamodb:DescribeTable',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem'
    )
  )
} as const satisfies Record<string, ActionSet>

export type ActionSetId = keyof typeof ACTION_SETS

/**
 * Which AWS service assumes each kind of role, for its trust policy. The pages are the ones that
 * name the principal for the integration.
 */
export const SERVICE_PRINCIPALS = {
  lambda: 'lambda.amazonaws.com',
  firehose: 'firehose.amazonaws.com',
  glue: 'glue.amazonaws.com',
  flink: 'kinesisanalytics.amazonaws.com',
  iot: 'iot.amazonaws.com',
  pipes: 'pipes.amazonaws.com',
  states: 'states.amazonaws.com',
  events: 'events.amazonaws.com',
  redshift: 'redshift.amazonaws.com',
  sns: 'sns.amazonaws.com',
  logs: 'logs.amazonaws.com',
  dms: 'dms.amazonaws.com',
  emr: 'elasticmapreduce.amazonaws.com',
  mwaa: 'airflow-env.amazonaws.com',
  apigateway: 'apigateway.amazonaws.com'
} as const

export type PrincipalKind = keyof typeof SERVICE_PRINCIPALS

/** AWS managed policies a role of a kind always carries, as the service's setup page says. */
export const MANAGED_POLICIES: Partial<Record<PrincipalKind, { arn: string; citation: Citation }>> =
  {
    lambda: {
      arn: 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      citation: awsDoc(
        'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
        'Lambda: defining function permissions with an execution role'
      )
    },
    glue: {
      arn: 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSGlueServiceRole',
      citation: GLUE_ROLE
    }
  }
