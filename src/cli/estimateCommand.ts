import type { DiagramAnalysis } from '../shared/analysis/analyzeDiagram'
import type { Diagram } from '../shared/diagram/types'
import type { DiagramEstimate } from '../shared/estimation/estimate'
import { costLineText, moneyText as money, priceSourceText } from '../shared/estimation/costLine'
import { labelledFigures, type Figures } from '../shared/estimation/figureLabels'
import { formatNumber as num } from '../shared/estimation/units'
import { problemLines } from './validateCommand'

function capacityText(capacity: Figures): string {
  return labelledFigures(capacity)
    .map((f) => `${f.label}: ${f.value}`)
    .join('; ')
}

/** A readable table: one row per node, its line items beneath, most expensive first. */
export function formatEstimateText(
  fileLabel: string,
  diagram: Diagram,
  estimate: DiagramEstimate,
  analysis?: DiagramAnalysis
): string {
  const lines: string[] = []
  lines.push(
    `${fileLabel}: ${money(estimate.totalMonthlyCostUSD)} per month (${estimate.pricing.region} list prices as of ${estimate.pricing.asOf}, the oldest price used; a month is 730 hours)`
  )
  lines.push('')
  const header = ['node', 'service', 'in records/s', 'in MB/s', 'out MB/s', '$/month']
  const rows = [...estimate.nodes].sort((a, b) => b.monthlyCostUSD - a.monthlyCostUSD)
  const nameOf = (id: string) => diagram.nodes.find((n) => n.id === id)?.label ?? id
  const table = rows.map((n) => [
    nameOf(n.id),
    n.service,
    num(n.throughput.inRecordsPerSecond),
    num(n.throughput.inMBps, 3),
    num(n.throughput.outMBps, 3),
    money(n.monthlyCostUSD)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)))
  const row = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  lines.push(row(header))
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const [i, n] of rows.entries()) {
    lines.push(row(table[i]!))
    const cap = capacityText(n.capacity)
    if (cap) lines.push(`    capacity: ${cap}`)
    for (const item of n.lineItems) {
      const source = priceSourceText(item)
      lines.push(`    ${item.item}: ${costLineText(item)}${source ? ` (${source})` : ''}`)
    }
    for (const alt of n.alternatives ?? []) {
      lines.push(`    ${alt.chosen ? '*' : ' '} ${alt.label}: ${money(alt.monthlyCostUSD)}/month`)
    }
  }
  lines.push('')
  lines.push(`Total: ${money(estimate.totalMonthlyCostUSD)} per month`)
  const problems = analysis?.problems ?? estimate.problems
  if (problems.length > 0) {
    const counts = analysis?.counts
    lines.push('')
    lines.push(
      counts ? `Problems: ${counts.error} error(s), ${counts.warning} warning(s)` : 'Problems:'
    )
    lines.push(...problemLines(problems, diagram))
  }
  return `${lines.join('\n')}\n`
}
