import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../src/shared/analysis/analyzeDiagram'
import { moneyText } from '../../src/shared/estimation/costLine'
import type { DiffJson } from '../../src/shared/diff/diffJson'
import { loadDiagram } from '../../src/shared/diagram/loadDiagram'
import { main } from '../../src/cli/main'
import { fakeIo } from './fakeIo'

const ROOT = resolve(__dirname, '../..')
const BIN = resolve(ROOT, 'bin/pipewright.cjs')
const TEMPLATE = resolve(ROOT, 'resources/templates/clickstream-data-lake.pipewright.json')
const CFN = resolve(ROOT, 'tests/fixtures/cli/clickstream.template.yaml')

/** Commits work on a clean CI machine: a name, an address and no user or system git config. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Pipewright Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Pipewright Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

function run(args: string[], cwd = ROOT): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: GIT_ENV })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      env: GIT_ENV,
      encoding: 'utf8'
    }
  )
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

/** The part of a diagram file these tests edit, as plain JSON. */
interface Writable {
  name: string
  nodes: Array<{ id: string; position: { x: number }; config?: Record<string, unknown> }>
  edges: Array<{ id: string; source: string; target: string }>
}

const readTemplate = (): Writable => JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Writable

/**
 * The clickstream template after a change a reviewer should catch: ten times the clicks with the
 * shards set to 10 (still too few: a new error), the stream wired straight to S3 (not an
 * integration: a new error), the dashboards removed, and a node moved.
 */
function changedClickstream(): Writable {
  const d = readTemplate()
  const byId = (id: string) => d.nodes.find((n) => n.id === id)!
  byId('web-apps').config = { ...byId('web-apps').config, recordsPerSecond: 20_000 }
  byId('click-stream').config = { ...byId('click-stream').config, shards: 10 }
  byId('raw-clicks').position.x += 60
  d.nodes = d.nodes.filter((n) => n.id !== 'dashboards')
  d.edges = d.edges.filter((e) => e.target !== 'dashboards')
  d.edges.push({ id: 'click-stream--raw-clicks', source: 'click-stream', target: 'raw-clicks' })
  return d
}

/** A folder with before.pipewright.json (the template) and after.pipewright.json (changed). */
function pairFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-diff-'))
  copyFileSync(TEMPLATE, join(dir, 'before.pipewright.json'))
  writeFileSync(join(dir, 'after.pipewright.json'), JSON.stringify(changedClickstream(), null, 2))
  return dir
}

const analysisOf = (path: string) => {
  const loaded = loadDiagram(readFileSync(path, 'utf8'))
  if (!loaded.ok) throw new Error(loaded.error.message)
  return analyzeDiagram(loaded.diagram)
}

// Each test runs the real bin (about a second a run on a busy machine), some of them several times.
describe('pipewright diff on gallery templates', { timeout: 60_000 }, () => {
  const dir = pairFolder()
  const before = analysisOf(join(dir, 'before.pipewright.json'))
  const after = analysisOf(join(dir, 'after.pipewright.json'))

  it('prints the cost, the new errors, the structure and the capacity as text, and exits 0', () => {
    const r = run(['diff', 'before.pipewright.json', 'after.pipewright.json'], dir)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const total = `Monthly cost: ${moneyText(before.estimate.totalMonthlyCostUSD)} → ${moneyText(after.estimate.totalMonthlyCostUSD)}`
    expect(r.out).toContain(total)
    expect(r.out).toMatch(/Problems: 2 new errors, 0 new warnings/)
    expect(r.out).toMatch(/error +not-integrated +edge click-stream--raw-clicks/)
    expect(r.out).toMatch(/error +kds-under-provisioned +node click-stream/)
    expect(r.out).toContain('  - Product dashboards (dashboards, Amazon QuickSight)')
    expect(r.out).toContain('      config.shards: 4 → 10')
    expect(r.out).toContain('      config.recordsPerSecond: 2000 → 20000')
    expect(r.out).toContain('(1 moved on the canvas, not listed)')
    expect(r.out).toContain('  + click-stream--raw-clicks: click-stream → raw-clicks')
    const needed = (a: typeof before) => a.estimate.byId.get('click-stream')!.capacity.shardsNeeded
    expect(r.out).toContain('      Shards: 4 → 10')
    expect(r.out).toContain(`      Shards the peak needs: ${needed(before)} → ${needed(after)}`)
    // New errors come before the rest of the report.
    expect(r.out.indexOf('New problems:')).toBeLessThan(r.out.indexOf('Services:'))
  })

  it('prints a Markdown comment for a pull request (reviewed snapshot)', async () => {
    const r = run(
      ['diff', 'before.pipewright.json', 'after.pipewright.json', '--format', 'markdown'],
      dir
    )
    expect(r.code).toBe(0)
    await expect(r.out).toMatchFileSnapshot('__snapshots__/diff-clickstream.md')
  })

  it('prints the documented JSON, whose per-service deltas add up to the total', () => {
    const r = run(['diff', 'before.pipewright.json', 'after.pipewright.json', '--format=json'], dir)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as DiffJson
    expect(Object.keys(json)).toEqual([
      'before',
      'after',
      'notes',
      'cost',
      'problems',
      'nodes',
      'edges',
      'diagram',
      'capacity'
    ])
    expect(json.before).toEqual({ input: 'before.pipewright.json', name: readTemplate().name })
    const sum = json.cost.services.reduce((s, c) => s + c.deltaUSD, 0)
    // Each delta is rounded to cents on its own: the sum may be off by a cent per service.
    expect(Math.abs(sum - json.cost.deltaUSD)).toBeLessThanOrEqual(0.01 * json.cost.services.length)
    expect(json.cost.afterUSD).toBeCloseTo(after.estimate.totalMonthlyCostUSD, 2)
    expect(json.cost.percent).toBeCloseTo(
      (100 * (after.estimate.totalMonthlyCostUSD - before.estimate.totalMonthlyCostUSD)) /
        before.estimate.totalMonthlyCostUSD,
      1
    )
    const dashboards = json.cost.services.find((s) => s.id === 'dashboards')!
    expect(dashboards).toMatchObject({ afterUSD: 0, percent: -100 })
    expect(json.problems.new.map((p) => p.code).sort()).toEqual([
      'kds-under-provisioned',
      'not-integrated'
    ])
    expect(json.problems.counts.before.error).toBe(before.counts.error)
    expect(json.nodes.removed).toEqual([
      { id: 'dashboards', service: 'quicksight', label: 'Product dashboards' }
    ])
    expect(json.nodes.moved).toBe(1)
    const stream = json.capacity.find((c) => c.id === 'click-stream')!
    expect(stream.figures).toContainEqual({ key: 'shards', label: 'Shards', before: 4, after: 10 })
  })

  it('compares two CloudFormation templates, imported in memory, by logical id', () => {
    const cfnDir = mkdtempSync(join(tmpdir(), 'pipewright-diff-cfn-'))
    let text = readFileSync(CFN, 'utf8')
    text = text.replace('ShardCount: !If [IsProd, 4, 1]', 'ShardCount: 6')
    text = text.replace('IntervalInSeconds: 60', 'IntervalInSeconds: 300')
    text =
      text.slice(0, text.indexOf('  SessionizerFunction:')) + text.slice(text.indexOf('Outputs:'))
    expect(text).not.toContain('Sessionizer')
    copyFileSync(CFN, join(cfnDir, 'stack.template.yaml'))
    writeFileSync(join(cfnDir, 'next.template.yaml'), text)
    const r = run(['diff', 'stack.template.yaml', 'next.template.yaml', '--format', 'json'], cfnDir)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as DiffJson
    expect(json.notes).toEqual([
      'stack.template.yaml: imported in memory from a CloudFormation template; node ids are its logical ids.',
      'next.template.yaml: imported in memory from a CloudFormation template; node ids are its logical ids.'
    ])
    expect(json.nodes.removed.map((n) => n.id)).toEqual(['SessionizerFunction'])
    expect(json.edges.removed.map((e) => e.target)).toEqual(['SessionizerFunction'])
    const changed = Object.fromEntries(json.nodes.changed.map((n) => [n.id, n.changes]))
    expect(changed.ArchiveDelivery).toEqual([
      { path: 'config.bufferIntervalSeconds', before: 60, after: 300 }
    ])
    expect(changed.ClickStream).toContainEqual(
      expect.objectContaining({ path: 'config.shards', after: 6 })
    )
    // The diagram's name comes from the file's name: not a change to review.
    expect(json.diagram).toEqual([])
    const shards = json.capacity
      .find((c) => c.id === 'ClickStream')!
      .figures.find((f) => f.key === 'shards')
    expect(shards?.after).toBe(6)
    expect(json.cost.deltaUSD).toBeGreaterThan(0)
  })

  it('exits 2 for a missing input, a wrong --format or one input only; prints its help', async () => {
    // The command line's checks, in process: the bin runs above and below.
    const cli = async (args: string[]) => {
      const { io, state } = fakeIo({ 'a.json': readFileSync(TEMPLATE, 'utf8') })
      return { code: await main(args, io), ...state }
    }
    const missing = await cli(['diff', 'a.json', 'nope.json'])
    expect(missing.code).toBe(2)
    expect(missing.err).toBe('Cannot read nope.json: no such file.\n')
    expect(missing.out).toBe('')
    const format = await cli(['diff', 'a.json', 'a.json', '--format', 'yaml'])
    expect(format.code).toBe(2)
    expect(format.err).toBe('--format takes text, markdown or json, not "yaml".\n')
    const one = await cli(['diff', 'a.json'])
    expect(one.code).toBe(2)
    expect(one.err).toMatch(/^diff takes BEFORE and AFTER\.\n\nUsage:/)
    const page = await cli(['diff', 'a.json', 'a.json', '--page', '2'])
    expect(page.code).toBe(2)
    expect(page.err).toContain('--page is for draw.io files')
    const help = await cli(['diff', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('git:REV:PATH')
    const same = await cli(['diff', 'a.json', 'a.json'])
    expect(same.code).toBe(0)
    expect(same.out).toMatch(/\nNo changes\.\n$/)
  })
})

describe('pipewright diff with git: inputs', { timeout: 60_000 }, () => {
  /** A repository with pipelines/click.pipewright.json committed, then changed in the work tree. */
  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'pipewright-diff-git-'))
    mkdirSync(join(dir, 'pipelines'))
    git(dir, 'init', '-q')
    copyFileSync(TEMPLATE, join(dir, 'pipelines/click.pipewright.json'))
    git(dir, 'add', 'pipelines/click.pipewright.json')
    git(dir, 'commit', '-q', '-m', 'clickstream')
    writeFileSync(
      join(dir, 'pipelines/click.pipewright.json'),
      JSON.stringify(changedClickstream(), null, 2)
    )
    return dir
  }

  it('reads BEFORE from a revision: from the root, or from the current folder with ./', () => {
    const dir = repo()
    const fromRoot = run(
      [
        'diff',
        'git:HEAD:pipelines/click.pipewright.json',
        'pipelines/click.pipewright.json',
        '--format',
        'json'
      ],
      dir
    )
    expect(fromRoot.err).toBe('')
    expect(fromRoot.code).toBe(0)
    const json = JSON.parse(fromRoot.out) as DiffJson
    expect(json.before.input).toBe('git:HEAD:pipelines/click.pipewright.json')
    expect(json.nodes.removed.map((n) => n.id)).toEqual(['dashboards'])
    expect(json.problems.new.map((p) => p.code)).toContain('not-integrated')
    const sub = join(dir, 'pipelines')
    const fromHere = run(
      ['diff', 'git:main:./click.pipewright.json', 'click.pipewright.json', '--format', 'json'],
      sub
    )
    expect(fromHere.code).toBe(0)
    const here = JSON.parse(fromHere.out) as DiffJson
    expect(here.cost).toEqual(json.cost)
    // Without ./ the path is from the root, where there is no click.pipewright.json.
    const rootPath = run(['diff', 'git:main:click.pipewright.json', 'click.pipewright.json'], sub)
    expect(rootPath.code).toBe(0)
    expect(rootPath.out).toContain('new file')
  })

  it('takes a path the revision does not have as an empty diagram: everything is added', () => {
    const dir = repo()
    writeFileSync(join(dir, 'pipelines/new.pipewright.json'), readFileSync(TEMPLATE, 'utf8'))
    const r = run(
      ['diff', 'git:HEAD:pipelines/new.pipewright.json', 'pipelines/new.pipewright.json'],
      dir
    )
    expect(r.code).toBe(0)
    // git words it "exists on disk, but not in 'HEAD'" when the work tree has the file.
    expect(r.out).toMatch(
      /^git:HEAD:pipelines\/new\.pipewright\.json: new file \(path 'pipelines\/new\.pipewright\.json' (does not exist in|exists on disk, but not in) 'HEAD'\): everything is added\.$/m
    )
    expect(r.out).not.toContain('Diagram:')
    const template = readTemplate()
    expect(r.out).toContain(`Services: ${template.nodes.length} added, 0 removed, 0 changed`)
    expect(r.out).toContain(`Connections: ${template.edges.length} added`)
    expect(r.out).toContain(
      `Monthly cost: $0.00 → ${moneyText(analysisOf(TEMPLATE).estimate.totalMonthlyCostUSD)}`
    )
  })

  it("exits 2 with git's reason for an unknown revision, outside a repository, and refuses a REV starting with -", () => {
    const dir = repo()
    const unknown = run(
      [
        'diff',
        'git:no-such-branch:pipelines/click.pipewright.json',
        'pipelines/click.pipewright.json'
      ],
      dir
    )
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('Cannot read git:no-such-branch:pipelines/click.pipewright.json:')
    expect(unknown.err).toContain("invalid object name 'no-such-branch'")
    expect(unknown.out).toBe('')
    const option = run(
      ['diff', 'git:--output=/tmp/x:click.json', 'pipelines/click.pipewright.json'],
      dir
    )
    expect(option.code).toBe(2)
    expect(option.err).toContain('a revision cannot start with "-"')
    const malformed = run(['diff', 'git:HEAD', 'pipelines/click.pipewright.json'], dir)
    expect(malformed.code).toBe(2)
    expect(malformed.err).toContain('a git input is git:REV:PATH')
    const outside = mkdtempSync(join(tmpdir(), 'pipewright-diff-nogit-'))
    copyFileSync(TEMPLATE, join(outside, 'click.pipewright.json'))
    const noRepo = run(['diff', 'git:HEAD:click.pipewright.json', 'click.pipewright.json'], outside)
    expect(noRepo.code).toBe(2)
    expect(noRepo.err).toContain('not a git repository')
  })
})
