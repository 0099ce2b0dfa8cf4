import type { LineItem } from './pricing/priceBook'
import type { PriceGrade } from './pricing/types'
import { formatNumber, formatUsd } from './units'

/**
 * Cost lines as a person writes them ("13,140 million messages × $1.00 per million =
 * $13,140.00"), shared by the Cost tab, the inspector and the CLI so that all three read alike.
 */

/** A price unit split into how many of what: "1M messages" is 1,000,000 messages. */
interface ParsedUnit {
  per: number
  /** What is counted, plural when `per` > 1 ("messages"), singular otherwise ("shard-hour"). */
  noun: string
}

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^1M /, 1e6],
  [/^100,000 /, 1e5],
  [/^1,000 /, 1e3]
]

function parseUnit(unit: string): ParsedUnit {
  for (const [pattern, per] of MULTIPLIERS) {
    if (pattern.test(unit)) return { per, noun: unit.replace(pattern, '') }
  }
  return { per: 1, noun: unit }
}

/** Time-based units take an "s" ("shard-hours", "GB-months"); GB, TB and "TB scanned" do not. */
function pluralOf(noun: string): string {
  return /(^|-)(hour|month|second)$/.test(noun) ? `${noun}s` : noun
}

const PER_WORD: Record<number, string> = { 1e6: 'million', 1e5: '100,000', 1e3: 'thousand' }

/** "13,140 million messages", "525,600 requests", "2,190 shard-hours", "2.19 million WCU-hours". */
export function quantityText(item: Pick<LineItem, 'quantity' | 'unit'>): string {
  const { per, noun } = parseUnit(item.unit)
  const count = item.quantity * per
  const many = per > 1 ? noun : pluralOf(noun)
  const word = per === 1 && count === 1 ? noun : many
  // Below a million, the whole count reads better than "0.53 million"; above, millions.
  if (Math.abs(count) >= 1e6 && (per === 1e6 || count >= 1e7))
    return `${formatNumber(count / 1e6)} million ${word}`
  return `${formatNumber(count)} ${word}`
}

const UNIT_PRICE = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 10
})

/** "$1.00", "$0.015", "$0.0000166667": cents at least, and every digit a small price has. */
export function unitPriceText(usd: number): string {
  return `$${UNIT_PRICE.format(usd)}`
}

/** "per million", "per thousand", "per shard-hour", "per GB". */
export function perUnitText(unit: string): string {
  const { per, noun } = parseUnit(unit)
  return `per ${per === 1 ? noun : PER_WORD[per]}`
}

/** Money on a bill: always two decimals, thousands grouped. */
export function moneyText(usd: number): string {
  return formatUsd(usd, 2)
}

/** "13,140 million messages × $1.00 per million = $13,140.00". */
export function costLineText(item: LineItem): string {
  return `${quantityText(item)} × ${unitPriceText(item.unitPriceUSD)} ${perUnitText(item.unit)} = ${moneyText(item.costUSD)}`
}

/** The grade as people read it: U is said in words. */
export function gradeText(grade: PriceGrade): string {
  return grade === 'U' ? 'unconfirmed' : `grade ${grade}`
}

/** "as of 2024-07-01, grade B", "as of 2026-11-23, unconfirmed", "your price". */
export function priceSourceText(item: LineItem): string | undefined {
  if (item.overridden) return 'your price'
  if (!item.asOf || !item.grade) return undefined
  return `as of ${item.asOf}, ${gradeText(item.grade)}`
}

/** The oldest as-of date among the list prices used (the user's own prices have none). */
export function oldestPriceDate(items: Iterable<LineItem>): string | undefined {
  let oldest: string | undefined
  for (const i of items) {
    if (i.overridden || !i.asOf) continue
    if (oldest === undefined || i.asOf < oldest) oldest = i.asOf
  }
  return oldest
}

export interface PricedOption {
  /** "provisioned", "on-demand": named again in the verdict. */
  name: string
  /** What the option is sized as, e.g. "3 shards". */
  detail?: string
  usd: number
}

/**
 * "For this traffic, provisioned (3 shards) costs $32.85/month and on-demand $29.20/month:
 * on-demand is cheaper." Compared in cents, as the bill is: equal prices say so.
 */
export function comparisonText(a: PricedOption, b: PricedOption): string {
  const cents = (usd: number) => Math.round(usd * 100)
  const verdict =
    cents(a.usd) === cents(b.usd)
      ? 'both cost the same'
      : `${cents(a.usd) < cents(b.usd) ? a.name : b.name} is cheaper`
  const named = (o: PricedOption) => (o.detail ? `${o.name} (${o.detail})` : o.name)
  return `For this traffic, ${named(a)} costs ${moneyText(a.usd)}/month and ${named(b)} ${moneyText(b.usd)}/month: ${verdict}.`
}

/**
 * Three or more options: "For this traffic, provisioned (3 shards) costs $32.85/month, on-demand
 * Standard $29.20/month and On-demand Advantage $3,080.00/month: on-demand Standard is cheapest."
 * Ties within a cent name every cheapest option.
 */
export function cheapestText(options: readonly PricedOption[]): string {
  if (options.length === 2) return comparisonText(options[0]!, options[1]!)
  const cents = (usd: number) => Math.round(usd * 100)
  const named = (o: PricedOption) => (o.detail ? `${o.name} (${o.detail})` : o.name)
  const low = Math.min(...options.map((o) => cents(o.usd)))
  const cheapest = options.filter((o) => cents(o.usd) === low)
  const verdict =
    cheapest.length === options.length
      ? 'all cost the same'
      : `${cheapest.map((o) => o.name).join(' and ')} ${cheapest.length === 1 ? 'is' : 'are'} cheapest`
  const parts = options.map((o, i) =>
    i === 0
      ? `${named(o)} costs ${moneyText(o.usd)}/month`
      : `${named(o)} ${moneyText(o.usd)}/month`
  )
  const list = `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  return `For this traffic, ${list}: ${verdict}.`
}
