import type { DiagramEdge, DiagramNode } from '../diagram/types'
import type { Adjacency } from '../graph/adjacency'
import type { DiagramIndex } from '../graph/diagramIndex'
import { asksForEnhancedFanOut } from '../catalog/consumerCapabilities'
import type { Neighbourhood } from './graphRules'

/** One version's lists, edge ends and adjacency, read out of its index once per validation. */
export interface Graph extends Adjacency {
  readonly nodes: readonly DiagramNode[]
  readonly edges: readonly DiagramEdge[]
  readonly from: Int32Array
  readonly to: Int32Array
}

export function graphOf(index: DiagramIndex): Graph {
  return {
    ...index.adjacency,
    nodes: index.nodes,
    edges: index.edges,
    from: index.ends.from,
    to: index.ends.to
  }
}

/**
 * Whether node `j` of `now` has exactly the neighbourhood node `at` of `was` had: a node's rules
 * depend on its service and label and, in order, the ids and services of its neighbours and
 * whether each outgoing edge uses enhanced fan-out.
 */
export function sameNeighbourhood(was: Graph, at: number, now: Graph, j: number): boolean {
  const a = was.nodes[at]!
  const b = now.nodes[j]!
  if (a.service !== b.service || (a.label ?? '') !== (b.label ?? '')) return false
  const aIn = was.inStart[at]!
  const bIn = now.inStart[j]!
  const count = now.inStart[j + 1]! - bIn
  if (was.inStart[at + 1]! - aIn !== count) return false
  for (let p = 0; p < count; p++) {
    const ka = was.inEdges[aIn + p]!
    const kb = now.inEdges[bIn + p]!
    if (
      was.edges[ka]!.id !== now.edges[kb]!.id ||
      was.nodes[was.from[ka]!]!.service !== now.nodes[now.from[kb]!]!.service
    )
      return false
  }
  // Outgoing edges in order, self-loops left out (a node is not its own neighbour).
  let qa = was.outStart[at]!
  let qb = now.outStart[j]!
  const aEnd = was.outStart[at + 1]!
  const bEnd = now.outStart[j + 1]!
  for (;;) {
    while (qa < aEnd && was.to[was.outEdges[qa]!] === at) qa++
    while (qb < bEnd && now.to[now.outEdges[qb]!] === j) qb++
    if (qa === aEnd || qb === bEnd) return qa === aEnd && qb === bEnd
    const ka = was.outEdges[qa++]!
    const kb = now.outEdges[qb++]!
    const ea = was.edges[ka]!
    const eb = now.edges[kb]!
    if (
      ea.id !== eb.id ||
      was.nodes[was.to[ka]!]!.service !== now.nodes[now.to[kb]!]!.service ||
      asksForEnhancedFanOut(ea) !== asksForEnhancedFanOut(eb)
    )
      return false
  }
}

/** The neighbourhood node `j`'s rules look at; built only to check the node, then dropped. */
export function neighbourhoodOf(g: Graph, j: number): Neighbourhood {
  const inFirst = g.inStart[j]!
  const incoming = new Array<Neighbourhood['incoming'][number]>(g.inStart[j + 1]! - inFirst)
  for (let p = 0; p < incoming.length; p++) {
    const k = g.inEdges[inFirst + p]!
    incoming[p] = { edge: g.edges[k]!, from: g.nodes[g.from[k]!]! }
  }
  const outgoing: Neighbourhood['outgoing'] = []
  for (let q = g.outStart[j]!; q < g.outStart[j + 1]!; q++) {
    const k = g.outEdges[q]!
    if (g.to[k] !== j) outgoing.push({ edge: g.edges[k]!, to: g.nodes[g.to[k]!]! })
  }
  return { node: g.nodes[j]!, incoming, outgoing }
}
