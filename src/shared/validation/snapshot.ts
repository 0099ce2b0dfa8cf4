import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { countPresent, PositionMap } from '../graph/positionMap'
import type { EdgeResult } from './edgeVerdicts'
import type { Problem } from './problems'
import { Result, type Counts, type ValidationResult } from './validationResult'

/**
 * What one validation saw and found, by position, for the next to compare with. The arrays by
 * edge position have room past the edge count, filled in place when edges are appended: growing
 * four 15,000-element arrays made the first connection after opening a large diagram cost eight
 * times the next. Earlier results read only below their own lengths, so they stay as they were.
 */
export interface Snapshot {
  /** The index of the version validated: its lists, id maps, edge ends and adjacency. */
  index: DiagramIndex
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

export interface ValidatorStats {
  /** Edges whose verdict was (re)computed by the last `validate` call. */
  edgesChecked: number
  /** Nodes whose rules were (re)evaluated by the last `validate` call. */
  nodesChecked: number
}

export function emptySnapshot(): Snapshot {
  return {
    index: indexDiagram({ nodes: [], edges: [] }),
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

/** The result's maps are views by position over the snapshot's arrays, not maps of their own. */
export function resultOf(s: Snapshot): ValidationResult {
  const { index } = s
  const edgeCount = index.edges.length
  const nodeCount = index.nodes.length
  return new Result(
    new PositionMap(index.edgeIds, index.edges, s.edgeResults, edgeCount, s.edgeResultCount),
    new PositionMap(index.nodeIds, index.nodes, s.nodeProblems, nodeCount, s.nodeProblemCount),
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

/** How many edges have a result (those with both ends), counted once per id. */
export function edgeResultCount(s: Snapshot): number {
  const { index } = s
  return countPresent(
    index.edgeIds,
    index.edges,
    s.edgeResults,
    index.edges.length,
    index.repeatedEdgeIds
  )
}
