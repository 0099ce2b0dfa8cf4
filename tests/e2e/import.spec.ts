import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { lowContrastText } from './contrast'
import { dropService, expect, exportAs, nodeOf, openApp, test } from './fixtures'

const FIXTURES = 'tests/fixtures/ui-import'
const TEMPLATE = `${FIXTURES}/clickstream-sam.yaml`
const DRAWIO = `${FIXTURES}/order-scoring.drawio`

/** Imports a file through the toolbar's Import… button and the browser's file chooser. */
async function importWithPicker(page: Page, file: string | { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'text/plain', buffer: file.buffer }
  )
}

/** Drops a file on the canvas, as a file dragged from the desktop. */
async function dropFile(page: Page, path: string, name: string) {
  const text = readFileSync(path, 'utf8')
  const dataTransfer = await page.evaluateHandle(
    ([content, fileName]) => {
      const dt = new DataTransfer()
      dt.items.add(new File([content!], fileName!, { type: 'application/xml' }))
      return dt
    },
    [text, name]
  )
  await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer })
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer })
}

const report = (page: Page) => page.getByRole('region', { name: 'Import report' })
const row = (page: Page, sourceId: string) =>
  report(page).locator(`tr[data-source-id="${sourceId}"]`)

test('a SAM template imported with Import… becomes a checked diagram with its report', async ({
  page
}) => {
  await openApp(page)
  await importWithPicker(page, TEMPLATE)

  await expect(page.getByRole('tab', { name: 'Import report' })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await expect(page.getByTestId('import-summary')).toContainText('clickstream-sam.yaml')
  await expect(page.getByTestId('import-summary')).toContainText('CloudFormation')
  // Every resource of the template has its line, and says what became of it.
  for (const [id, outcome] of [
    ['ClickStream', 'node'],
    ['EnrichFunction', 'node'],
    ['ResultsTable', 'node'],
    ['ArchiveBucket', 'node'],
    ['ArchiveDelivery', 'node'],
    ['ArchiveDeliveryRole', 'not a pipeline resource'],
    ['EnrichLogs', 'not a pipeline resource']
  ] as const)
    await expect(row(page, id).locator('.outcome-tag'), id).toHaveText(outcome)

  // The new document is named after the file, unsaved anywhere, with nothing to undo.
  await expect(page.getByLabel('Diagram name')).toHaveValue('clickstream-sam')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  for (const service of ['kinesis-data-streams', 'lambda', 'kinesis-firehose', 's3', 'dynamodb'])
    await expect(nodeOf(page, service), service).toHaveCount(1)
  // The orders queue belongs to another stack: drawn, marked external, named by its parameter.
  const queue = nodeOf(page, 'sqs')
  await expect(queue.getByTestId('external-badge')).toHaveText('external')
  await expect(queue.getByTestId('external-badge')).toHaveAttribute('title', /OrdersQueueArn/)
  const box = (await queue.boundingBox())!
  await page.screenshot({
    path: 'test-results/import-external-badge.png',
    clip: { x: box.x - 20, y: box.y - 20, width: box.width + 40, height: box.height + 40 }
  })
  // The stream feeds the function and the delivery stream, which writes to the bucket.
  await expect(page.locator('.react-flow__edge')).not.toHaveCount(0)

  await page
    .locator('.bottom-panel')
    .screenshot({ path: 'test-results/import-report-template.png' })
  await page.screenshot({ path: 'test-results/import-template-window.png' })

  // Filtering by outcome.
  await report(page).getByLabel('Show').selectOption('not-pipeline')
  await expect(report(page).locator('tbody tr')).toHaveCount(2)
  await report(page).getByLabel('Show').selectOption('all')

  // An entry leads to its node.
  await row(page, 'ClickStream').getByRole('button', { name: 'ClickStream' }).click()
  await expect(page.getByTestId('node-inspector')).toHaveAttribute(
    'data-service',
    'kinesis-data-streams'
  )
  // The row's button moves the view to ClickStream; a click while that move is still running can
  // land as the start of a pan instead, so the click is tried again until the queue is selected.
  await expect(async () => {
    await queue.click()
    await expect(page.getByTestId('external-note')).toContainText('OrdersQueueArn', {
      timeout: 1000
    })
  }).toPass({ timeout: 10_000 })

  // The function writes to the table only in its environment and policies: a suggestion, added on request.
  const suggestion = report(page)
    .locator('.import-suggestion')
    .filter({ hasText: 'EnrichFunction' })
    .filter({ hasText: 'ResultsTable' })
  await expect(suggestion).toHaveCount(1)
  const edges = await page.locator('.react-flow__edge').count()
  await suggestion.getByRole('button', { name: 'Add connection' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges + 1)
  await expect(suggestion.getByRole('button', { name: 'Added' })).toBeDisabled()
  await suggestion.scrollIntoViewIfNeeded()
  await page
    .locator('.bottom-panel')
    .screenshot({ path: 'test-results/import-report-suggestions.png' })
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(edges)
  await expect(suggestion.getByRole('button', { name: 'Add connection' })).toBeEnabled()

  // Back out as CloudFormation.
  const download = await exportAs(page, 'CloudFormation template (YAML)…')
  expect(download.suggestedFilename()).toBe('clickstream-sam.yaml')
  const yaml = readFileSync(await download.path(), 'utf8')
  expect(yaml).toContain('AWS::Kinesis::Stream')
  expect(yaml).toContain('AWS::KinesisFirehose::DeliveryStream')
  await expect(page.locator('.statusbar')).toContainText(
    /Exported clickstream-sam\.yaml: \d+ resources/
  )

  // Saving never writes over the template: it is a new diagram file.
  const saved = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  expect((await saved).suggestedFilename()).toBe('clickstream-sam.pipewright.json')
})

test('a draw.io file dropped on the window is imported, and another page can be picked', async ({
  page
}) => {
  await openApp(page)
  await dropFile(page, DRAWIO, 'order-scoring.drawio')

  await expect(page.getByTestId('import-summary')).toContainText('order-scoring.drawio')
  await expect(page.getByTestId('import-summary')).toContainText('draw.io')
  for (const service of ['kinesis-data-streams', 'lambda', 'dynamodb'])
    await expect(nodeOf(page, service), service).toHaveCount(1)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await expect(row(page, 'orders-stream').locator('.outcome-tag')).toHaveText('node')
  await expect(row(page, 'todo-note').locator('.outcome-tag')).toHaveText('note')
  await expect(row(page, 'e-stream-fn').locator('.outcome-tag')).toHaveText('connection')
  // Labels keep their words, not their HTML.
  await expect(nodeOf(page, 'dynamodb')).toContainText('Scores table')
  await expect(page.getByLabel('Diagram name')).toHaveValue('order-scoring — Order scoring')
  await page.locator('.bottom-panel').screenshot({ path: 'test-results/import-report-drawio.png' })

  const pagePicker = report(page).getByLabel('Page')
  await expect(pagePicker.locator('option')).toHaveText(['1. Order scoring', '2. Lake'])
  await pagePicker.selectOption({ label: '2. Lake' })
  await expect(nodeOf(page, 's3')).toHaveCount(1)
  await expect(nodeOf(page, 'athena')).toHaveCount(1)
  await expect(nodeOf(page, 'lambda')).toHaveCount(0)
  await expect(page.getByLabel('Diagram name')).toHaveValue('order-scoring — Lake')
  await expect(report(page).getByLabel('Page')).toHaveValue('1')
})

test('a refused import says why and leaves the open diagram as it was', async ({ page }) => {
  await openApp(page)
  await dropService(page, 's3', 300, 200)
  // The shortcut opens the same picker as the button.
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.react-flow__pane').click({ position: { x: 50, y: 50 } })
  await page.keyboard.press('Control+I')
  await (
    await chooser
  ).setFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('just some notes\n')
  })
  await expect(page.getByRole('alert')).toContainText('notes.txt is neither')
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(page.getByRole('tab', { name: 'Import report' })).toHaveCount(0)
})

test('importing over unsaved changes asks first, and Cancel keeps them', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'lambda', 300, 200)
  await importWithPicker(page, TEMPLATE)
  const dialog = page.getByRole('alertdialog', { name: /Save changes/ })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(page.getByRole('tab', { name: 'Import report' })).toHaveCount(0)

  await importWithPicker(page, TEMPLATE)
  await page.getByRole('alertdialog').getByRole('button', { name: "Don't Save" }).click()
  await expect(page.getByRole('tab', { name: 'Import report' })).toBeVisible()
  await expect(nodeOf(page, 'kinesis-data-streams')).toHaveCount(1)
})

test.describe('the report and the external badge are readable', () => {
  // The app's Content-Security-Policy refuses injected scripts, axe among them.
  test.use({ bypassCSP: true })

  for (const theme of ['light', 'dark'] as const)
    test(`in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' })
      await openApp(page)
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await importWithPicker(page, TEMPLATE)
      await expect(report(page)).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(
        violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      ).toEqual([])
      expect(await lowContrastText(page, '.bottom-panel, .react-flow__node')).toEqual([])
      await page
        .locator('.bottom-panel')
        .screenshot({ path: `test-results/import-report-${theme}.png` })
    })
})
