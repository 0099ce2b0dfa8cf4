#!/usr/bin/env node
// npm run bench: the benchmark suite of issue 6. Prints the tables and writes bench/results.json
// with the machine, the date and every figure. `--smoke` runs every benchmark at tiny sizes with
// no thresholds (for CI, well under a minute) and writes bench/.out/smoke-results.json instead.
//
//   node bench/run.mjs [--smoke] [--drag-only | --import-only] [--build | --no-build] [--runs N] [--drag-ms N]
//
// --import-only times just the 3,000-node imported template (issue 16) in Node, with no build and
// no browser, and writes bench/.out/import-results.json. --cli-only times just `pipewright validate`
// over 200 diagram files in one call (issue 17) and writes bench/.out/cli-results.json.
//
// A full run builds the app (electron-vite build) unless --no-build; a smoke run reuses
// out/renderer when it is there unless --build. Run nothing else meanwhile: the app ÷ plain
// React Flow ratios compare runs made side by side, and other load skews them.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import {
  CHROMIUM,
  dragBenchmark,
  launch,
  longWorkBenchmark,
  openBenchmark,
  startupBenchmark
} from './lib/browser.mjs'
import { cliBenchmark } from './lib/cliBenchmark.mjs'
import { cliReport, dragReport, importReport, machineLine, report } from './lib/report.mjs'
import { serve } from './lib/serve.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
// Only the browser drag benchmark, for working on the canvas; results go to bench/.out/drag-results.json.
const dragOnly = args.includes('--drag-only')
// Only the imported template (parse + map, ELK layout, analysis); results go to bench/.out/import-results.json.
const importOnly = args.includes('--import-only')
// Only `pipewright validate` over a folder of files; results go to bench/.out/cli-results.json.
const cliOnly = args.includes('--cli-only')
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const SETTINGS = smoke
  ? {
      dragSizes: [20, 10],
      engineSizes: [20, 50, 200],
      fileNodes: 100,
      loopNodes: 200,
      startupNodes: 10,
      longWorkNodes: 100,
      openNodes: 20,
      importNodes: 50,
      cliFiles: 20,
      cliRuns: 1,
      runs: option('--runs', 1),
      dragMs: option('--drag-ms', 300),
      startupRuns: 1,
      longWorkRuns: 1
    }
  : {
      dragSizes: [1000, 3000],
      engineSizes: [100, 1000, 10_000],
      fileNodes: 5000,
      loopNodes: 20_000,
      startupNodes: 200,
      longWorkNodes: 1000,
      openNodes: 3000,
      importNodes: 3000,
      cliFiles: 200,
      cliRuns: 7,
      runs: option('--runs', 8),
      dragMs: option('--drag-ms', 3000),
      startupRuns: 5,
      longWorkRuns: 3
    }
const OUT = join(ROOT, 'bench', '.out')
const DATA = join(OUT, 'data')
const APP_DIR = join(ROOT, 'out', 'renderer')
const BASELINE_DIR = join(OUT, 'baseline')
const RESULTS = smoke ? join(OUT, 'smoke-results.json') : join(ROOT, 'bench', 'results.json')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
/** The formats a CI job asks validate for: the terminal's, and the machine-read ones. */
const CLI_FORMATS = ['text', 'json', 'sarif', 'github']

const log = (line) => process.stdout.write(`${line}\n`)

function run(title, command, commandArgs, { capture = false } = {}) {
  log(`> ${title}`)
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    maxBuffer: 64 << 20
  })
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status})`)
  return result.stdout
}

function machine(browserVersion, loadAverage) {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browserVersion,
    loadAverageAtStart: loadAverage.map((l) => Math.round(l * 100) / 100)
  }
}

/** The renderer's JavaScript as shipped: every .js file of the built renderer, raw and gzip -9. */
function rendererSize() {
  const dir = join(APP_DIR, 'assets')
  const files = readdirSync(dir)
  const js = files
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f))
      return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
    })
  return {
    files: js,
    jsBytes: js.reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes: js.reduce((n, f) => n + f.gzipBytes, 0),
    svgAssets: files.filter((f) => f.endsWith('.svg')).length
  }
}

// Each engine benchmark in a process of its own: the heap one leaves behind would slow the next.
function enginePart(name) {
  return JSON.parse(
    run(
      `engine benchmark ${name} (Node)`,
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/engine.ts',
        ...(smoke ? ['--smoke'] : []),
        '--part',
        name
      ],
      { capture: true }
    )
  )
}

/** The CI benchmark's files, written afresh, and validate timed over them. */
function cliPart() {
  const dir = join(OUT, 'ci-files')
  rmSync(dir, { recursive: true, force: true })
  run(`write ${SETTINGS.cliFiles} diagram files for the CLI benchmark`, process.execPath, [
    '--import',
    'tsx',
    'bench/write-ci-files.ts',
    dir,
    String(SETTINGS.cliFiles)
  ])
  return cliBenchmark({
    root: ROOT,
    dir: dir.slice(ROOT.length + 1),
    files: SETTINGS.cliFiles,
    runs: SETTINGS.cliRuns,
    formats: CLI_FORMATS,
    log
  })
}

async function main() {
  const started = Date.now()
  const loadAverage = os.loadavg()
  mkdirSync(OUT, { recursive: true })
  if (cliOnly) {
    const cli = cliPart()
    const out = join(OUT, 'cli-results.json')
    writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), mode: smoke ? 'smoke' : 'full', machine: machine('not used', loadAverage), settings: SETTINGS, cli }, null, 2)}\n`
    )
    log(`\n${cliReport(cli)}\n\nwritten to ${out.slice(ROOT.length + 1)}`)
    return
  }
  if (importOnly) {
    const imported = enginePart(`import:${SETTINGS.importNodes}`)
    const out = join(OUT, 'import-results.json')
    writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), mode: smoke ? 'smoke' : 'full', machine: machine('not used', loadAverage), settings: SETTINGS, import: imported }, null, 2)}\n`
    )
    log(`\n${importReport(imported)}\n\nwritten to ${out.slice(ROOT.length + 1)}`)
    return
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`)
  mkdirSync(DATA, { recursive: true })
  const sizes = [
    ...new Set([
      ...SETTINGS.dragSizes,
      SETTINGS.startupNodes,
      SETTINGS.longWorkNodes,
      SETTINGS.openNodes
    ])
  ]
  run('write the benchmark diagrams', process.execPath, [
    '--import',
    'tsx',
    'bench/write-diagrams.ts',
    DATA,
    ...sizes.map(String)
  ])
  const fileOf = (n) => join(DATA, `bench-${n}.pipewright.json`)
  const dragFileOf = (n) => join(DATA, `drag-${n}.pipewright.json`)
  // What React Flow draws as nodes: services and frames.
  const itemsIn = (file) => {
    const d = JSON.parse(readFileSync(file, 'utf8'))
    return d.nodes.length + (d.groups?.length ?? 0)
  }

  const part = enginePart
  const engineRows = dragOnly ? [] : SETTINGS.engineSizes.map((n) => part(`size:${n}`))
  const engine = dragOnly
    ? undefined
    : {
        engine: engineRows,
        growth: engineRows.slice(1).map((row, i) => {
          const prev = engineRows[i]
          const ratio = row.totalMs.median / prev.totalMs.median
          // The same without the garbage collector's time inside the calls: what the code itself does.
          const outsideGc =
            (row.totalMs.median - (row.totalMs.gcMs ?? 0)) /
            (prev.totalMs.median - (prev.totalMs.gcMs ?? 0))
          const exponent = (r) => Math.log(r) / Math.log(row.nodes / prev.nodes)
          return {
            from: prev.nodes,
            to: row.nodes,
            timeRatio: ratio,
            exponent: exponent(ratio),
            exponentOutsideGc: exponent(outsideGc)
          }
        }),
        incremental: part(`incremental:${SETTINGS.engineSizes.at(-1)}`),
        files: part(`files:${SETTINGS.fileNodes}`),
        loops: part(`loops:${SETTINGS.loopNodes}`),
        imported: part(`import:${SETTINGS.importNodes}`),
        cli: cliPart()
      }

  // The smoke run reuses the build the test run has just made; a full run builds what it measures.
  const reuse =
    existsSync(join(APP_DIR, 'index.html')) &&
    (args.includes('--no-build') || (smoke && !args.includes('--build')))
  if (reuse) log('> using the existing build in out/renderer')
  else run('build the app (electron-vite build)', npx, ['electron-vite', 'build'])
  run('build the baseline page (vite)', npx, [
    'vite',
    'build',
    '--config',
    'bench/baseline/vite.config.mjs'
  ])

  const server = await serve({ '/app/': APP_DIR, '/baseline/': BASELINE_DIR, '/data/': DATA })
  const browser = await launch()
  const browserVersion = browser.version()
  const drag = []
  let startup
  let longWork
  let open
  try {
    for (const count of SETTINGS.dragSizes) {
      for (const path of ['short', 'long']) {
        log(`> ${path} drag benchmark, ${count} nodes with frames`)
        drag.push(
          await dragBenchmark(browser, {
            appUrl: `${server.url}/app/`,
            baselineUrl: `${server.url}/baseline/`,
            dataUrl: `${server.url}/data/drag-${count}.pipewright.json`,
            file: dragFileOf(count),
            count: itemsIn(dragFileOf(count)),
            runs: SETTINGS.runs,
            durationMs: SETTINGS.dragMs,
            path,
            log
          })
        )
      }
    }
    if (dragOnly) {
      const out = join(OUT, 'drag-results.json')
      writeFileSync(
        out,
        `${JSON.stringify({ date: new Date().toISOString(), machine: machine(browserVersion, loadAverage), settings: SETTINGS, drag }, null, 2)}\n`
      )
      log(`\n${dragReport(drag)}\n\nwritten to ${out.slice(ROOT.length + 1)}`)
      return
    }
    log(`> start-up benchmark, ${SETTINGS.startupNodes} nodes`)
    startup = await startupBenchmark(browser, {
      appUrl: `${server.url}/app/`,
      file: fileOf(SETTINGS.startupNodes),
      count: SETTINGS.startupNodes,
      runs: SETTINGS.startupRuns,
      log
    })
    log(`> long work (open, auto-layout), ${SETTINGS.longWorkNodes} nodes`)
    longWork = await longWorkBenchmark(browser, {
      appUrl: `${server.url}/app/`,
      file: fileOf(SETTINGS.longWorkNodes),
      count: SETTINGS.longWorkNodes,
      runs: SETTINGS.longWorkRuns,
      log
    })
    log(`> open a large file, ${SETTINGS.openNodes} nodes`)
    open = await openBenchmark(browser, {
      appUrl: `${server.url}/app/`,
      file: fileOf(SETTINGS.openNodes),
      count: SETTINGS.openNodes,
      runs: SETTINGS.startupRuns,
      log
    })
  } finally {
    await browser.close()
    await server.close()
  }

  const results = {
    date: new Date().toISOString(),
    mode: smoke ? 'smoke' : 'full',
    machine: machine(browserVersion, loadAverage),
    settings: SETTINGS,
    drag,
    engine: {
      engine: engine.engine,
      growth: engine.growth,
      incremental: engine.incremental,
      loops: engine.loops
    },
    files: engine.files,
    import: engine.imported,
    cli: engine.cli,
    startup,
    longWork,
    open,
    size: rendererSize(),
    durationSeconds: Math.round((Date.now() - started) / 1000)
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  log(`\n${machineLine(results)}\n\n${report(results)}`)
  log(`\nwritten to ${RESULTS.slice(ROOT.length + 1)} (${results.durationSeconds} s)`)
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`)
  process.exit(1)
})
