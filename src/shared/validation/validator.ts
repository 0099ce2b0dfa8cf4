import { awsDoc, formatCitation } from '../catalog/citations'
import { supportsEnhancedFanOut } from '../catalog/consumerCapabilities'
import { serviceName } from '../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/types'
import { checkServicePair, citationText, type PairCheck } from './edgeCheck'
import { checkNode, type Neighbourhood } from './graphRules'
import { registerEdgeEnds, registerIndex } from '../graph/idIndex'
import { countPresent, PositionMap, type ReadonlyLookup } from '../graph/positionMap'
import { OWN_RULE_CITATIONS } from './ownRules'
import type { Problem } from './problems'

export interface EdgeResult {
  id: string
  verdict: PairCheck['verdict']
  reason: string
  mechanism?: string
  /** The mechanism's id and what the edge carries, when it is documented. */
  mechanismId?: string
  carries?: PairCheck['carries']
  citation?: string
}

export interface ValidationResult {
  /** Errors, then warnings, then notes; within each, edges in order, then nodes. */
  readonly problems: Problem[]
  readonly edges: ReadonlyLookup<EdgeResult>
  /** Problems attached to each node (rules about the node and its neighbours). */
  readonly nodeProblems: ReadonlyLookup<Problem[]>
  readonly counts: Counts
}

type Counts = { error: number; warning: number; info: number }

export interface ValidatorStats {
  /** Edges whose verdict was (re)computed by the last `validate` call. */
  edgesChecked: number
  /** Nodes whose rules were (re)evaluated by the last `validate` call. */
  nodesChecked: number
}

/** Enhanced fan-out is registered by KCL 2.x+, Lambda and Managed Flink consumers (AWS's page). */
const EFO_CITATION = formatCitation(
  awsDoc(
    'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
    'Kinesis Data Streams: develop enhanced fan-out consumers with dedicated throughput'
  )
)

/** Shared by every edge without problems; never handed out, only spread. */
const NO_PROBLEMS: readonly Problem[] = []

function edgeProblems(
  edge: DiagramEdge,
  source: DiagramNode,
  target: DiagramNode,
  check: PairCheck
): readonly Problem[] {
  if (edge.source === edge.target) {
    return [
      {
        severity: 'error',
        code: 'self-loop',
        message: `${serviceName(source.service)} is connected to itself. Remove the edge, or add a second ${serviceName(source.service)} if data really flows between two of them.`,
        edgeId: edge.id,
        nodeId: source.id,
        citation: OWN_RULE_CITATIONS['self-loop']
      }
    ]
  }
  const efoMisused =
    edge.config?.enhancedFanOut === true &&
    (source.service !== 'kinesis-data-streams' || !supportsEnhancedFanOut(target.service))
  const named = mechanismOf(edge)
  // The check uses the named mechanism when it connects the pair, else the pair's default.
  const unknownMechanism = named !== undefined && check.mechanismId !== named
  if (check.verdict === 'ok' && !efoMisused && !unknownMechanism) return NO_PROBLEMS
  const problems: Problem[] = []
  if (unknownMechanism) {
    const choices = check.choices?.map((c) => `"${c.id}" (${c.label})`)
    problems.push({
      severity: 'warning',
      code: 'unknown-mechanism',
      message: `The edge names mechanism "${named.slice(0, 60)}", which does not connect ${serviceName(source.service)} to ${serviceName(target.service)}${
        check.mechanism ? `; it is checked as ${check.mechanism} instead` : ''
      }. ${choices ? `Choose one of ${choices.join(', ')} in the inspector.` : 'Remove the setting.'}`,
      edgeId: edge.id,
      citation: OWN_RULE_CITATIONS['unknown-mechanism']
    })
  }
  if (efoMisused) {
    problems.push({
      severity: 'warning',
      code: 'efo-unsupported',
      message:
        source.service === 'kinesis-data-streams'
          ? `${serviceName(target.service)} cannot register as an enhanced fan-out consumer; it reads with the shard's shared throughput. Turn the setting off, or read through Lambda, a KCL application or Managed Flink.`
          : `Enhanced fan-out is a Kinesis Data Streams setting; it has no effect on an edge from ${serviceName(source.service)}. Turn it off.`,
      edgeId: edge.id,
      citation: EFO_CITATION
    })
  }
  if (check.verdict === 'ok') return problems
  const problem: Problem = {
    severity: check.verdict,
    code: check.verdict === 'error' ? 'not-integrated' : 'integration-caveat',
    message: check.reason,
    edgeId: edge.id
  }
  const citation = citationOf(check)
  if (citation !== undefined) problem.citation = citation
  if (check.insert && check.insert.length > 0) {
    problem.fix = {
      kind: 'insert-services',
      edgeId: edge.id,
      services: check.insert,
      description: `Insert ${check.insert.map(serviceName).join(' → ')}`
    }
  }
  return [problem, ...problems]
}

/** A pair's citation formatted once, not once per edge: pair checks are memoised, so this is small. */
const CITATIONS = new WeakMap<PairCheck, string | undefined>()

function citationOf(check: PairCheck): string | undefined {
  if (!check.citation && !check.citations?.length) return undefined
  let text = CITATIONS.get(check)
  if (text === undefined) {
    text = citationText(check)
    CITATIONS.set(check, text)
  }
  return text
}

function edgeResult(edge: DiagramEdge, check: PairCheck, selfLoop: boolean): EdgeResult {
  if (selfLoop)
    return {
      id: edge.id,
      verdict: 'error',
      reason: 'A node cannot feed itself.',
      citation: OWN_RULE_CITATIONS['self-loop']
    }
  const result: EdgeResult = { id: edge.id, verdict: check.verdict, reason: check.reason }
  if (check.mechanism) result.mechanism = check.mechanism
  if (check.mechanismId) result.mechanismId = check.mechanismId
  if (check.carries) result.carries = check.carries
  const citation = citationOf(check)
  if (citation !== undefined) result.citation = citation
  return result
}

/** The mechanism the edge names, if it names one as a string. */
function mechanismOf(edge: DiagramEdge): string | undefined {
  const value = edge.config?.mechanism
  return typeof value === 'string' ? value : undefined
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
interface Snapshot {
  /**
   * Copies of what was validated, which later calls extend: the caller's lists are immutable
   * (an array changed in place is not seen as changed), but they are its own. `edges` and the
   * arrays by edge position have room past `edgeCount`, filled in place when edges are
   * appended: growing four 15,000-element arrays made the first connection after opening a
   * large diagram cost eight times the next.
   */
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  edgeCount: number
  /**
   * The caller's own arrays, last seen holding exactly `nodes` and `edges`: lists are immutable
   * like everything in a diagram, so the same array again needs no element-by-element look.
   */
  nodesSeen: readonly DiagramNode[] | undefined
  edgesSeen: readonly DiagramEdge[] | undefined
  /** Node id → position and edge id → position. Both grow in place when fresh ids are appended. */
  index: Map<string, number>
  duplicateIds: boolean
  edgeIndex: Map<string, number>
  repeatedEdgeIds: boolean
  /** Each edge's end positions; −1 for an edge with a missing end. May be longer than `edges`. */
  from: Int32Array
  to: Int32Array
  /** Edges grouped by node for the first `adjacent` edges; the rest were appended since. */
  adjacency: Adjacency
  adjacent: number
  edgeResults: Array<EdgeResult | undefined>
  edgeProblems: Array<readonly Problem[] | undefined>
  /** The `duplicate-edge` warning of each edge that is a second copy. */
  duplicates: Array<Problem | undefined>
  /** Undefined for a node without problems. */
  nodeProblems: Array<Problem[] | undefined>
  edgeResultCount: number
  nodeProblemCount: number
  counts: Counts
  result: ValidationResult | undefined
}

function emptySnapshot(): Snapshot {
  const none = new Int32Array(1)
  return {
    nodes: [],
    edges: [],
    edgeCount: 0,
    nodesSeen: undefined,
    edgesSeen: undefined,
    index: new Map(),
    duplicateIds: false,
    edgeIndex: new Map(),
    repeatedEdgeIds: false,
    from: new Int32Array(0),
    to: new Int32Array(0),
    adjacency: { outStart: none, outEdges: none, inStart: none, inEdges: none },
    adjacent: 0,
    edgeResults: [],
    edgeProblems: [],
    duplicates: [],
    nodeProblems: [],
    edgeResultCount: 0,
    nodeProblemCount: 0,
    counts: { error: 0, warning: 0, info: 0 },
    result: undefined
  }
}

/** Appended edges looked at one by one before the adjacency is rebuilt. */
const MAX_UNGROUPED_EDGES = 64

function tally(counts: Counts, list: readonly Problem[] | undefined, sign: 1 | -1): void {
  if (list) for (const p of list) counts[p.severity] += sign
}

/** What a result's problem list is made from, up to the result's own lengths. */
interface Found {
  edgeCount: number
  edgeProblems: ReadonlyArray<readonly Problem[] | undefined>
  duplicates: ReadonlyArray<Problem | undefined>
  nodeCount: number
  nodeProblems: ReadonlyArray<Problem[] | undefined>
}

function problemList(found: Found): Problem[] {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const infos: Problem[] = []
  const add = (p: Problem) =>
    (p.severity === 'error' ? errors : p.severity === 'warning' ? warnings : infos).push(p)
  for (let k = 0; k < found.edgeCount; k++) {
    const list = found.edgeProblems[k]
    if (list) for (const p of list) add(p)
    const duplicate = found.duplicates[k]
    if (duplicate) add(duplicate)
  }
  for (let i = 0; i < found.nodeCount; i++) {
    const list = found.nodeProblems[i]
    if (list) for (const p of list) add(p)
  }
  for (const p of warnings) errors.push(p)
  for (const p of infos) errors.push(p)
  return errors
}

/**
 * A validation result. The flat problem list is put together when first read: an edit changes
 * a handful of entries, and listing every problem of a large diagram again would cost more
 * than the edit's re-check.
 */
class Result implements ValidationResult {
  #problems: Problem[] | undefined
  readonly #found: Found

  constructor(
    readonly edges: ReadonlyLookup<EdgeResult>,
    readonly nodeProblems: ReadonlyLookup<Problem[]>,
    readonly counts: Counts,
    found: Found
  ) {
    this.#found = found
  }

  get problems(): Problem[] {
    return (this.#problems ??= problemList(this.#found))
  }
}

function resultOf(s: Snapshot): ValidationResult {
  const edgeCount = s.edgeCount
  const nodeCount = s.nodes.length
  return new Result(
    new PositionMap(s.edgeIndex, s.edges, s.edgeResults, edgeCount, s.edgeResultCount),
    new PositionMap(s.index, s.nodes, s.nodeProblems, nodeCount, s.nodeProblemCount),
    { ...s.counts },
    {
      edgeCount,
      edgeProblems: s.edgeProblems,
      duplicates: s.duplicates,
      nodeCount,
      nodeProblems: s.nodeProblems
    }
  )
}

/**
 * Validates a diagram and remembers what it found, so that the next call re-checks only the
 * edges that changed and the nodes whose neighbourhood changed. Diagrams are treated as
 * immutable: a changed edge, node or list of them is a new object.
 *
 * A node's rules depend on its service and label and, in order, the ids and services of its
 * neighbours and whether each outgoing edge uses enhanced fan-out. The graph is held in index
 * arrays and so is what the last call found. The editor's commonest edit, connecting two nodes,
 * takes a path of its own: the nodes and earlier edges are compared by reference, the new
 * edges and their ends are checked, and everything else (the adjacency, the result's maps and
 * arrays) is extended in place rather than rebuilt. Any other edit compares node by node: a
 * node whose object, edges and neighbours are the same objects in the same places keeps its
 * problems without a look, any other node that was there before is compared field by field
 * with its neighbourhood then, and only a node whose neighbourhood differs is checked again.
 */
export function createValidator() {
  let last = emptySnapshot()
  const stats: ValidatorStats = { edgesChecked: 0, nodesChecked: 0 }

  function validate(diagram: Diagram): ValidationResult {
    stats.edgesChecked = 0
    stats.nodesChecked = 0
    return appendedEdges(diagram) ?? everything(diagram)
  }

  /** Nodes as they were and edges only appended (or nothing changed): the edit connecting nodes. */
  function appendedEdges(diagram: Diagram): ValidationResult | undefined {
    const s = last
    const nodes = diagram.nodes
    const edgeList = diagram.edges
    const nodeCount = nodes.length
    const before = s.edgeCount
    const edgeCount = edgeList.length
    if (
      !s.result ||
      s.duplicateIds ||
      s.repeatedEdgeIds ||
      nodeCount !== s.nodes.length ||
      edgeCount < before
    )
      return undefined
    if (nodes !== s.nodesSeen) {
      for (let i = 0; i < nodeCount; i++) if (nodes[i] !== s.nodes[i]) return undefined
      s.nodesSeen = nodes
      registerIndex(nodes, s.index)
    }
    if (edgeList === s.edgesSeen && edgeCount === before) return s.result
    for (let k = 0; k < before; k++) if (edgeList[k] !== s.edges[k]) return undefined
    s.edgesSeen = edgeList
    if (edgeCount === before) {
      registerIndex(edgeList, s.edgeIndex)
      return s.result
    }
    for (let k = before; k < edgeCount; k++) {
      const id = edgeList[k]!.id
      if (s.edgeIndex.has(id)) return undefined
      for (let q = before; q < k; q++) if (edgeList[q]!.id === id) return undefined
    }

    if (s.from.length < edgeCount) {
      const capacity = Math.max(edgeCount, 2 * s.from.length, 16)
      const from = new Int32Array(capacity)
      const to = new Int32Array(capacity)
      from.set(s.from.subarray(0, before))
      to.set(s.to.subarray(0, before))
      s.from = from
      s.to = to
    }
    const { from, to, index } = s
    const { outStart, outEdges, inStart, inEdges } = s.adjacency
    const counts = { ...s.counts }
    const dirty: number[] = []
    for (let k = before; k < edgeCount; k++) {
      const edge = edgeList[k]!
      let a = index.get(edge.source) ?? -1
      let b = index.get(edge.target) ?? -1
      if (a < 0 || b < 0) a = b = -1
      from[k] = a
      to[k] = b
      s.edges[k] = edge
      s.edgeIndex.set(edge.id, k)
      s.edgeCount = k + 1
      if (a < 0) {
        s.edgeResults[k] = undefined
        s.edgeProblems[k] = undefined
        s.duplicates[k] = undefined
        continue
      }
      let copy = false
      for (let p = outStart[a]!; !copy && p < outStart[a + 1]!; p++) copy = to[outEdges[p]!] === b
      for (let q = s.adjacent; !copy && q < k; q++) copy = from[q] === a && to[q] === b
      const source = nodes[a]!
      const target = nodes[b]!
      stats.edgesChecked++
      const check = checkServicePair(source.service, target.service, mechanismOf(edge))
      const problems = edgeProblems(edge, source, target, check)
      s.edgeResults[k] = edgeResult(edge, check, a === b)
      s.edgeProblems[k] = problems
      s.edgeResultCount++
      tally(counts, problems, 1)
      const duplicate: Problem | undefined = copy
        ? duplicateWarning(edge, source, target)
        : undefined
      s.duplicates[k] = duplicate
      if (duplicate) counts.warning++
      // A self-loop is not part of its node's neighbourhood.
      if (a !== b) dirty.push(a, b)
    }

    const hoodOf = (j: number): Neighbourhood => {
      const incoming: Neighbourhood['incoming'] = []
      const outgoing: Neighbourhood['outgoing'] = []
      for (let p = inStart[j]!; p < inStart[j + 1]!; p++)
        incoming.push({ edge: s.edges[inEdges[p]!]!, from: nodes[from[inEdges[p]!]!]! })
      for (let q = s.adjacent; q < edgeCount; q++)
        if (to[q] === j && from[q] !== j && from[q]! >= 0)
          incoming.push({ edge: s.edges[q]!, from: nodes[from[q]!]! })
      for (let p = outStart[j]!; p < outStart[j + 1]!; p++) {
        const k = outEdges[p]!
        if (to[k] !== j) outgoing.push({ edge: s.edges[k]!, to: nodes[to[k]!]! })
      }
      for (let q = s.adjacent; q < edgeCount; q++)
        if (from[q] === j && to[q] !== j) outgoing.push({ edge: s.edges[q]!, to: nodes[to[q]!]! })
      return { node: nodes[j]!, incoming, outgoing }
    }
    const nodeProblems = s.nodeProblems.slice()
    for (let d = 0; d < dirty.length; d++) {
      const j = dirty[d]!
      if (dirty.indexOf(j) !== d) continue
      stats.nodesChecked++
      const found = checkNode(hoodOf(j))
      const now = found.length > 0 ? found : undefined
      const was = nodeProblems[j]
      tally(counts, was, -1)
      tally(counts, now, 1)
      s.nodeProblemCount += (now ? 1 : 0) - (was ? 1 : 0)
      nodeProblems[j] = now
    }
    s.nodeProblems = nodeProblems
    s.counts = counts
    if (edgeCount - s.adjacent > MAX_UNGROUPED_EDGES) {
      s.adjacency = adjacency(nodeCount, from.subarray(0, edgeCount), to.subarray(0, edgeCount))
      s.adjacent = edgeCount
    }
    s.result = resultOf(s)
    registerIndex(edgeList, s.edgeIndex)
    registerEdgeEnds(edgeList, nodes, { from: s.from, to: s.to })
    return s.result
  }

  /** Any edit: every node and edge compared with what was there before. */
  function everything(diagram: Diagram): ValidationResult {
    const nodes = diagram.nodes
    const edgeList = diagram.edges
    const nodeCount = nodes.length
    const edgeCount = edgeList.length
    const before = last
    if (before.adjacent < before.edgeCount) {
      before.adjacency = adjacency(
        before.nodes.length,
        before.from.subarray(0, before.edgeCount),
        before.to.subarray(0, before.edgeCount)
      )
      before.adjacent = before.edgeCount
    }
    const old = before.adjacency

    // Nodes that are not the same object in the same place as last time.
    const nodeChanged = new Uint8Array(nodeCount)
    let prefix = 0 // how many leading nodes are unchanged
    while (
      prefix < nodeCount &&
      prefix < before.nodes.length &&
      nodes[prefix] === before.nodes[prefix]
    )
      prefix++
    const anyNodeChanged = prefix !== nodeCount || nodeCount !== before.nodes.length
    for (let i = prefix; i < nodeCount; i++)
      nodeChanged[i] = i >= before.nodes.length || nodes[i] !== before.nodes[i] ? 1 : 0

    // Node id → position; with repeated ids (the loader refuses them) the last one wins, as edges
    // see it. Replacing nodes in place (a move, a new label) and appending nodes with fresh ids
    // keep every earlier id where it was, and the map grows in place.
    let index = before.index
    let duplicateIds = before.duplicateIds
    let indexMoved = false
    if (anyNodeChanged) {
      let sameIds = nodeCount >= before.nodes.length && !duplicateIds
      for (let i = prefix; sameIds && i < before.nodes.length; i++)
        sameIds = nodes[i]!.id === before.nodes[i]!.id
      for (let i = before.nodes.length; sameIds && i < nodeCount; i++)
        sameIds = !index.has(nodes[i]!.id)
      if (sameIds) {
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
    // Room for edges connected next, so that the first connection does not copy these.
    const from = new Int32Array(edgeCount + MAX_UNGROUPED_EDGES)
    const to = new Int32Array(edgeCount + MAX_UNGROUPED_EDGES)
    const edgeSame = new Uint8Array(edgeCount)
    let edgePrefix = 0 // how many leading edges are the same objects as last time
    for (let k = 0; k < edgeCount; k++) {
      const edge = edgeList[k]!
      let s: number
      let t: number
      const kept = k < before.edgeCount && edge === before.edges[k]
      if (kept && edgePrefix === k) edgePrefix++
      if (!indexMoved && kept && before.from[k]! >= 0) {
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
    const { outStart, outEdges, inStart, inEdges } = adjacency(
      nodeCount,
      from.subarray(0, edgeCount),
      to.subarray(0, edgeCount)
    )

    // Edge id → position: kept, and grown in place, while earlier edges stay where they were and
    // appended ones have fresh ids. An appended id already in the map (a repeat, or a removed
    // edge's) means a new map; the fresh ones set before it are harmless, as earlier results
    // never look past their own length.
    let edgeIndex = before.edgeIndex
    let reuseEdgeIndex =
      !before.repeatedEdgeIds && edgePrefix >= Math.min(edgeCount, before.edgeCount)
    for (let k = before.edgeCount; reuseEdgeIndex && k < edgeCount; k++) {
      const id = edgeList[k]!.id
      if (edgeIndex.has(id)) reuseEdgeIndex = false
      else edgeIndex.set(id, k)
    }
    if (!reuseEdgeIndex) {
      edgeIndex = new Map<string, number>()
      for (let k = 0; k < edgeCount; k++) edgeIndex.set(edgeList[k]!.id, k)
    }
    // A reused map has stale ids of removed edges (larger, never smaller) but no repeats.
    const repeatedEdgeIds = !reuseEdgeIndex && edgeIndex.size !== edgeCount

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
      const oldEdge = before.edges[k]!
      const s = indexMoved ? index.get(oldEdge.source) : before.from[k]
      const t = indexMoved ? index.get(oldEdge.target) : before.to[k]
      if (s !== undefined && s < nodeCount) dirty[s] = 1
      if (t !== undefined && t < nodeCount) dirty[t] = 1
    }
    for (let k = 0; k < edgeCount; k++) {
      if (edgeSame[k] === 1) continue
      if (from[k]! >= 0) {
        dirty[from[k]!] = 1
        dirty[to[k]!] = 1
      }
      if (k < before.edgeCount) touchOld(k)
    }
    for (let k = edgeCount; k < before.edgeCount; k++) touchOld(k)
    if (anyNodeChanged) {
      for (let i = 0; i < nodeCount; i++) {
        if (nodeChanged[i] === 0) continue
        dirty[i] = 1
        for (let p = outStart[i]!; p < outStart[i + 1]!; p++) dirty[to[outEdges[p]!]!] = 1
        for (let p = inStart[i]!; p < inStart[i + 1]!; p++) dirty[from[inEdges[p]!]!] = 1
      }
    }

    const counts: Counts = { error: 0, warning: 0, info: 0 }

    // Where an element that is no longer at its old position was, by id: made only when needed.
    let movedEdges: Map<string, number> | undefined
    const oldEdgePosition = (k: number, id: string): number => {
      if (k < before.edgeCount && before.edges[k]!.id === id) return k
      if (!movedEdges) {
        movedEdges = new Map()
        for (let q = 0; q < before.edgeCount; q++) {
          if (q >= edgeCount || edgeList[q]!.id !== before.edges[q]!.id)
            movedEdges.set(before.edges[q]!.id, q)
        }
      }
      return movedEdges.get(id) ?? -1
    }

    const edgeResults = new Array<EdgeResult | undefined>(edgeCount + MAX_UNGROUPED_EDGES)
    const edgeProblemLists = new Array<readonly Problem[] | undefined>(
      edgeCount + MAX_UNGROUPED_EDGES
    )
    const duplicates = new Array<Problem | undefined>(edgeCount + MAX_UNGROUPED_EDGES)
    for (let k = 0; k < edgeCount; k++) {
      const s = from[k]!
      if (s < 0) continue
      const edge = edgeList[k]!
      const source = nodes[s]!
      const target = nodes[to[k]!]!
      let oldAt = edgeSame[k] === 1 ? k : oldEdgePosition(k, edge.id)
      if (
        oldAt >= 0 &&
        edgeSame[k] === 0 &&
        (before.edges[oldAt] !== edge ||
          before.from[oldAt]! < 0 ||
          before.nodes[before.from[oldAt]!]!.service !== source.service ||
          before.nodes[before.to[oldAt]!]!.service !== target.service)
      ) {
        oldAt = -1
      }
      let result: EdgeResult
      let problems: readonly Problem[]
      if (oldAt >= 0) {
        result = before.edgeResults[oldAt]!
        problems = before.edgeProblems[oldAt]!
      } else {
        stats.edgesChecked++
        const check = checkServicePair(source.service, target.service, mechanismOf(edge))
        result = edgeResult(edge, check, edge.source === edge.target)
        problems = edgeProblems(edge, source, target, check)
      }
      edgeResults[k] = result
      edgeProblemLists[k] = problems
      tally(counts, problems, 1)
      if (duplicate[k] === 1) {
        duplicates[k] =
          (oldAt >= 0 ? before.duplicates[oldAt] : undefined) ??
          duplicateWarning(edge, source, target)
        counts.warning++
      }
    }

    let movedNodes: Map<string, number> | undefined
    const oldNodePosition = (i: number, id: string): number => {
      if (i < before.nodes.length && before.nodes[i]!.id === id) return i
      if (!movedNodes) {
        movedNodes = new Map()
        for (let q = 0; q < before.nodes.length; q++) {
          if (q >= nodeCount || nodes[q]!.id !== before.nodes[q]!.id)
            movedNodes.set(before.nodes[q]!.id, q)
        }
      }
      return movedNodes.get(id) ?? -1
    }

    /** Whether node `j` has exactly the neighbourhood the node at `at` had last time. */
    const sameHood = (at: number, j: number): boolean => {
      const a = before.nodes[at]!
      const b = nodes[j]!
      if (a.service !== b.service || (a.label ?? '') !== (b.label ?? '')) return false
      const aIn = old.inStart[at]!
      const bIn = inStart[j]!
      const count = inStart[j + 1]! - bIn
      if (old.inStart[at + 1]! - aIn !== count) return false
      for (let p = 0; p < count; p++) {
        const ka = old.inEdges[aIn + p]!
        const kb = inEdges[bIn + p]!
        if (
          before.edges[ka]!.id !== edgeList[kb]!.id ||
          before.nodes[before.from[ka]!]!.service !== nodes[from[kb]!]!.service
        )
          return false
      }
      // Outgoing edges in order, self-loops left out (a node is not its own neighbour).
      let qa = old.outStart[at]!
      let qb = outStart[j]!
      const aEnd = old.outStart[at + 1]!
      const bEnd = outStart[j + 1]!
      for (;;) {
        while (qa < aEnd && before.to[old.outEdges[qa]!] === at) qa++
        while (qb < bEnd && to[outEdges[qb]!] === j) qb++
        if (qa === aEnd || qb === bEnd) return qa === aEnd && qb === bEnd
        const ka = old.outEdges[qa++]!
        const kb = outEdges[qb++]!
        const ea = before.edges[ka]!
        const eb = edgeList[kb]!
        if (
          ea.id !== eb.id ||
          before.nodes[before.to[ka]!]!.service !== nodes[to[kb]!]!.service ||
          usesFanOut(ea) !== usesFanOut(eb)
        )
          return false
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

    const nodeProblemLists = new Array<Problem[] | undefined>(nodeCount)
    let nodeProblemCount = 0
    for (let i = 0; i < nodeCount; i++) {
      const id = nodes[i]!.id
      let problems: Problem[] | undefined
      if (reuseNodes && dirty[i] === 0) {
        problems = before.nodeProblems[i]
      } else {
        const j = duplicateIds ? index.get(id)! : i
        const at = reuseNodes ? oldNodePosition(i, id) : -1
        if (at >= 0 && sameHood(at, j)) {
          problems = before.nodeProblems[at]
        } else {
          stats.nodesChecked++
          const found = checkNode(hoodOf(j))
          problems = found.length > 0 ? found : undefined
        }
      }
      nodeProblemLists[i] = problems
      if (problems) {
        tally(counts, problems, 1)
        if (!duplicateIds || index.get(id) === i) nodeProblemCount++
      }
    }

    const nodesCopy = nodes.slice()
    const edgesCopy = new Array<DiagramEdge>(edgeCount + MAX_UNGROUPED_EDGES)
    for (let k = 0; k < edgeCount; k++) edgesCopy[k] = edgeList[k]!
    last = {
      nodes: nodesCopy,
      edges: edgesCopy,
      edgeCount,
      nodesSeen: nodes,
      edgesSeen: edgeList,
      index,
      duplicateIds,
      edgeIndex,
      repeatedEdgeIds,
      from,
      to,
      adjacency: { outStart, outEdges, inStart, inEdges },
      adjacent: edgeCount,
      edgeResults,
      edgeProblems: edgeProblemLists,
      duplicates,
      nodeProblems: nodeProblemLists,
      edgeResultCount: countPresent(edgeIndex, edgesCopy, edgeResults, edgeCount, repeatedEdgeIds),
      nodeProblemCount,
      counts,
      result: undefined
    }
    last.result = resultOf(last)
    registerIndex(nodes, index)
    registerIndex(edgeList, edgeIndex)
    if (!duplicateIds) registerEdgeEnds(edgeList, nodes, { from, to })
    return last.result
  }

  return { validate, stats }
}

function duplicateWarning(edge: DiagramEdge, source: DiagramNode, target: DiagramNode): Problem {
  return {
    severity: 'warning',
    code: 'duplicate-edge',
    message: `${serviceName(source.service)} → ${serviceName(target.service)} is drawn more than once. Delete the extra edge.`,
    edgeId: edge.id,
    citation: OWN_RULE_CITATIONS['duplicate-edge']
  }
}

export type Validator = ReturnType<typeof createValidator>

/** One-shot validation, for the CLI and tests. */
export function validateDiagram(diagram: Diagram): ValidationResult {
  return createValidator().validate(diagram)
}
