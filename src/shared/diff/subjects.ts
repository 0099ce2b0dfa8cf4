import { serviceName } from '../catalog/services'
import type { Diagram } from '../diagram/types'
import type { Problem } from '../validation/problems'
import type { EdgeRef, NodeRef } from './diffModel'

/** "Click events (click-stream)", or the id alone for a node without a label. */
export function nodeName(node: NodeRef): string {
  return node.label === undefined || node.label === node.id ? node.id : `${node.label} (${node.id})`
}

/** "Click events (click-stream, Amazon Kinesis Data Streams)". */
export function nodeWithService(node: NodeRef): string {
  const service = serviceName(node.service)
  return node.label === undefined || node.label === node.id
    ? `${node.id} (${service})`
    : `${node.label} (${node.id}, ${service})`
}

/** "a → b (Firehose delivery)": an edge by its ends' ids and the mechanism it was taken as. */
export function edgeEnds(edge: EdgeRef): string {
  return `${edge.source} → ${edge.target}${edge.mechanism === undefined ? '' : ` (${edge.mechanism})`}`
}

/**
 * What a problem is about, named from the diagram it was found in, as `validate` names it:
 * "edge a--b (Amazon Kinesis Data Streams → Amazon S3)", "node x (Click events)". The lookups
 * are built once per diagram: a large diff names many problems.
 */
export function problemSubjects(diagram: Diagram): (problem: Problem) => string {
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]))
  const edges = new Map(diagram.edges.map((e) => [e.id, e]))
  return (problem) => {
    if (problem.edgeId !== undefined) {
      const edge = edges.get(problem.edgeId)
      const source = edge && nodes.get(edge.source)
      const target = edge && nodes.get(edge.target)
      const ends =
        source && target ? ` (${serviceName(source.service)} → ${serviceName(target.service)})` : ''
      return `edge ${problem.edgeId}${ends}`
    }
    if (problem.nodeId !== undefined) {
      const node = nodes.get(problem.nodeId)
      return `node ${problem.nodeId}${node ? ` (${node.label ?? serviceName(node.service)})` : ''}`
    }
    return 'diagram'
  }
}
