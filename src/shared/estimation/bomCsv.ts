import type { BillOfMaterials } from './billOfMaterials'
import { capacityText } from './billOfMaterials'
import type { LineItem } from './pricing/priceBook'
import { roundUsd } from './units'

/**
 * The bill of materials as CSV for a spreadsheet (RFC 4180): a header row, one row per line item,
 * a total row; CRLF line ends. Numbers are plain numbers (no $, no thousands separators) so a
 * spreadsheet sums them; costs are in cents, as the bill is.
 */

/**
 * Quantities keep 12 significant digits, not the 6 of the JSON output: a spreadsheet that checks
 * quantity × unit price against the monthly cost should land on the same cent.
 */
const QUANTITY_DIGITS = 12

export const BOM_CSV_HEADER = [
  'Label',
  'Service',
  'Capacity',
  'Item',
  'Quantity',
  'Unit',
  'Unit price (USD)',
  'Price date',
  'Grade',
  'Monthly (USD)'
] as const

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection"):
 * a label such as `=HYPERLINK(…)` from someone else's diagram must stay text, so it gets a
 * leading apostrophe, which spreadsheets read as "this is text" and do not show.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field: quoted when it holds a comma, a quote, CR or LF, with quotes doubled. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** "A".."U", or "your price" when the user's own unit price replaced the list price. */
function gradeCell(item: LineItem): string {
  if (item.overridden) return 'your price'
  return item.grade ?? ''
}

export function bomToCsv(bom: BillOfMaterials): string {
  const rows: Array<ReadonlyArray<string | number>> = [BOM_CSV_HEADER]
  for (const s of bom.services) {
    const capacity = capacityText(s)
    for (const i of s.items) {
      rows.push([
        s.label,
        s.service,
        capacity,
        i.item,
        Number(i.quantity.toPrecision(QUANTITY_DIGITS)),
        i.unit,
        i.unitPriceUSD,
        i.overridden ? '' : (i.asOf ?? ''),
        gradeCell(i),
        roundUsd(i.costUSD)
      ])
    }
  }
  rows.push(['Total', '', '', '', '', '', '', bom.pricing.asOf, '', roundUsd(bom.totalMonthlyUSD)])
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('')
}
