import { readdirSync, readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { formatCitation } from '../../../src/shared/catalog/citations'
import { OWN_RULE_CITATIONS, OWN_RULES } from '../../../src/shared/validation/ownRules'
import {
  PROBLEM_CODES,
  problemCodeAnchor,
  problemCodeInfo
} from '../../../src/shared/report/problemCodes'
import { renderIntegrationsDocWithCodes } from '../../../src/shared/report/problemCodesDoc'
import { REPO_DIR } from '../helpers'
import { checkedRepoFile } from './checkRunOf'

interface Emitted {
  code: string
  /** The severity written beside the code, when it is a literal. */
  severity?: string
  where: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(`${REPO_DIR}${dir}`, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => `${e.parentPath.slice(REPO_DIR.length)}/${e.name}`.replace(/\/+/g, '/'))
}

function literal(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : undefined
}

/**
 * Every code a Problem-shaped object literal (one with `severity` and `code`) can have, read
 * from the TypeScript syntax: a literal, both branches of a conditional, or a parameter of the
 * enclosing function, resolved through the calls to that function in the same file. Anything
 * else is reported as unresolved, so a new way of building a code makes this test fail.
 */
/**
 * `{ severity: p.severity, code: p.code, … }`: a problem already made, copied field by field for
 * output (problemToJson). It raises no code of its own.
 */
function copiesAProblem(code: ts.ObjectLiteralElement, severity: ts.ObjectLiteralElement): boolean {
  const field = (p: ts.ObjectLiteralElement, name: string) =>
    ts.isPropertyAssignment(p) &&
    ts.isPropertyAccessExpression(p.initializer) &&
    p.initializer.name.text === name
      ? p.initializer.expression.getText()
      : undefined
  const from = field(code, 'code')
  return from !== undefined && from === field(severity, 'severity')
}

function emittedCodes(path: string): { emitted: Emitted[]; unresolved: string[] } {
  const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const emitted: Emitted[] = []
  const unresolved: string[] = []
  const calls: ts.CallExpression[] = []
  const collect = (n: ts.Node) => {
    if (ts.isCallExpression(n)) calls.push(n)
    n.forEachChild(collect)
  }
  collect(file)
  const where = (n: ts.Node) =>
    `${path}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`

  const resolve = (expr: ts.Expression, depth = 0): string[] | undefined => {
    const value = literal(expr)
    if (value !== undefined) return [value]
    if (ts.isParenthesizedExpression(expr)) return resolve(expr.expression, depth)
    if (ts.isConditionalExpression(expr)) {
      const a = resolve(expr.whenTrue, depth)
      const b = resolve(expr.whenFalse, depth)
      return a && b ? [...a, ...b] : undefined
    }
    if (ts.isIdentifier(expr) && depth < 3) {
      // A parameter of a function around it: the codes are the arguments of its calls.
      const named = (p: ts.ParameterDeclaration) =>
        ts.isIdentifier(p.name) && p.name.text === expr.text
      const fn = ts.findAncestor(
        expr.parent,
        (n) => ts.isFunctionLike(n) && n.parameters.some(named)
      )
      if (!fn || !ts.isFunctionDeclaration(fn) || !fn.name) return undefined
      const index = fn.parameters.findIndex(named)
      const name = fn.name.text
      const args = calls
        .filter((c) => ts.isIdentifier(c.expression) && c.expression.text === name)
        .map((c) => c.arguments[index])
      if (args.length === 0) return undefined
      const out: string[] = []
      for (const arg of args) {
        const codes = arg ? resolve(arg, depth + 1) : undefined
        if (!codes) return undefined
        out.push(...codes)
      }
      return out
    }
    return undefined
  }

  const visit = (n: ts.Node) => {
    if (ts.isObjectLiteralExpression(n)) {
      const prop = (name: string) =>
        n.properties.find(
          (p) =>
            (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
            ts.isIdentifier(p.name) &&
            p.name.text === name
        )
      const code = prop('code')
      const severity = prop('severity')
      if (code && severity && !copiesAProblem(code, severity)) {
        const expr = ts.isPropertyAssignment(code)
          ? code.initializer
          : (code as ts.ShorthandPropertyAssignment).name
        const codes = resolve(expr)
        const sev = ts.isPropertyAssignment(severity) ? literal(severity.initializer) : undefined
        if (codes)
          for (const c of codes)
            emitted.push({ code: c, where: where(code), ...(sev ? { severity: sev } : {}) })
        else unresolved.push(`${where(code)}: ${expr.getText()}`)
      }
    }
    n.forEachChild(visit)
  }
  visit(file)
  return { emitted, unresolved }
}

// The reports describe the codes (the catalog itself holds every code and severity); they raise none.
const SOURCES = sourceFiles('src/shared').filter((p) => !p.startsWith('src/shared/report/'))
const scanned = SOURCES.map(emittedCodes)
const emitted = scanned.flatMap((s) => s.emitted)

/** Every file the analysis can be run on in the repository: the gallery and the fixtures. */
const ANALYSED = [
  ...readdirSync(`${REPO_DIR}resources/templates`)
    .filter((f) => f.endsWith('.pipewright.json'))
    .map((f) => `resources/templates/${f}`),
  ...[
    'invalid-edge.pipewright.json',
    'many-errors.pipewright.json',
    'v1-format.pipewright.json',
    'valid-clickstream.pipewright.json',
    'warnings-only.pipewright.json'
  ].map((f) => `tests/fixtures/diagrams/${f}`),
  ...readdirSync(`${REPO_DIR}tests/fixtures/cloudformation`).map(
    (f) => `tests/fixtures/cloudformation/${f}`
  ),
  'tests/fixtures/cli/clickstream.template.yaml',
  'tests/fixtures/ui-import/clickstream-sam.yaml',
  'tests/fixtures/report/stream-processor.template.yaml',
  'tests/fixtures/report/stream-processor.template.json'
]

describe('the problem-code catalog', () => {
  it('resolves every code the sources build', () => {
    expect(scanned.flatMap((s) => s.unresolved)).toEqual([])
    // The scan does find the codes it should: literal, conditional and through requiresInput().
    const codes = new Set(emitted.map((e) => e.code))
    for (const code of [
      'orphan-node',
      'integration-caveat',
      'athena-needs-catalog',
      'kds-under-provisioned'
    ])
      expect(codes, code).toContain(code)
  })

  it('describes every code the sources emit, at the severity they emit it', () => {
    const missing = emitted
      .filter((e) => !problemCodeInfo(e.code))
      .map((e) => `${e.code} (${e.where})`)
    expect(missing).toEqual([])
    for (const e of emitted)
      if (e.severity) expect(problemCodeInfo(e.code)!.severity, e.where).toBe(e.severity)
  })

  it('lists no code the sources never emit, and each code once', () => {
    const codes = new Set(emitted.map((e) => e.code))
    expect(PROBLEM_CODES.map((c) => c.code).filter((c) => !codes.has(c))).toEqual([])
    expect(new Set(PROBLEM_CODES.map((c) => c.code)).size).toBe(PROBLEM_CODES.length)
  })

  it('puts each code in the family of the file that raises it', () => {
    const family = (where: string) =>
      where.startsWith('src/shared/validation/graphRules.ts')
        ? 'graph'
        : where.startsWith('src/shared/analysis/ignores.ts')
          ? 'suppression'
          : where.startsWith('src/shared/validation/')
            ? 'edge'
            : 'estimate'
    for (const e of emitted) expect(problemCodeInfo(e.code)!.family, e.where).toBe(family(e.where))
  })

  it('has a title, a paragraph and, for Pipewright’s own rules, the rule it is', () => {
    for (const c of PROBLEM_CODES) {
      expect(c.title.length, c.code).toBeGreaterThan(3)
      expect(c.description, c.code).toMatch(/^[A-Z`].{40,}\.$/s)
      if (c.ownRule) expect(OWN_RULES[c.ownRule], c.code).toBeTruthy()
    }
    // Every own rule docs/diagram-rules.md describes is a code here, cited as that rule.
    for (const rule of Object.keys(OWN_RULES)) expect(problemCodeInfo(rule)?.ownRule).toBe(rule)
  })

  it.each(ANALYSED)('catalogues every problem analysing %s gives, and its citation', (path) => {
    const file = checkedRepoFile(path)
    for (const p of file.analysis.problems) {
      const info = problemCodeInfo(p.code)
      expect(info, `${path}: ${p.code}`).toBeDefined()
      expect(p.severity, `${path}: ${p.code}`).toBe(info!.severity)
      const cited = info!.ownRule
        ? [OWN_RULE_CITATIONS[info!.ownRule]]
        : (info!.sources ?? []).map(formatCitation)
      if (cited.length > 0) expect(cited, `${path}: ${p.code}`).toContain(p.citation)
    }
  })

  it('between them, the fixtures and the gallery raise most of the codes', () => {
    const seen = new Set(
      ANALYSED.flatMap((p) => checkedRepoFile(p).analysis.problems.map((x) => x.code))
    )
    expect(seen.size).toBeGreaterThanOrEqual(10)
  })
})

describe('the Problem codes section of docs/integrations.md', () => {
  const doc = renderIntegrationsDocWithCodes()
  const anchors = [...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1])

  it('has one anchor per code, clashing with no other anchor', () => {
    for (const c of PROBLEM_CODES) expect(anchors, c.code).toContain(problemCodeAnchor(c.code))
    expect(new Set(anchors).size).toBe(anchors.length)
  })

  it('gives each code its title, severity, paragraph and sources', () => {
    for (const c of PROBLEM_CODES) {
      const start = doc.indexOf(`<a id="${problemCodeAnchor(c.code)}"></a>`)
      const next = doc.indexOf('<a id="', start + 1)
      const section = doc.slice(start, next < 0 ? undefined : next)
      expect(section).toContain(`### \`${c.code}\`: ${c.title}`)
      expect(section).toContain(`${c.severity}, from `)
      expect(section).toContain(c.description)
      for (const s of c.sources ?? [])
        expect(section, c.code).toContain(s.kind === 'aws' ? s.url : formatCitation(s))
      if (c.ownRule) expect(section).toContain(`(diagram-rules.md#${c.ownRule})`)
    }
  })
})
