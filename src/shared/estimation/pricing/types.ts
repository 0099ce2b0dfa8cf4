import type { PriceId } from '../../catalog/priceIds'

export type PriceGrade = 'A' | 'B' | 'C' | 'U'

/** What each grade means, for a legend or tooltip beside the prices (docs/pricing-sources.md). */
export const GRADE_MEANINGS: Record<PriceGrade, string> = {
  A: "AWS's own text: a documentation page, blog post or pricing page",
  B: 'AWS Price List output, as saved by infracost',
  C: 'a third-party page or repository; check it before you rely on it',
  U: 'no source was found; the value is a placeholder'
}

/**
 * A unit price as read from a source. `grade` follows docs/pricing-sources.md (A: AWS's own text,
 * B: AWS Price List output via infracost goldens, C: third-party, U: unconfirmed placeholder).
 */
export interface UnitPrice {
  usd: number
  /** What one unit is, e.g. "shard-hour", "GB", "1M requests". */
  unit: string
  description: string
  /** URL or repository path of the source. */
  source: string
  /** When the source says the price held (ISO date), or when it was read. */
  asOf: string
  grade: PriceGrade
  note?: string
}

export interface PriceTable {
  region: string
  /** The date this table was put together. */
  asOf: string
  /** Hours in a billing month, as AWS's pricing pages count them. */
  hoursPerMonth: number
  prices: Record<PriceId, UnitPrice>
}
