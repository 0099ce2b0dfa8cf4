// Issue 17 §5: `pipewright validate` over a folder of diagram files in one call, as a CI job runs
// it: the real bin (node + tsx, as `npx pipewright` starts it) and the bundled CLI the app ships,
// timed from spawn to exit, so process start, reading, checking and printing are all in it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length }
}

function timeOnce(root, entry, args) {
  const started = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [entry, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 << 20
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  // Exit 1 is expected (a third of the files have an error); 2 would mean a file was unreadable.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`validate exited ${r.status}: ${r.stderr.slice(0, 500)}`)
  return { ms, out: r.stdout }
}

/**
 * Each CLI and format `runs` times (after one warm-up run that fills the file cache), over the
 * `files` diagrams in `dir`.
 */
export function cliBenchmark({ root, dir, files, runs, formats, log }) {
  const entries = [['bin/pipewright.cjs (tsx)', join(root, 'bin/pipewright.cjs')]]
  const bundle = join(root, 'out/cli/pipewright.cjs')
  if (existsSync(bundle)) entries.push(['out/cli/pipewright.cjs (bundled)', bundle])
  const rows = []
  for (const [label, entry] of entries) {
    for (const format of formats) {
      log(`> validate ${files} files, ${label}, --format ${format}`)
      const args = ['validate', dir, '--format', format]
      const warm = timeOnce(root, entry, args)
      if (format === 'json') {
        const checked = JSON.parse(warm.out).summary.files
        if (checked !== files) throw new Error(`validate checked ${checked} files, not ${files}`)
      }
      const samples = Array.from({ length: runs }, () => timeOnce(root, entry, args).ms)
      rows.push({ cli: label, format, files, ms: summary(samples) })
    }
  }
  return rows
}
