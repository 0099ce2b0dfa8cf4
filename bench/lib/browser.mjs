// Browser benchmarks in headless Chromium (Debian's, as the end-to-end tests use): the cost of
// dragging a node in the app against plain React Flow, and the app's start-up.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

export const CHROMIUM = CHROMIUM_PATH
const VIEWPORT = { width: 1400, height: 900 }

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * Resolves once `count` nodes are rendered, measured (React Flow hides them until then) and fitted.
 * The app draws only the nodes in view of a large diagram: there, once it says it has opened the
 * diagram at its view (`data-opened`), the nodes drawn are measured.
 */
async function waitForCanvas(page, count, timeout = 120_000) {
  const handle = await page.waitForFunction(
    (n) => {
      const nodes = document.querySelectorAll('.react-flow__node')
      const app = document.querySelector('.canvas')
      if (app && app.getAttribute('data-opened') !== 'yes') return false
      const culling = app?.getAttribute('data-culling') === 'on'
      if (culling ? nodes.length === 0 || nodes.length > n : nodes.length !== n) return false
      for (const el of nodes) {
        if (getComputedStyle(el).visibility === 'hidden' || el.getBoundingClientRect().width === 0)
          return false
      }
      const viewport = document.querySelector('.react-flow__viewport')
      if (!viewport || !viewport.style.transform) return false
      return performance.now()
    },
    count,
    { polling: 'raf', timeout }
  )
  return handle.jsonValue()
}

/** Resolves after the page has had `frames` animation frames with nothing else to do. */
async function settle(page, frames = 10) {
  await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        let left = n
        const tick = () => (--left <= 0 ? resolve(undefined) : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    frames
  )
}

/** Opens a diagram file through the toolbar's Open… button and the file chooser. */
async function openThroughToolbar(page, file) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles(file)
}

/** The app, with the diagram opened through Open…, fitted and idle. */
async function openApp(browser, appUrl, file, count) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto(appUrl)
  await page.getByRole('button', { name: 'Open…' }).waitFor()
  await openThroughToolbar(page, file)
  await waitForCanvas(page, count)
  await settle(page, 30)
  if (errors.length > 0) throw new Error(`the app reported errors: ${errors.join('; ')}`)
  return { context, page }
}

/** The baseline page with the same diagram, sized like the app's canvas. */
async function openBaseline(browser, baselineUrl, diagramUrl, size, count) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const query = new URLSearchParams({
    diagram: diagramUrl,
    w: String(Math.round(size.width)),
    h: String(Math.round(size.height))
  })
  await page.goto(`${baselineUrl}?${query}`)
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 120_000 })
  await waitForCanvas(page, count)
  await settle(page, 30)
  return { context, page }
}

/** The React Flow pane's size, and the id and centre of the node nearest its centre. */
async function centreNode(page, id) {
  return page.evaluate((wanted) => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    const cx = pane.left + pane.width / 2
    const cy = pane.top + pane.height / 2
    let best
    // A service, never a frame: frames are what the dragged node crosses.
    for (const el of document.querySelectorAll('.react-flow__node:not(.react-flow__node-group)')) {
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      const d = Math.hypot(x - cx, y - cy)
      const nodeId = el.getAttribute('data-id')
      // A press there must land on the node itself: React Flow draws edges of framed nodes above
      // unframed nodes, and such an edge over a node's middle would be dragged instead.
      const pressable = document.elementFromPoint(x, y)?.closest('.react-flow__node') === el
      if (wanted ? nodeId === wanted : pressable && (!best || d < best.d))
        best = { id: nodeId, x, y, d, width: r.width, height: r.height }
    }
    return { pane: { width: pane.width, height: pane.height }, node: best }
  }, id)
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']

/**
 * Main-thread paint work, from a trace (the Performance domain has no paint figure): pre-paint,
 * paint, layerize and the commit to the compositor, as DevTools' timeline names them.
 */
const PAINT_EVENTS = new Set([
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayerTree',
  'UpdateLayer',
  'Commit'
])
const TRACE_CATEGORIES = ['devtools.timeline']

/** Milliseconds of paint work on the page's renderer main thread in a trace. */
function paintMs(traceBuffer) {
  const { traceEvents } = JSON.parse(traceBuffer.toString('utf8'))
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`)
  )
  let us = 0
  for (const e of traceEvents)
    if (e.ph === 'X' && PAINT_EVENTS.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`))
      us += e.dur ?? 0
  return us / 1000
}

/**
 * The pointer's offset from where the node was pressed, at move `i`. Short: the wiggle of earlier
 * runs, a loop of about 30 × 20 px. Long: what people do, an ellipse of 300 × 200 px (a path
 * well over 150 × 100 px) lapped once a second at 60 moves, carrying the node across its
 * neighbours, their edges and the frames around them.
 */
const DRAG_PATHS = {
  short: (i) => ({ x: 30 * Math.sin(i / 5) + 4, y: 20 * Math.cos(i / 7) }),
  long: (i) => ({
    x: 150 * Math.sin((2 * Math.PI * i) / 60),
    y: 100 * (1 - Math.cos((2 * Math.PI * i) / 60))
  })
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  const out = {}
  for (const m of list) if (METRICS.includes(m.name)) out[m.name] = m.value
  return out
}

/**
 * Presses on a node and moves the mouse along `path` for `durationMs`, one awaited move at a
 * time, so that the number of moves is what the page could handle. Main-thread time is read from
 * the DevTools Performance domain before the first move and after the last one has been painted,
 * paint time from a trace over the same span; releasing the node (which commits the drag) is not
 * counted.
 */
async function dragRun(page, cdp, nodeId, durationMs, { path = 'short', browser } = {}) {
  const offset = DRAG_PATHS[path]
  await page.bringToFront()
  await settle(page, 5)
  const { node } = await centreNode(page, nodeId)
  if (!node) throw new Error(`node ${nodeId} is not on the canvas`)
  const start = await page.evaluate(
    (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`).style.transform,
    nodeId
  )
  await page.mouse.move(node.x, node.y)
  await page.mouse.down()
  await page.mouse.move(node.x + 3, node.y + 3) // past the drag threshold
  await settle(page, 2)
  if (browser) await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const before = await metrics(cdp)
  let moves = 0
  let farthest = start
  const t0 = performance.now()
  while (performance.now() - t0 < durationMs) {
    moves++
    // Every move is a new position.
    const d = offset(moves)
    await page.mouse.move(node.x + 3 + d.x, node.y + 3 + d.y)
    // A lap of the long path ends where it began (and snapping may put the node back exactly):
    // whether it moved is read a quarter of the way round, not at the end.
    if (moves === 15)
      farthest = await page.evaluate(
        (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`).style.transform,
        nodeId
      )
  }
  const elapsed = performance.now() - t0
  await settle(page, 2)
  const after = await metrics(cdp)
  const paint = browser ? paintMs(await browser.stopTracing()) : undefined
  const moved = await page.evaluate(
    (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`).style.transform,
    nodeId
  )
  // Back to where it was pressed before letting go, so every run starts from the same place: a node
  // dropped over another would have the next press land on that one (or on a frame) instead.
  await page.mouse.move(node.x + 3, node.y + 3, { steps: 4 })
  await page.mouse.up()
  await settle(page, 20) // let the drop (store commit, re-analysis) finish before the next run
  if (moved === start && farthest === start)
    throw new Error(
      `dragging node ${nodeId} did not move it: the benchmark is not measuring a drag`
    )
  const perMove = (name) => ((after[name] - before[name]) * 1000) / moves
  return {
    moves,
    movesPerSecond: (moves * 1000) / elapsed,
    taskMsPerMove: perMove('TaskDuration'),
    scriptMsPerMove: perMove('ScriptDuration'),
    layoutMsPerMove: perMove('LayoutDuration'),
    styleMsPerMove: perMove('RecalcStyleDuration'),
    ...(paint === undefined ? {} : { paintMsPerMove: paint / moves })
  }
}

function summarise(runs) {
  const pick = (k) => median(runs.map((r) => r[k]))
  return {
    runs,
    median: {
      moves: pick('moves'),
      movesPerSecond: pick('movesPerSecond'),
      taskMsPerMove: pick('taskMsPerMove'),
      scriptMsPerMove: pick('scriptMsPerMove'),
      layoutMsPerMove: pick('layoutMsPerMove'),
      styleMsPerMove: pick('styleMsPerMove'),
      ...(runs.every((r) => r.paintMsPerMove !== undefined)
        ? { paintMsPerMove: pick('paintMsPerMove') }
        : {})
    },
    spread: {
      taskMsPerMove: [
        Math.min(...runs.map((r) => r.taskMsPerMove)),
        Math.max(...runs.map((r) => r.taskMsPerMove))
      ],
      moves: [Math.min(...runs.map((r) => r.moves)), Math.max(...runs.map((r) => r.moves))]
    }
  }
}

/**
 * The drag benchmark at one size: app and baseline pages loaded once each, then `runs` drags
 * in each, alternating (and swapping which goes first) so that drift in the machine hits both.
 */
export async function dragBenchmark(
  browser,
  { appUrl, baselineUrl, dataUrl, file, count, runs, durationMs, path = 'short', log }
) {
  const app = await openApp(browser, appUrl, file, count)
  const { pane, node } = await centreNode(app.page)
  const baseline = await openBaseline(browser, baselineUrl, dataUrl, pane, count)
  const cdp = {
    app: await app.context.newCDPSession(app.page),
    baseline: await baseline.context.newCDPSession(baseline.page)
  }
  await cdp.app.send('Performance.enable')
  await cdp.baseline.send('Performance.enable')
  const results = { app: [], baseline: [] }
  for (let r = 0; r < runs; r++) {
    for (const which of r % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app']) {
      const page = which === 'app' ? app.page : baseline.page
      const run = await dragRun(page, cdp[which], node.id, durationMs, { path, browser })
      results[which].push(run)
      log?.(
        `  ${path} drag, ${count} items, ${which} run ${r + 1}/${runs}: ${run.moves} moves, ${run.taskMsPerMove.toFixed(2)} ms task/move, ${run.paintMsPerMove?.toFixed(2)} ms paint/move`
      )
    }
  }
  await app.context.close()
  await baseline.context.close()
  const appSummary = summarise(results.app)
  const baselineSummary = summarise(results.baseline)
  const diagram = JSON.parse(readFileSync(file, 'utf8'))
  return {
    path,
    nodes: diagram.nodes.length,
    frames: diagram.groups?.length ?? 0,
    edges: diagram.edges.length,
    draggedNode: node.id,
    canvas: { width: Math.round(pane.width), height: Math.round(pane.height) },
    durationMs,
    app: appSummary,
    baseline: baselineSummary,
    ratio: {
      taskMsPerMove: appSummary.median.taskMsPerMove / baselineSummary.median.taskMsPerMove,
      scriptMsPerMove: appSummary.median.scriptMsPerMove / baselineSummary.median.scriptMsPerMove,
      moves: appSummary.median.moves / baselineSummary.median.moves,
      ...(appSummary.median.paintMsPerMove !== undefined && baselineSummary.median.paintMsPerMove
        ? {
            paintMsPerMove: appSummary.median.paintMsPerMove / baselineSummary.median.paintMsPerMove
          }
        : {})
    }
  }
}

/** The app in a browser context of its own, ready when its Open… button is. */
async function freshApp(browser, appUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.goto(appUrl)
  await page.getByRole('button', { name: 'Open…' }).waitFor()
  return { context, page }
}

/**
 * Start-up: a fresh browser context navigates to the app; the time is taken inside the page
 * (performance.now(), from navigation start) when the Open… button is there and when all of the
 * opened diagram's nodes are on screen.
 */
export async function startupBenchmark(browser, { appUrl, file, count, runs, log }) {
  const results = []
  for (let r = 0; r < runs; r++) {
    const { context, page } = await freshApp(browser, appUrl)
    const readyMs = await page.evaluate(() => performance.now())
    await openThroughToolbar(page, file)
    const canvasMs = await waitForCanvas(page, count)
    results.push({ appReadyMs: readyMs, canvasReadyMs: canvasMs })
    log?.(
      `  start-up run ${r + 1}/${runs}: app ready ${readyMs.toFixed(0)} ms, ${count} nodes on screen ${canvasMs.toFixed(0)} ms`
    )
    await context.close()
  }
  return {
    nodes: count,
    runs: results,
    median: {
      appReadyMs: median(results.map((r) => r.appReadyMs)),
      canvasReadyMs: median(results.map((r) => r.canvasReadyMs))
    }
  }
}

/**
 * Issue 14 §4: a large diagram opened through Open…, from the app's pipewright:file-read mark (the
 * text is in hand) to the canvas showing it at its opening view (the canvas's data-opened), checked
 * every frame.
 */
export async function openBenchmark(browser, { appUrl, file, count, runs, log }) {
  const results = []
  for (let r = 0; r < runs; r++) {
    const { context, page } = await freshApp(browser, appUrl)
    await openThroughToolbar(page, file)
    const handle = await page.waitForFunction(
      () => {
        const read = performance.getEntriesByName('pipewright:file-read', 'mark').at(-1)?.startTime
        if (
          read === undefined ||
          document.querySelector('.canvas')?.getAttribute('data-opened') !== 'yes' ||
          !document.querySelector('.react-flow__node')
        )
          return false
        return performance.now() - read
      },
      undefined,
      { polling: 'raf', timeout: 120_000 }
    )
    const readToCanvasMs = await handle.jsonValue()
    results.push({ readToCanvasMs })
    log?.(
      `  open run ${r + 1}/${runs}: ${count} nodes, text read → canvas at its view ${readToCanvasMs.toFixed(0)} ms`
    )
    await context.close()
  }
  return {
    nodes: count,
    runs: results,
    median: { readToCanvasMs: median(results.map((r) => r.readToCanvasMs)) },
    spread: [
      Math.min(...results.map((r) => r.readToCanvasMs)),
      Math.max(...results.map((r) => r.readToCanvasMs))
    ]
  }
}

/**
 * Issue 10's long work at one size: opening the file (from the app's pipewright:file-read mark,
 * when the text is in hand, to the first node on screen, checked every frame) and an auto-layout
 * from the shortcut (ELK in its worker until pipewright:layout-computed, then the nodes put in
 * place until pipewright:layout-placed), with the longest main-thread task of each phase.
 */
export async function longWorkBenchmark(browser, { appUrl, file, count, runs, log }) {
  const results = []
  for (let r = 0; r < runs; r++) {
    const { context, page } = await freshApp(browser, appUrl)
    await page.evaluate(() => {
      const rec = { longTasks: [] }
      window.benchLongWork = rec
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          rec.longTasks.push({ start: e.startTime, end: e.startTime + e.duration })
      }).observe({ type: 'longtask' })
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key.toLowerCase() === 'l' && e.shiftKey) rec.keyAt ??= performance.now()
        },
        true
      )
      const watch = () => {
        if (
          !rec.firstNodeAt &&
          [...document.querySelectorAll('.react-flow__node')].some(
            (el) => getComputedStyle(el).visibility !== 'hidden'
          )
        )
          rec.firstNodeAt = performance.now()
        if (!rec.firstNodeAt) requestAnimationFrame(watch)
      }
      requestAnimationFrame(watch)
    })
    await openThroughToolbar(page, file)
    await waitForCanvas(page, count)
    await settle(page, 30)
    await page.keyboard.press('Control+Shift+l')
    await page.waitForFunction(
      () => performance.getEntriesByName('pipewright:layout-placed').length > 0,
      undefined,
      { timeout: 120_000 }
    )
    await settle(page, 10)
    const run = await page.evaluate(() => {
      const rec = window.benchLongWork
      const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1).startTime
      const longest = (from, to) =>
        Math.max(
          0,
          ...rec.longTasks.filter((t) => t.end > from && t.start < to).map((t) => t.end - t.start)
        )
      const computed = mark('pipewright:layout-computed')
      const placed = mark('pipewright:layout-placed')
      return {
        readToFirstNodeMs: rec.firstNodeAt - mark('pipewright:file-read'),
        layoutComputeMs: computed - rec.keyAt,
        layoutLongestTaskWhileComputingMs: longest(rec.keyAt, computed),
        layoutTotalMs: placed - rec.keyAt,
        layoutLongestTaskWhilePlacingMs: longest(computed, placed)
      }
    })
    results.push(run)
    log?.(
      `  long work run ${r + 1}/${runs}: file read → first node ${run.readToFirstNodeMs.toFixed(0)} ms; layout computed ${run.layoutComputeMs.toFixed(0)} ms (longest task ${run.layoutLongestTaskWhileComputingMs.toFixed(0)} ms), in place ${run.layoutTotalMs.toFixed(0)} ms (longest task ${run.layoutLongestTaskWhilePlacingMs.toFixed(0)} ms)`
    )
    await context.close()
  }
  const pick = (k) => median(results.map((r) => r[k]))
  return {
    nodes: count,
    runs: results,
    median: Object.fromEntries(Object.keys(results[0]).map((k) => [k, pick(k)])),
    worst: {
      layoutLongestTaskWhileComputingMs: Math.max(
        ...results.map((r) => r.layoutLongestTaskWhileComputingMs)
      )
    }
  }
}
