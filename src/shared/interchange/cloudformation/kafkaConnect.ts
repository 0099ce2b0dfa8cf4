import type { Handler } from './handlerTypes'
import { record, text } from './templateModel'

/**
 * AWS::KafkaConnect::Connector: an MSK Connect connector is no node of its own but the edge it
 * makes: a sink from the cluster to S3 or EventBridge, a Debezium source from a database into the
 * cluster. The connector class and its settings say which
 * (https://docs.aws.amazon.com/msk/latest/developerguide/msk-connect-examples.html).
 */
export const kafkaConnector: Handler = (ctx, resource, r) => {
  ctx.entry(resource).outcome = 'edge'
  const p = resource.properties
  const servers = record(record(p.KafkaCluster).ApacheKafkaCluster).BootstrapServers
  const cluster = r.resolve(servers, ['msk'], 'BootstrapServers')
  const config = record(p.ConnectorConfiguration)
  const cls = text(config['connector.class']) ?? ''
  if (!cluster) return
  if (/S3Sink/i.test(cls)) {
    const bucket = r.resolve(config['s3.bucket.name'], ['s3'], 's3.bucket.name')
    if (bucket)
      ctx.addEdge(cluster.nodeId, bucket.nodeId, resource, { mechanism: 'msk-connect-sinks' })
  } else if (/EventBridgeSink/i.test(cls)) {
    const bus = r.resolve(
      config['aws.eventbridge.eventbus.arn'],
      ['eventbridge'],
      'aws.eventbridge.eventbus.arn'
    )
    if (bus) ctx.addEdge(cluster.nodeId, bus.nodeId, resource, { mechanism: 'msk-connect-sinks' })
  } else if (/^io\.debezium\.connector\./.test(cls)) {
    const host = text(config['database.hostname']) ?? ''
    const service = /\.rds\.amazonaws\.com$/.test(host) ? 'rds' : 'on-prem-database'
    const db = r.resolve(config['database.hostname'], [service], 'database.hostname')
    if (db) ctx.addEdge(db.nodeId, cluster.nodeId, resource, { mechanism: 'msk-connect-sources' })
  } else ctx.note(resource, `Connector class ${cls || '(none)'}: no mapping for it; not drawn.`)
}
