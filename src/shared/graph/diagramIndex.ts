import type { DiagramEdge, DiagramNode } from '../diagram/types'
import { groupEdges, hasSelfLoops, type Adjacency } from './adjacency'
import { positionIn } from './positions'

/** What the index reads of a diagram: its node and edge lists, never changed. */
export interface GraphLists {
  readonly nodes: readonly DiagramNode[]
  readonly edges: readonly DiagramEdge[]
}

/** Each edge's end positions in the node list; −1 for both ends when either is missing. */
export interface EdgeEnds {
  /** Longer than the edge list when there is room for edges appended later: read below its length. */
  readonly from: Int32Array
  readonly to: Int32Array
}

/** Appended edges left ungrouped before the adjacency is built again. */
export const MAX_UNGROUPED_EDGES = 64

/**
 * A map or array that the indexes of later versions share and grow in place. Only the index that
 * last took it may grow it: a second version derived from the same one gets its own, so no index
 * ever sees another branch's entries where its own should be.
 */
export interface Shared<T> {
  value: T
  owner: object
}

/** What an index is made of; `appendedTo` is the token of the version it only appended edges to. */
export interface IndexParts {
  appendedTo?: object
  nodeIds: Shared<Map<string, number>>
  repeatedNodeIds: boolean
  edgeIds: Shared<Map<string, number>>
  repeatedEdgeIds: boolean
  ends: Shared<EdgeEnds>
  grouping?: Grouping
}

/** The adjacency of the first `grouped` edges; the edges after them were appended since. */
export interface Grouping {
  readonly adjacency: Adjacency
  readonly grouped: number
}

/**
 * Where everything is in one version of a diagram: node and edge positions by id, each edge's
 * ends, and the edges grouped by node. Made once per version by whoever holds the version (the
 * editor's analysis, the CLI, a test) and handed to both validation and estimation, so neither
 * hashes the ids or groups the edges again. Built from the previous version's index, it shares
 * and extends what is unchanged: when only edges were appended (connecting two nodes, the
 * commonest edit), its maps and arrays are the previous ones, grown in place past the lengths
 * the previous version reads.
 */
export class DiagramIndex {
  readonly nodes: GraphLists['nodes']
  readonly edges: GraphLists['edges']
  /** Whether two nodes share an id (the loader refuses them; the last one is the id's). */
  readonly repeatedNodeIds: boolean
  /** Whether two edges share an id. */
  readonly repeatedEdgeIds: boolean
  /** Identifies this version to the index derived from it, without holding on to it. */
  readonly #token: object = {}
  /** The token of the version this one only appended edges to (same nodes, earlier edges kept). */
  readonly #appendedTo: object | undefined
  readonly #nodeIds: Shared<Map<string, number>>
  readonly #edgeIds: Shared<Map<string, number>>
  readonly #ends: Shared<EdgeEnds>
  #grouping: Grouping | undefined
  #flow: Adjacency | undefined

  /** Made by indexDiagram() (indexDiagram.ts), which works the parts out. */
  constructor(lists: GraphLists, parts: IndexParts) {
    this.nodes = lists.nodes
    this.edges = lists.edges
    this.#appendedTo = parts.appendedTo
    this.#nodeIds = parts.nodeIds
    this.repeatedNodeIds = parts.repeatedNodeIds
    this.#edgeIds = parts.edgeIds
    this.repeatedEdgeIds = parts.repeatedEdgeIds
    this.#ends = parts.ends
    this.#grouping = parts.grouping
    // This version now owns what it shares: it alone may grow it next.
    parts.nodeIds.owner = this.#token
    parts.edgeIds.owner = this.#token
    parts.ends.owner = this.#token
  }

  /**
   * Node id → position. It may be shared with later versions and hold their ids too: look up
   * with nodePosition(), or check the position as positionIn() does.
   */
  get nodeIds(): ReadonlyMap<string, number> {
    return this.#nodeIds.value
  }

  /** Edge id → position; shared like nodeIds, and may hold ids of edges removed since. */
  get edgeIds(): ReadonlyMap<string, number> {
    return this.#edgeIds.value
  }

  get ends(): EdgeEnds {
    return this.#ends.value
  }

  nodePosition(id: string): number {
    return positionIn(this.#nodeIds.value, this.nodes, id)
  }

  edgePosition(id: string): number {
    return positionIn(this.#edgeIds.value, this.edges, id)
  }

  /** Whether this version is `previous` with edges appended (or nothing changed) and the same nodes. */
  appendsTo(previous: DiagramIndex): boolean {
    return this.#appendedTo === previous.#token
  }

  /** Every edge grouped by node; self-loops are outgoing edges (see Adjacency). */
  get adjacency(): Adjacency {
    const g = this.#grouping
    if (g && g.grouped === this.edges.length) return g.adjacency
    return this.#group().adjacency
  }

  /**
   * The adjacency of the first `grouped` edges, the rest (at most MAX_UNGROUPED_EDGES) appended
   * since: after a connection, the validator looks at the new edges one by one rather than
   * grouping 15,000 again.
   */
  partialAdjacency(): Grouping {
    const g = this.#grouping
    if (g && this.edges.length - g.grouped <= MAX_UNGROUPED_EDGES) return g
    return this.#group()
  }

  /** The edges that carry traffic, grouped by node: self-loops left out of both lists. */
  get flowAdjacency(): Adjacency {
    if (this.#flow) return this.#flow
    const all = this.adjacency
    const ends = this.#ends.value
    this.#flow = hasSelfLoops(all)
      ? groupEdges(this.nodes.length, ends.from, ends.to, this.edges.length, false)
      : all
    return this.#flow
  }

  #group(): Grouping {
    const ends = this.#ends.value
    const adjacency = groupEdges(this.nodes.length, ends.from, ends.to, this.edges.length, true)
    this.#grouping = { adjacency, grouped: this.edges.length }
    return this.#grouping
  }

  /** What indexDiagram() derives the next version from; nothing else should need it. */
  static parts(index: DiagramIndex) {
    const token = index.#token
    return {
      nodeIds: index.#nodeIds,
      edgeIds: index.#edgeIds,
      ends: index.#ends,
      grouping: index.#grouping,
      mayGrow: (shared: Shared<unknown>) => shared.owner === token,
      token
    }
  }
}
