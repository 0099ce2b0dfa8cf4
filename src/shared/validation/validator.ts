import { formatCitation } from '../catalog/citations'
import { supportsEnhancedFanOut } from '../catalog/consumerCapabilities'
import { serviceName } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import { checkServicePair, type PairCheck } from './edgeCheck'
import { checkNode, type Neighbourhood } from './graphRules'
import { bySeverity, type Problem } from './problems'

export interface EdgeResult {
  id: string
  verdict: PairCheck['verdict']
  reason: string
  mechanism?: string
  citation?: string
}

export interface ValidationResult {
  problems: Problem[]
  edges: Map<string, EdgeResult>
  /** Problems attached to each node (rules about the node and its neighbours). */
  nodeProblems: Map<string, Problem[]>
  counts: { error: number; warning: number; info: number }
}

export interface ValidatorStats {
  /** Edges whose verdict was (re)computed by the last `validate` call. */
  edgesChecked: number
  /** Nodes whose rules were (re)evaluated by the last `validate` call. */
  nodesChecked: number
}

interface EdgeEntry {
  edge: DiagramEdge
  source: DiagramNode | undefined
  target: DiagramNode | undefined
  result: EdgeResult
  problems: Problem[]
}

interface NodeEntry {
  signature: string
  problems: Problem[]
}

function edgeProblems(edge: DiagramEdge, source: DiagramNode, target: DiagramNode, check: PairCheck): Problem[] {
  if (edge.source === edge.target) {
    return [
      {
        severity: 'error',
        code: 'self-loop',
        message: `${serviceName(source.service)} is connected to itself. Remove the edge, or add a second ${serviceName(source.service)} if data really flows between two of them.`,
        edgeId: edge.id,
        nodeId: source.id,
      },
    ]
  }
  const problems: Problem[] = []
  if (edge.config?.enhancedFanOut === true && (source.service !== 'kinesis-data-streams' || !supportsEnhancedFanOut(target.service))) {
    problems.push({
      severity: 'warning',
      code: 'efo-unsupported',
      message:
        source.service === 'kinesis-data-streams'
          ? `${serviceName(target.service)} cannot register as an enhanced fan-out consumer; it reads with the shard's shared throughput. Turn the setting off, or read through Lambda, a KCL application or Managed Flink.`
          : `Enhanced fan-out is a Kinesis Data Streams setting; it has no effect on an edge from ${serviceName(source.service)}. Turn it off.`,
      edgeId: edge.id,
    })
  }
  if (check.verdict === 'ok') return problems
  const problem: Problem = {
    severity: check.verdict,
    code: check.verdict === 'error' ? 'not-integrated' : 'integration-caveat',
    message: check.reason,
    edgeId: edge.id,
  }
  if (check.citation) problem.citation = formatCitation(check.citation)
  if (check.insert && check.insert.length > 0) {
    problem.fix = {
      kind: 'insert-services',
      edgeId: edge.id,
      services: check.insert,
      description: `Insert ${check.insert.map(serviceName).join(' → ')}`,
    }
  }
  return [problem, ...problems]
}

function edgeResult(edge: DiagramEdge, check: PairCheck, selfLoop: boolean): EdgeResult {
  if (selfLoop) return { id: edge.id, verdict: 'error', reason: 'A node cannot feed itself.' }
  const result: EdgeResult = { id: edge.id, verdict: check.verdict, reason: check.reason }
  if (check.mechanism) result.mechanism = check.mechanism
  if (check.citation) result.citation = formatCitation(check.citation)
  return result
}

/** Everything a node's rules depend on, as one string: same string, same problems. */
function neighbourhoodSignature(n: Neighbourhood): string {
  let s = `${n.node.service}|${n.node.label ?? ''}`
  for (const i of n.incoming) s += `|<${i.edge.id}:${i.from.service}`
  for (const o of n.outgoing) s += `|>${o.edge.id}:${o.to.service}:${o.edge.config?.enhancedFanOut === true ? 1 : 0}`
  return s
}

/**
 * Validates a diagram and remembers what it found, so that the next call re-checks only the
 * edges that changed and the nodes whose neighbourhood changed. Diagrams are treated as
 * immutable: a changed edge or node is a new object.
 */
export function createValidator() {
  let edgeCache = new Map<string, EdgeEntry>()
  let nodeCache = new Map<string, NodeEntry>()
  const stats: ValidatorStats = { edgesChecked: 0, nodesChecked: 0 }

  function validate(diagram: Diagram): ValidationResult {
    stats.edgesChecked = 0
    stats.nodesChecked = 0
    const nodesById = new Map<string, DiagramNode>()
    for (const node of diagram.nodes) nodesById.set(node.id, node)

    const nextEdges = new Map<string, EdgeEntry>()
    const hoods = new Map<string, Neighbourhood>()
    for (const node of diagram.nodes) hoods.set(node.id, { node, incoming: [], outgoing: [] })

    const problems: Problem[] = []
    const edges = new Map<string, EdgeResult>()
    const seenPairs = new Set<string>()

    for (const edge of diagram.edges) {
      const source = nodesById.get(edge.source)
      const target = nodesById.get(edge.target)
      if (!source || !target) continue // the loader refuses dangling edges; the editor removes them
      let entry = edgeCache.get(edge.id)
      if (!entry || entry.edge !== edge || entry.source?.service !== source.service || entry.target?.service !== target.service) {
        stats.edgesChecked++
        const check = checkServicePair(source.service, target.service)
        const selfLoop = edge.source === edge.target
        entry = { edge, source, target, result: edgeResult(edge, check, selfLoop), problems: edgeProblems(edge, source, target, check) }
      }
      nextEdges.set(edge.id, entry)
      edges.set(edge.id, entry.result)
      problems.push(...entry.problems)

      const pair = `${edge.source}>${edge.target}`
      if (seenPairs.has(pair)) {
        problems.push({
          severity: 'warning',
          code: 'duplicate-edge',
          message: `${serviceName(source.service)} → ${serviceName(target.service)} is drawn more than once. Delete the extra edge.`,
          edgeId: edge.id,
        })
      } else {
        seenPairs.add(pair)
      }
      if (edge.source !== edge.target) {
        hoods.get(source.id)!.outgoing.push({ edge, to: target })
        hoods.get(target.id)!.incoming.push({ edge, from: source })
      }
    }

    const nextNodes = new Map<string, NodeEntry>()
    const nodeProblems = new Map<string, Problem[]>()
    for (const node of diagram.nodes) {
      const hood = hoods.get(node.id)!
      const signature = neighbourhoodSignature(hood)
      let entry = nodeCache.get(node.id)
      if (!entry || entry.signature !== signature) {
        stats.nodesChecked++
        entry = { signature, problems: checkNode(hood) }
      }
      nextNodes.set(node.id, entry)
      if (entry.problems.length > 0) nodeProblems.set(node.id, entry.problems)
      problems.push(...entry.problems)
    }

    edgeCache = nextEdges
    nodeCache = nextNodes
    problems.sort(bySeverity)
    const counts = { error: 0, warning: 0, info: 0 }
    for (const p of problems) counts[p.severity]++
    return { problems, edges, nodeProblems, counts }
  }

  return { validate, stats }
}

export type Validator = ReturnType<typeof createValidator>

/** One-shot validation, for the CLI and tests. */
export function validateDiagram(diagram: Diagram): ValidationResult {
  return createValidator().validate(diagram)
}
