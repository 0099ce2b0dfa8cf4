import { formatCitation } from '../catalog/citations'
import { supportsEnhancedFanOut } from '../catalog/consumerCapabilities'
import { serviceName } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import { checkServicePair, type PairCheck } from './edgeCheck'
import { checkNode, type Neighbourhood } from './graphRules'
import type { Problem } from './problems'

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

/** Shared by every edge without problems; never handed out, only spread. */
const NO_PROBLEMS: readonly Problem[] = []

function edgeProblems(edge: DiagramEdge, source: DiagramNode, target: DiagramNode, check: PairCheck): readonly Problem[] {
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
  const efoMisused = edge.config?.enhancedFanOut === true && (source.service !== 'kinesis-data-streams' || !supportsEnhancedFanOut(target.service))
  if (check.verdict === 'ok' && !efoMisused) return NO_PROBLEMS
  const problems: Problem[] = []
  if (efoMisused) {
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
  const citation = citationOf(check)
  if (citation !== undefined) problem.citation = citation
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

/** A pair's citation formatted once, not once per edge: pair checks are memoised, so this is small. */
const CITATIONS = new WeakMap<PairCheck, string | undefined>()

function citationOf(check: PairCheck): string | undefined {
  if (!check.citation) return undefined
  let text = CITATIONS.get(check)
  if (text === undefined) {
    text = formatCitation(check.citation)
    CITATIONS.set(check, text)
  }
  return text
}

function edgeResult(edge: DiagramEdge, check: PairCheck, selfLoop: boolean): EdgeResult {
  if (selfLoop) return { id: edge.id, verdict: 'error', reason: 'A node cannot feed itself.' }
  const result: EdgeResult = { id: edge.id, verdict: check.verdict, reason: check.reason }
  if (check.mechanism) result.mechanism = check.mechanism
  const citation = citationOf(check)
  if (citation !== undefined) result.citation = citation
  return result
}

function usesFanOut(edge: DiagramEdge): boolean {
  return edge.config?.enhancedFanOut === true
}

/** Edge positions grouped by node, in diagram order: `list[start[i] .. start[i + 1])` are node i's. */
interface Adjacency {
  outStart: Int32Array
  /** Every edge out of the node, self-loops too (the duplicate check needs them). */
  outEdges: Int32Array
  inStart: Int32Array
  /** Every edge into the node except self-loops. */
  inEdges: Int32Array
}

function adjacency(nodeCount: number, from: Int32Array, to: Int32Array): Adjacency {
  const outStart = new Int32Array(nodeCount + 1)
  const inStart = new Int32Array(nodeCount + 1)
  for (let k = 0; k < from.length; k++) {
    const s = from[k]!
    if (s < 0) continue
    outStart[s + 1]!++
    if (s !== to[k]) inStart[to[k]! + 1]!++
  }
  for (let i = 0; i < nodeCount; i++) {
    outStart[i + 1]! += outStart[i]!
    inStart[i + 1]! += inStart[i]!
  }
  const outEdges = new Int32Array(outStart[nodeCount]!)
  const inEdges = new Int32Array(inStart[nodeCount]!)
  const outFill = outStart.slice(0, nodeCount)
  const inFill = inStart.slice(0, nodeCount)
  for (let k = 0; k < from.length; k++) {
    const s = from[k]!
    if (s < 0) continue
    const t = to[k]!
    outEdges[outFill[s]!++] = k
    if (s !== t) inEdges[inFill[t]!++] = k
  }
  return { outStart, outEdges, inStart, inEdges }
}

/** What one call saw and found, by position, for the next call to compare with. */
interface Snapshot extends Adjacency {
  /** Copies: a caller may reuse its arrays. */
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  index: Map<string, number>
  duplicateIds: boolean
  /** Each edge's end positions; −1 for an edge with a missing end. */
  from: Int32Array
  to: Int32Array
  edgeResults: Array<EdgeResult | undefined>
  edgeProblems: Array<readonly Problem[] | undefined>
  /** The `duplicate-edge` warning of each edge that is a second copy. */
  duplicates: Array<Problem | undefined>
  nodeProblems: Problem[][]
}

function emptySnapshot(): Snapshot {
  const none = new Int32Array(1)
  return {
    nodes: [], edges: [], index: new Map(), duplicateIds: false, from: new Int32Array(0), to: new Int32Array(0),
    outStart: none, outEdges: none, inStart: none, inEdges: none, edgeResults: [], edgeProblems: [], duplicates: [], nodeProblems: [],
  }
}

/**
 * Validates a diagram and remembers what it found, so that the next call re-checks only the
 * edges that changed and the nodes whose neighbourhood changed. Diagrams are treated as
 * immutable: a changed edge or node is a new object.
 *
 * A node's rules depend on its service and label and, in order, the ids and services of its
 * neighbours and whether each outgoing edge uses enhanced fan-out. The graph is held in index
 * arrays and so is what the last call found: a node whose object, edges and neighbours are the
 * same objects in the same places keeps its problems without a look, any other node that was
 * there before is compared field by field with its neighbourhood then, and only a node whose
 * neighbourhood differs is checked again. An edit costs a few passes over typed arrays plus
 * the result's maps; nothing is kept per node or edge but what the result holds anyway.
 */
export function createValidator() {
  let last = emptySnapshot()
  const stats: ValidatorStats = { edgesChecked: 0, nodesChecked: 0 }

  function validate(diagram: Diagram): ValidationResult {
    stats.edgesChecked = 0
    stats.nodesChecked = 0
    const nodes = diagram.nodes
    const edgeList = diagram.edges
    const nodeCount = nodes.length
    const edgeCount = edgeList.length
    const before = last

    // Nodes that are not the same object in the same place as last time.
    const nodeChanged = new Uint8Array(nodeCount)
    let prefix = 0 // how many leading nodes are unchanged
    while (prefix < nodeCount && prefix < before.nodes.length && nodes[prefix] === before.nodes[prefix]) prefix++
    const anyNodeChanged = prefix !== nodeCount || nodeCount !== before.nodes.length
    for (let i = prefix; i < nodeCount; i++) nodeChanged[i] = i >= before.nodes.length || nodes[i] !== before.nodes[i] ? 1 : 0

    // Node id → position; with repeated ids (the loader refuses them) the last one wins, as edges
    // see it. Replacing nodes in place (a move, a new label) and appending nodes keep every
    // earlier id where it was.
    let index = before.index
    let duplicateIds = before.duplicateIds
    let indexMoved = false
    if (anyNodeChanged) {
      let sameIds = nodeCount >= before.nodes.length && !duplicateIds
      for (let i = prefix; sameIds && i < before.nodes.length; i++) sameIds = nodes[i]!.id === before.nodes[i]!.id
      if (sameIds) {
        index = new Map(index)
        for (let i = before.nodes.length; i < nodeCount; i++) index.set(nodes[i]!.id, i)
      } else {
        index = new Map<string, number>()
        for (let i = 0; i < nodeCount; i++) index.set(nodes[i]!.id, i)
        indexMoved = true
      }
      duplicateIds = index.size !== nodeCount
      if (duplicateIds) indexMoved = true
    }
    // With repeated ids the bookkeeping by position does not hold: check every node.
    const reuseNodes = !duplicateIds && !before.duplicateIds

    // Each edge's ends (−1 when an end is missing: the loader refuses dangling edges and the
    // editor removes them), and whether the edge is exactly as it was.
    const from = new Int32Array(edgeCount)
    const to = new Int32Array(edgeCount)
    const edgeSame = new Uint8Array(edgeCount)
    for (let k = 0; k < edgeCount; k++) {
      const edge = edgeList[k]!
      let s: number
      let t: number
      if (!indexMoved && k < before.edges.length && edge === before.edges[k] && before.from[k]! >= 0) {
        s = before.from[k]!
        t = before.to[k]!
        if (nodeChanged[s] === 0 && nodeChanged[t] === 0) edgeSame[k] = 1
      } else {
        s = index.get(edge.source) ?? -1
        t = index.get(edge.target) ?? -1
        if (s < 0 || t < 0) s = t = -1
      }
      from[k] = s
      to[k] = t
    }
    const { outStart, outEdges, inStart, inEdges } = adjacency(nodeCount, from, to)

    // A second edge between the same two nodes, in the same direction: later copies are duplicates.
    const duplicate = new Uint8Array(edgeCount)
    const lastSource = new Int32Array(nodeCount).fill(-1)
    for (let s = 0; s < nodeCount; s++) {
      for (let p = outStart[s]!; p < outStart[s + 1]!; p++) {
        const k = outEdges[p]!
        const t = to[k]!
        if (lastSource[t] === s) duplicate[k] = 1
        else lastSource[t] = s
      }
    }

    // Nodes whose neighbourhood may have changed: the ends of every edge that is new, gone or
    // moved (before and after), changed nodes and their neighbours.
    const dirty = new Uint8Array(nodeCount)
    const touchOld = (k: number) => {
      if (before.from[k]! < 0) return
      const old = before.edges[k]!
      const s = indexMoved ? index.get(old.source) : before.from[k]
      const t = indexMoved ? index.get(old.target) : before.to[k]
      if (s !== undefined && s < nodeCount) dirty[s] = 1
      if (t !== undefined && t < nodeCount) dirty[t] = 1
    }
    for (let k = 0; k < edgeCount; k++) {
      if (edgeSame[k] === 1) continue
      if (from[k]! >= 0) {
        dirty[from[k]!] = 1
        dirty[to[k]!] = 1
      }
      if (k < before.edges.length) touchOld(k)
    }
    for (let k = edgeCount; k < before.edges.length; k++) touchOld(k)
    if (anyNodeChanged) {
      for (let i = 0; i < nodeCount; i++) {
        if (nodeChanged[i] === 0) continue
        dirty[i] = 1
        for (let p = outStart[i]!; p < outStart[i + 1]!; p++) dirty[to[outEdges[p]!]!] = 1
        for (let p = inStart[i]!; p < inStart[i + 1]!; p++) dirty[from[inEdges[p]!]!] = 1
      }
    }

    // Problems go straight into one list per severity: the order a stable sort would give.
    const errors: Problem[] = []
    const warnings: Problem[] = []
    const infos: Problem[] = []
    const add = (list: readonly Problem[]) => {
      for (const p of list) (p.severity === 'error' ? errors : p.severity === 'warning' ? warnings : infos).push(p)
    }

    // Where an element that is no longer at its old position was, by id: made only when needed.
    let movedEdges: Map<string, number> | undefined
    const oldEdgePosition = (k: number, id: string): number => {
      if (k < before.edges.length && before.edges[k]!.id === id) return k
      if (!movedEdges) {
        movedEdges = new Map()
        for (let q = 0; q < before.edges.length; q++) {
          if (q >= edgeCount || edgeList[q]!.id !== before.edges[q]!.id) movedEdges.set(before.edges[q]!.id, q)
        }
      }
      return movedEdges.get(id) ?? -1
    }

    const edges = new Map<string, EdgeResult>()
    const edgeResults = new Array<EdgeResult | undefined>(edgeCount)
    const edgeProblemLists = new Array<readonly Problem[] | undefined>(edgeCount)
    const duplicates = new Array<Problem | undefined>(edgeCount)
    for (let k = 0; k < edgeCount; k++) {
      const s = from[k]!
      if (s < 0) continue
      const edge = edgeList[k]!
      const source = nodes[s]!
      const target = nodes[to[k]!]!
      let old = edgeSame[k] === 1 ? k : oldEdgePosition(k, edge.id)
      if (
        old >= 0 &&
        edgeSame[k] === 0 &&
        (before.edges[old] !== edge ||
          before.from[old]! < 0 ||
          before.nodes[before.from[old]!]!.service !== source.service ||
          before.nodes[before.to[old]!]!.service !== target.service)
      ) {
        old = -1
      }
      let result: EdgeResult
      let problems: readonly Problem[]
      if (old >= 0) {
        result = before.edgeResults[old]!
        problems = before.edgeProblems[old]!
      } else {
        stats.edgesChecked++
        const check = checkServicePair(source.service, target.service)
        result = edgeResult(edge, check, edge.source === edge.target)
        problems = edgeProblems(edge, source, target, check)
      }
      edgeResults[k] = result
      edgeProblemLists[k] = problems
      edges.set(edge.id, result)
      if (problems.length > 0) add(problems)
      if (duplicate[k] === 1) {
        const warning = (old >= 0 ? before.duplicates[old] : undefined) ?? {
          severity: 'warning',
          code: 'duplicate-edge',
          message: `${serviceName(source.service)} → ${serviceName(target.service)} is drawn more than once. Delete the extra edge.`,
          edgeId: edge.id,
        }
        duplicates[k] = warning
        warnings.push(warning)
      }
    }

    let movedNodes: Map<string, number> | undefined
    const oldNodePosition = (i: number, id: string): number => {
      if (i < before.nodes.length && before.nodes[i]!.id === id) return i
      if (!movedNodes) {
        movedNodes = new Map()
        for (let q = 0; q < before.nodes.length; q++) {
          if (q >= nodeCount || nodes[q]!.id !== before.nodes[q]!.id) movedNodes.set(before.nodes[q]!.id, q)
        }
      }
      return movedNodes.get(id) ?? -1
    }

    /** Whether node `j` has exactly the neighbourhood the node at `old` had last time. */
    const sameHood = (old: number, j: number): boolean => {
      const a = before.nodes[old]!
      const b = nodes[j]!
      if (a.service !== b.service || (a.label ?? '') !== (b.label ?? '')) return false
      const aIn = before.inStart[old]!
      const bIn = inStart[j]!
      const count = inStart[j + 1]! - bIn
      if (before.inStart[old + 1]! - aIn !== count) return false
      for (let p = 0; p < count; p++) {
        const ka = before.inEdges[aIn + p]!
        const kb = inEdges[bIn + p]!
        if (before.edges[ka]!.id !== edgeList[kb]!.id || before.nodes[before.from[ka]!]!.service !== nodes[from[kb]!]!.service) return false
      }
      // Outgoing edges in order, self-loops left out (a node is not its own neighbour).
      let qa = before.outStart[old]!
      let qb = outStart[j]!
      const aEnd = before.outStart[old + 1]!
      const bEnd = outStart[j + 1]!
      for (;;) {
        while (qa < aEnd && before.to[before.outEdges[qa]!] === old) qa++
        while (qb < bEnd && to[outEdges[qb]!] === j) qb++
        if (qa === aEnd || qb === bEnd) return qa === aEnd && qb === bEnd
        const ka = before.outEdges[qa++]!
        const kb = outEdges[qb++]!
        const ea = before.edges[ka]!
        const eb = edgeList[kb]!
        if (ea.id !== eb.id || before.nodes[before.to[ka]!]!.service !== nodes[to[kb]!]!.service || usesFanOut(ea) !== usesFanOut(eb)) return false
      }
    }

    /** The neighbourhood node `j`'s rules look at; built only to check the node, then dropped. */
    const hoodOf = (j: number): Neighbourhood => {
      const inFirst = inStart[j]!
      const incoming = new Array<Neighbourhood['incoming'][number]>(inStart[j + 1]! - inFirst)
      for (let p = 0; p < incoming.length; p++) {
        const k = inEdges[inFirst + p]!
        incoming[p] = { edge: edgeList[k]!, from: nodes[from[k]!]! }
      }
      const outgoing: Neighbourhood['outgoing'] = []
      for (let q = outStart[j]!; q < outStart[j + 1]!; q++) {
        const k = outEdges[q]!
        if (to[k] !== j) outgoing.push({ edge: edgeList[k]!, to: nodes[to[k]!]! })
      }
      return { node: nodes[j]!, incoming, outgoing }
    }

    const nodeProblems = new Map<string, Problem[]>()
    const nodeProblemLists = new Array<Problem[]>(nodeCount)
    for (let i = 0; i < nodeCount; i++) {
      const id = nodes[i]!.id
      let problems: Problem[]
      if (reuseNodes && dirty[i] === 0) {
        problems = before.nodeProblems[i]!
      } else {
        const j = duplicateIds ? index.get(id)! : i
        const old = reuseNodes ? oldNodePosition(i, id) : -1
        if (old >= 0 && sameHood(old, j)) {
          problems = before.nodeProblems[old]!
        } else {
          stats.nodesChecked++
          problems = checkNode(hoodOf(j))
        }
      }
      nodeProblemLists[i] = problems
      if (problems.length > 0) {
        nodeProblems.set(id, problems)
        add(problems)
      }
    }

    last = {
      nodes: nodes.slice(),
      edges: edgeList.slice(),
      index,
      duplicateIds,
      from,
      to,
      outStart,
      outEdges,
      inStart,
      inEdges,
      edgeResults,
      edgeProblems: edgeProblemLists,
      duplicates,
      nodeProblems: nodeProblemLists,
    }

    const counts = { error: errors.length, warning: warnings.length, info: infos.length }
    const problems = errors
    for (const p of warnings) problems.push(p)
    for (const p of infos) problems.push(p)
    return { problems, edges, nodeProblems, counts }
  }

  return { validate, stats }
}

export type Validator = ReturnType<typeof createValidator>

/** One-shot validation, for the CLI and tests. */
export function validateDiagram(diagram: Diagram): ValidationResult {
  return createValidator().validate(diagram)
}
