import type { DiagramEdge, DiagramNode } from '../../diagram/types'
import type { Problem } from '../../validation/problems'
import type { Figures } from '../figureLabels'
import type { LineItem, PriceBook } from '../pricing/priceBook'
import type { PriceId } from '../../catalog/priceIds'
import type { Flow, NodeThroughput } from '../flow'

export interface Alternative {
  label: string
  monthlyCostUSD: number
  chosen: boolean
  /** The option's own line items, where an account-wide pass may bill the node by them instead. */
  lineItems?: LineItem[]
}

/** What sizing found for one node: each figure with the rule and arithmetic behind it. */
export interface NodeSizing {
  /** Keys name their label and unit in figureLabels.ts. */
  capacity: Figures
  lineItems: LineItem[]
  /**
   * One sentence per figure: the rule, the numbers, the result. Written when asked for: the
   * inspector shows one node's, and formatting them for every node cost more than the rest of
   * an estimate.
   */
  explain: () => string[]
  problems: Problem[]
  /** The headline shown on the canvas, e.g. "3 shards". */
  badge?: string
  /** Where a choice changes the bill (capacity modes), every option's monthly cost. */
  alternatives?: Alternative[]
}

export interface SizingContext {
  node: DiagramNode
  config: Record<string, unknown>
  throughput: NodeThroughput
  incoming: Array<{
    edge: DiagramEdge
    from: DiagramNode
    fromConfig: Record<string, unknown>
    flow: Flow
    fromSizing: NodeSizing | undefined
  }>
  outgoing: Array<{ edge: DiagramEdge; to: DiagramNode; flow: Flow }>
  book: PriceBook
}

/** What estimate.ts calls to size one node of a service. */
export type Sizer = (ctx: SizingContext) => NodeSizing

/** A sizing with no problems of its own, for sizers that report none. */
export function sized(
  capacity: Figures,
  lineItems: LineItem[],
  explain: () => string[],
  badge?: string
): NodeSizing {
  // The badge goes in the literal (undefined when there is none): adding it afterwards gives
  // every sized node an out-of-object property store.
  return { capacity, lineItems, explain, problems: [], badge }
}

/** For sizings with nothing to explain. */
const NOTHING_TO_EXPLAIN = (): string[] => []

export function emptySizing(): NodeSizing {
  return { capacity: {}, lineItems: [], explain: NOTHING_TO_EXPLAIN, problems: [] }
}

/** ceil that ignores floating-point dust (3.0000000000000004 shards is 3). */
export function ceilUnits(value: number): number {
  const n = Math.ceil(value - 1e-9)
  // ceil(0 − 1e-9) is −0, which number formatting prints as "-0"
  return n === 0 ? 0 : n
}

export { formatNumber as fmt } from '../units'

export function totalOf(items: readonly LineItem[]): number {
  let sum = 0
  for (const i of items) sum += i.costUSD
  return sum
}

export function averageRecordKB(recordsPerSecond: number, mbps: number): number {
  return recordsPerSecond > 0 ? (mbps * 1024) / recordsPerSecond : 0
}

/** One price tier: its price, how much of the month's quantity it covers (the last takes the rest) and the line's suffix. */
export interface PriceTier {
  price: PriceId
  size?: number
  suffix?: string
}

/**
 * A month's quantity split over price tiers, one line item each: the first tier's line always,
 * later ones only when the quantity reaches them (Firehose GB, IoT Core messages).
 */
export function tieredItems(
  book: PriceBook,
  quantity: number,
  label: string,
  tiers: readonly PriceTier[]
): LineItem[] {
  const items: LineItem[] = []
  let left = quantity
  tiers.forEach((tier, i) => {
    const last = i === tiers.length - 1
    const part =
      last || tier.size === undefined ? Math.max(left, 0) : Math.min(Math.max(left, 0), tier.size)
    if (i === 0 || part > 0) items.push(book.item(tier.price, `${label}${tier.suffix ?? ''}`, part))
    left -= part
  })
  return items
}
