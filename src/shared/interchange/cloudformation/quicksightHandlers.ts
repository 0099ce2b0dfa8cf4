import type { ServiceId } from '../../catalog/services'
import type { Handler } from './handlerTypes'
import type { ImportContext } from './importContext'
import { record } from './templateModel'

/**
 * QuickSight data sources, by the parameters block each type fills
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-quicksight-datasource-datasourceparameters.html):
 * the property inside it that names the source, and the services it can be.
 */
const SOURCE_PARAMETERS: Readonly<Record<string, { key: string; expect: ServiceId[] }>> = {
  RedshiftParameters: { key: 'ClusterId', expect: ['redshift'] },
  AthenaParameters: { key: 'WorkGroup', expect: ['athena'] },
  RdsParameters: { key: 'InstanceId', expect: ['rds'] },
  AuroraParameters: { key: 'Host', expect: ['rds'] },
  AuroraPostgreSqlParameters: { key: 'Host', expect: ['rds'] },
  MySqlParameters: { key: 'Host', expect: ['rds', 'on-prem-database'] },
  PostgreSqlParameters: { key: 'Host', expect: ['rds', 'on-prem-database'] },
  AmazonOpenSearchParameters: { key: 'Domain', expect: ['opensearch'] },
  SnowflakeParameters: { key: 'Host', expect: ['snowflake'] }
}

/** QuickSight is one subscription per account: every data source of a template feeds one node. */
function quickSightNode(ctx: ImportContext): string {
  for (const n of ctx.nodes.values()) if (n.service === 'quicksight') return n.id
  return ctx.addNode('QuickSight', 'quicksight', 'QuickSight')
}

/** AWS::QuickSight::DataSource: an edge from the data store it reads to QuickSight. */
export const quickSightDataSource: Handler = (ctx, resource, r) => {
  const entry = ctx.entry(resource)
  entry.outcome = 'edge'
  const qs = quickSightNode(ctx)
  entry.nodeIds.add(qs)
  const p = record(resource.properties.DataSourceParameters)
  for (const [block, { key, expect }] of Object.entries(SOURCE_PARAMETERS)) {
    const value = record(p[block])[key]
    if (value === undefined) continue
    const source = r.resolve(value, expect, `DataSourceParameters ${block} ${key}`)
    if (source) ctx.addEdge(source.nodeId, qs, resource, { mechanism: 'quicksight-data-sources' })
    return
  }
  const s3 = record(record(p.S3Parameters).ManifestFileLocation).Bucket
  if (s3 !== undefined) {
    const bucket = r.resolve(s3, ['s3'], 'S3Parameters ManifestFileLocation Bucket')
    if (bucket) ctx.addEdge(bucket.nodeId, qs, resource, { mechanism: 'quicksight-data-sources' })
    return
  }
  ctx.note(resource, 'Its data source type is not one Pipewright draws; QuickSight is drawn alone.')
}

/** Data sets, analyses and dashboards are QuickSight's own: folded into its node. */
export const quickSightPart: Handler = (ctx, resource) => {
  const entry = ctx.entry(resource)
  entry.outcome = 'setting'
  entry.nodeIds.add(quickSightNode(ctx))
}
