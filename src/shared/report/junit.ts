import { serviceName } from '../catalog/services'
import type { DiagramNode } from '../diagram/types'
import { escapeXml } from '../interchange/xml'
import type { Problem, Severity } from '../validation/problems'
import type { CheckRun, CheckedFile, FailOn } from './checkRun'
import { PROBLEM_CODES, problemCodeInfo } from './problemCodes'
import type { IgnoredProblem } from '../analysis/ignores'

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** The whole-diagram rules (validation/graphRules.ts): each gets a testcase, passing when it finds nothing. */
const GRAPH_RULES = PROBLEM_CODES.filter((c) => c.family === 'graph')

interface TestCase {
  name: string
  failing: Problem[]
  passing: Problem[]
  ignored: IgnoredProblem[]
}

/** Attribute text: also keeps line breaks and tabs, which XML would otherwise turn into spaces. */
function attr(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

function label(node: DiagramNode | undefined, id: string): string {
  if (!node) return id
  return node.label ? `${node.label} (${serviceName(node.service)})` : serviceName(node.service)
}

function problemText(p: Problem): string {
  const lines = [`${p.severity} ${p.code}: ${p.message}`]
  if (p.fix) lines.push(`fix: ${p.fix.description}`)
  if (p.path) lines.push(`setting: ${p.path}`)
  if (p.citation) lines.push(`source: ${p.citation}`)
  return lines.join('\n')
}

/**
 * One testcase per edge, per node (its capacity and settings) and per whole-diagram rule, and one
 * for the diagram when a problem names neither a node nor an edge: every problem lands in exactly
 * one of them. Graph-rule problems go to their rule's testcase, not their node's.
 */
function testCases(file: CheckedFile, fails: (p: Problem) => boolean): TestCase[] {
  const { diagram } = file
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]))
  const cases = new Map<string, TestCase>()
  const add = (key: string, name: string) => {
    const c: TestCase = { name, failing: [], passing: [], ignored: [] }
    cases.set(key, c)
    return c
  }
  for (const e of diagram.edges)
    add(
      `edge:${e.id}`,
      `${label(nodes.get(e.source), e.source)} → ${label(nodes.get(e.target), e.target)} (edge ${e.id})`
    )
  for (const n of diagram.nodes)
    add(`node:${n.id}`, `${label(n, n.id)} (node ${n.id}): capacity and settings`)
  for (const rule of GRAPH_RULES) add(`rule:${rule.code}`, `rule ${rule.code}: ${rule.title}`)
  const caseOf = (p: Problem): TestCase => {
    const keys = [
      problemCodeInfo(p.code)?.family === 'graph' ? `rule:${p.code}` : '',
      p.edgeId === undefined ? '' : `edge:${p.edgeId}`,
      p.nodeId === undefined ? '' : `node:${p.nodeId}`
    ]
    for (const key of keys) {
      const c = cases.get(key)
      if (c) return c
    }
    return cases.get('diagram') ?? add('diagram', 'diagram')
  }
  for (const p of file.problems) (fails(p) ? caseOf(p).failing : caseOf(p).passing).push(p)
  for (const i of file.ignored) caseOf(i.problem).ignored.push(i)
  return [...cases.values()]
}

function renderCase(c: TestCase, classname: string): string {
  const open = `    <testcase name="${attr(c.name)}" classname="${attr(classname)}"`
  const out: string[] = []
  const notes = [
    ...c.passing.map(problemText),
    ...c.ignored.map((i) => `ignored (${i.by}: ${i.reason}): ${problemText(i.problem)}`)
  ]
  if (c.failing.length > 0) {
    const codes = [...new Set(c.failing.map((p) => p.code))]
    const message =
      c.failing.length === 1
        ? c.failing[0]!.message
        : `${c.failing.length} problems: ${c.failing.map((p) => p.code).join(', ')}`
    out.push(
      `      <failure message="${attr(message)}" type="${attr(codes.join(', '))}">${escapeXml(c.failing.map(problemText).join('\n\n'))}</failure>`
    )
  } else if (c.ignored.length > 0 && c.passing.length === 0) {
    const reasons = [...new Set(c.ignored.map((i) => i.reason))]
    out.push(`      <skipped message="${attr(`ignored: ${reasons.join('; ')}`)}"/>`)
  }
  if (notes.length > 0) out.push(`      <system-out>${escapeXml(notes.join('\n\n'))}</system-out>`)
  return out.length === 0 ? `${open}/>` : `${open}>\n${out.join('\n')}\n    </testcase>`
}

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

function countsAttrs(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`
}

/** Errors always fail a testcase; warnings too with `--fail-on warning` (`never` reports errors still). */
function threshold(failOn: Exclude<FailOn, 'info'>): number {
  return failOn === 'warning' ? RANK.warning : RANK.error
}

/**
 * A run as JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testsuite per file. A
 * testcase has at most one <failure> (consumers such as Jenkins show only the first), whose type
 * is the code and whose text lists every failing problem; problems below the --fail-on level are
 * in <system-out>; a testcase whose only problems were ignored is <skipped> with the reason. An
 * unreadable file is a testsuite with one <error>.
 */
export function toJunit(run: CheckRun): string {
  const level = threshold(run.failOn)
  const fails = (p: Problem) => RANK[p.severity] <= level
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  const suites: string[] = []
  for (const file of run.files) {
    const cases = testCases(file, fails)
    const counts: Counts = {
      tests: cases.length,
      failures: cases.filter((c) => c.failing.length > 0).length,
      errors: 0,
      skipped: cases.filter(
        (c) => c.failing.length === 0 && c.passing.length === 0 && c.ignored.length > 0
      ).length
    }
    for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) total[k] += counts[k]
    suites.push(
      [
        `  <testsuite name="${attr(file.path)}" ${countsAttrs(counts)}>`,
        ...cases.map((c) => renderCase(c, file.path)),
        '  </testsuite>'
      ].join('\n')
    )
  }
  for (const u of run.unreadable) {
    total.tests++
    total.errors++
    suites.push(
      [
        `  <testsuite name="${attr(u.path)}" ${countsAttrs({ tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
        `    <testcase name="read the file" classname="${attr(u.path)}">`,
        `      <error message="${attr(u.error)}" type="unreadable-file">${escapeXml(u.error)}</error>`,
        '    </testcase>',
        '  </testsuite>'
      ].join('\n')
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pipewright validate" ${countsAttrs(total)}>`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}
