import { basename } from 'node:path'
import { analyzeDiagram, type DiagramAnalysis } from '../shared/analysis/analyzeDiagram'
import type { Diagram } from '../shared/diagram/types'
import { buildBillOfMaterials } from '../shared/estimation/billOfMaterials'
import { bomToCsv } from '../shared/estimation/bomCsv'
import { bomToMarkdown } from '../shared/estimation/bomMarkdown'
import type { DiagramEstimate } from '../shared/estimation/estimate'
import { estimateToJson } from '../shared/estimation/estimateJson'
import { costLineText, moneyText as money, priceSourceText } from '../shared/estimation/costLine'
import { labelledFigures, type Figures } from '../shared/estimation/figureLabels'
import { formatNumber as num } from '../shared/estimation/units'
import { parseArgs } from './args'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { parsePage } from './importCommand'
import { importedJson, importedLines } from './importedInput'
import { readAnalysable } from './readInput'
import { problemToJson } from '../shared/validation/problems'
import { problemLines } from './validateCommand'

const FORMATS = ['table', 'json', 'csv', 'markdown'] as const
type Format = (typeof FORMATS)[number]

export const ESTIMATE_HELP = `Usage: pipewright estimate FILE [--format table|json|csv|markdown] [--json] [--page N]

Traffic, capacity and monthly cost (us-east-1 prices) of every service in a diagram, a template or
a draw.io file.

  --format F   table: the total, the services and their line items, the problems (the default)
               json: the estimate and the problems as JSON
               csv: a bill of materials for a spreadsheet, one row per line item (RFC 4180)
               markdown: a bill of materials for a pull-request comment
  --json       the same as --format json
  --page N     the draw.io page to estimate (1 is the first)

csv and markdown print only the bill of materials; how many problems the analysis found goes to
stderr, so \`> bom.csv\` keeps the file clean.

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or the command line is wrong.
`

/** The format --format and --json ask for, or why they cannot be used together. */
function formatOf(
  value: string | undefined,
  json: boolean
): { format: Format } | { error: string } {
  const format = FORMATS.find((f) => f === value)
  if (value !== undefined && format === undefined)
    return {
      error: `--format takes ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)!}, not "${value}".`
    }
  if (json && format !== undefined && format !== 'json')
    return { error: `--json asks for JSON and --format for ${format}: give one of them.` }
  return { format: format ?? (json ? 'json' : 'table') }
}

/**
 * `pipewright estimate FILE [--format table|json|csv|markdown] [--json] [--page N]`: the
 * estimate of one diagram (or a template or draw.io file, imported in memory) in the format
 * asked for. Exits 1 when the analysis has an error, 2 when the file or the command line cannot
 * be used.
 */
export async function runEstimate(args: string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--json'], options: [['--format'], ['--page']] })
  const format =
    typeof parsed === 'string'
      ? { error: parsed }
      : parsed.positionals.length !== 1
        ? { error: 'estimate takes exactly one FILE.' }
        : formatOf(parsed.options.get('--format'), parsed.flags.has('--json'))
  if (typeof parsed === 'string' || 'error' in format) {
    io.stderr(`${'error' in format ? format.error : ''}\n\n${usage}`)
    return EXIT.unusable
  }
  const page = parsePage(parsed.options.get('--page'), false)
  if ('error' in page) {
    io.stderr(`${page.error}\n`)
    return EXIT.unusable
  }
  const file = parsed.positionals[0]!
  const read = await readAnalysable(file, io, page.page as number | undefined)
  if ('error' in read) {
    io.stderr(`${read.error}\n`)
    return EXIT.unusable
  }
  const { diagram, imported } = read
  const { format: chosen } = format
  const analysis = analyzeDiagram(diagram)
  if (chosen === 'json')
    io.stdout(
      `${JSON.stringify(
        {
          ...estimateToJson(analysis.estimate),
          problems: analysis.problems.map(problemToJson),
          ...importedJson(imported)
        },
        null,
        2
      )}\n`
    )
  else if (chosen === 'table')
    io.stdout(
      importedLines(imported) +
        formatEstimateText(basename(file), diagram, analysis.estimate, analysis)
    )
  else {
    const bom = buildBillOfMaterials(diagram, analysis.estimate)
    // stdout is the file; what the reader should know about the input goes beside it.
    io.stderr(importedLines(imported) + problemSummary(analysis))
    io.stdout(chosen === 'csv' ? bomToCsv(bom) : bomToMarkdown(bom))
  }
  return analysis.counts.error > 0 ? EXIT.problems : EXIT.ok
}

/** One line for stderr when the analysis found something: the bill does not list problems. */
function problemSummary(analysis: DiagramAnalysis): string {
  const { error, warning } = analysis.counts
  if (error + warning === 0) return ''
  return `${error} error(s), ${warning} warning(s) in the analysis: pipewright estimate FILE (or validate FILE) lists them.\n`
}

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
