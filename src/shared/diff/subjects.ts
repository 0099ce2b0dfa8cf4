import { serviceName } from '../catalog/services'
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
