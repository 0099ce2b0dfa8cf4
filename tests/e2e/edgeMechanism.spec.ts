import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { checkServicePair } from '../../src/shared/validation/edgeCheck'
import { connect, dropService, edgeLabel, expect, openApp, test } from './fixtures'

/**
 * A KCL application's edge to DynamoDB is either its lease table (checkpoints, the default) or
 * the records it writes (data): the inspector names both, and the choice drives the edge label.
 * Labels come from the mechanism data, so a renamed label does not break the test.
 */
const pair = checkServicePair('kcl-app', 'dynamodb')
const lease = pair.choices!.find((c) => c.carries === 'checkpoints')!
const writes = pair.choices!.find((c) => c.carries === 'data')!

async function exportSvgLabels(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export ▾' }).click()
  await page.getByRole('menuitem', { name: 'SVG image' }).click()
  const svg = readFileSync(await (await download).path(), 'utf8')
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return [...doc.querySelectorAll('g.edge-label')].map(
      (g) => g.querySelector('title')?.textContent ?? g.querySelector('text')!.textContent
    )
  }, svg)
}

test('the inspector chooses an edge mechanism with the keyboard; the label follows and Ctrl+Z puts it back', async ({
  page
}) => {
  expect(pair.choices![0]!.id, 'the lease table is the default').toBe(lease.id)

  await openApp(page)
  await dropService(page, 'kcl-app', 200, 220)
  await dropService(page, 'dynamodb', 720, 220)
  await connect(page, 'kcl-app', 'dynamodb')
  await expect(edgeLabel(page)).toHaveText(`✓ ${lease.label}`)

  await edgeLabel(page).click()
  const inspector = page.getByTestId('edge-inspector')
  const select = inspector.getByLabel('Mechanism')
  await expect(select).toHaveValue(lease.id)
  const options = await select.locator('option').allTextContents()
  expect(options).toEqual([`${lease.label} — checkpoints (default)`, `${writes.label} — data`])
  await expect(inspector.getByTestId('edge-carries')).toHaveText(/^Carries: checkpoints \(/)
  await expect(inspector.locator('.verdict-box .citation')).toContainText('Source:')
  await inspector.screenshot({ path: 'test-results/edge-mechanism-lease.png' })

  await select.focus()
  await page.keyboard.press('ArrowDown')
  await expect(select).toHaveValue(writes.id)
  await expect(edgeLabel(page)).toHaveText(`✓ ${writes.label}`)
  await expect(inspector.getByTestId('edge-carries')).toHaveText(/^Carries: data \(/)
  await expect(inspector.locator('.verdict-box')).toContainText('custom code')
  await expect(inspector.locator('.verdict-box .citation')).toContainText('develop-kcl-consumers')
  await inspector.screenshot({ path: 'test-results/edge-mechanism-writes.png' })

  // A select keeps no text history of its own: Ctrl+Z there undoes the choice it just made.
  // (Undo clears the selection, as it does after every edit; select the edge again to look.)
  await expect(select).toBeFocused()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(edgeLabel(page)).toHaveText(`✓ ${lease.label}`)
  await edgeLabel(page).click()
  await expect(select).toHaveValue(lease.id)
  await expect(inspector.getByTestId('edge-carries')).toHaveText(/^Carries: checkpoints \(/)
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(edgeLabel(page)).toHaveText(`✓ ${writes.label}`)
  await edgeLabel(page).click()
  await expect(select).toHaveValue(writes.id)

  // The exported picture and the saved file say the same; the default leaves no setting behind.
  expect(await exportSvgLabels(page)).toEqual([`✓ ${writes.label}`])
  const saved = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const file = JSON.parse(readFileSync(await (await saved).path(), 'utf8'))
  expect(file.edges[0].config).toEqual({ mechanism: writes.id })
  await select.selectOption(lease.id)
  await expect(edgeLabel(page)).toHaveText(`✓ ${lease.label}`)
})

test('an edge with one mechanism shows what it carries and no mechanism menu', async ({ page }) => {
  await openApp(page)
  await dropService(page, 's3', 200, 220)
  await dropService(page, 'lambda', 720, 220)
  await connect(page, 's3', 'lambda')
  await edgeLabel(page).click()
  const inspector = page.getByTestId('edge-inspector')
  await expect(inspector.getByTestId('edge-carries')).toHaveText(
    'Carries: notification (an event about an object, not its content)'
  )
  await expect(inspector.getByLabel('Mechanism')).toHaveCount(0)
})
