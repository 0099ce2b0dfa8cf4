import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ValidateRunJson } from '../../src/cli/validateCli'

/** `pipewright validate` as CI runs it: the real bin, in a folder of files, exit code and streams. */
const ROOT = resolve(__dirname, '../..')
const BIN = resolve(ROOT, 'bin/pipewright.cjs')
const fixture = (path: string) => resolve(ROOT, 'tests/fixtures', path)

function pipewright(cwd: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input })
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** A project folder: files copied in under the names given, nested folders made. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-many-'))
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    if (source.startsWith('fixture:')) copyFileSync(fixture(source.slice(8)), join(dir, name))
    else writeFileSync(join(dir, name), source)
  }
  return dir
}

const json = (out: string) => JSON.parse(out) as ValidateRunJson
const paths = (out: string) => json(out).files.map((f) => f.path)

/** A diagram whose one problem is the S3 bucket standing alone (orphan-node, a warning). */
function lonelyBucket(ignore?: object[]): string {
  return `${JSON.stringify(
    {
      format: 'pipewright/diagram',
      version: 5,
      name: 'lonely',
      nodes: [{ id: 'bucket', service: 's3', position: { x: 0, y: 0 } }],
      edges: [],
      ...(ignore ? { ignore } : {})
    },
    null,
    2
  )}\n`
}

describe('pipewright validate PATHS… (the real bin)', { timeout: 30_000 }, () => {
  it('walks folders for diagrams, templates and draw.io files, and passes over the rest', () => {
    const dir = project({
      'pipelines/ok.pipewright.json': 'fixture:diagrams/valid-clickstream.pipewright.json',
      'pipelines/team/bad.pipewright.json': 'fixture:diagrams/invalid-edge.pipewright.json',
      'infra/stack.yaml': 'fixture:cloudformation/firehose-delivery.yaml',
      'infra/dms.json': 'fixture:cloudformation/dms-cdc.json',
      'drawings/flow.drawio': 'fixture:drawio/clickstream.drawio',
      'package.json': '{"name": "not-a-diagram"}\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
      'node_modules/dep/x.pipewright.json': 'fixture:diagrams/invalid-edge.pipewright.json',
      '.git/y.pipewright.json': 'fixture:diagrams/invalid-edge.pipewright.json'
    })
    const r = pipewright(dir, ['validate', '.', '--format', 'json'])
    expect(paths(r.out)).toEqual([
      'drawings/flow.drawio',
      'infra/dms.json',
      'infra/stack.yaml',
      'pipelines/ok.pipewright.json',
      'pipelines/team/bad.pipewright.json'
    ])
    expect(json(r.out).files.map((f) => f.kind)).toEqual([
      'drawio',
      'cloudformation',
      'cloudformation',
      'diagram',
      'diagram'
    ])
    expect(r.code).toBe(1)
    expect(json(r.out).summary).toMatchObject({ files: 5, unreadable: 0 })
    expect(json(r.out).summary.errors).toBeGreaterThan(0)
  })

  it('expands a quoted glob, checks a file named twice once, and ends with one summary', () => {
    const dir = project({
      'a/one.pipewright.json': 'fixture:diagrams/valid-clickstream.pipewright.json',
      'a/b/two.pipewright.json': 'fixture:diagrams/warnings-only.pipewright.json',
      'a/b/notes.json': '{}'
    })
    const r = pipewright(dir, ['validate', 'a/**/*.pipewright.json', 'a/one.pipewright.json'])
    expect(r.code).toBe(0)
    expect(r.out.match(/^a\/[^:]+: /gm)).toEqual([
      'a/b/two.pipewright.json: ',
      'a/one.pipewright.json: '
    ])
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      '2 files checked: 0 errors, 1 warning in 1 file.'
    )
    const none = pipewright(dir, ['validate', 'a/**/*.drawio'])
    expect(none.code).toBe(2)
    expect(none.err).toBe('No files match a/**/*.drawio.\n')
  })

  it('reads standard input for -, named by --stdin-filename, which also tells its kind', () => {
    const template = readFileSync(fixture('cloudformation/firehose-delivery.yaml'), 'utf8')
    const asTemplate = pipewright(
      tmpdir(),
      ['validate', '-', '--stdin-filename', 'stack.yaml', '--json'],
      template
    )
    expect(asTemplate.err).toBe('')
    expect(json(asTemplate.out).files[0]).toMatchObject({
      path: 'stack.yaml',
      kind: 'cloudformation'
    })
    const diagram = readFileSync(fixture('diagrams/invalid-edge.pipewright.json'), 'utf8')
    const plain = pipewright(tmpdir(), ['validate', '-'], diagram)
    expect(plain.code).toBe(1)
    expect(plain.out.startsWith('<stdin>: 1 error, 0 warnings')).toBe(true)
    const broken = pipewright(tmpdir(), ['validate', '-'], '{"format": ')
    expect(broken.code).toBe(2)
    expect(broken.err).toMatch(/^<stdin>: Not valid JSON at line 1/)
    const twice = pipewright(tmpdir(), ['validate', '-', '-'], diagram)
    expect(twice).toMatchObject({ code: 2, err: 'Standard input (-) can be read once.\n' })
  })

  it('exits 2 when a file cannot be read, after checking and reporting every other', () => {
    const dir = project({
      'good.pipewright.json': 'fixture:diagrams/valid-clickstream.pipewright.json',
      'bad.pipewright.json': 'fixture:diagrams/invalid-edge.pipewright.json',
      'broken.pipewright.json': 'fixture:diagrams/broken-json.json'
    })
    const r = pipewright(dir, [
      'validate',
      'good.pipewright.json',
      'missing.pipewright.json',
      'broken.pipewright.json',
      'bad.pipewright.json',
      '--json'
    ])
    expect(r.code).toBe(2)
    const run = json(r.out)
    expect(run.files.map((f) => f.path)).toEqual(['good.pipewright.json', 'bad.pipewright.json'])
    expect(run.unreadable.map((u) => u.path)).toEqual([
      'missing.pipewright.json',
      'broken.pipewright.json'
    ])
    expect(run.unreadable[0]!.error).toBe('Cannot read missing.pipewright.json: no such file.')
    expect(r.err.split('\n')).toContain('Cannot read missing.pipewright.json: no such file.')
    const text = pipewright(dir, ['validate', '.', 'missing.pipewright.json'])
    expect(text.out.trimEnd().split('\n').at(-1)).toBe(
      '2 files checked: 1 error, 0 warnings in 1 file; 2 files could not be read.'
    )
  })

  it('fails on what --fail-on says, and --quiet shows errors only', () => {
    const dir = project({
      'warn.pipewright.json': 'fixture:diagrams/warnings-only.pipewright.json',
      'bad.pipewright.json': 'fixture:diagrams/invalid-edge.pipewright.json'
    })
    const warn = ['validate', 'warn.pipewright.json']
    expect(pipewright(dir, warn).code).toBe(0)
    expect(pipewright(dir, [...warn, '--fail-on', 'warning']).code).toBe(1)
    expect(pipewright(dir, ['validate', 'bad.pipewright.json', '--fail-on', 'never']).code).toBe(0)
    expect(pipewright(dir, ['validate', 'x', '--fail-on', 'sometimes'])).toMatchObject({
      code: 2,
      err: '--fail-on takes error, warning, never; not "sometimes".\n'
    })
    const quiet = pipewright(dir, ['validate', '.', '--quiet'])
    expect(quiet.out).not.toContain('integration-caveat')
    expect(quiet.out).toContain('not-integrated')
    expect(quiet.out).toContain('warn.pipewright.json: 0 errors, 1 warning')
    expect(quiet.out).toContain('No errors (--quiet leaves out warnings and notes).')
    const quietJson = json(
      pipewright(dir, ['validate', 'warn.pipewright.json', '--quiet', '--json']).out
    )
    expect(quietJson.files[0]!.problems).toEqual([])
    expect(quietJson.summary.warnings).toBe(1)
  })
})

describe('suppressing a problem', { timeout: 30_000 }, () => {
  it('hides it by the file’s ignore entry, counts it, and lists it with its reason on request', () => {
    const reason = 'Filled by replication from the finance account.'
    const dir = project({
      'lonely.pipewright.json': lonelyBucket([{ code: 'orphan-node', nodeId: 'bucket', reason }])
    })
    const r = pipewright(dir, ['validate', 'lonely.pipewright.json', '--fail-on', 'warning'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('lonely.pipewright.json: 0 errors, 0 warnings, 1 ignored')
    expect(r.out).not.toContain(reason)
    const shown = pipewright(dir, ['validate', 'lonely.pipewright.json', '--show-ignored'])
    expect(shown.out).toContain('ignored orphan-node  node bucket (Amazon S3)')
    expect(shown.out).toContain(`reason: ${reason}`)
    const file = json(pipewright(dir, ['validate', 'lonely.pipewright.json', '--json']).out)
      .files[0]!
    expect(file.ignored).toEqual([
      expect.objectContaining({ code: 'orphan-node', nodeId: 'bucket', reason, by: 'file' })
    ])
    expect(file.problems).toEqual([])
  })

  it('hides a code everywhere with --ignore, and says an ignore entry that matches nothing', () => {
    const dir = project({
      'lonely.pipewright.json': lonelyBucket(),
      'stale.pipewright.json': lonelyBucket([
        { code: 'orphan-node', nodeId: 'bucket', reason: 'a' },
        { code: 'not-integrated', edgeId: 'gone', reason: 'the edge was removed' }
      ])
    })
    const r = pipewright(dir, ['validate', '.', '--ignore', 'orphan-node', '--json'])
    const run = json(r.out)
    expect(run.files[0]!.ignored).toEqual([
      expect.objectContaining({ code: 'orphan-node', by: 'command line' })
    ])
    expect(run.files[1]!.problems).toEqual([
      expect.objectContaining({ code: 'unused-ignore', severity: 'warning', path: 'ignore[1]' })
    ])
    expect(run.summary).toMatchObject({ errors: 0, warnings: 1, ignored: 2 })
    expect(pipewright(dir, ['validate', '.', '--ignore', 'orphan-nodes'])).toMatchObject({
      code: 2,
      err: '--ignore orphan-nodes: no problem has that code; did you mean orphan-node? docs/integrations.md#problem-codes lists them.\n'
    })
    expect(pipewright(dir, ['validate', '.', '--ignore', 'Orphan Node'])).toMatchObject({
      code: 2,
      err: '--ignore takes a problem code such as orphan-node; not "Orphan Node".\n'
    })
  })
})
