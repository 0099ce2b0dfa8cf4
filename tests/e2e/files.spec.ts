import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { dropService, expect, exportAs, openApp, openWithPicker, test } from './fixtures'
import { decodePngInPage } from './pngInPage'

const FIXTURES = 'tests/fixtures/diagrams'

/** The parts of a saved or exported diagram file these tests read. */
interface SavedFile {
  format: string
  nodes: Array<{ service: string }>
}

/** A PNG's pixel size, and how many distinct colours it has (sampling every 7th pixel). */
async function inspectPng(page: Page, bytes: Buffer) {
  const image = await decodePngInPage(page, bytes)
  return image.evaluate((context) => {
    const { width, height } = context.canvas
    const data = context.getImageData(0, 0, width, height).data
    const colours = new Set<number>()
    let opaque = 0
    for (let i = 0; i < data.length; i += 4 * 7) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
      if (data[i + 3]! > 0) opaque++
    }
    return { width, height, colours: colours.size, opaque }
  })
}

test('opening a broken file shows a readable error and keeps the current diagram', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 's3', 300, 200)
  await page.getByRole('button', { name: 'Open…' }).click()
  // The diagram has unsaved changes: opening asks first.
  const dialog = page.getByRole('alertdialog', { name: /Save changes/ })
  await expect(dialog).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: "Don't Save" }).click()
  await (
    await chooser
  ).setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format": "pipewright/diagram",\n  "version": 2,\n  "name": "x"\n  "nodes": []}'
    )
  })
  await expect(page.getByRole('alert')).toContainText('Could not open broken.json')
  await expect(page.getByRole('alert')).toContainText('line 4')
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
})

test("unsaved changes: Cancel keeps the diagram, Don't Save replaces it", async ({ page }) => {
  await openApp(page)
  await dropService(page, 'lambda', 300, 200)
  await expect(page.getByLabel('Unsaved changes')).toBeVisible()
  await page.getByRole('button', { name: 'New' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await page.getByRole('button', { name: 'New' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't Save" }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0)
})

test('unsaved changes: Save writes the file first, then goes on', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'lambda', 300, 200)
  await page.getByRole('button', { name: 'New' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('alertdialog').getByRole('button', { name: 'Save', exact: true }).click()
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as SavedFile
  expect(saved.nodes.map((n) => n.service)).toEqual(['lambda'])
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
})

test('saving downloads the diagram, and opening that file restores it', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 200, 200)
  await dropService(page, 'kinesis-firehose', 600, 200)
  await page.getByLabel('Diagram name').fill('Round trip')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Round trip.pipewright.json')
  const text = readFileSync(await file.path(), 'utf8')
  const saved = JSON.parse(text) as SavedFile
  expect(saved.format).toBe('pipewright/diagram')
  expect(saved.nodes.map((n) => n.service)).toEqual(['kinesis-data-streams', 'kinesis-firehose'])
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0)

  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await openWithPicker(page, {
    name: 'rt.pipewright.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text)
  })
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  await expect(page.getByLabel('Diagram name')).toHaveValue('Round trip')
})

test('the clickstream fixture opens with every edge documented', async ({ page }) => {
  await openApp(page)
  await openWithPicker(page, `${FIXTURES}/valid-clickstream.pipewright.json`)
  const edges = page.locator('.edge-label')
  await expect(edges).toHaveCount(8)
  for (const l of await edges.all()) await expect(l).not.toHaveAttribute('data-verdict', 'error')
  await expect(page.locator('.statusbar')).toContainText('0 errors')
  await page.screenshot({ path: 'test-results/clickstream.png' })
})

test('PNG export covers the whole diagram at 1× and 2×, is not blank, and reopens as the diagram', async ({
  page
}) => {
  await openApp(page)
  await openWithPicker(page, `${FIXTURES}/valid-clickstream.pipewright.json`)
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  // Zoom in so that the viewport shows only part of the diagram: the export must not care.
  await page.getByRole('button', { name: 'Zoom In' }).click()
  await page.getByRole('button', { name: 'Zoom In' }).click()

  const one = readFileSync(await (await exportAs(page, 'PNG image (1×)')).path())
  const two = readFileSync(await (await exportAs(page, 'PNG image (2×)')).path())
  const a = await inspectPng(page, one)
  const b = await inspectPng(page, two)
  // The diagram spans x 0…2380 + a 190+ px card, y -150…56: far more than the zoomed viewport.
  expect(a.width).toBeGreaterThan(2380 + 190)
  expect(a.height).toBeGreaterThan(150 + 56)
  expect(b.width).toBe(a.width * 2)
  expect(b.height).toBe(a.height * 2)
  expect(a.colours).toBeGreaterThan(20)

  const transparent = readFileSync(
    await (await exportAs(page, 'PNG, transparent background')).path()
  )
  const t = await inspectPng(page, transparent)
  expect(t.opaque).toBeLessThan(a.opaque)

  await page.getByRole('button', { name: 'New' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await openWithPicker(page, { name: 'clickstream.png', mimeType: 'image/png', buffer: one })
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  await expect(page.getByLabel('Diagram name')).toHaveValue('Clickstream analytics')
})

test('SVG and JSON exports', async ({ page }) => {
  await openApp(page)
  await openWithPicker(page, `${FIXTURES}/valid-clickstream.pipewright.json`)
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  const svg = readFileSync(await (await exportAs(page, 'SVG image')).path(), 'utf8')
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /)
  expect(svg).not.toContain('<foreignObject')
  expect(svg).toContain('>Data Firehose</text>')
  const json = JSON.parse(
    readFileSync(await (await exportAs(page, 'JSON (diagram file)')).path(), 'utf8')
  ) as SavedFile
  expect(json.nodes).toHaveLength(8)
})

test('a diagram dropped on the window opens', async ({ page }) => {
  await openApp(page)
  const text = readFileSync(`${FIXTURES}/invalid-edge.pipewright.json`, 'utf8')
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer()
    dt.items.add(new File([content], 'dropped.pipewright.json', { type: 'application/json' }))
    return dt
  }, text)
  await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer })
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer })
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  await expect(page.locator('.statusbar')).toContainText('Opened dropped.pipewright.json')
})
