/**
 * A large CloudFormation template for the import benchmark (issue 16 §5: a real account gives
 * 1,000–3,000 nodes), generated the same way every time. It repeats one pipeline, written as
 * teams write them (YAML, short-form tags, one IAM role per compute or delivery resource):
 *
 *   Kinesis stream → Firehose (KinesisStreamAsSource) → S3 bucket
 *   Kinesis stream → event source mapping → enrich function (writes a table, named in its environment)
 *   DynamoDB table with a stream → event source mapping → sessions function
 *
 * Seven nodes per pipeline (the table's stream is a node of its own), two mappings drawn as
 * edges, three IAM roles not drawn, and the environment variable a suggested connection.
 * Property names are those of the resource specification (`@aws-cdk/aws-service-spec`).
 */

/** Nodes an import of one pipeline gives. */
const NODES_PER_PIPELINE = 7

const ASSUME = (service: string) => `      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: ${service}
            Action: sts:AssumeRole`

function pipeline(i: number): string {
  const p = `P${String(i).padStart(4, '0')}`
  // A quarter of the streams on demand, the rest provisioned with 1–4 shards.
  const mode =
    i % 4 === 3
      ? `      StreamModeDetails:
        StreamMode: ON_DEMAND`
      : `      ShardCount: ${1 + (i % 4)}`
  return `  ${p}Clicks:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: !Sub '\${AWS::StackName}-clicks-${i}'
${mode}
      RetentionPeriodHours: ${i % 2 === 0 ? 24 : 48}

  ${p}ArchiveBucket:
    Type: AWS::S3::Bucket

  ${p}ArchiveRole:
    Type: AWS::IAM::Role
    Properties:
${ASSUME('firehose.amazonaws.com')}
      Policies:
        - PolicyName: archive
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [kinesis:GetRecords, kinesis:GetShardIterator, kinesis:DescribeStream]
                Resource: !GetAtt ${p}Clicks.Arn
              - Effect: Allow
                Action: [s3:PutObject]
                Resource: !Sub '\${${p}ArchiveBucket.Arn}/*'

  ${p}Archive:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: KinesisStreamAsSource
      KinesisStreamSourceConfiguration:
        KinesisStreamARN: !GetAtt ${p}Clicks.Arn
        RoleARN: !GetAtt ${p}ArchiveRole.Arn
      ExtendedS3DestinationConfiguration:
        BucketARN: !GetAtt ${p}ArchiveBucket.Arn
        RoleARN: !GetAtt ${p}ArchiveRole.Arn
        Prefix: clicks/
        CompressionFormat: GZIP
        BufferingHints:
          IntervalInSeconds: ${60 * (1 + (i % 5))}
          SizeInMBs: 64

  ${p}EnrichRole:
    Type: AWS::IAM::Role
    Properties:
${ASSUME('lambda.amazonaws.com')}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole

  ${p}Enrich:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: enrich.handler
      Role: !GetAtt ${p}EnrichRole.Arn
      MemorySize: ${[256, 512, 1024][i % 3]}
      Timeout: 60
      Code:
        S3Bucket: !Ref CodeBucket
        S3Key: enrich.zip
      Environment:
        Variables:
          SESSIONS_TABLE: !Ref ${p}Sessions

  ${p}EnrichMapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt ${p}Clicks.Arn
      FunctionName: !Ref ${p}Enrich
      StartingPosition: LATEST
      BatchSize: ${[100, 500, 1000][i % 3]}
      ParallelizationFactor: ${1 + (i % 2)}

  ${p}Sessions:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: sessionId
          AttributeType: S
      KeySchema:
        - AttributeName: sessionId
          KeyType: HASH
      StreamSpecification:
        StreamViewType: NEW_IMAGE

  ${p}SessionsRole:
    Type: AWS::IAM::Role
    Properties:
${ASSUME('lambda.amazonaws.com')}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole

  ${p}SessionsFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: sessions.handler
      Role: !GetAtt ${p}SessionsRole.Arn
      Code:
        S3Bucket: !Ref CodeBucket
        S3Key: sessions.zip

  ${p}SessionsMapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt ${p}Sessions.StreamArn
      FunctionName: !Ref ${p}SessionsFunction
      StartingPosition: TRIM_HORIZON
      BatchSize: 100
`
}

/** A template of about `nodes` imported nodes: ceil(nodes / 7) pipelines. */
export function generateTemplate(nodes: number): { text: string; pipelines: number } {
  const pipelines = Math.max(1, Math.ceil(nodes / NODES_PER_PIPELINE))
  const body = Array.from({ length: pipelines }, (_, i) => pipeline(i)).join('\n')
  const text = `AWSTemplateFormatVersion: '2010-09-09'
Description: Clickstream pipelines, ${pipelines} of them (Pipewright import benchmark).

Parameters:
  CodeBucket:
    Type: String
    Description: Bucket holding the functions' code.

Resources:
${body}`
  return { text, pipelines }
}
