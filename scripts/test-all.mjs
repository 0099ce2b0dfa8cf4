#!/usr/bin/env node
// npm test: lint, type checks, build, unit tests, Electronegativity, browser end-to-end tests; then one closing line
// "N passed, N failed, N skipped" summed over vitest and Playwright.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { CHROMIUM_PATH } from './chromium.mjs'

const VITEST_JSON = '.vitest-results.json'
const PLAYWRIGHT_JSON = '.playwright-results.json'

function run(title, command, args, env = {}) {
  process.stdout.write(`\n=== ${title}\n`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

for (const f of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(f, { force: true })
const failures = []
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

// eslint (typescript-eslint strict, layer rules, no import cycles), prettier --check, knip.
if (!run('lint (npm run lint)', npm, ['run', 'lint'])) failures.push('lint')

for (const project of [
  'tsconfig.shared.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'tsconfig.test.json',
  'bench/tsconfig.json'
]) {
  if (!run(`type check (${project})`, npx, ['tsc', '--noEmit', '-p', project]))
    failures.push(`type check ${project}`)
}
// npm run build: electron-vite build, then the CLI bundled for the packaged app (out/cli).
if (!run('build (npm run build)', npm, ['run', 'build'])) failures.push('build')

if (
  !run('unit tests (vitest)', npx, [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${VITEST_JSON}`
  ])
) {
  failures.push('vitest')
}

// Electronegativity exits 0 whatever it finds: the script fails on a finding docs/security.md does not justify.
if (
  !run('security check (Electronegativity, npm run security)', process.execPath, [
    'scripts/electronegativity.mjs'
  ])
)
  failures.push('security check')

const chromium = CHROMIUM_PATH
if (!existsSync(chromium)) {
  process.stdout.write(
    `\n${chromium} is missing: install Debian's Chromium (apt-get install -y chromium) to run the browser tests.\n`
  )
  failures.push('chromium missing')
} else {
  if (
    !run('end-to-end tests (Playwright: Chromium and Electron)', npx, ['playwright', 'test'], {
      CI: process.env.CI ?? '1'
    })
  ) {
    failures.push('playwright')
  }
  // The benchmarks at tiny sizes, no thresholds: only so that their code cannot rot.
  if (
    !run('benchmark smoke run (npm run bench -- --smoke)', process.execPath, [
      'bench/run.mjs',
      '--smoke'
    ])
  )
    failures.push('bench smoke')
}

let passed = 0
let failed = 0
let skipped = 0
const vitest = readJson(VITEST_JSON)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
}
const playwright = readJson(PLAYWRIGHT_JSON)
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0)
  failed += playwright.stats.unexpected ?? 0
  skipped += playwright.stats.skipped ?? 0
}
if (failures.length > 0) process.stdout.write(`\nFailed steps: ${failures.join(', ')}\n`)
// A failed step with no failed test (a type error, a build error) still counts as a failure.
if (failures.length > 0 && failed === 0) failed = failures.length
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
process.exit(failures.length > 0 ? 1 : 0)
