import type { DiagramNode } from '../../diagram/types'
import type { TemplateBuild } from './exportBuild'
import { grantOn, owned, refTo, roleArn, type EdgeContext, type Wiring } from './exportEdges'
import { getAtt, sub, type CfnValue, type Props } from './exportModel'
import { configOf } from './exportResources'

/**
 * A Firehose stream has one source and one destination; a second S3 edge beside a Redshift,
 * OpenSearch, Splunk, HTTP or Snowflake destination is its S3 backup (staging) bucket. The
 * parts are gathered per stream and written once every edge is seen.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesisfirehose-deliverystream.html
 */
interface FirehoseState {
  source?: { key: string; type: string; value: Props }
  destination?: { key: string; value: Props }
  backup?: CfnValue
  processor?: CfnValue
  database?: CfnValue
}

function stateOf(b: TemplateBuild, nodeId: string): FirehoseState {
  return b.state<FirehoseState>(`firehose:${nodeId}`, () => ({}))
}

/** S3 compression names as Firehose's CompressionFormat spells them. */
const COMPRESSION = { none: 'UNCOMPRESSED', gzip: 'GZIP', snappy: 'Snappy', zip: 'ZIP' } as const

/** Where Firehose states the buffer sizes each destination and record format conversion take. */
const BUFFERING_PAGE = 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html'

export const firehoseSource: Wiring = (e) => {
  if (!owned(e, e.target)) return undefined
  const state = stateOf(e.b, e.target.id)
  const role = roleArn(e, e.target, 'firehose')
  if (e.source.service === 'kinesis-data-streams') {
    if (state.source) return undefined
    grantOn(e, e.target, 'firehose', 'kinesis-read', e.source)
    state.source = {
      key: 'KinesisStreamSourceConfiguration',
      type: 'KinesisStreamAsSource',
      value: { KinesisStreamARN: refTo(e, e.source, 'arn'), RoleARN: role }
    }
    return 'KinesisStreamSourceConfiguration'
  }
  if (e.source.service === 'msk') {
    if (state.source) return undefined
    grantOn(e, e.target, 'firehose', 'firehose-msk-source', e.source)
    e.b.leave(
      `Let ${e.targetId} reach ${e.sourceId}: the Firehose MSK source page asks for private connectivity and a cluster policy, and topic-level kafka-cluster actions for IAM access.`
    )
    state.source = {
      key: 'MSKSourceConfiguration',
      type: 'MSKAsSource',
      value: {
        MSKClusterARN: refTo(e, e.source, 'arn'),
        TopicName: e.b.parameter(`${e.targetId}TopicName`, {
          Type: 'String',
          Description: `Kafka topic ${e.targetId} reads`
        }),
        AuthenticationConfiguration: { RoleARN: role, Connectivity: 'PRIVATE' }
      }
    }
    return 'MSKSourceConfiguration'
  }
  if (e.source.service === 'producer-app' || e.source.service === 'kinesis-agent') {
    if (state.source) return undefined
    e.b.leave(`Allow ${e.sourceId} to call firehose:PutRecordBatch on ${e.targetId}.`)
    return 'Direct PUT (DeliveryStreamType DirectPut)'
  }
  return undefined
}

function secret(e: EdgeContext, suffix: string, description: string): CfnValue {
  return e.b.parameter(`${e.sourceId}${suffix}`, {
    Type: 'String',
    Description: `${description} for ${e.sourceId}`,
    NoEcho: true
  })
}

function asked(e: EdgeContext, suffix: string, description: string): CfnValue {
  return e.b.parameter(`${e.sourceId}${suffix}`, {
    Type: 'String',
    Description: `${description} for ${e.sourceId}`
  })
}

function destinationOf(e: EdgeContext, role: CfnValue): { key: string; value: Props } | undefined {
  const t = e.target
  switch (t.service) {
    case 'redshift': {
      const c = configOf(t as DiagramNode & { service: 'redshift' })
      const address =
        c.deployment === 'serverless' ? 'Workgroup.Endpoint.Address' : 'Endpoint.Address'
      const url = owned(e, t)
        ? {
            'Fn::Sub': [
              'jdbc:redshift://${Address}:5439/${Database}',
              {
                Address: getAtt(e.targetId, address),
                Database: e.b.parameter(`${e.targetId}DBName`, {
                  Type: 'String',
                  Description: `Redshift database name (${e.targetId})`,
                  Default: 'dev'
                })
              }
            ]
          }
        : asked(e, 'RedshiftJdbcUrl', 'JDBC URL of the Redshift cluster')
      return {
        key: 'RedshiftDestinationConfiguration',
        value: {
          ClusterJDBCURL: url,
          CopyCommand: { DataTableName: asked(e, 'RedshiftTable', 'Redshift table') },
          Username: asked(e, 'RedshiftUser', 'Redshift user'),
          Password: secret(e, 'RedshiftPassword', 'Redshift password'),
          RoleARN: role
        }
      }
    }
    case 'opensearch':
      grantOn(e, e.source, 'firehose', 'opensearch-write', t)
      return {
        key: 'AmazonopensearchserviceDestinationConfiguration',
        value: {
          DomainARN: refTo(e, t, 'arn'),
          IndexName: asked(e, 'IndexName', 'OpenSearch index'),
          RoleARN: role
        }
      }
    case 'splunk':
      return {
        key: 'SplunkDestinationConfiguration',
        value: {
          HECEndpoint: asked(e, 'SplunkHecEndpoint', 'Splunk HTTP Event Collector URL'),
          HECEndpointType: 'Raw',
          HECToken: secret(e, 'SplunkHecToken', 'Splunk HEC token')
        }
      }
    case 'http-endpoint':
      return {
        key: 'HttpEndpointDestinationConfiguration',
        value: {
          EndpointConfiguration: {
            Url: asked(e, 'EndpointUrl', 'HTTPS endpoint URL'),
            AccessKey: secret(e, 'EndpointAccessKey', 'HTTP endpoint access key')
          },
          RoleARN: role
        }
      }
    case 'snowflake':
      return {
        key: 'SnowflakeDestinationConfiguration',
        value: {
          AccountUrl: asked(e, 'SnowflakeAccountUrl', 'Snowflake account URL'),
          Database: asked(e, 'SnowflakeDatabase', 'Snowflake database'),
          Schema: asked(e, 'SnowflakeSchema', 'Snowflake schema'),
          Table: asked(e, 'SnowflakeTable', 'Snowflake table'),
          User: asked(e, 'SnowflakeUser', 'Snowflake user'),
          PrivateKey: secret(e, 'SnowflakePrivateKey', 'Snowflake private key'),
          RoleARN: role
        }
      }
    default:
      return undefined
  }
}

export const firehoseDestination: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  const state = stateOf(e.b, e.source.id)
  const role = roleArn(e, e.source, 'firehose')
  if (e.target.service === 's3') {
    grantOn(e, e.source, 'firehose', 's3-write', e.target)
    if (!state.destination) {
      state.destination = {
        key: 'ExtendedS3DestinationConfiguration',
        value: { BucketARN: refTo(e, e.target, 'arn'), RoleARN: role }
      }
      return 'ExtendedS3DestinationConfiguration'
    }
    if (
      state.backup === undefined &&
      state.destination.key !== 'ExtendedS3DestinationConfiguration'
    ) {
      state.backup = refTo(e, e.target, 'arn')
      return `S3Configuration (the backup bucket) of ${state.destination.key}`
    }
    return undefined
  }
  if (state.destination) return undefined
  const destination = destinationOf(e, role)
  if (!destination) return undefined
  state.destination = destination
  return destination.key
}

export const firehoseTransform: Wiring = (e) => {
  if (!owned(e, e.source)) return undefined
  const state = stateOf(e.b, e.source.id)
  if (state.processor) return undefined
  grantOn(e, e.source, 'firehose', 'lambda-invoke', e.target)
  state.processor = refTo(e, e.target, 'arn')
  return 'ProcessingConfiguration (Lambda processor)'
}

export const firehoseFormatConversion: Wiring = (e) => {
  if (
    !owned(e, e.target) ||
    configOf(e.target as DiagramNode & { service: 'kinesis-firehose' }).formatConversion === 'none'
  )
    return undefined
  const state = stateOf(e.b, e.target.id)
  state.database = refTo(e, e.source, 'name')
  const role = e.b.role(e.target.id, 'firehose', e.targetId)
  e.b.grant(
    role,
    'glue-table-read',
    sub('arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog'),
    'Catalog'
  )
  e.b.grant(role, 'glue-table-read', refTo(e, e.source, 'arn'), e.sourceId)
  e.b.grant(
    role,
    'glue-table-read',
    {
      'Fn::Sub': [
        'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:table/${Db}/*',
        { Db: state.database }
      ]
    },
    `${e.sourceId}Tables`
  )
  return 'SchemaConfiguration of the record format conversion'
}

/** Writes a stream's gathered source, destination, processor and conversion. */
export function finishFirehose(b: TemplateBuild, node: DiagramNode, id: string): void {
  const state = stateOf(b, node.id)
  const props = b.props(id)
  const c = configOf(node as DiagramNode & { service: 'kinesis-firehose' })
  const role = getAtt(b.role(node.id, 'firehose', id), 'Arn')
  if (state.source) {
    props.DeliveryStreamType = state.source.type
    props[state.source.key] = state.source.value
  }
  const destination = state.destination ?? {
    key: 'ExtendedS3DestinationConfiguration',
    value: {
      BucketARN: b.parameter(`${id}DestinationBucketArn`, {
        Type: 'String',
        Description: `ARN of the bucket ${id} delivers to (the diagram gives it no destination)`
      }),
      RoleARN: role
    }
  }
  if (!state.destination)
    b.leave(`Give Firehose stream ${id} a destination (the diagram has none).`)
  const value = destination.value
  const hints = { SizeInMBs: c.bufferSizeMB, IntervalInSeconds: c.bufferIntervalSeconds }
  if (destination.key === 'ExtendedS3DestinationConfiguration') {
    const converting = c.formatConversion !== 'none'
    value.BufferingHints = hints
    if (converting)
      b.leave(
        `Check the buffer size of ${id} against what record format conversion takes (${BUFFERING_PAGE}).`
      )
    value.CompressionFormat = converting ? 'UNCOMPRESSED' : COMPRESSION[c.compression]
    if (converting) {
      b.leave(`Name the Glue table ${id} converts records with (parameter ${id}SchemaTable).`)
      value.DataFormatConversionConfiguration = {
        Enabled: true,
        InputFormatConfiguration: { Deserializer: { OpenXJsonSerDe: {} } },
        OutputFormatConfiguration: {
          Serializer: c.formatConversion === 'parquet' ? { ParquetSerDe: {} } : { OrcSerDe: {} }
        },
        SchemaConfiguration: {
          CatalogId: { Ref: 'AWS::AccountId' },
          Region: { Ref: 'AWS::Region' },
          DatabaseName:
            state.database ??
            b.parameter(`${id}SchemaDatabase`, {
              Type: 'String',
              Description: `Glue database of the table ${id} converts records with`
            }),
          TableName: b.parameter(`${id}SchemaTable`, {
            Type: 'String',
            Description: `Glue table ${id} converts records with`
          }),
          RoleARN: role
        }
      }
    }
  } else {
    // Redshift buffers in its S3 staging configuration; the others on the destination.
    const redshift = destination.key === 'RedshiftDestinationConfiguration'
    if (!redshift) value.BufferingHints = hints
    const backup = {
      BucketARN:
        state.backup ??
        b.parameter(`${id}BackupBucketArn`, {
          Type: 'String',
          Description: `ARN of the S3 bucket ${id} backs up to`
        }),
      RoleARN: role,
      ...(redshift ? { BufferingHints: hints } : {})
    }
    value.S3Configuration = backup
    if (!state.backup)
      b.grant(b.role(node.id, 'firehose', id), 's3-write', backup.BucketARN, `${id}Backup`)
  }
  if (state.processor) {
    value.ProcessingConfiguration = {
      Enabled: true,
      Processors: [
        {
          Type: 'Lambda',
          Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: state.processor }]
        }
      ]
    }
  }
  props[destination.key] = value
}
