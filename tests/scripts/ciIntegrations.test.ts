import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * action.yml and .pre-commit-hooks.yaml as a runner and pre-commit use them: the action's shell
 * steps run with bash in a temporary repository, with the variables GitHub sets and a stand-in
 * `gh` that records the comment; the hook's script runs with staged files as pre-commit passes them.
 */
const ROOT = resolve(__dirname, '../..')
const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/diagrams', name)

interface Step {
  name?: string
  id?: string
  if?: string
  run?: string
  uses?: string
  env?: Record<string, string>
  'working-directory'?: string
}
interface Action {
  inputs: Record<string, { default: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: Step[] }
}
const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as Action
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!

/** `${{ inputs.x }}` and the rest, as the runner would substitute them for this test. */
function substitute(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in context)) throw new Error(`the test does not know ${expr}`)
    return context[expr]!
  })
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim()
}

/** Runs one of the action's shell steps in `repo`, with the inputs given (defaults otherwise). */
function runStep(
  name: string,
  repo: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
  binDir?: string
) {
  const s = step(name)
  const temp = mkdtempSync(join(tmpdir(), 'pipewright-runner-'))
  const output = join(temp, 'output')
  const summary = join(temp, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const context: Record<string, string> = {
    'github.action_path': ROOT,
    'github.token': 'token',
    'github.event.pull_request.number': '7',
    ...extra
  }
  for (const [key, spec] of Object.entries(action.inputs))
    context[`inputs.${key}`] = inputs[key] ?? substitute(spec.default, context)
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(s.env ?? {})) env[key] = substitute(value, context)
  const r = spawnSync('bash', ['-e', '-c', s.run!], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      PATH: binDir ? `${binDir}:${process.env.PATH ?? ''}` : (process.env.PATH ?? ''),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp
    }
  })
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr,
    output: readFileSync(output, 'utf8'),
    summary: readFileSync(summary, 'utf8'),
    temp
  }
}

/** A repository with a base commit and a pull request's change on top of it. */
function pullRequest(): { repo: string; base: string } {
  const repo = mkdtempSync(join(tmpdir(), 'pipewright-pr-'))
  git(repo, 'init', '-q')
  mkdirSync(join(repo, 'pipelines'))
  copyFileSync(
    fixture('valid-clickstream.pipewright.json'),
    join(repo, 'pipelines/click.pipewright.json')
  )
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'base')
  const base = git(repo, 'rev-parse', 'HEAD')
  // The change: the stream gets ten times the traffic, and a new diagram with an error arrives.
  const click = JSON.parse(readFileSync(join(repo, 'pipelines/click.pipewright.json'), 'utf8')) as {
    nodes: Array<{ service: string; config?: Record<string, unknown> }>
  }
  const producer = click.nodes.find((n) => n.service === 'producer-app')!
  producer.config = { ...producer.config, recordsPerSecond: 50_000 }
  writeFileSync(
    join(repo, 'pipelines/click.pipewright.json'),
    `${JSON.stringify(click, null, 2)}\n`
  )
  copyFileSync(fixture('invalid-edge.pipewright.json'), join(repo, 'pipelines/new.pipewright.json'))
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'change')
  return { repo, base }
}

describe('action.yml', { timeout: 60_000 }, () => {
  it('is a composite action whose steps run the checkout’s own bin', () => {
    expect(action.runs.using).toBe('composite')
    for (const s of action.runs.steps.filter((x) => x.run))
      for (const value of Object.values(s.env ?? {}))
        if (value.includes('pipewright.cjs'))
          expect(value).toBe('${{ github.action_path }}/bin/pipewright.cjs')
    expect(Object.keys(action.inputs).sort()).toEqual([
      'comment-diff',
      'diff-paths',
      'fail-on',
      'github-token',
      'ignore',
      'paths',
      'sarif'
    ])
  })

  it('validates with GitHub annotations, sets exit-code, writes SARIF and a summary, and fails on an error', () => {
    const { repo } = pullRequest()
    const r = runStep('Validate', repo, { paths: 'pipelines', sarif: 'report.sarif' })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /^::error file=pipelines\/new\.pipewright\.json,line=\d+,col=\d+,title=not-integrated::/m
    )
    expect(r.output).toBe('exit-code=1\n')
    expect(r.summary).toMatch(
      /^\*\*Pipewright\*\*: 2 files checked, [1-9]\d* errors?, \d+ warnings?/
    )
    const sarif = JSON.parse(readFileSync(join(repo, 'report.sarif'), 'utf8')) as {
      version: string
    }
    expect(sarif.version).toBe('2.1.0')
    const ignored = runStep('Validate', repo, {
      paths: 'pipelines/new.pipewright.json',
      ignore: 'not-integrated'
    })
    expect(ignored.code).toBe(0)
    expect(ignored.output).toBe('exit-code=0\n')
  })

  it('comments one diff per changed diagram against the base commit, through gh', () => {
    const { repo, base } = pullRequest()
    const bin = mkdtempSync(join(tmpdir(), 'pipewright-gh-'))
    const calls = join(bin, 'calls')
    // A stand-in gh: records its arguments and the comment's body; --edit-last fails (no comment yet).
    writeFileSync(
      join(bin, 'gh'),
      `#!/bin/sh\necho "$*" >> "${calls}"\ncase "$*" in *--edit-last*) exit 1;; esac\nwhile [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "${bin}/body.md"; shift; done\n`
    )
    chmodSync(join(bin, 'gh'), 0o755)
    const r = runStep(
      'Comment the diff on the pull request',
      repo,
      {},
      { 'github.event.pull_request.base.sha': base },
      bin
    )
    expect(r.code, r.err).toBe(0)
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      expect.stringMatching(/^pr comment 7 --edit-last --body-file /),
      expect.stringMatching(/^pr comment 7 --body-file /)
    ])
    const body = readFileSync(join(bin, 'body.md'), 'utf8')
    expect(body.startsWith('<!-- pipewright-diff -->')).toBe(true)
    expect(body).toContain('### `pipelines/click.pipewright.json`')
    expect(body).toContain('### `pipelines/new.pipewright.json`')
    expect(body).toMatch(/new file/i)
  })
})

describe('.pre-commit-hooks.yaml', { timeout: 60_000 }, () => {
  const hooks = parse(readFileSync(resolve(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
    id: string
    entry: string
    language: string
    files: string
  }>

  it('offers pipewright-validate, a script hook for diagram files', () => {
    expect(hooks.map((h) => h.id)).toEqual(['pipewright-validate'])
    const hook = hooks[0]!
    expect(hook.language).toBe('script')
    expect(new RegExp(hook.files).test('pipelines/click.pipewright.json')).toBe(true)
    expect(new RegExp(hook.files).test('package.json')).toBe(false)
  })

  it('runs validate on the files pre-commit passes, from any folder, and fails the commit on an error', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pipewright-commit-'))
    copyFileSync(fixture('valid-clickstream.pipewright.json'), join(repo, 'good.pipewright.json'))
    copyFileSync(fixture('invalid-edge.pipewright.json'), join(repo, 'bad.pipewright.json'))
    const entry = resolve(ROOT, hooks[0]!.entry)
    const good = spawnSync(entry, ['good.pipewright.json'], { cwd: repo, encoding: 'utf8' })
    expect(good.status, good.stderr).toBe(0)
    const bad = spawnSync(entry, ['good.pipewright.json', 'bad.pipewright.json'], {
      cwd: repo,
      encoding: 'utf8'
    })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('bad.pipewright.json: 1 error')
    expect(bad.stdout).toContain('2 files checked')
  })
})
