import { spawnSync } from 'node:child_process'
import { builtinModules } from 'node:module'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main, nodeIo, type CliIo } from '../../src/cli/main'

/**
 * The CLI an installed app ships (resources/cli/pipewright.cjs): one file, built by
 * build/cli.vite.config.mts, that a plain Node.js runs with no node_modules, tsx or sources.
 */

const ROOT = resolve(__dirname, '../..')
const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/diagrams', name)
let outDir = ''
let bundle = ''

beforeAll(async () => {
  // Outside the checkout, so that nothing can be found in its node_modules or src/.
  outDir = mkdtempSync(join(tmpdir(), 'pipewright-cli-'))
  await build({ configFile: join(ROOT, 'build/cli.vite.config.mts'), build: { outDir } })
  bundle = join(outDir, 'pipewright.cjs')
}, 60_000)
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true })
})

/** What the CLI prints when run from the sources, in this process. */
async function fromSources(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { ...nodeIo, stdout: (t) => (out += t), stderr: (t) => (err += t) }
  const code = await main(args, io)
  return { code, out, err }
}

function fromBundle(args: string[]) {
  const run = spawnSync(process.execPath, [bundle, ...args], {
    cwd: outDir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('the bundled CLI (out/cli/pipewright.cjs)', () => {
  it('is one file that requires only Node’s own modules', () => {
    const text = readFileSync(bundle, 'utf8')
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true)
    // Lines of comments are left out: bundled libraries keep their JSDoc (`require('picomatch')`).
    const code = text
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n')
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!)
    const builtin = new Set(builtinModules)
    expect(required.filter((name) => !builtin.has(name.replace(/^node:/, '')))).toEqual([])
    expect(text).not.toContain('tsx/cjs')
  })

  // Exit 1 (errors found), 0 (JSON estimate) and 2 (not a diagram).
  it.each([
    ['validate', 'invalid-edge.pipewright.json'],
    ['estimate', 'valid-clickstream.pipewright.json', '--json'],
    ['validate', 'broken-json.json']
  ])('prints and exits as the CLI from the sources: %s %s', async (command, file, ...flags) => {
    const args = [command, fixture(file), ...flags]
    const expected = await fromSources(args)
    expect(fromBundle(args)).toEqual(expected)
  })

  // A folder walked and a glob expanded (tinyglobby and picomatch inside the bundle), in SARIF.
  it.each([
    ['validate', fixture(''), '--format', 'sarif'],
    ['validate', resolve(ROOT, 'tests/fixtures/diagrams/*.pipewright.json'), '--format', 'junit']
  ])('checks many files as the CLI from the sources: %s %s %s %s', async (...args) => {
    const expected = await fromSources(args)
    expect(expected.out.length).toBeGreaterThan(0)
    expect(fromBundle(args)).toEqual(expected)
  })

  // A template imported (ELK lays it out inside the bundle) and validated in memory.
  it.each([
    ['import', '--json', '--force', '-o', 'OUT'],
    ['validate', '--json']
  ])('imports a template as the CLI from the sources: %s', async (command, ...flags) => {
    const template = resolve(ROOT, 'tests/fixtures/cli/clickstream.template.yaml')
    const args = [
      command,
      template,
      ...flags.map((f) => (f === 'OUT' ? join(outDir, 'c.pipewright.json') : f))
    ]
    const expected = await fromSources(args)
    expect(fromBundle(args)).toEqual(expected)
  })
})
