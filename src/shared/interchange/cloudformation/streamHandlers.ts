import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import type { Resolver } from './references'
import {
  isRecord,
  list,
  record,
  settingNumber,
  text,
  type Json,
  type TemplateResource
} from './templateModel'

/** AWS::Kinesis::Stream: ShardCount, StreamModeDetails.StreamMode, RetentionPeriodHours, MaxRecordSizeInKiB. */
export const kinesisStream: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const mode = text(record(p.StreamModeDetails).StreamMode)
  if (mode === 'ON_DEMAND') ctx.setSetting(id, 'capacityMode', 'on-demand', resource)
  else if (mode === 'PROVISIONED' || p.ShardCount !== undefined)
    ctx.setSetting(id, 'capacityMode', 'provisioned', resource)
  if (mode !== 'ON_DEMAND') ctx.setSetting(id, 'shards', settingNumber(p.ShardCount), resource)
  ctx.setSetting(id, 'retentionHours', settingNumber(p.RetentionPeriodHours), resource)
  ctx.setSetting(id, 'maxRecordSizeKB', settingNumber(p.MaxRecordSizeInKiB), resource)
}

/** AWS::Kinesis::StreamConsumer: an enhanced fan-out registration, folded into its stream. */
export function registerStreamConsumer(
  ctx: ImportContext,
  resource: TemplateResource,
  resolver: Resolver
): void {
  const stream = resolver.resolve(
    resource.properties.StreamARN,
    ['kinesis-data-streams'],
    'StreamARN'
  )
  if (!stream) return
  ctx.fanOutConsumers.set(resource.id, stream.nodeId)
  const entry = ctx.entry(resource)
  entry.outcome = 'setting'
  entry.nodeIds.add(stream.nodeId)
  ctx.note(
    resource,
    'Enhanced fan-out consumer of the stream: edges that read through it are marked enhanced fan-out.'
  )
}

const COMPRESSION: Readonly<Record<string, string>> = {
  UNCOMPRESSED: 'none',
  GZIP: 'gzip',
  ZIP: 'zip',
  Snappy: 'snappy',
  HADOOP_SNAPPY: 'snappy'
}

function firehoseSettings(ctx: ImportContext, id: string, dest: Json, resource: TemplateResource) {
  const hints = record(dest.BufferingHints)
  ctx.setSetting(id, 'bufferSizeMB', settingNumber(hints.SizeInMBs), resource)
  ctx.setSetting(id, 'bufferIntervalSeconds', settingNumber(hints.IntervalInSeconds), resource)
  const compression = text(dest.CompressionFormat)
  if (compression) {
    const mapped = COMPRESSION[compression]
    if (mapped) ctx.setSetting(id, 'compression', mapped, resource)
    else
      ctx.note(
        resource,
        `CompressionFormat ${compression} has no compression setting; not written.`
      )
  }
  const conversion = record(dest.DataFormatConversionConfiguration)
  if (Object.keys(conversion).length && conversion.Enabled !== false) {
    const serializer = record(record(conversion.OutputFormatConfiguration).Serializer)
    const format =
      'ParquetSerDe' in serializer ? 'parquet' : 'OrcSerDe' in serializer ? 'orc' : undefined
    if (format) ctx.setSetting(id, 'formatConversion', format, resource)
  }
}

/** Lambda processors of a ProcessingConfiguration: Firehose calls each to transform records. */
function processors(
  ctx: ImportContext,
  id: string,
  dest: Json,
  resource: TemplateResource,
  r: Resolver
) {
  const processing = record(dest.ProcessingConfiguration)
  if (processing.Enabled === false) return
  for (const processor of list(processing.Processors)) {
    const proc = record(processor)
    if (proc.Type !== 'Lambda') continue
    for (const param of list(proc.Parameters)) {
      const pp = record(param)
      if (pp.ParameterName !== 'LambdaArn') continue
      const fn = r.resolve(
        pp.ParameterValue,
        ['lambda'],
        'ProcessingConfiguration Lambda processor'
      )
      if (fn) ctx.addEdge(id, fn.nodeId, resource, { mechanism: 'firehose-transformation' })
    }
  }
}

function bucketEdge(
  ctx: ImportContext,
  id: string,
  s3: unknown,
  what: string,
  resource: TemplateResource,
  r: Resolver
) {
  if (!isRecord(s3)) return
  const bucket = r.resolve(s3.BucketARN, ['s3'], what)
  if (bucket) ctx.addEdge(id, bucket.nodeId, resource)
}

/**
 * The destination configurations Firehose documents, each with the property that names where it
 * delivers; their S3 configuration is the intermediate or backup bucket, a real second target.
 */
const DESTINATIONS: readonly {
  key: string
  target: (d: Json) => unknown
  services: Parameters<Resolver['resolve']>[1]
  s3Key?: string
}[] = [
  { key: 'ExtendedS3DestinationConfiguration', target: (d) => d.BucketARN, services: ['s3'] },
  { key: 'S3DestinationConfiguration', target: (d) => d.BucketARN, services: ['s3'] },
  {
    key: 'RedshiftDestinationConfiguration',
    target: (d) => d.ClusterJDBCURL,
    services: ['redshift'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'AmazonopensearchserviceDestinationConfiguration',
    target: (d) => d.DomainARN ?? d.ClusterEndpoint,
    services: ['opensearch'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'ElasticsearchDestinationConfiguration',
    target: (d) => d.DomainARN ?? d.ClusterEndpoint,
    services: ['opensearch'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'AmazonOpenSearchServerlessDestinationConfiguration',
    target: (d) => d.CollectionEndpoint,
    services: ['opensearch'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'SplunkDestinationConfiguration',
    target: (d) => d.HECEndpoint,
    services: ['splunk'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'HttpEndpointDestinationConfiguration',
    target: (d) => record(d.EndpointConfiguration).Url,
    services: ['http-endpoint'],
    s3Key: 'S3Configuration'
  },
  {
    key: 'SnowflakeDestinationConfiguration',
    target: (d) => d.AccountUrl,
    services: ['snowflake'],
    s3Key: 'S3Configuration'
  }
]

function icebergDestination(
  ctx: ImportContext,
  id: string,
  dest: Json,
  resource: TemplateResource,
  r: Resolver
) {
  const tables = list(dest.DestinationTableConfigurationList).map(record)
  const first = tables[0]
  const catalog = text(record(dest.CatalogConfiguration).CatalogArn)
  const label = first
    ? `${String(first.DestinationDatabaseName)}.${String(first.DestinationTableName)}`
    : 'Apache Iceberg tables'
  const node = ctx.external(
    's3-tables',
    label,
    `Iceberg tables in ${catalog ?? 'the Glue Data Catalog'}`,
    resource
  )
  ctx.addEdge(id, node, resource)
  firehoseSettings(ctx, id, dest, resource)
  processors(ctx, id, dest, resource, r)
  bucketEdge(ctx, id, dest.S3Configuration, 'Iceberg S3Configuration (backup bucket)', resource, r)
}

/** AWS::KinesisFirehose::DeliveryStream: its source, each destination, processors and buffering. */
export const deliveryStream: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const kinesis = record(p.KinesisStreamSourceConfiguration)
  if (Object.keys(kinesis).length) {
    const src = r.resolve(kinesis.KinesisStreamARN, ['kinesis-data-streams'], 'KinesisStreamARN')
    if (src) ctx.addEdge(src.nodeId, id, resource, { enhancedFanOut: src.enhancedFanOut })
  }
  const msk = record(p.MSKSourceConfiguration)
  if (Object.keys(msk).length) {
    const src = r.resolve(msk.MSKClusterARN, ['msk'], 'MSKClusterARN')
    if (src) ctx.addEdge(src.nodeId, id, resource)
  }
  for (const d of DESTINATIONS) {
    const dest = p[d.key]
    if (!isRecord(dest)) continue
    const target = r.resolve(d.target(dest), d.services, d.key)
    if (target) ctx.addEdge(id, target.nodeId, resource)
    firehoseSettings(ctx, id, dest, resource)
    processors(ctx, id, dest, resource, r)
    if (d.s3Key) bucketEdge(ctx, id, dest[d.s3Key], `${d.key} S3Configuration`, resource, r)
    if (isRecord(dest.S3BackupConfiguration))
      bucketEdge(ctx, id, dest.S3BackupConfiguration, `${d.key} S3BackupConfiguration`, resource, r)
    if (d.key === 'ExtendedS3DestinationConfiguration') {
      const schema = record(record(dest.DataFormatConversionConfiguration).SchemaConfiguration)
      if (schema.DatabaseName !== undefined) {
        const db = r.resolve(
          schema.DatabaseName,
          ['glue-data-catalog'],
          'SchemaConfiguration DatabaseName'
        )
        if (db) ctx.addEdge(db.nodeId, id, resource, { mechanism: 'firehose-format-conversion' })
      }
    }
  }
  if (isRecord(p.IcebergDestinationConfiguration))
    icebergDestination(ctx, id, p.IcebergDestinationConfiguration, resource, r)
}
