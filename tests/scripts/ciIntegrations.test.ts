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

  /** A stand-in gh: records each call; `api` GETs answer with `existing` (a comment id, or nothing). */
  function standInGh(existing: string): { bin: string; calls: () => string[]; body: () => string } {
    const bin = mkdtempSync(join(tmpdir(), 'pipewright-gh-'))
    writeFileSync(
      join(bin, 'gh'),
      [
        '#!/bin/sh',
        `echo "$*" >> "${bin}/calls"`,
        `case "$*" in "api repos/"*"/comments --paginate"*) [ -n "${existing}" ] && echo "${existing}"; exit 0;; esac`,
        'while [ $# -gt 0 ]; do',
        `  case "$1" in --body-file) cp "$2" "${bin}/body.md";; body=@*) cp "\${1#body=@}" "${bin}/body.md";; esac`,
        '  shift',
        'done',
        ''
      ].join('\n')
    )
    chmodSync(join(bin, 'gh'), 0o755)
    return {
      bin,
      calls: () => readFileSync(join(bin, 'calls'), 'utf8').trim().split('\n'),
      body: () => readFileSync(join(bin, 'body.md'), 'utf8')
    }
  }

  const commentStep = (repo: string, base: string, gh: { bin: string }) =>
    runStep(
      'Comment the diff on the pull request',
      repo,
      {},
      { 'github.event.pull_request.base.sha': base, 'github.repository': 'acme/pipelines' },
      gh.bin
    )

  it('comments one diff per changed diagram against the base commit, then edits that comment', () => {
    const { repo, base } = pullRequest()
    const first = standInGh('')
    const r = commentStep(repo, base, first)
    expect(r.code, r.err).toBe(0)
    expect(first.calls()).toEqual([
      expect.stringMatching(/^api repos\/acme\/pipelines\/issues\/7\/comments --paginate/),
      expect.stringMatching(/^pr comment 7 --body-file /)
    ])
    const body = first.body()
    expect(body.startsWith('<!-- pipewright-diff -->')).toBe(true)
    expect(body).toContain('### `pipelines/click.pipewright.json`')
    expect(body).toContain('### `pipelines/new.pipewright.json`')
    expect(body).toMatch(/new file/i)
    // The job's log shows the comment too.
    expect(r.out).toContain('### `pipelines/click.pipewright.json`')

    const again = standInGh('42')
    expect(commentStep(repo, base, again).code).toBe(0)
    expect(again.calls()[1]).toMatch(
      /^api -X PATCH repos\/acme\/pipelines\/issues\/comments\/42 -F body=@/
    )
    expect(again.body()).toBe(body)
  })

  it('warns and goes on when the token cannot comment', () => {
    const { repo, base } = pullRequest()
    const bin = mkdtempSync(join(tmpdir(), 'pipewright-gh-'))
    writeFileSync(
      join(bin, 'gh'),
      '#!/bin/sh\necho "HTTP 403: Resource not accessible" >&2\nexit 1\n'
    )
    chmodSync(join(bin, 'gh'), 0o755)
    const r = commentStep(repo, base, { bin })
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^::warning title=Pipewright::Could not comment the diff/m)
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
