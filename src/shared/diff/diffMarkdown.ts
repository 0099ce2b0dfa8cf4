import { serviceName } from '../catalog/services'
import { moneyText } from '../estimation/costLine'
import { FIGURE_LABELS } from '../estimation/figureLabels'
import type { Problem } from '../validation/problems'
import { changeText, figureChangeValue, isCostChange, valueText } from './deltaText'
import type { DiffReport, EdgeRef, NodeRef, SettingChange } from './diffModel'
import { markdownCode, markdownMoney as cash, markdownText as md } from './markdownText'
import { problemSummary } from './diffText'
import { problemSubjects } from '../validation/problemSubjects'

/** A list longer than this folds into <details>: a PR comment should open on what matters. */
const FOLD_AFTER = 10

function node(n: NodeRef): string {
  const label = n.label === undefined || n.label === n.id ? '' : `${md(n.label)} `
  return `${label}${markdownCode(n.id)}`
}

function edge(e: EdgeRef): string {
  const mechanism = e.mechanism === undefined ? '' : ` (${md(e.mechanism)})`
  return `${markdownCode(e.id)}: ${markdownCode(e.source)} → ${markdownCode(e.target)}${mechanism}`
}

function setting(c: SettingChange): string {
  return `${markdownCode(c.path)}: ${md(valueText(c.before))} → ${md(valueText(c.after))}`
}

/** A section: a heading and its lines, folded when it has more than FOLD_AFTER items. */
function section(title: string, lines: readonly string[], items = lines.length): string[] {
  if (lines.length === 0) return []
  if (items <= FOLD_AFTER) return ['', `#### ${title}`, '', ...lines]
  return ['', `<details><summary>${title} (${items})</summary>`, '', ...lines, '', '</details>']
}

function problemItems(problems: readonly Problem[], subject: (p: Problem) => string): string[] {
  return problems.map(
    (p) => `- **${p.severity}** ${markdownCode(p.code)} on ${md(subject(p))}: ${md(p.message)}`
  )
}

function costTable(report: DiffReport): string[] {
  const { cost } = report.diff
  const rows = cost.services.filter((s) => isCostChange(s.deltaUSD))
  if (rows.length === 0) return []
  const m = (usd: number) => cash(moneyText(usd))
  const lines = ['| Service | Before | After | Change |', '| --- | ---: | ---: | ---: |']
  for (const s of rows)
    lines.push(
      `| ${node(s.node)} (${md(serviceName(s.node.service))}) | ${m(s.beforeUSD)} | ${m(s.afterUSD)} | ${cash(changeText(s.beforeUSD, s.deltaUSD))} |`
    )
  lines.push(
    `| **Total** | **${m(cost.beforeUSD)}** | **${m(cost.afterUSD)}** | **${cash(changeText(cost.beforeUSD, cost.deltaUSD))}** |`
  )
  const same = cost.services.length - rows.length
  if (same > 0) lines.push('', `${same} other service${same === 1 ? '' : 's'}: no change.`)
  lines.push(
    '',
    `Monthly, ${cost.pricing.region} list prices as of ${cost.pricing.asOf} (a month is 730 hours).`
  )
  return lines
}

/**
 * The diff as a GitHub pull-request comment: a heading with the total change, the new problems
 * first, the cost table, then what changed (folded when long). Everything from the files is
 * escaped (markdownText.ts).
 */
export function formatDiffMarkdown(report: DiffReport): string {
  const { diff } = report
  const { cost, problems, nodes, edges } = diff
  const newErrors = problems.new.filter((p) => p.severity === 'error').length
  const lines = [
    `### Pipewright diff: ${cash(changeText(cost.beforeUSD, cost.deltaUSD))} per month${newErrors > 0 ? `, ${newErrors} new error${newErrors === 1 ? '' : 's'}` : ''}`,
    '',
    `${md(report.before.label)} → ${md(report.after.label)}: ${cash(moneyText(cost.beforeUSD))} → ${cash(moneyText(cost.afterUSD))} per month; ${problemSummary(report)}.`
  ]
  for (const note of report.notes) lines.push('', `> ${md(note)}`)
  const after = problemSubjects(report.after.diagram)
  const before = problemSubjects(report.before.diagram)
  lines.push(...section('New problems', problemItems(problems.new, after)))
  lines.push(
    ...section(
      'Changed problems',
      problems.changed.map(
        (c) =>
          `- **${c.after.severity}** ${markdownCode(c.after.code)} on ${md(after(c.after))}: ${md(c.after.message)} (was${c.before.severity === c.after.severity ? '' : ` ${c.before.severity}`}: ${md(c.before.message)})`
      )
    )
  )
  // The cost table is what the comment is for: never folded.
  lines.push(...section('Cost', costTable(report), 0))
  lines.push(
    ...section(
      'Capacity',
      diff.capacity.flatMap((c) =>
        c.figures.map(
          (f) =>
            `- ${node(c.node)}: ${FIGURE_LABELS[f.key].label}: ${figureChangeValue(f.key, f.before)} → ${figureChangeValue(f.key, f.after)}`
        )
      )
    )
  )
  const serviceLines = [
    ...nodes.added.map((n) => `- added ${node(n)} (${md(serviceName(n.service))})`),
    ...nodes.removed.map((n) => `- removed ${node(n)} (${md(serviceName(n.service))})`),
    ...nodes.changed.flatMap((n) => [
      `- changed ${node(n)} (${md(serviceName(n.service))})`,
      ...n.changes.map((c) => `  - ${setting(c)}`)
    ])
  ]
  if (nodes.moved > 0)
    serviceLines.push(`- ${nodes.moved} moved on the canvas (positions are not listed)`)
  lines.push(
    ...section(
      'Services',
      serviceLines,
      nodes.added.length + nodes.removed.length + nodes.changed.length
    )
  )
  lines.push(
    ...section(
      'Connections',
      [
        ...edges.added.map((e) => `- added ${edge(e)}`),
        ...edges.removed.map((e) => `- removed ${edge(e)}`),
        ...edges.changed.flatMap((e) => [
          `- changed ${edge(e)}${e.beforeId === undefined ? '' : ` (was ${markdownCode(e.beforeId)})`}`,
          ...e.changes.map((c) => `  - ${setting(c)}`)
        ])
      ],
      edges.added.length + edges.removed.length + edges.changed.length
    )
  )
  lines.push(
    ...section(
      'Diagram',
      diff.diagram.map((c) => `- ${setting(c)}`)
    )
  )
  lines.push(...section('Resolved problems', problemItems(problems.resolved, before)))
  return `${lines.join('\n')}\n`
}
