import { serviceName } from '../catalog/services'
import type { Diagram } from '../diagram/types'
import type { Problem } from './problems'

/**
 * What a problem is about, named from the diagram it was found in, as `validate` and `diff` print it:
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
