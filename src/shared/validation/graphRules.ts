import { formatCitation, seed } from '../catalog/citations'
import { usesEnhancedFanOut } from '../catalog/consumerCapabilities'
import { FIREHOSE_DESTINATIONS, KINESIS_LIMITS } from '../catalog/limits'
import { getService, serviceName, type ServiceId } from '../catalog/services'
import type { DiagramEdge, DiagramNode } from '../diagram/types'
import { OWN_RULE_CITATIONS } from './ownRules'
import type { Problem } from './problems'

/** What a node rule may look at: the node and its direct neighbours. */
export interface Neighbourhood {
  node: DiagramNode
  incoming: Array<{ edge: DiagramEdge; from: DiagramNode }>
  outgoing: Array<{ edge: DiagramEdge; to: DiagramNode }>
}

type NodeRule = (n: Neighbourhood) => Problem | Problem[] | undefined

/** What the seed-note rules rest on; the problem-code catalog (report/problemCodes.ts) cites them too. */
export const GRAPH_RULE_SOURCES = {
  kcl: seed('kinesis', 'use KCL for multiple application'),
  athena: seed('integration', 'Athena'),
  spectrum: seed('bigdata', 'AWS Athena & Glue'),
  sagemaker: seed('integration', 'Amazon SageMaker')
} as const

const cite = {
  kcl: formatCitation(GRAPH_RULE_SOURCES.kcl),
  athena: formatCitation(GRAPH_RULE_SOURCES.athena),
  spectrum: formatCitation(GRAPH_RULE_SOURCES.spectrum),
  sagemaker: formatCitation(GRAPH_RULE_SOURCES.sagemaker),
  firehose: formatCitation(FIREHOSE_DESTINATIONS.destinationsPerStream.citation),
  sharedReads: formatCitation(KINESIS_LIMITS.sharedReadTransactionsPerShard.citation),
  efo: formatCitation(KINESIS_LIMITS.enhancedFanOutConsumersPerStream.citation)
}

function hasIncomingFrom(n: Neighbourhood, service: ServiceId): boolean {
  return n.incoming.some((i) => i.from.service === service)
}

function hasNeighbour(n: Neighbourhood, service: ServiceId): boolean {
  return hasIncomingFrom(n, service) || n.outgoing.some((o) => o.to.service === service)
}

function label(node: DiagramNode): string {
  return node.label ? `${node.label} (${serviceName(node.service)})` : serviceName(node.service)
}

/** A rule for "this service needs that one feeding it", with a one-click fix that adds it. */
/** `needed` lists the services any one of which satisfies the rule; the fix adds the first. */
function requiresInput(
  service: ServiceId,
  needed: ServiceId | readonly [ServiceId, ...ServiceId[]],
  code: string,
  why: string,
  citation: string
): NodeRule {
  const anyOf: readonly ServiceId[] = typeof needed === 'string' ? [needed] : needed
  const first = anyOf[0]!
  const names = anyOf.map(serviceName).join(' or ')
  return (n) => {
    if (n.node.service !== service || anyOf.some((s) => hasIncomingFrom(n, s))) return undefined
    return {
      severity: 'warning',
      code,
      message: `${label(n.node)} has no ${names} feeding it: ${why}`,
      nodeId: n.node.id,
      citation,
      fix: {
        kind: 'add-connected',
        nodeId: n.node.id,
        service: first,
        direction: 'in',
        description: `Add ${serviceName(first)} → ${serviceName(service)}`
      }
    }
  }
}

const retiredService: NodeRule = ({ node }) => {
  const retired = getService(node.service).retired
  if (!retired) return undefined
  const successors = retired.instead ?? retired.successors.map(serviceName).join(' or ')
  return {
    severity: 'warning',
    code: 'retired-service',
    message: `${label(node)} is ${retired.status}; use ${successors} instead.`,
    nodeId: node.id,
    citation: formatCitation(retired.citation)
  }
}

const orphanNode: NodeRule = (n) =>
  n.incoming.length === 0 && n.outgoing.length === 0
    ? {
        severity: 'warning',
        code: 'orphan-node',
        message: `${label(n.node)} is not connected to anything. Connect it to the pipeline or delete it.`,
        nodeId: n.node.id,
        citation: OWN_RULE_CITATIONS['orphan-node']
      }
    : undefined

const kclLeaseTable: NodeRule = (n) => {
  if (n.node.service !== 'kcl-app' || hasNeighbour(n, 'dynamodb')) return undefined
  return {
    severity: 'error',
    code: 'kcl-lease-table',
    message: `${label(n.node)} needs a DynamoDB lease table: the KCL keeps its shard leases and checkpoints there. Connect a DynamoDB table to it.`,
    nodeId: n.node.id,
    citation: cite.kcl,
    fix: {
      kind: 'add-connected',
      nodeId: n.node.id,
      service: 'dynamodb',
      direction: 'out',
      description: 'Add a DynamoDB lease table'
    }
  }
}

const DELIVERY_DESTINATIONS: ReadonlySet<ServiceId> = new Set([
  's3',
  'redshift',
  'opensearch',
  'splunk'
])

const firehoseDestinations: NodeRule = (n) => {
  if (n.node.service !== 'kinesis-firehose') return undefined
  const destinations = n.outgoing.filter((o) => DELIVERY_DESTINATIONS.has(o.to.service))
  const s3 = destinations.filter((o) => o.to.service === 's3').length
  const other = destinations.length - s3
  const allowedPrimary = FIREHOSE_DESTINATIONS.destinationsPerStream.value
  // One destination; a non-S3 destination may add one S3 bucket as its backup.
  const valid = other === 0 ? s3 <= allowedPrimary : other <= allowedPrimary && s3 <= 1
  if (valid) return undefined
  const names = destinations.map((o) => serviceName(o.to.service)).join(', ')
  return {
    severity: 'error',
    code: 'firehose-destinations',
    message: `${label(n.node)} delivers to ${destinations.length} destinations (${names}); a Firehose stream has one destination, plus an optional S3 backup bucket. Use one Firehose stream per destination.`,
    nodeId: n.node.id,
    citation: cite.firehose
  }
}

const streamConsumers: NodeRule = (n) => {
  if (n.node.service !== 'kinesis-data-streams') return undefined
  const problems: Problem[] = []
  const shared = n.outgoing.filter((o) => !usesEnhancedFanOut(o.edge, o.to.service)).length
  const efo = n.outgoing.length - shared
  const readLimit = KINESIS_LIMITS.sharedReadTransactionsPerShard.value
  if (shared > readLimit) {
    problems.push({
      severity: 'warning',
      code: 'kds-shared-consumers',
      message: `${label(n.node)} has ${shared} shared-throughput consumers; each shard allows ${readLimit} GetRecords calls per second across all of them, so they will throttle. Turn on enhanced fan-out for some consumers (edge setting).`,
      nodeId: n.node.id,
      citation: cite.sharedReads
    })
  }
  // On-demand Advantage raises the registered consumers per stream from 20 to 50.
  const advantage =
    (n.node.config as { capacityMode?: unknown } | undefined)?.capacityMode ===
    'on-demand-advantage'
  const efoLimit = advantage
    ? KINESIS_LIMITS.advantageEnhancedFanOutConsumersPerStream.value
    : KINESIS_LIMITS.enhancedFanOutConsumersPerStream.value
  if (efo > efoLimit) {
    const more = advantage
      ? ''
      : ` On-demand Advantage allows ${KINESIS_LIMITS.advantageEnhancedFanOutConsumersPerStream.value}.`
    problems.push({
      severity: 'error',
      code: 'kds-efo-consumers',
      message: `${label(n.node)} has ${efo} enhanced fan-out consumers; a stream can register at most ${efoLimit}. Split the consumers across streams.${more}`,
      nodeId: n.node.id,
      citation: advantage
        ? formatCitation(KINESIS_LIMITS.advantageEnhancedFanOutConsumersPerStream.citation)
        : cite.efo
    })
  }
  return problems
}

const sagemakerNeedsS3 = requiresInput(
  'sagemaker',
  's3',
  'sagemaker-training-data',
  'SageMaker takes training data only from S3.',
  cite.sagemaker
)

// A SageMaker fed by Kinesis Video Streams may be inference only; training still needs S3.
const sagemakerTrainingData: NodeRule = (n) =>
  n.node.service !== 'sagemaker' || hasIncomingFrom(n, 'kinesis-video-streams')
    ? undefined
    : sagemakerNeedsS3(n)

const NODE_RULES: readonly NodeRule[] = [
  retiredService,
  orphanNode,
  kclLeaseTable,
  // S3 Tables are table buckets in S3: Athena queries their Iceberg tables like any other S3 data.
  requiresInput(
    'athena',
    ['s3', 's3-tables'],
    'athena-needs-s3',
    'Athena queries data in S3 only.',
    cite.athena
  ),
  requiresInput(
    'athena',
    'glue-data-catalog',
    'athena-needs-catalog',
    'Athena reads its table definitions from the Glue Data Catalog.',
    cite.athena
  ),
  requiresInput(
    'redshift-spectrum',
    's3',
    'spectrum-needs-s3',
    'Redshift Spectrum queries data in S3.',
    cite.spectrum
  ),
  requiresInput(
    'redshift-spectrum',
    'glue-data-catalog',
    'spectrum-needs-catalog',
    'Redshift Spectrum reads its external tables from the Glue Data Catalog.',
    cite.spectrum
  ),
  sagemakerTrainingData,
  firehoseDestinations,
  streamConsumers
]

export function checkNode(n: Neighbourhood): Problem[] {
  const out: Problem[] = []
  for (const rule of NODE_RULES) {
    const result = rule(n)
    if (Array.isArray(result)) out.push(...result)
    else if (result) out.push(result)
  }
  return out
}
