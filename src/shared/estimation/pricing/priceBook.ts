import type { PriceId, PriceOverrides } from '../../catalog/priceIds'
import type { PriceGrade, PriceTable, UnitPrice } from './types'

export interface LineItem {
  item: string
  /** In the price's unit, so that costUSD = quantity × unitPriceUSD. */
  quantity: number
  unit: string
  unitPriceUSD: number
  costUSD: number
  priceId?: PriceId
  /** When the list price was known to hold, and how far its source can be trusted (listed prices only). */
  asOf?: string
  grade?: PriceGrade
  /** The user's own unit price for this diagram replaces the list price. */
  overridden?: boolean
}

/** Prices with the user's overrides applied; the table itself is never changed. */
export class PriceBook {
  constructor(
    readonly table: PriceTable,
    readonly overrides: PriceOverrides = {}
  ) {}

  get hoursPerMonth(): number {
    return this.table.hoursPerMonth
  }

  price(id: PriceId): UnitPrice {
    return this.table.prices[id]
  }

  usd(id: PriceId): number {
    return this.overrides[id] ?? this.table.prices[id].usd
  }

  isOverridden(id: PriceId): boolean {
    return this.overrides[id] !== undefined
  }

  /** A line item for `quantity` units of a listed price. */
  item(id: PriceId, item: string, quantity: number): LineItem {
    const unitPriceUSD = this.usd(id)
    const price = this.table.prices[id]
    const line: LineItem = {
      item,
      quantity,
      unit: price.unit,
      unitPriceUSD,
      costUSD: quantity * unitPriceUSD,
      priceId: id,
      asOf: price.asOf,
      grade: price.grade
    }
    if (this.overrides[id] !== undefined) line.overridden = true
    return line
  }
}

/** A cost the user entered themselves, for services without a list price in the table. */
export function enteredCostItem(monthlyUSD: number): LineItem {
  return {
    item: 'Entered monthly cost',
    quantity: 1,
    unit: 'month',
    unitPriceUSD: monthlyUSD,
    costUSD: monthlyUSD
  }
}
