#!/usr/bin/env node
// Electron >= 42 no longer downloads its binary when it is installed; it waits for the first
// `require('electron')`. electron-vite 6.0.0 reads node_modules/electron/path.txt itself and
// throws "Electron uninstall" when it is missing (alex8088/electron-vite#904), so `npm start`
// fails on a fresh machine. This runs Electron's own install.js once, bounded in time, as
// `postinstall` (never fails the install) and as `prestart` (fails with a clear line).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEFAULT_TIMEOUT_MS = 180_000

/** Where the electron package is, or undefined when it is not installed (a production install). */
export function findElectronDir(from = import.meta.url) {
  try {
    return dirname(createRequire(from).resolve('electron/package.json'))
  } catch {
    return undefined
  }
}

/** True when path.txt names a binary that exists: all electron-vite needs. */
export function electronBinaryPresent(electronDir, env = process.env) {
  try {
    const platformPath = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim()
    if (platformPath === '') return false
    const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist')
    return existsSync(join(dist, platformPath))
  } catch {
    return false
  }
}

/** Runs `node install.js` in the electron package; resolves with how it ended. Never rejects. */
export function runElectronInstall(
  electronDir,
  { timeoutMs = DEFAULT_TIMEOUT_MS, env = process.env } = {}
) {
  return new Promise((resolve) => {
    let output = ''
    let settled = false
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const finish = (result) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(result)
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      finish({ ok: false, reason: `no answer within ${Math.round(timeoutMs / 1000)} s` })
    }, timeoutMs)
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (err) => finish({ ok: false, reason: err.message }))
    child.on('close', (code) => {
      if (code === 0) finish({ ok: true })
      else
        finish({
          ok: false,
          reason: firstErrorLine(output) ?? `install.js exited with code ${code}`
        })
    })
  })
}

/** The line of install.js's stack trace that says what went wrong ("TypeError: fetch failed"). */
function firstErrorLine(output) {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return lines.find((l) => /error/i.test(l) && !l.startsWith('at ')) ?? lines[0]
}

/**
 * Makes sure the Electron binary is there. `mode` is 'postinstall' (a failure is reported and
 * the install still succeeds) or 'prestart' (a failure stops `npm start` with the same line).
 * Returns the process exit code.
 */
export async function ensureElectron(options = {}) {
  const {
    mode = 'postinstall',
    env = process.env,
    log = console.log,
    install = runElectronInstall,
    timeoutMs
  } = options
  // An explicit `electronDir: undefined` means "not installed", as in a production install.
  const electronDir = 'electronDir' in options ? options.electronDir : findElectronDir()
  if (!electronDir) return 0
  if (electronBinaryPresent(electronDir, env)) return 0
  if (env.PIPEWRIGHT_SKIP_ELECTRON_DOWNLOAD) {
    log(
      'Pipewright: PIPEWRIGHT_SKIP_ELECTRON_DOWNLOAD is set, so the Electron binary was not downloaded; `npm run web` runs the app in a browser.'
    )
    return mode === 'prestart' ? 1 : 0
  }
  const limit = timeoutMs ?? (Number(env.PIPEWRIGHT_ELECTRON_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS)
  const result = await install(electronDir, { timeoutMs: limit, env })
  if (result.ok && electronBinaryPresent(electronDir, env)) return 0
  const reason = result.ok ? 'install.js finished but wrote no binary' : result.reason
  log(
    `Pipewright: the Electron binary is missing and could not be downloaded (${reason}), so the desktop window cannot open here; run \`npm run web\` to use the app in a browser.`
  )
  return mode === 'prestart' ? 1 : 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv.includes('--prestart') ? 'prestart' : 'postinstall'
  process.exitCode = await ensureElectron({ mode })
}
