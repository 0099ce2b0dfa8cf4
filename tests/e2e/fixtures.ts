import { test as base, expect, type FileChooser, type Page } from '@playwright/test'

/** Every end-to-end test fails on a console error, a React warning or an uncaught exception. */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning')
          problems.push(`${msg.type()}: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
      await use(problems)
      expect(problems, 'console errors and warnings during the test').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }

/** Exports through the toolbar's Export menu; resolves with the download. */
export async function exportAs(page: Page, label: string) {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export ▾' }).click()
  await page.getByRole('menuitem', { name: label }).click()
  return download
}

/** How many times the page has validated and estimated (store/analysis.ts leaves a user-timing mark each time). */
export function analysisRuns(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('pipewright:analysis', 'mark').length)
}

/** Opens a file through the toolbar's Open… button and the browser's file chooser. */
export async function openWithPicker(
  page: Page,
  file: Parameters<FileChooser['setFiles']>[0]
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles(file)
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('complementary', { name: 'Services' })).toBeVisible()
}

/** Drags a service from the palette and drops it at a point of the canvas pane. */
export async function dropService(
  page: Page,
  service: string,
  x: number,
  y: number
): Promise<void> {
  const before = await page.locator('.react-flow__node').count()
  const item = page.locator(`.palette-item[data-service="${service}"]`)
  await item.scrollIntoViewIfNeeded()
  await item.dragTo(page.locator('.react-flow__pane'), { targetPosition: { x, y } })
  await expect(page.locator('.react-flow__node')).toHaveCount(before + 1)
}

export function nodeOf(page: Page, service: string) {
  return page.locator(`.react-flow__node:has(.service-node[data-service="${service}"])`)
}

/** Presses on the source handle of one node and moves onto another; the caller releases. */
export async function startConnection(
  page: Page,
  fromService: string,
  toService: string
): Promise<void> {
  const source = nodeOf(page, fromService).locator('.react-flow__handle.source')
  const sb = (await source.boundingBox())!
  await page.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2)
  await page.mouse.down()
  const target = nodeOf(page, toService)
  const tb = (await target.boundingBox())!
  await page.mouse.move(tb.x + tb.width / 2, tb.y + tb.height / 2, { steps: 15 })
}

export async function connect(page: Page, fromService: string, toService: string): Promise<void> {
  const before = await page.locator('.react-flow__edge').count()
  await startConnection(page, fromService, toService)
  await page.mouse.up()
  await expect(page.locator('.react-flow__edge')).toHaveCount(before + 1)
}

export function edgeLabel(page: Page, index = 0) {
  return page.locator('.edge-label').nth(index)
}
