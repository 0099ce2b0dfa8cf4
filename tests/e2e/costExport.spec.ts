import { readFileSync } from 'node:fs'
import { loadDiagram } from '../../src/shared/diagram/loadDiagram'
import { buildBillOfMaterials } from '../../src/shared/estimation/billOfMaterials'
import { bomToCsv } from '../../src/shared/estimation/bomCsv'
import { bomToMarkdown } from '../../src/shared/estimation/bomMarkdown'
import { estimateDiagram } from '../../src/shared/estimation/estimate'
import { readCsv } from '../unit/estimation/csvReader'
import { expect, openApp, test } from './fixtures'

const TEMPLATE = 'clickstream-data-lake.pipewright.json'

/** The bill the CLI writes for the template, as `estimate --format csv|markdown` makes it. */
function cliBill() {
  const loaded = loadDiagram(readFileSync(`resources/templates/${TEMPLATE}`, 'utf8'))
  if (!loaded.ok) throw new Error(`${TEMPLATE} does not load`)
  const { diagram } = loaded
  return buildBillOfMaterials(
    diagram,
    estimateDiagram(diagram, { overrides: diagram.pricing?.overrides ?? {} })
  )
}

async function openTemplateCost(page: import('@playwright/test').Page) {
  await openApp(page)
  await page.getByRole('button', { name: 'Templates…' }).click()
  await page.locator(`.template-card[data-template="${TEMPLATE}"]`).click()
  await expect(page.locator('.statusbar')).toContainText('0 errors')
  await page.getByRole('tab', { name: /Cost/ }).click()
}

test('the Cost tab exports the bill of materials as CSV, the same the CLI writes', async ({
  page
}) => {
  await openTemplateCost(page)
  const group = page.getByRole('group', { name: 'Bill of materials' })
  await expect(group.getByRole('button', { name: 'Export CSV…' })).toBeVisible()
  await expect(group.getByRole('button', { name: 'Export Markdown…' })).toBeVisible()
  await expect(group.getByRole('button', { name: 'Copy Markdown' })).toBeVisible()
  await page.screenshot({ path: 'test-results/cost-export-buttons.png' })

  const download = page.waitForEvent('download')
  await group.getByRole('button', { name: 'Export CSV…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(
    'Clickstream to a queryable data lake bill of materials.csv'
  )
  const text = readFileSync(await file.path(), 'utf8')
  expect(text).toBe(bomToCsv(cliBill()))
  await expect(page.locator('.statusbar')).toContainText(`Exported ${file.suggestedFilename()}`)

  // What a spreadsheet sees: one row per line item the panel lists, and the panel's total.
  const rows = readCsv(text)
  expect(rows[0]).toEqual([
    'Label',
    'Service',
    'Capacity',
    'Item',
    'Quantity',
    'Unit',
    'Unit price (USD)',
    'Price date',
    'Grade',
    'Monthly (USD)'
  ])
  const items = rows.slice(1, -1)
  await expect(page.locator('.cost-item')).toHaveCount(items.length)
  const total = rows.at(-1)!
  expect(total[0]).toBe('Total')
  const shown = (await page.getByTestId('cost-total').textContent())!.replace(/[$,]/g, '')
  expect(Number(total[9])).toBe(Number(shown))
  const sum = items.reduce((s, r) => s + Number(r[9]), 0)
  expect(Math.abs(sum - Number(total[9]))).toBeLessThan(0.01 * items.length)
  for (const r of items) {
    // quantity × unit price is the line's cost, to the cent.
    expect(Math.abs(Number(r[4]) * Number(r[6]) - Number(r[9]))).toBeLessThanOrEqual(0.005)
  }
})

test('Export Markdown downloads the bill, and Copy Markdown puts it on the clipboard', async ({
  page,
  context
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openTemplateCost(page)
  const expected = bomToMarkdown(cliBill())
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/bill of materials\.md$/)
  expect(readFileSync(await file.path(), 'utf8')).toBe(expected)

  await page.getByRole('button', { name: 'Copy Markdown' }).click()
  await expect(page.getByTestId('bom-copy-status')).toHaveText('Copied')
  await page.getByRole('group', { name: 'Bill of materials' }).screenshot({
    path: 'test-results/cost-export-copied.png'
  })
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(expected)
  const total = (await page.getByTestId('cost-total').textContent())!
  expect(copied.split('\n')[2]).toContain(`**\\${total} per month**`)
})

test('a refused clipboard is said beside the button, and nothing claims it was copied', async ({
  page
}) => {
  await openTemplateCost(page)
  await page.evaluate(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
  })
  await page.getByRole('button', { name: 'Copy Markdown' }).click()
  const status = page.getByTestId('bom-copy-status')
  await expect(status).toContainText('Could not copy to the clipboard')
  await expect(status).toContainText('Write permission denied.')
  await expect(status).toContainText('Export Markdown…')
  await expect(status).not.toContainText('Copied')
})

test('what-if traffic is in the exported bill, and its assumptions say so', async ({ page }) => {
  await openTemplateCost(page)
  await page.getByRole('button', { name: '2×', exact: true }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown…' }).click()
  const text = readFileSync(await (await download).path(), 'utf8')
  expect(text).toContain("What-if: every source's traffic is 2× what the diagram says")
  const total = (await page.getByTestId('cost-total').textContent())!
  expect(text).toContain(`**\\${total} per month**`)
  expect(text).not.toBe(bomToMarkdown(cliBill()))
})
