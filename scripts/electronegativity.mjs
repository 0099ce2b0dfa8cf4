#!/usr/bin/env node
// npm run security: Electronegativity on src/, failing on any finding that
// scripts/electronegativity-allowed.mjs does not justify (the tool itself always exits 0), and on
// any file it could not parse.
//   --write-readme  rewrites docs/security.md's list of justified findings from the allow-list.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ALLOWED_FINDINGS } from './electronegativity-allowed.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const README = join(ROOT, 'docs', 'security.md')
export const README_START = '<!-- electronegativity:start (npm run security -- --write-readme) -->'
export const README_END = '<!-- electronegativity:end -->'

function matches(entry, finding) {
  return (
    entry.check === finding.issue &&
    entry.file === finding.filename &&
    (entry.sample === undefined || entry.sample === finding.sample)
  )
}

/** Findings no entry justifies, and entries no finding needs any more. */
export function compareWithAllowed(findings, allowed = ALLOWED_FINDINGS) {
  return {
    unjustified: findings.filter((f) => !allowed.some((entry) => matches(entry, f))),
    stale: allowed.filter((entry) => !findings.some((f) => matches(entry, f)))
  }
}

/** The README's list of justified findings, from the allow-list. */
export function readmeSection(allowed = ALLOWED_FINDINGS) {
  const items = allowed.map(
    (entry) => `- \`${entry.check}\` on \`src/${entry.file}\`: ${entry.reason}`
  )
  return [README_START, ...(items.length > 0 ? items : ['- None.']), README_END].join('\n')
}

export function readmeWithSection(readme, section = readmeSection()) {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start)
    throw new Error(`docs/security.md has no ${README_START} … ${README_END} block`)
  return readme.slice(0, start) + section + readme.slice(end + README_END.length)
}

function electronVersion() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  return String(manifest.devDependencies?.electron ?? manifest.dependencies?.electron).replace(
    /^[^\d]*/,
    ''
  )
}

/**
 * Runs the tool on a folder (src/ unless told), paths relative to it, and returns its findings.
 * Throws when it fails or cannot parse a file: a file it could not read is a file not checked.
 */
export function runElectronegativity(input = join(ROOT, 'src')) {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  try {
    const out = join(dir, 'findings.json')
    // The version: without it the tool looks for one in the scanned folder (src/ has no
    // package.json) and judges the code as Electron 0.1.0. The one check left out needs the
    // network (GitHub's list of Electron releases), which would make the result depend on it.
    const args = [
      join(ROOT, 'scripts', 'electronegativity-run.cjs'),
      out,
      input,
      electronVersion(),
      'AvailableSecurityFixesGlobalCheck'
    ]
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    if (result.status !== 0)
      throw new Error(`electronegativity failed (exit ${result.status}):\n${output}`)
    let report
    try {
      report = JSON.parse(readFileSync(out, 'utf8'))
    } catch {
      throw new Error(`electronegativity wrote no report:\n${output}`)
    }
    if (!(report.checks > 0) || !Array.isArray(report.findings))
      throw new Error(`electronegativity ran no check:\n${output}`)
    const unread = report.errors.filter((error) => !error.tolerable)
    if (unread.length > 0) {
      throw new Error(
        `electronegativity could not parse ${unread.map((e) => `${e.file} (${e.message})`).join(', ')}`
      )
    }
    return report.findings.map((finding) => ({ ...finding, sample: finding.sample ?? undefined }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function main() {
  if (process.argv.includes('--write-readme')) {
    writeFileSync(README, readmeWithSection(readFileSync(README, 'utf8')))
    process.stdout.write(
      'docs/security.md: list of justified Electronegativity findings rewritten.\n'
    )
    return 0
  }
  let findings
  try {
    findings = runElectronegativity()
  } catch (err) {
    process.stdout.write(`${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
  const { unjustified, stale } = compareWithAllowed(findings)
  const readmeCurrent =
    readmeWithSection(readFileSync(README, 'utf8')) === readFileSync(README, 'utf8')
  for (const f of findings) {
    const mark = unjustified.includes(f) ? 'UNJUSTIFIED' : 'justified'
    process.stdout.write(
      `${mark}: ${f.issue} (${f.severity}, ${f.confidence}) src/${f.filename}:${f.location} — ${f.description} ${f.url}\n`
    )
  }
  for (const entry of stale)
    process.stdout.write(
      `STALE allow-list entry (no such finding now): ${entry.check} on src/${entry.file}\n`
    )
  if (!readmeCurrent)
    process.stdout.write(
      'docs/security.md does not list the allow-list as it stands: run npm run security -- --write-readme\n'
    )
  if (unjustified.length > 0 || stale.length > 0 || !readmeCurrent) {
    process.stdout.write(
      `\nElectronegativity: ${unjustified.length} unjustified finding(s), ${stale.length} stale allow-list entries. Fix the code, or justify the finding in scripts/electronegativity-allowed.mjs.\n`
    )
    return 1
  }
  process.stdout.write(
    `\nElectronegativity: ${findings.length} finding(s), each justified in docs/security.md.\n`
  )
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exit(main())
