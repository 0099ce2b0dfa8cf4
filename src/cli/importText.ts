import type {
  ImportOutcome,
  ImportReport,
  ImportSourceKind
} from '../shared/interchange/import/importReport'

export const KIND_NAMES: Record<ImportSourceKind, string> = {
  cloudformation: 'CloudFormation template',
  drawio: 'draw.io diagram'
}

/** The outcomes in the order a summary lists them: what was drawn first, what was not last. */
const OUTCOME_ORDER: readonly ImportOutcome[] = [
  'node',
  'edge',
  'setting',
  'external',
  'frame',
  'note',
  'not-pipeline',
  'unknown'
]

/** How many entries had each outcome, in summary order, outcomes with none left out. */
export function outcomeCounts(report: ImportReport): Partial<Record<ImportOutcome, number>> {
  const counts: Partial<Record<ImportOutcome, number>> = {}
  for (const outcome of OUTCOME_ORDER) {
    const n = report.entries.filter((e) => e.outcome === outcome).length
    if (n > 0) counts[outcome] = n
  }
  return counts
}

export function outcomeSummary(report: ImportReport): string {
  const parts = Object.entries(outcomeCounts(report)).map(([outcome, n]) => `${n} ${outcome}`)
  return parts.length > 0 ? parts.join(', ') : 'nothing'
}

/** A column no wider than `max`: one very long id does not push every row off the screen. */
function column(values: readonly string[], header: string, max: number): number {
  return Math.min(max, Math.max(header.length, ...values.map((v) => v.length)))
}

/**
 * The report as a person reads it: a line per resource or cell (its id, its type, what it
 * became and why), the connections only suggested with their evidence, the file-wide remarks,
 * and a count by outcome.
 */
export function formatImportReport(report: ImportReport): string[] {
  const lines: string[] = []
  const ids = report.entries.map((e) => e.sourceId)
  const types = report.entries.map((e) => e.sourceType)
  const idWidth = column(ids, 'id', 40)
  const typeWidth = column(types, 'type', 44)
  const outcomeWidth = column(
    report.entries.map((e) => e.outcome),
    'became',
    12
  )
  lines.push(
    `  ${'id'.padEnd(idWidth)}  ${'type'.padEnd(typeWidth)}  ${'became'.padEnd(outcomeWidth)}  what`
  )
  for (const e of report.entries) {
    // The ids it became, unless the importer's sentence already names them.
    const unnamed = (ids: readonly string[] | undefined) =>
      (ids ?? []).filter((id) => !e.detail.includes(id))
    const made = (
      [
        ['node', e.nodeIds],
        ['edge', e.edgeIds],
        ['frame', e.groupIds],
        ['note', e.noteIds]
      ] as const
    )
      .map(([what, ids]) => [what, unnamed(ids)] as const)
      .filter(([, ids]) => ids.length > 0)
      .map(([what, ids]) => `${what} ${ids.join(', ')}`)
    const detail = made.length > 0 ? `${e.detail} (${made.join('; ')})` : e.detail
    lines.push(
      `  ${e.sourceId.padEnd(idWidth)}  ${e.sourceType.padEnd(typeWidth)}  ${e.outcome.padEnd(outcomeWidth)}  ${detail}`
    )
  }
  if (report.suggestions.length > 0) {
    lines.push('')
    lines.push('Suggested connections (not drawn; add them if they carry data):')
    for (const s of report.suggestions) lines.push(`  ${s.source} → ${s.target}: ${s.evidence}`)
  }
  if (report.remarks.length > 0) {
    lines.push('')
    lines.push('Remarks:')
    for (const r of report.remarks) lines.push(`  - ${r}`)
  }
  lines.push('')
  lines.push(
    `Summary: ${report.entries.length} ${report.kind === 'drawio' ? 'cell' : 'resource'}${report.entries.length === 1 ? '' : 's'}: ${outcomeSummary(report)}; ${report.suggestions.length} suggested connection${report.suggestions.length === 1 ? '' : 's'}`
  )
  return lines
}
