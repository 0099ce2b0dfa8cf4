import type { ServiceId } from '../../catalog/services'
import { formatCitation } from '../../catalog/citations'
import { GLUE_WORKER_CITATION, GLUE_WORKER_DPUS } from './glueWorkers'
import { ownNode, type Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import type { Resolver } from './references'
import { list, numberOf, record, settingNumber, text, type TemplateResource } from './templateModel'

function edgeFrom(
  ctx: ImportContext,
  r: Resolver,
  value: unknown,
  expect: readonly ServiceId[],
  to: string,
  what: string,
  resource: TemplateResource,
  mechanism?: string
) {
  const source = r.resolve(value, expect, what)
  if (source) ctx.addEdge(source.nodeId, to, resource, { mechanism })
}

/** Crawler targets are the data stores it reads (S3 paths, DynamoDB tables, catalog tables). */
export const crawler: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const t = record(resource.properties.Targets)
  for (const s3 of list(t.S3Targets))
    edgeFrom(
      ctx,
      r,
      record(s3).Path,
      ['s3'],
      id,
      'S3Targets Path',
      resource,
      'glue-crawler-data-stores'
    )
  for (const d of [...list(t.DeltaTargets), ...list(t.IcebergTargets), ...list(t.HudiTargets)])
    for (const path of list(record(d).DeltaTables ?? record(d).Paths))
      edgeFrom(ctx, r, path, ['s3'], id, 'table path', resource, 'glue-crawler-data-stores')
  for (const d of list(t.DynamoDBTargets))
    edgeFrom(
      ctx,
      r,
      record(d).Path,
      ['dynamodb'],
      id,
      'DynamoDBTargets Path',
      resource,
      'glue-crawler-data-stores'
    )
  for (const j of list(t.JdbcTargets))
    ctx.note(
      resource,
      `JdbcTargets through connection ${String(record(j).ConnectionName)}: the database behind a Glue connection is not followed; add it by hand.`
    )
  for (const c of list(t.CatalogTargets))
    edgeFrom(ctx, r, record(c).DatabaseName, ['glue-data-catalog'], id, 'CatalogTargets', resource)
  const db = resource.properties.DatabaseName
  if (db !== undefined) {
    const catalog = r.resolve(db, ['glue-data-catalog'], 'DatabaseName')
    if (catalog) ctx.addEdge(id, catalog.nodeId, resource, { mechanism: 'glue-catalog-writes' })
  }
}

/** AWS::Glue::Job: streaming or batch, and its DPUs (workers × DPUs per worker, or MaxCapacity). */
export const glueJob: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const command = text(record(p.Command).Name)
  if (command === 'gluestreaming') ctx.setSetting(id, 'hoursPerDay', 24, resource)
  const worker = text(p.WorkerType)
  const workers = numberOf(p.NumberOfWorkers)
  if (worker && workers !== undefined) {
    const per = GLUE_WORKER_DPUS[worker]
    if (per !== undefined) {
      ctx.setSetting(id, 'dpus', workers * per, resource)
      ctx.note(
        resource,
        `DPUs: ${String(workers)} × ${worker} (${formatCitation(GLUE_WORKER_CITATION)}).`
      )
    } else ctx.note(resource, `WorkerType ${worker}: no DPU figure known; DPUs not written.`)
  } else ctx.setSetting(id, 'dpus', settingNumber(p.MaxCapacity ?? p.AllocatedCapacity), resource)
}

/** AWS::Glue::Trigger: a conditional trigger starts its actions when the watched jobs or crawlers finish. */
export const glueTrigger: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const p = resource.properties
  const targets: string[] = []
  for (const a of list(p.Actions)) {
    const action = record(a)
    const t =
      action.JobName !== undefined
        ? r.resolve(action.JobName, ['glue-etl'], 'Actions JobName')
        : r.resolve(action.CrawlerName, ['glue-crawler'], 'Actions CrawlerName')
    if (t) targets.push(t.nodeId)
  }
  const conditions = list(record(p.Predicate).Conditions).map(record)
  if (!conditions.length)
    ctx.note(
      resource,
      `A ${text(p.Type) ?? 'scheduled'} trigger: it starts its actions on a schedule or on demand, no edge.`
    )
  for (const c of conditions) {
    const source =
      c.JobName !== undefined
        ? r.resolve(c.JobName, ['glue-etl'], 'Predicate JobName')
        : r.resolve(c.CrawlerName, ['glue-crawler'], 'Predicate CrawlerName')
    if (source)
      for (const t of targets)
        ctx.addEdge(source.nodeId, t, resource, { mechanism: 'glue-triggers' })
  }
}

/** AWS::Athena::WorkGroup: query results go to the OutputLocation bucket. */
export const workGroup: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const out = record(
    record(record(resource.properties.WorkGroupConfiguration).ResultConfiguration)
  ).OutputLocation
  if (out === undefined) return
  const bucket = r.resolve(out, ['s3'], 'ResultConfiguration OutputLocation')
  if (bucket) ctx.addEdge(id, bucket.nodeId, resource, { mechanism: 'athena-query-results' })
}

export const redshiftCluster: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  ctx.setSetting(id, 'deployment', 'provisioned', resource)
  ctx.setSetting(id, 'nodeType', p.NodeType, resource)
  if (p.ClusterType === 'single-node') ctx.setSetting(id, 'nodes', 1, resource)
  else ctx.setSetting(id, 'nodes', settingNumber(p.NumberOfNodes), resource)
}

export const redshiftWorkgroup: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  ctx.setSetting(id, 'deployment', 'serverless', resource)
  ctx.setSetting(id, 'serverlessRpus', settingNumber(resource.properties.BaseCapacity), resource)
}

export const mskCluster: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  if (resource.type === 'AWS::MSK::ServerlessCluster') {
    ctx.setSetting(id, 'deployment', 'serverless', resource)
    return
  }
  ctx.setSetting(id, 'deployment', 'provisioned', resource)
  const group = record(p.BrokerNodeGroupInfo)
  ctx.setSetting(id, 'brokerType', group.InstanceType, resource)
  ctx.setSetting(id, 'brokers', settingNumber(p.NumberOfBrokerNodes), resource)
  const ebs = record(record(group.StorageInfo).EBSStorageInfo)
  ctx.setSetting(id, 'storageGBPerBroker', settingNumber(ebs.VolumeSize), resource)
}

const SQL_INPUTS: readonly [string, ServiceId][] = [
  ['KinesisStreamsInput', 'kinesis-data-streams'],
  ['KinesisFirehoseInput', 'kinesis-firehose']
]

/** AWS::KinesisAnalyticsV2::Application: parallelism → KPUs; SQL inputs where the template declares them. */
export const flinkApplication: Handler = (ctx, resource, r) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const config = record(resource.properties.ApplicationConfiguration)
  const parallelism = record(record(config.FlinkApplicationConfiguration).ParallelismConfiguration)
  const total = numberOf(parallelism.Parallelism)
  if (parallelism.ConfigurationType === 'CUSTOM' && total !== undefined) {
    const perKpu = numberOf(parallelism.ParallelismPerKPU) ?? 1
    ctx.setSetting(id, 'kpus', Math.ceil(total / perKpu), resource)
  }
  const sql = record(config.SqlApplicationConfiguration)
  const inputs = [...list(sql.Inputs), ...list(resource.properties.Inputs)]
  for (const input of inputs)
    for (const [key, service] of SQL_INPUTS) {
      const arn = record(record(input)[key]).ResourceARN
      if (arn !== undefined) edgeFrom(ctx, r, arn, [service], id, key, resource)
    }
  if (!inputs.length)
    ctx.note(
      resource,
      'A Flink application reads and writes what its code says: its streams are offered as suggested connections from its runtime properties, not drawn.'
    )
}

const OUTPUTS: readonly [string, ServiceId][] = [
  ['KinesisStreamsOutput', 'kinesis-data-streams'],
  ['KinesisFirehoseOutput', 'kinesis-firehose'],
  ['LambdaOutput', 'lambda']
]

/** AWS::KinesisAnalyticsV2::ApplicationOutput: an edge from the application to its destination. */
export const applicationOutput: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const app = r.resolve(
    resource.properties.ApplicationName,
    ['kinesis-data-analytics'],
    'ApplicationName'
  )
  const out = record(resource.properties.Output)
  for (const [key, service] of OUTPUTS) {
    const arn = record(out[key]).ResourceARN
    if (arn === undefined || !app) continue
    const target = r.resolve(arn, [service], key)
    if (target) ctx.addEdge(app.nodeId, target.nodeId, resource)
  }
}

/** AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource: an S3 object the application joins with. */
export const referenceDataSource: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const app = r.resolve(
    resource.properties.ApplicationName,
    ['kinesis-data-analytics'],
    'ApplicationName'
  )
  const s3 = record(record(resource.properties.ReferenceDataSource).S3ReferenceDataSource)
  if (app && s3.BucketARN !== undefined)
    edgeFrom(ctx, r, s3.BucketARN, ['s3'], app.nodeId, 'S3ReferenceDataSource', resource)
}

/** OpenSearch domains: data node type and count, EBS volume size. */
export const openSearchDomain: Handler = (ctx, resource) => {
  const id = ownNode(ctx, resource)
  if (!id) return
  const p = resource.properties
  const cluster = record(p.ClusterConfig ?? p.ElasticsearchClusterConfig)
  ctx.setSetting(id, 'instanceType', cluster.InstanceType, resource)
  ctx.setSetting(id, 'instances', settingNumber(cluster.InstanceCount), resource)
  ctx.setSetting(
    id,
    'storageGBPerInstance',
    settingNumber(record(p.EBSOptions).VolumeSize),
    resource
  )
  if (resource.type === 'AWS::OpenSearchServerless::Collection')
    ctx.note(
      resource,
      'An OpenSearch Serverless collection, drawn as Amazon OpenSearch Service: the service list has no separate Serverless node, and its instance settings do not apply.'
    )
}
