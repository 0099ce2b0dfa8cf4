import type { ServiceId } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import type { Problem } from '../validation/problems'
import type { Figures } from './figureLabels'
import type { NodeThroughput } from './flow'
import type { LineItem } from './pricing/priceBook'
import { totalOf, type Alternative, type NodeSizing } from './sizing/types'

export interface NodeEstimate {
  id: string
  service: ServiceId
  throughput: NodeThroughput
  capacity: Figures
  lineItems: LineItem[]
  monthlyCostUSD: number
  explanations: string[]
  problems: Problem[]
  badge?: string
  alternatives?: Alternative[]
}

/**
 * A node's estimate. Its explanations are written when first read (the inspector shows one
 * node's): formatting them for every node took most of an estimate's time. They stay an own,
 * enumerable property (spread and JSON see them) through one shared getter: a getter written
 * in an object literal is a new function per object and turns every estimate into a slow
 * dictionary object three times the size.
 */
export class NodeEstimateRecord implements NodeEstimate {
  // Declared, not defined: the constructor adds them in this order, optional ones only when set.
  declare id: string
  declare service: ServiceId
  declare throughput: NodeThroughput
  declare capacity: Figures
  declare lineItems: LineItem[]
  declare monthlyCostUSD: number
  declare readonly explanations: string[]
  declare problems: Problem[]
  declare badge?: string
  declare alternatives?: Alternative[]
  // Only the explain function is kept, not the sizing: an estimate is all that outlives the call.
  #explain: (() => string[]) | undefined
  #explanations: string[] | undefined
  #note: string | undefined

  constructor(
    id: string,
    node: DiagramNode,
    throughput: NodeThroughput,
    sizing: NodeSizing,
    problems: Problem[],
    note?: string
  ) {
    this.id = id
    this.service = node.service
    this.throughput = throughput
    this.capacity = sizing.capacity
    this.lineItems = sizing.lineItems
    this.monthlyCostUSD = totalOf(sizing.lineItems)
    Object.defineProperty(this, 'explanations', EXPLANATIONS)
    this.problems = problems
    if (sizing.badge) this.badge = sizing.badge
    if (sizing.alternatives) this.alternatives = sizing.alternatives
    this.#explain = sizing.explain
    this.#note = note
  }

  static explanationsOf(estimate: NodeEstimateRecord): string[] {
    if (estimate.#explanations === undefined) {
      const lines = estimate.#explain!()
      estimate.#explanations = estimate.#note === undefined ? lines : [estimate.#note, ...lines]
      estimate.#explain = undefined
    }
    return estimate.#explanations
  }
}

const EXPLANATIONS: PropertyDescriptor = {
  get(this: NodeEstimateRecord) {
    return NodeEstimateRecord.explanationsOf(this)
  },
  enumerable: true,
  configurable: true
}
