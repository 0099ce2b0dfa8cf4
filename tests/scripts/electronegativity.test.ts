import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ALLOWED_FINDINGS } from '../../scripts/electronegativity-allowed.mjs'
import {
  compareWithAllowed,
  readmeSection,
  readmeWithSection,
  runElectronegativity
} from '../../scripts/electronegativity.mjs'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/contentSecurityPolicy'

/** A finding as the script reports it. */
function finding(issue: string, filename: string, sample?: string) {
  return {
    issue,
    severity: 'LOW',
    confidence: 'FIRM',
    filename,
    location: '1:0',
    sample,
    description: 'd',
    url: 'u'
  }
}

describe('the allow-list', () => {
  const allowed = [
    { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', sample: 'old policy', reason: 'r' }
  ]

  it('flags a finding it does not list, and a listed one whose sample changed', () => {
    const findings = [
      finding('CSP_GLOBAL_CHECK', 'renderer/index.html', 'new policy'),
      finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A')
    ]
    const { unjustified, stale } = compareWithAllowed(findings, allowed)
    expect(unjustified.map((f) => f.issue)).toEqual([
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK'
    ])
    expect(stale).toEqual(allowed)
  })

  it('passes a finding it lists, and reports an entry that matches nothing as stale', () => {
    const csp = finding('CSP_GLOBAL_CHECK', 'renderer/index.html', 'old policy')
    expect(compareWithAllowed([csp], allowed)).toEqual({ unjustified: [], stale: [] })
    // The same check on another file is another finding.
    expect(
      compareWithAllowed([{ ...csp, filename: 'renderer/other.html' }], allowed).unjustified
    ).toHaveLength(1)
    expect(compareWithAllowed([], allowed).stale).toEqual(allowed)
  })

  it('justifies the CSP finding for exactly the policy the app sends, so a new policy needs a new look', () => {
    const csp = ALLOWED_FINDINGS.find((entry) => entry.check === 'CSP_GLOBAL_CHECK')
    expect(csp?.sample).toBe(CONTENT_SECURITY_POLICY)
    for (const entry of ALLOWED_FINDINGS)
      expect(entry.reason.length, entry.check).toBeGreaterThan(40)
  })

  it('is what the README’s security section lists', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8')
    expect(readmeWithSection(readme), 'run npm run security -- --write-readme').toBe(readme)
    expect(readme).toContain(readmeSection())
    for (const entry of ALLOWED_FINDINGS) expect(readme).toContain(entry.reason)
  })
})

describe('running Electronegativity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-electronegativity-'))
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it(
    'finds what it should in an insecure app, so a pass on src/ means something',
    { timeout: 60_000 },
    () => {
      writeFileSync(
        join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } })\n"
      )
      const findings = runElectronegativity(dir)
      const checks = new Set(findings.map((f) => f.issue))
      expect(checks).toContain('CONTEXT_ISOLATION_JS_CHECK')
      expect(checks).toContain('SANDBOX_JS_CHECK')
      expect(checks).toContain('CSP_GLOBAL_CHECK')
      expect(compareWithAllowed(findings).unjustified.length).toBeGreaterThan(0)
    }
  )

  it(
    'fails on a file it cannot parse, which its CLI would skip without a word',
    { timeout: 60_000 },
    () => {
      writeFileSync(join(dir, 'broken.ts'), 'const x = <<<;\n')
      expect(() => runElectronegativity(dir)).toThrow(/could not parse .*broken\.ts/)
    }
  )
})
