import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { SarifLog } from '../../src/shared/report/sarifTypes'
import { expectValid } from '../unit/report/sarifSchema'

/** validate --format sarif|junit|github as CI runs it: the real bin, over a folder of mixed files. */
const ROOT = resolve(__dirname, '../..')
const BIN = resolve(ROOT, 'bin/pipewright.cjs')

const dir = mkdtempSync(join(tmpdir(), 'pipewright-formats-'))
const FILES = {
  'diagrams/bad.pipewright.json': 'tests/fixtures/diagrams/invalid-edge.pipewright.json',
  'diagrams/warn.pipewright.json': 'tests/fixtures/diagrams/warnings-only.pipewright.json',
  'stacks/processor.template.yaml': 'tests/fixtures/report/stream-processor.template.yaml'
}
for (const [name, source] of Object.entries(FILES)) {
  mkdirSync(join(dir, name, '..'), { recursive: true })
  copyFileSync(resolve(ROOT, source), join(dir, name))
}

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'validate', ...args], { cwd: dir, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** The 1-based line and column where `needle` first appears in a file of the folder. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n')
  const line = lines.findIndex((l) => l.includes(needle))
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 }
}

describe('validate report formats (the real bin)', { timeout: 30_000 }, () => {
  it('writes SARIF 2.1.0 that the schema accepts, each result at the line of its edge', () => {
    const r = validate('.', 'missing.pipewright.json', '--format', 'sarif')
    expect(r.code).toBe(2)
    const log: SarifLog = JSON.parse(r.out)
    expectValid(log)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('Pipewright')
    const notIntegrated = run.results.find(
      (x) =>
        x.ruleId === 'not-integrated' &&
        x.locations[0]?.physicalLocation?.artifactLocation.uri === 'diagrams/bad.pipewright.json'
    )
    expect(notIntegrated?.level).toBe('error')
    // The edge stream-lake is where its id is written in the file.
    const at = positionOf('diagrams/bad.pipewright.json', '"stream-lake"')
    expect(notIntegrated?.locations[0]?.physicalLocation?.region).toMatchObject({
      startLine: at.line,
      startColumn: at.column
    })
    const rule = run.tool.driver.rules.find((x) => x.id === 'not-integrated')
    expect(rule?.help.markdown).toContain('docs/integrations.md#problem-not-integrated')
    // The unreadable file is a notification, and the run did not succeed.
    expect(run.invocations[0]?.executionSuccessful).toBe(false)
    expect(JSON.stringify(run.invocations)).toContain('missing.pipewright.json')
  })

  it('writes JUnit XML that parses back, a testsuite per file and a failure per failing edge', () => {
    const r = validate('.', '--format', 'junit', '--fail-on', 'warning')
    expect(r.code).toBe(1)
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      r.out
    ) as {
      testsuites: {
        testsuite: Array<{
          name: string
          tests: string
          failures: string
          testcase: Array<{ name: string; failure?: { type: string } }>
        }>
      }
    }
    const suites = xml.testsuites.testsuite
    expect(suites.map((s) => s.name)).toEqual([
      'diagrams/bad.pipewright.json',
      'diagrams/warn.pipewright.json',
      'stacks/processor.template.yaml'
    ])
    const bad = suites[0]!
    expect(Number(bad.tests)).toBe(bad.testcase.length)
    const failing = bad.testcase.filter((t) => t.failure)
    expect(Number(bad.failures)).toBe(failing.length)
    expect(failing.map((t) => t.failure!.type)).toContain('not-integrated')
    expect(failing.find((t) => t.failure!.type === 'not-integrated')!.name).toContain('stream-lake')
    // --fail-on warning makes the warning-only diagram's caveat a failure too.
    expect(Number(suites[1]!.failures)).toBeGreaterThan(0)
  })

  it('prints GitHub workflow commands at the file, line and column of each problem', () => {
    const r = validate('diagrams', '--format', 'github')
    expect(r.code).toBe(1)
    const at = positionOf('diagrams/bad.pipewright.json', '"stream-lake"')
    expect(r.out).toContain(
      `::error file=diagrams/bad.pipewright.json,line=${at.line},col=${at.column},title=not-integrated::`
    )
    expect(r.out).toMatch(
      /^::warning file=diagrams\/warn\.pipewright\.json,line=\d+,col=\d+,title=integration-caveat::/m
    )
    for (const line of r.out.trimEnd().split('\n'))
      expect(line).toMatch(/^::(error|warning|notice) /)
  })
})
