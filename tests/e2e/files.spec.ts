import { readFileSync } from 'node:fs'
import { dropService, expect, openApp, test } from './fixtures'

const FIXTURES = 'tests/fixtures/diagrams'

test('opening a broken file shows a readable error and keeps the current diagram', async ({ page }) => {
  await openApp(page)
  await dropService(page, 's3', 300, 200)
  // The diagram has unsaved changes: opening asks first.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.accept() }))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "pipewright/diagram",\n  "version": 1,\n  "name": "x"\n  "nodes": []}'),
  })
  expect(await asked).toContain('Discard the unsaved changes')
  await expect(page.getByRole('alert')).toContainText('Could not open broken.json')
  await expect(page.getByRole('alert')).toContainText('line 4')
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
})

test('saving downloads the diagram, and opening that file restores it', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 200, 200)
  await dropService(page, 'kinesis-firehose', 600, 200)
  await page.getByLabel('Diagram name').fill('Round trip')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Round trip.pipewright.json')
  const text = readFileSync(await file.path(), 'utf8')
  const saved = JSON.parse(text)
  expect(saved.format).toBe('pipewright/diagram')
  expect(saved.nodes.map((n: { service: string }) => n.service)).toEqual(['kinesis-data-streams', 'kinesis-firehose'])

  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'rt.pipewright.json', mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  await expect(page.getByLabel('Diagram name')).toHaveValue('Round trip')
})

test('the clickstream fixture opens with every edge documented', async ({ page }) => {
  await openApp(page)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open…' }).click()
  await (await chooser).setFiles(`${FIXTURES}/valid-clickstream.pipewright.json`)
  const edges = page.locator('.edge-label')
  await expect(edges.first()).toBeVisible()
  for (const l of await edges.all()) await expect(l).not.toHaveAttribute('data-verdict', 'error')
  await expect(page.locator('.statusbar')).toContainText('0 errors')
  await page.screenshot({ path: 'test-results/clickstream.png' })
})
