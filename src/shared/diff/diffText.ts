import { moneyText } from '../estimation/costLine'
import { FIGURE_LABELS } from '../estimation/figureLabels'
import type { Problem } from '../validation/problems'
import { changeText, figureChangeValue, isCostChange, valueText } from './deltaText'
import type { DiffReport, SettingChange } from './diffModel'
import { problemSubjects } from '../validation/problemSubjects'
import { edgeEnds, nodeName, nodeWithService } from './subjects'

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** "1 new error, 2 new warnings, 1 changed, 3 resolved": the verdict line, errors first. */
export function problemSummary(report: DiffReport): string {
  const { problems } = report.diff
  const count = (severity: Problem['severity']) =>
    problems.new.filter((p) => p.severity === severity).length
  const parts = [plural(count('error'), 'new error'), plural(count('warning'), 'new warning')]
  const notes = count('info')
  if (notes > 0) parts.push(plural(notes, 'new note'))
  parts.push(`${problems.changed.length} changed`, `${problems.resolved.length} resolved`)
  return parts.join(', ')
}

function settingLines(changes: readonly SettingChange[], indent: string): string[] {
  return changes.map((c) => `${indent}${c.path}: ${valueText(c.before)} → ${valueText(c.after)}`)
}

function problemLines(
  title: string,
  problems: readonly Problem[],
  subject: (p: Problem) => string
): string[] {
  if (problems.length === 0) return []
  const lines = ['', `${title}:`]
  for (const p of problems) {
    lines.push(`  ${p.severity.padEnd(8)} ${p.code}  ${subject(p)}`)
    lines.push(`           ${p.message}`)
  }
  return lines
}

function costLines(report: DiffReport): string[] {
  const { cost } = report.diff
  const rows = cost.services.filter((s) => isCostChange(s.deltaUSD))
  if (rows.length === 0) return []
  const table = [
    ['service', 'before', 'after', 'change'],
    ...rows.map((s) => [
      nodeName(s.node),
      moneyText(s.beforeUSD),
      moneyText(s.afterUSD),
      changeText(s.beforeUSD, s.deltaUSD)
    ]),
    [
      'Total',
      moneyText(cost.beforeUSD),
      moneyText(cost.afterUSD),
      changeText(cost.beforeUSD, cost.deltaUSD)
    ]
  ]
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
  const row = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd()
  const lines = ['', 'Cost by service per month, the largest change first:']
  for (const [i, cells] of table.entries()) {
    if (i === table.length - 1) lines.push(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`)
    lines.push(row(cells))
  }
  const same = cost.services.length - rows.length
  if (same > 0) lines.push(`  (${plural(same, 'other service')}: no change)`)
  return lines
}

/** The diff for a terminal: the cost and the verdicts first, then what changed, then the figures. */
export function formatDiffText(report: DiffReport): string {
  const { diff } = report
  const lines = [`${report.before.label} → ${report.after.label}`, ...report.notes]
  const { cost, nodes, edges, problems } = diff
  lines.push(
    `Monthly cost: ${moneyText(cost.beforeUSD)} → ${moneyText(cost.afterUSD)}, ${changeText(cost.beforeUSD, cost.deltaUSD)} (${cost.pricing.region} list prices as of ${cost.pricing.asOf})`
  )
  lines.push(
    `Problems: ${problemSummary(report)} (errors ${problems.before.error} → ${problems.after.error}, warnings ${problems.before.warning} → ${problems.after.warning})`
  )
  const after = problemSubjects(report.after.diagram)
  const before = problemSubjects(report.before.diagram)
  lines.push(...problemLines('New problems', problems.new, after))
  if (problems.changed.length > 0) {
    lines.push('', 'Changed problems:')
    for (const { before: was, after: now } of problems.changed) {
      lines.push(`  ${now.severity.padEnd(8)} ${now.code}  ${after(now)}`)
      lines.push(
        `           was: ${was.severity === now.severity ? '' : `(${was.severity}) `}${was.message}`
      )
      lines.push(`           now: ${now.message}`)
    }
  }
  lines.push(...problemLines('Resolved problems', problems.resolved, before))

  const structure = [
    nodes.added.length,
    nodes.removed.length,
    nodes.changed.length,
    edges.added.length,
    edges.removed.length,
    edges.changed.length,
    diff.diagram.length
  ].some((n) => n > 0)
  if (structure || nodes.moved > 0) {
    lines.push(
      '',
      `Services: ${nodes.added.length} added, ${nodes.removed.length} removed, ${nodes.changed.length} changed${nodes.moved > 0 ? ` (${nodes.moved} moved on the canvas, not listed)` : ''}`
    )
    for (const n of nodes.added) lines.push(`  + ${nodeWithService(n)}`)
    for (const n of nodes.removed) lines.push(`  - ${nodeWithService(n)}`)
    for (const n of nodes.changed) {
      lines.push(`  ~ ${nodeWithService(n)}`)
      lines.push(...settingLines(n.changes, '      '))
    }
    lines.push(
      `Connections: ${edges.added.length} added, ${edges.removed.length} removed, ${edges.changed.length} changed`
    )
    for (const e of edges.added) lines.push(`  + ${e.id}: ${edgeEnds(e)}`)
    for (const e of edges.removed) lines.push(`  - ${e.id}: ${edgeEnds(e)}`)
    for (const e of edges.changed) {
      lines.push(
        `  ~ ${e.id}${e.beforeId === undefined ? '' : ` (was ${e.beforeId})`}: ${edgeEnds(e)}`
      )
      lines.push(...settingLines(e.changes, '      '))
    }
    if (diff.diagram.length > 0) {
      lines.push('Diagram:')
      lines.push(...settingLines(diff.diagram, '      '))
    }
  }

  if (diff.capacity.length > 0) {
    lines.push('', 'Capacity:')
    for (const c of diff.capacity) {
      lines.push(`  ${nodeName(c.node)}`)
      for (const f of c.figures)
        lines.push(
          `      ${FIGURE_LABELS[f.key].label}: ${figureChangeValue(f.key, f.before)} → ${figureChangeValue(f.key, f.after)}`
        )
    }
  }
  lines.push(...costLines(report))
  if (
    !structure &&
    diff.capacity.length === 0 &&
    problems.new.length + problems.changed.length + problems.resolved.length === 0 &&
    !isCostChange(cost.deltaUSD)
  )
    lines.push('', nodes.moved > 0 ? 'Nothing changed but positions on the canvas.' : 'No changes.')
  return `${lines.join('\n')}\n`
}
