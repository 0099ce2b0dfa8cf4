import type { Diagram } from '../shared/diagram/types'
import type { DiagramAnalysis } from '../shared/analysis/analyzeDiagram'
import type { IgnoredProblem } from '../shared/analysis/ignores'
import { problemSubjects } from '../shared/validation/problemSubjects'
import { problemToJson, type Problem } from '../shared/validation/problems'
import type { EdgeResult } from '../shared/validation/validator'

/** An edge's verdict; `mechanism` (its label), `mechanismId` and `carries` when a mechanism connects the pair. */
export type EdgeJson = Pick<
  EdgeResult,
  'id' | 'verdict' | 'reason' | 'mechanism' | 'mechanismId' | 'carries' | 'citation'
>

export interface ValidateJson {
  problems: Problem[]
  edges: EdgeJson[]
}

/** Connection verdicts, and every problem of the whole analysis (rules, capacity, settings). */
export function validationToJson(analysis: DiagramAnalysis): ValidateJson {
  return {
    problems: analysis.problems.map(problemToJson),
    edges: [...analysis.validation.edges.values()].map((e) => {
      const out: EdgeJson = { id: e.id, verdict: e.verdict, reason: e.reason }
      if (e.mechanism !== undefined) out.mechanism = e.mechanism
      if (e.mechanismId !== undefined) out.mechanismId = e.mechanismId
      if (e.carries !== undefined) out.carries = e.carries
      if (e.citation !== undefined) out.citation = e.citation
      return out
    })
  }
}

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function formatValidationText(
  fileLabel: string,
  diagram: Diagram,
  analysis: DiagramAnalysis,
  shown: Pick<ShownProblems, 'problems' | 'counts'> & Partial<ShownProblems> = analysis
): string {
  const { error, warning, info } = shown.counts
  const lines: string[] = []
  const okEdges = [...analysis.validation.edges.values()].filter((e) => e.verdict === 'ok').length
  const summary = [plural(error, 'error'), plural(warning, 'warning')]
  if (info > 0) summary.push(plural(info, 'note'))
  const ignored = shown.ignored ?? []
  if (ignored.length > 0) summary.push(`${ignored.length} ignored`)
  lines.push(
    `${fileLabel}: ${summary.join(', ')} — ${plural(diagram.nodes.length, 'node')}, ${plural(diagram.edges.length, 'edge')} (${okEdges} documented)`
  )
  lines.push(...problemLines(shown.problems, diagram))
  if (shown.problems.length === 0)
    lines.push(
      error + warning + info === 0
        ? 'No problems found.'
        : 'No errors (--quiet leaves out warnings and notes).'
    )
  if (shown.showIgnored) lines.push(...ignoredLines(ignored, diagram))
  return `${lines.join('\n')}\n`
}

/** What a text report shows of one file: the problems after --ignore and --quiet, and the counts. */
export interface ShownProblems {
  problems: readonly Problem[]
  counts: { error: number; warning: number; info: number }
  ignored: readonly IgnoredProblem[]
  showIgnored: boolean
}

/** `--show-ignored`: each hidden problem, where it is, and the reason it was accepted. */
function ignoredLines(ignored: readonly IgnoredProblem[], diagram: Diagram): string[] {
  const where = problemSubjects(diagram)
  const lines: string[] = []
  for (const { problem, reason, by } of ignored) {
    lines.push('')
    lines.push(`  ${'ignored'.padEnd(8)}${problem.code}  ${where(problem)}`)
    lines.push(`          ${problem.severity}: ${problem.message}`)
    lines.push(`          ${by === 'file' ? 'reason' : 'by'}: ${reason}`)
  }
  return lines
}

/** Each problem: severity, code and where; the message; the fix, the setting's path and the source. */
export function problemLines(problems: readonly Problem[], diagram: Diagram): string[] {
  const where = problemSubjects(diagram)
  const lines: string[] = []
  for (const p of problems) {
    lines.push('')
    lines.push(`  ${p.severity.padEnd(8)}${p.code}  ${where(p)}`)
    lines.push(`          ${p.message}`)
    if (p.fix) lines.push(`          fix: ${p.fix.description}`)
    if (p.path) lines.push(`          setting: ${p.path}`)
    if (p.citation) lines.push(`          source: ${p.citation}`)
  }
  return lines
}
