import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { generateDiagram } from '../../bench/lib/generate'
import { serializeDiagram } from '../../src/shared/diagram/saveDiagram'
import { EXPORT_PADDING as PAD } from '../../src/shared/interchange/svgExport'
import {
  analysisRuns,
  dropService,
  expect,
  exportAs,
  openApp,
  openWithPicker,
  test
} from './fixtures'
import { decodePngInPage } from './pngInPage'

// Issue 10 §5 (long work never freezes the page) and the reduced-motion part of §6, at the size
// the issue names: a 1,000-service diagram as bench/lib/generate.ts builds them.

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const COUNT = 1000
const FILE_NAME = 'thousand.pipewright.json'
let text: string | undefined
const bigFile = () => ({
  name: FILE_NAME,
  mimeType: 'application/json',
  buffer: Buffer.from((text ??= serializeDiagram(generateDiagram({ nodes: COUNT }))))
})

interface Recording {
  /** Each text the progress status showed, and when it first did. */
  statuses: Array<{ text: string; at: number }>
  longTasks: Array<{ start: number; end: number }>
  firstNodeAt?: number
  /** When the auto-layout shortcut went down, and when keys came up. */
  layoutKeyAt?: number
  keyUps: number[]
}

/**
 * Starts recording in the page, before anything happens: every text the progress status shows
 * (with when it first showed), long tasks, and when the first node became visible, checked every
 * frame. A frame cannot run while a task holds the page, so these times are when a person could
 * first have seen each thing.
 */
async function record(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { rec: Recording }
    w.rec = { statuses: [], longTasks: [], keyUps: [] }
    new MutationObserver(() => {
      const t =
        document.querySelector('[data-testid="progress"] [role="status"]')?.textContent ?? ''
      if (t && w.rec.statuses.at(-1)?.text !== t)
        w.rec.statuses.push({ text: t, at: performance.now() })
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key.toLowerCase() === 'l' && e.shiftKey) w.rec.layoutKeyAt ??= performance.now()
      },
      true
    )
    window.addEventListener('keyup', () => w.rec.keyUps.push(performance.now()), true)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.rec.longTasks.push({ start: e.startTime, end: e.startTime + e.duration })
    }).observe({ type: 'longtask' })
    const watch = () => {
      const shown = [...document.querySelectorAll('.react-flow__node')].some(
        (el) => getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0
      )
      if (shown) w.rec.firstNodeAt ??= performance.now()
      requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  })
}

const recording = (page: Page) => page.evaluate(() => (window as unknown as { rec: Recording }).rec)
const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime, name)

/** Opened, at the view it opens at, with only the cards in view drawn (issue 14). */
async function expectOpenedAndCulled(page: Page) {
  await expect(page.locator('.canvas[data-opened="yes"][data-culling="on"]')).toBeVisible({
    timeout: 20_000
  })
  const drawn = await page.locator('.react-flow__node-service').count()
  expect(drawn, 'cards drawn out of 1,000').toBeGreaterThan(0)
  expect(drawn, 'cards drawn out of 1,000').toBeLessThan(COUNT / 2)
}

async function openBig(page: Page) {
  await openWithPicker(page, bigFile())
  await expectOpenedAndCulled(page)
  await expect(page.getByText(`Opened ${FILE_NAME}.`)).toBeVisible({ timeout: 10_000 })
}

/** Every service's position in the diagram, by id, as the JSON export writes it (the canvas draws only those in view). */
async function positions(page: Page): Promise<Record<string, string>> {
  const file = await (await exportAs(page, 'JSON (diagram file)')).path()
  const diagram = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: string; position: { x: number; y: number } }>
  }
  return Object.fromEntries(diagram.nodes.map((n) => [n.id, `${n.position.x},${n.position.y}`]))
}

test.describe.configure({ timeout: 60_000 })

// The "canvas within 1 s of the file being read" is judged by `npm run bench` (long work:
// text read → first node on screen), on a quiet machine: here, with other tests and the layout
// worker sharing two cores, the same path took 0.7 to 1.9 s. This test checks what a person sees
// and records the time as an annotation.
test('opening a 1,000-service file says so at once, then shows the canvas', async ({
  page
}, testInfo) => {
  await openApp(page)
  await record(page)
  await openWithPicker(page, bigFile())
  await expect(
    page.getByRole('status').filter({ hasText: `Opening ${FILE_NAME}… 1,000 services` })
  ).toBeVisible()
  await expectOpenedAndCulled(page)
  const read = await markTime(page, 'pipewright:file-read')
  expect(read, 'the app marks when the file text is in hand (pipewright:file-read)').toBeDefined()
  const rec = await recording(page)
  const opening = rec.statuses.find((s) => s.text.startsWith('Opening'))
  expect(opening?.text).toBe(`Opening ${FILE_NAME}… 1,000 services`)
  // The progress is on screen before the canvas, which holds the page while it draws.
  expect(opening!.at).toBeLessThanOrEqual(rec.firstNodeAt!)
  const toCanvas = rec.firstNodeAt! - read!
  testInfo.annotations.push({
    type: 'file read → first node on screen',
    description: `${Math.round(toCanvas)} ms`
  })
  expect(toCanvas).toBeGreaterThan(0)
  // …and it goes away once the canvas is there.
  await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toHaveCount(0)
})

test('auto-layout of 1,000 services computes off the page: no long task, progress after 300 ms, one undo step', async ({
  page
}) => {
  await openApp(page)
  await openBig(page)
  const before = await positions(page)
  await record(page)
  const runs = await analysisRuns(page)
  await page.keyboard.press(`${MOD}+Shift+l`)
  // The layout changes the diagram once, when every node is in place: that runs the analysis.
  await expect.poll(() => analysisRuns(page), { timeout: 30_000 }).toBe(runs + 1)
  const rec = await recording(page)
  const computed = (await markTime(page, 'pipewright:layout-computed')) ?? Infinity
  // From the key press until ELK's answer is in (seconds, at this size) no task holds the page over
  // 100 ms. Letting go of Shift and Ctrl restyles the canvas (React Flow's selection keys) at any
  // time, layout or not: the tasks that handle a key coming up are not the layout's.
  const handlesKeyUp = (t: { start: number; end: number }) =>
    rec.keyUps.some((k) => k >= t.start && k <= t.end)
  const during = rec.longTasks.filter(
    (t) => t.end > rec.layoutKeyAt! && t.start < computed && !handlesKeyUp(t)
  )
  expect(
    during.filter((t) => t.end - t.start > 100).map((t) => Math.round(t.end - t.start)),
    'long tasks (ms) while the layout computed'
  ).toEqual([])
  const shown = rec.statuses.find((s) => s.text.startsWith('Arranging'))
  expect(shown?.text).toBe('Arranging 1,000 services… Esc to cancel')
  expect(
    shown!.at - rec.layoutKeyAt!,
    'the indicator waits 300 ms, so that a quick layout does not flash it'
  ).toBeGreaterThanOrEqual(300)
  await expect(page.getByRole('status').filter({ hasText: 'Arranging' })).toHaveCount(0)
  // Putting 1,000 nodes in place takes a moment too, and says so until it is done.
  const placing = rec.statuses.find((s) => s.text.startsWith('Placing'))
  expect(placing?.text).toBe('Placing 1,000 services… Esc to cancel')
  expect(placing!.at).toBeGreaterThanOrEqual(computed)
  await expect(page.getByRole('status').filter({ hasText: 'Placing' })).toHaveCount(0)

  const after = await positions(page)
  const moved = Object.keys(before).filter((id) => before[id] !== after[id]).length
  expect(moved).toBeGreaterThan(COUNT / 2)
  // One undo step puts every node back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => positions(page), { timeout: 10_000 }).toEqual(before)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('Esc, or the Cancel button, stops a running layout: nothing moves and there is nothing to undo', async ({
  page
}) => {
  await openApp(page)
  await openBig(page)
  const before = await positions(page)
  const undo = page.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeDisabled()
  const status = page.getByRole('status').filter({ hasText: 'Arranging 1,000 services' })

  await page.keyboard.press(`${MOD}+Shift+l`)
  await expect(status).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(status).toHaveCount(0)

  await page.keyboard.press(`${MOD}+Shift+l`)
  await expect(status).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(status).toHaveCount(0)

  // Longer than the layout takes here: a layout that was not really stopped would land meanwhile.
  await page.waitForTimeout(6000)
  expect(await markTime(page, 'pipewright:layout-placed')).toBeUndefined()
  expect(await positions(page)).toEqual(before)
  await expect(undo).toBeDisabled()
  // And the next layout still works (a fresh worker replaces the stopped one).
  await page.keyboard.press(`${MOD}+Shift+l`)
  await expect
    .poll(() => markTime(page, 'pipewright:layout-placed'), { timeout: 30_000 })
    .toBeDefined()
  await expect(undo).toBeEnabled()
})

/** The distinct positions one node is drawn at, frame by frame, while `action` runs and settles. */
async function framesOf(page: Page, id: string, action: () => Promise<void>) {
  await page.evaluate((nodeId) => {
    const w = window as unknown as { seen: string[]; watching: boolean }
    w.seen = []
    w.watching = true
    const tick = () => {
      const t = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.style
        .transform
      if (t && w.seen.at(-1) !== t) w.seen.push(t)
      if (w.watching) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }, id)
  const runs = await analysisRuns(page)
  await action()
  // The layout changes the diagram once, when the nodes are in place: that runs the analysis.
  await expect.poll(() => analysisRuns(page)).toBe(runs + 1)
  await page.waitForTimeout(200)
  return page.evaluate(() => {
    const w = window as unknown as { seen: string[]; watching: boolean }
    w.watching = false
    return w.seen
  })
}

async function stackedPipeline(page: Page) {
  await openApp(page)
  for (const s of ['producer-app', 'kinesis-data-streams', 'kinesis-firehose', 's3'])
    await dropService(page, s, 300, 200)
  return (await page.locator('.react-flow__node-service').last().getAttribute('data-id'))!
}

test('auto-layout animates the nodes to their places…', async ({ page }) => {
  const id = await stackedPipeline(page)
  const seen = await framesOf(page, id, () => page.keyboard.press(`${MOD}+Shift+l`))
  expect(seen.length, `positions drawn: ${seen.join(' | ')}`).toBeGreaterThan(3)
})

test('…but with prefers-reduced-motion the nodes go straight there', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const id = await stackedPipeline(page)
  const seen = await framesOf(page, id, () => page.keyboard.press(`${MOD}+Shift+l`))
  // Where it was, and where the layout put it: nothing in between.
  expect(seen, `positions drawn: ${seen.join(' | ')}`).toHaveLength(2)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(
      async () =>
        new Set(
          await page
            .locator('.react-flow__node-service')
            .evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform))
        ).size
    )
    .toBe(1)
})

// Issue 14: the canvas draws only the cards in view of a large diagram, but an image export is the
// whole diagram: every card, including those that were never in view.
test('a PNG export of a 1,000-service diagram draws every card, in view or not', async ({
  page
}) => {
  // html-to-image copies the styles of every element of 1,000 cards: about 40 s here.
  test.setTimeout(150_000)
  await openApp(page)
  await openBig(page)
  const diagram = JSON.parse(text!) as {
    nodes: Array<{ id: string; position: { x: number; y: number } }>
  }
  const drawn = new Set(
    await page
      .locator('.react-flow__node-service')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!))
  )
  const offScreen = diagram.nodes.filter((n) => !drawn.has(n.id))
  expect(offScreen.length).toBeGreaterThan(COUNT / 2)
  const png = readFileSync(await (await exportAs(page, 'PNG image (1×)')).path())
  const minX = Math.min(...diagram.nodes.map((n) => n.position.x))
  const minY = Math.min(...diagram.nodes.map((n) => n.position.y))
  // Some cards that were off screen, as boxes in the image (the export pads the diagram by EXPORT_PADDING).
  const picks = [offScreen[0]!, offScreen[Math.floor(offScreen.length / 2)]!, offScreen.at(-1)!]
  const boxes = picks.map((n) => ({
    x: n.position.x - minX + PAD,
    y: n.position.y - minY + PAD,
    width: 180,
    height: 44
  }))
  const image = await decodePngInPage(page, png)
  // A card's name is dark text; the canvas between cards has none.
  const darkPixels = await image.evaluate(
    (context, boxes) =>
      boxes.map((b) => {
        const data = context.getImageData(b.x, b.y, b.width, b.height).data
        let dark = 0
        for (let i = 0; i < data.length; i += 4)
          if (0.3 * data[i]! + 0.59 * data[i + 1]! + 0.11 * data[i + 2]! < 100) dark++
        return dark
      }),
    boxes
  )
  for (const [i, dark] of darkPixels.entries())
    expect(dark, `dark pixels in the card ${picks[i]!.id}`).toBeGreaterThan(20)
  // Afterwards the canvas draws only what is in view again.
  await expect.poll(() => page.locator('.react-flow__node-service').count()).toBeLessThan(COUNT / 2)
})
