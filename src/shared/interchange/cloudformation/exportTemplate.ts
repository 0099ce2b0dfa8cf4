/**
 * CloudFormation export. The parts, in the order a template is built:
 * - exportResources.ts: one row per service with a resource type (type, reference page, how
 *   others refer to it, its properties from the node's settings); exportDefaults.ts holds the
 *   cited values a template must state that a diagram does not.
 * - exportWiring.ts: one wiring rule per documented mechanism id (src/shared/mechanisms), in
 *   exportFirehose.ts, exportWiringEvents.ts, exportWiringFlows.ts, exportWiringData.ts and
 *   exportWiringApi.ts; exportFinishers.ts writes what needs every edge first.
 * - exportActions.ts: the IAM action sets, each with its AWS page; exportBuild.ts gathers roles,
 *   parameters and what is left to the user; exportYaml.ts writes the short-form tags.
 */
import { formatCitation } from '../../catalog/citations'
import type { Diagram, DiagramEdge, DiagramNode } from '../../diagram/types'
import { estimateDiagram } from '../../estimation/estimate'
import { edgeOption } from '../../mechanisms/derive'
import { TemplateBuild, type RefKind } from './exportBuild'
import type { EdgeContext } from './exportEdges'
import { FINISHERS } from './exportFinishers'
import { type CfnValue } from './exportModel'
import { configOf, NO_RESOURCE_REASONS, RESOURCE_ROWS, type ResourceRow } from './exportResources'
import { IMPLICIT, IMPLICIT_PAIRS, WIRINGS } from './exportWiring'
import { templateToYaml } from './exportYaml'
import { STREAM_SUFFIX, type PipewrightMetadata } from './pipewrightMetadata'

export interface ExportReport {
  /** Each service node that became a resource, with its logical id and type. */
  resources: { nodeId: string; logicalId: string; type: string; citation: string }[]
  /** Nodes with no resource type (a producer application, devices, an on-premises database), and why. */
  skipped: { nodeId: string; reason: string }[]
  /** Nodes marked external: the template takes them as parameters, not resources. */
  external: { nodeId: string; logicalId: string; reference: string }[]
  /**
   * What became of each edge: `wired` into the template (detail says where), `implicit` (the
   * resources alone do it), `left` to the user (also in leftToUser).
   */
  edges: { edgeId: string; outcome: 'wired' | 'implicit' | 'left'; detail: string }[]
  /** Parameters the template asks for (names, code locations, VPC and subnet ids, external resources). */
  parameters: string[]
  /** What is left to the user before the stack deploys; also written into the template's Metadata. */
  leftToUser: string[]
}

export interface ExportResult {
  /** The template as YAML. */
  text: string
  /** The same template as JSON in CloudFormation's long form (`{ "Ref": … }`). */
  template: Record<string, CfnValue>
  report: ExportReport
}

const TEMPLATE_FORMAT_VERSION = '2010-09-09'

/**
 * A Firehose stream's Kinesis or MSK source first (Direct PUT then has no place), and its
 * destinations other than S3 before S3, so a second S3 edge is their backup bucket.
 */
function edgeOrder(diagram: Diagram): DiagramEdge[] {
  const service = new Map(diagram.nodes.map((n) => [n.id, n.service]))
  const rank = (e: DiagramEdge) => {
    const s = service.get(e.source)
    const t = service.get(e.target)
    if (t === 'kinesis-firehose' && (s === 'kinesis-data-streams' || s === 'msk')) return -1
    return s === 'kinesis-firehose' && t === 's3' ? 1 : 0
  }
  return [...diagram.edges].sort((a, b) => rank(a) - rank(b))
}

/** A dynamodb-streams node is its table's stream: the edge from the table says which. */
function streamTables(diagram: Diagram): Map<string, string> {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]))
  const tables = new Map<string, string>()
  for (const e of diagram.edges) {
    const s = byId.get(e.source)
    const t = byId.get(e.target)
    if (s?.service === 'dynamodb' && t?.service === 'dynamodb-streams' && !tables.has(t.id))
      tables.set(t.id, s.id)
  }
  return tables
}

function externalRefs(b: TemplateBuild, node: DiagramNode, id: string) {
  const words: Record<RefKind, string> = {
    arn: 'ARN',
    name: 'name',
    url: 'URL',
    streamArn: 'stream ARN'
  }
  const suffix: Record<RefKind, string> = {
    arn: 'Arn',
    name: 'Name',
    url: 'Url',
    streamArn: 'StreamArn'
  }
  return (kind: RefKind): CfnValue => {
    const reference = node.external?.reference ?? node.id
    b.leave(
      `Supply the ${words[kind]} of the existing ${node.label ?? node.id} (parameter ${id}${suffix[kind]}).`
    )
    const value = b.parameter(`${id}${suffix[kind]}`, {
      Type: 'String',
      Description: `${words[kind]} of the existing ${node.label ?? node.id} (${reference})`
    })
    return b.standIn(node.id, value)
  }
}

/** A CloudFormation template for a diagram: one resource per service node that has a type, wired as its edges say. */
export function exportTemplate(diagram: Diagram): ExportResult {
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]))
  const b = new TemplateBuild(nodes)
  const report: ExportReport = {
    resources: [],
    skipped: [],
    external: [],
    edges: [],
    parameters: [],
    leftToUser: []
  }
  const tables = streamTables(diagram)
  // Capacity the settings leave open (shards, read and write units) is what the estimate sized.
  const estimate = estimateDiagram(diagram)
  const built: { node: DiagramNode; id: string }[] = []

  for (const node of diagram.nodes) {
    const row: ResourceRow | undefined = RESOURCE_ROWS[node.service]
    const id = b.uniqueId(node.label ?? node.id)
    if (node.external !== undefined) {
      b.nodeIds.set(node.id, id)
      b.setRefs(node.id, externalRefs(b, node, id))
      report.external.push({ nodeId: node.id, logicalId: id, reference: node.external.reference })
      continue
    }
    if (node.service === 'dynamodb-streams') {
      const table = tables.get(node.id)
      b.nodeIds.set(node.id, id)
      if (table)
        b.setRefs(node.id, (kind) =>
          kind === 'arn' || kind === 'streamArn' ? b.refOf(table, 'streamArn') : undefined
        )
      report.skipped.push({
        nodeId: node.id,
        reason: table
          ? `the stream of table ${b.nodeIds.get(table) ?? table} (its StreamSpecification), not a resource of its own`
          : 'a DynamoDB stream with no table in the diagram: its ARN is asked as a parameter'
      })
      continue
    }
    if (!row) {
      b.nodeIds.set(node.id, id)
      report.skipped.push({
        nodeId: node.id,
        reason: NO_RESOURCE_REASONS[node.service] ?? 'Pipewright does not export this service yet'
      })
      continue
    }
    b.nodeIds.set(node.id, id)
    const config = configOf(node)
    b.setRefs(node.id, (kind) => row.refs(id, config)[kind])
    const type = row.type(config)
    b.addResource(id, { Type: type, Properties: {} })
    b.resources.get(id)!.Properties = row.build(
      { b, node, id, capacity: estimate.byId.get(node.id)?.capacity ?? {} },
      config
    )
    report.resources.push({
      nodeId: node.id,
      logicalId: id,
      type,
      citation: formatCitation(row.citation)
    })
    built.push({ node, id })
  }

  for (const edge of edgeOrder(diagram)) {
    const source = nodes.get(edge.source)
    const target = nodes.get(edge.target)
    if (!source || !target) continue
    const option = edgeOption(source.service, target.service, edge.config?.mechanism)
    const sourceId = b.nodeIds.get(source.id)!
    const targetId = b.nodeIds.get(target.id)!
    const what = `${sourceId} → ${targetId}`
    if (!option || option.verdict === 'error') {
      report.edges.push({
        edgeId: edge.id,
        outcome: 'left',
        detail: `${what} is not a documented integration`
      })
      continue
    }
    const implicit =
      IMPLICIT[option.mechanism.id] ?? IMPLICIT_PAIRS[`${option.mechanism.id}>${target.service}`]
    if (implicit) {
      report.edges.push({ edgeId: edge.id, outcome: 'implicit', detail: `${what}: ${implicit}` })
      continue
    }
    const wiring = WIRINGS[option.mechanism.id]
    const context: EdgeContext = { b, edge, source, target, option, sourceId, targetId }
    const detail = wiring?.(context)
    if (detail) {
      report.edges.push({ edgeId: edge.id, outcome: 'wired', detail: `${what}: ${detail}` })
    } else {
      const text = `Connect ${what} (${option.label}) yourself: the template does not write it.`
      b.leave(text)
      report.edges.push({ edgeId: edge.id, outcome: 'left', detail: text })
    }
  }

  for (const { node, id } of built) FINISHERS[node.service]?.(b, node, id)
  b.finishRoles()
  if (b.resources.size === 0) {
    // A template needs one resource; this one creates nothing (AWS's own placeholder for it).
    b.addResource(b.uniqueId('Placeholder'), {
      Type: 'AWS::CloudFormation::WaitConditionHandle',
      Properties: {}
    })
    b.leave(
      'Nothing in the diagram has a CloudFormation resource type: the template holds a placeholder.'
    )
  }

  const sorted = <T>(map: Map<string, T>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')))
  const template: Record<string, CfnValue> = {
    AWSTemplateFormatVersion: TEMPLATE_FORMAT_VERSION,
    Description: `${diagram.name} (exported by Pipewright)`.slice(0, 1024),
    Metadata: { Pipewright: exportMetadata(diagram, b, report, tables) as unknown as CfnValue },
    ...(b.parameters.size > 0 ? { Parameters: sorted(b.parameters) as unknown as CfnValue } : {}),
    Resources: sorted(b.resources) as unknown as CfnValue
  }
  report.parameters = [...b.parameters.keys()].sort((x, y) => x.localeCompare(y, 'en'))
  report.leftToUser = [...b.leftToUser]
  return { text: templateToYaml(template), template, report }
}

/**
 * What importing this template needs to give the diagram back (see pipewrightMetadata.ts):
 * every node by logical id with its service and label (and the parameters standing in for one
 * with no resource), the parameters the export added for itself, and every edge.
 */
function exportMetadata(
  diagram: Diagram,
  b: TemplateBuild,
  report: ExportReport,
  tables: ReadonlyMap<string, string>
): PipewrightMetadata {
  const nodes: NonNullable<PipewrightMetadata['Nodes']> = []
  const external = new Map(report.external.map((x) => [x.nodeId, x.reference]))
  for (const node of diagram.nodes) {
    // A table's stream is the table's StreamSpecification: the importer draws it from there.
    if (tables.has(node.id)) continue
    const id = b.nodeIds.get(node.id)
    if (id === undefined) continue
    const parameters = b.standsFor.get(node.id)
    const reference = external.get(node.id)
    nodes.push({
      Id: id,
      Service: node.service,
      ...(node.label ? { Label: node.label } : {}),
      ...(reference !== undefined ? { External: reference } : {}),
      ...(parameters !== undefined ? { Parameters: parameters } : {})
    })
  }
  const endpointOf = (nodeId: string): string | undefined => {
    const table = tables.get(nodeId)
    if (table !== undefined) {
      const tableId = b.nodeIds.get(table)
      return tableId === undefined ? undefined : `${tableId}${STREAM_SUFFIX}`
    }
    return b.nodeIds.get(nodeId)
  }
  const connections: NonNullable<PipewrightMetadata['Connections']> = []
  for (const edge of diagram.edges) {
    const from = endpointOf(edge.source)
    const to = endpointOf(edge.target)
    if (from === undefined || to === undefined) continue
    const configured = edge.config?.mechanism
    const mechanism = typeof configured === 'string' ? configured : undefined
    connections.push({ From: from, To: to, ...(mechanism ? { Mechanism: mechanism } : {}) })
  }
  return {
    LeftToUser: b.leftToUser,
    ...(nodes.length ? { Nodes: nodes } : {}),
    ...(b.supporting.size ? { Supporting: [...b.supporting].sort() } : {}),
    ...(connections.length ? { Connections: connections } : {})
  }
}
