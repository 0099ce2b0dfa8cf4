/**
 * What estimateDiagram gives a sizer. Most sizers never look at the edges, so the edge lists are
 * made the first time a sizer asks for them.
 */
import type { DiagramEdge, DiagramNode } from '../diagram/types'
import type { Flow, NodeThroughput } from './flow'
import type { PriceBook } from './pricing/priceBook'
import type { NodeSizing, SizingContext } from './sizing/types'
import type { TrafficByPosition } from './traffic'

interface EdgeLists {
  list: readonly DiagramEdge[]
  nodes: readonly DiagramNode[]
  traffic: TrafficByPosition
  sizings: ReadonlyArray<NodeSizing | undefined>
  configAt: (node: DiagramNode, position: number) => Record<string, unknown>
}

export class LazySizingContext implements SizingContext {
  #incoming: SizingContext['incoming'] | undefined
  #outgoing: SizingContext['outgoing'] | undefined

  constructor(
    readonly node: DiagramNode,
    readonly config: Record<string, unknown>,
    readonly throughput: NodeThroughput,
    readonly book: PriceBook,
    private readonly position: number,
    private readonly edges: EdgeLists
  ) {}

  get incoming(): SizingContext['incoming'] {
    if (this.#incoming) return this.#incoming
    const { list, nodes, traffic, sizings, configAt } = this.edges
    const first = traffic.inStart[this.position]!
    const out = new Array<SizingContext['incoming'][number]>(
      traffic.inStart[this.position + 1]! - first
    )
    for (let p = 0; p < out.length; p++) {
      const k = traffic.inEdges[first + p]!
      const s = traffic.edgeFrom[k]!
      const from = nodes[s]!
      out[p] = new IncomingEdge(list[k]!, from, configAt(from, s), traffic.edgeFlow[k]!, sizings, s)
    }
    return (this.#incoming = out)
  }

  get outgoing(): SizingContext['outgoing'] {
    if (this.#outgoing) return this.#outgoing
    const { list, nodes, traffic } = this.edges
    const first = traffic.outStart[this.position]!
    const out = new Array<SizingContext['outgoing'][number]>(
      traffic.outStart[this.position + 1]! - first
    )
    for (let p = 0; p < out.length; p++) {
      const k = traffic.outEdges[first + p]!
      out[p] = { edge: list[k]!, to: nodes[traffic.edgeTo[k]!]!, flow: traffic.edgeFlow[k]! }
    }
    return (this.#outgoing = out)
  }
}

/** One incoming edge as a sizer sees it; the source's sizing is read when asked for (loops). */
class IncomingEdge {
  constructor(
    readonly edge: DiagramEdge,
    readonly from: DiagramNode,
    readonly fromConfig: Record<string, unknown>,
    readonly flow: Flow,
    private readonly sizings: ReadonlyArray<NodeSizing | undefined>,
    private readonly fromPosition: number
  ) {}

  get fromSizing(): NodeSizing | undefined {
    return this.sizings[this.fromPosition]
  }
}
