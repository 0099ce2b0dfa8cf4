import type { Page } from '@playwright/test'
import { connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

/** A producer (100 records/s of 1 KB) into a stream held at 10 provisioned shards. */
async function fixedShardStream(page: Page) {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 160)
  await dropService(page, 'kinesis-data-streams', 550, 160)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  await nodeOf(page, 'kinesis-data-streams').click()
  await page.getByLabel('Fixed shard count').fill('10')
  await page.getByLabel('Fixed shard count').press('Enter')
}

const money = (text: string | null) => Number(text!.replace(/[^0-9.]/g, ''))

test('typing a traffic multiplier key by key changes the total and says it is a what-if, not saved', async ({
  page
}) => {
  await fixedShardStream(page)
  await page.getByRole('tab', { name: /Cost/ }).click()
  const total = page.getByTestId('cost-total')
  const status = page.getByTestId('status-total')
  const before = money(await total.textContent())
  await expect(page.getByTestId('what-if-notice')).toHaveCount(0)

  const field = page.getByRole('spinbutton', { name: 'Traffic multiplier (×)' })
  await field.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('10', { delay: 80 })
  // 10× the records: PUT payload units grow tenfold while the ten shards stay.
  await expect.poll(async () => money(await total.textContent())).toBeGreaterThan(before)
  await expect(status).toHaveText(await total.textContent().then((t) => `${t}/month`))
  const notice = page.getByRole('status').filter({ hasText: 'What-if: 10× traffic — not saved' })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('button', { name: '10×', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true'
  )

  // The saved file knows nothing of it.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const saved = await (await download).createReadStream().then(async (s) => {
    let text = ''
    for await (const chunk of s) text += String(chunk)
    return text
  })
  expect(saved).not.toMatch(/multiplier/i)

  await notice.getByRole('button', { name: 'Reset to 1×' }).click()
  await expect(page.getByTestId('what-if-notice')).toHaveCount(0)
  await expect.poll(async () => money(await total.textContent())).toBe(before)
})

test('the slider moves by keyboard: arrows by small steps, Page Up to the next preset, Home to 0.1×', async ({
  page
}) => {
  await fixedShardStream(page)
  await page.getByRole('tab', { name: /Cost/ }).click()
  const total = page.getByTestId('cost-total')
  const before = money(await total.textContent())
  const slider = page.getByRole('slider', { name: 'Traffic multiplier slider' })
  const field = page.getByRole('spinbutton', { name: 'Traffic multiplier (×)' })
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(field).toHaveValue('1.02')
  await expect(slider).toHaveAttribute('aria-valuetext', '1.02× traffic')
  await page.keyboard.press('ArrowLeft')
  await expect(field).toHaveValue('1')
  await page.keyboard.press('PageUp')
  await expect(field).toHaveValue('2')
  await page.keyboard.press('PageUp')
  await expect(field).toHaveValue('5')
  await expect(page.getByTestId('what-if-notice').first()).toContainText(
    'What-if: 5× traffic — not saved'
  )
  await expect.poll(async () => money(await total.textContent())).toBeGreaterThan(before)
  await page.keyboard.press('Home')
  await expect(field).toHaveValue('0.1')
  await expect.poll(async () => money(await total.textContent())).toBeLessThan(before)
  // Problems follow too: at 100× a default on-demand stream would need warming up (checked in the chart test's diagram).
})

test('the Cost tab charts each stream’s capacity modes against traffic, with the crossover and the multiplier marked', async ({
  page
}) => {
  await fixedShardStream(page)
  await page.getByRole('tab', { name: /Cost/ }).click()
  const chart = page.getByTestId('stream-cost-chart')
  await expect(chart).toBeVisible()
  await expect(chart.locator('.recharts-line')).toHaveCount(
    await chart.locator('.recharts-legend-item').count()
  )
  expect(await chart.locator('.recharts-line').count()).toBeGreaterThanOrEqual(2)
  // Ten fixed shards cost more than on-demand at low traffic and less at high traffic.
  await expect(chart.getByTestId('crossover-marker')).toHaveCount(1)
  await expect(page.getByTestId('stream-cost-summary')).toContainText(
    /is cheapest below \d+(\.\d+)?×/
  )
  await expect(chart.locator('.recharts-wrapper')).toContainText('now 1×')
  await expect(page.getByTestId('service-cost-chart')).toContainText('Kinesis Data Streams')
  await page.getByRole('button', { name: '10×', exact: true }).click()
  await expect(chart.locator('.recharts-wrapper')).toContainText('now 10×')
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await page
      .getByTestId('cost-charts')
      .screenshot({ path: `test-results/cost-chart-${theme}.png` })
    await page.locator('.tab-body').evaluate((body) => body.scrollTo(0, 0))
    await page.screenshot({ path: `test-results/cost-tab-${theme}.png` })
  }
})

test('the chart is not worked out while the Cost tab is hidden', async ({ page }) => {
  await fixedShardStream(page)
  const runs = () =>
    page.evaluate(() => performance.getEntriesByName('pipewright:cost-curves', 'mark').length)
  await nodeOf(page, 'producer-app').click()
  await page.getByLabel('Records per second (records/s)', { exact: true }).fill('250')
  await page.waitForTimeout(700)
  expect(await runs()).toBe(0)
  await page.getByRole('tab', { name: /Cost/ }).click()
  await expect(page.getByTestId('stream-cost-chart')).toBeVisible()
  expect(await runs()).toBe(1)
})

test('problems and badges follow the multiplier: 100× needs ten shards and warms up an on-demand stream', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 120)
  await dropService(page, 'kinesis-data-streams', 550, 120)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  await dropService(page, 'producer-app', 150, 330)
  await dropService(page, 'kinesis-data-streams', 550, 330)
  const producers = page.locator(
    '.react-flow__node:has(.service-node[data-service="producer-app"])'
  )
  const streams = page.locator(
    '.react-flow__node:has(.service-node[data-service="kinesis-data-streams"])'
  )
  await streams.nth(1).click()
  await page.getByLabel('Capacity mode').selectOption('on-demand')
  await page.getByLabel('Label', { exact: true }).fill('Clicks')
  // The second pair is connected from the inspector: the producer, then the stream by its label.
  await producers.nth(1).click()
  await page.getByLabel('Connect to').selectOption({ label: '✓ Clicks' })
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)

  const badge = streams.nth(0).getByTestId('capacity-badge')
  await expect(badge).toHaveText('1 shard')
  await expect(page.locator('.statusbar')).toContainText('0 warnings')
  await page.getByRole('tab', { name: /Cost/ }).click()
  await page.getByRole('button', { name: '100×', exact: true }).click()
  // 100 × 100 records/s of 1 KB: 10,000 records/s ÷ 1,000 per shard = 10 shards; above the 4,000 records/s an on-demand stream starts with.
  await expect(badge).toHaveText('10 shards')
  await expect(page.locator('.statusbar')).toContainText('1 warning')
  await page.getByRole('tab', { name: /Problems/ }).click()
  await expect(page.locator('.problem[data-code="kds-on-demand-warmup"]')).toBeVisible()
  await expect(page.getByTestId('what-if-notice')).toContainText(
    'What-if: 100× traffic — not saved'
  )

  // Both streams have a curve; the list picks which one is charted.
  await page.getByRole('tab', { name: /Cost/ }).click()
  const picker = page.getByLabel(/^Stream \(2,/)
  await expect(picker).toBeVisible()
  const charted = page.getByTestId('stream-cost-chart')
  const first = await charted.getAttribute('data-node-id')
  const other = await picker
    .locator('option')
    .evaluateAll(
      (os, id) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== id)!,
      first
    )
  await picker.selectOption(other)
  await expect(charted).toHaveAttribute('data-node-id', other)
  await page.locator('.tab-body').screenshot({ path: 'test-results/cost-tab-two-streams.png' })
  await page
    .getByRole('status')
    .filter({ hasText: 'What-if' })
    .getByRole('button', { name: 'Reset to 1×' })
    .click()
  await expect(badge).toHaveText('1 shard')
  await expect(page.locator('.statusbar')).toContainText('0 warnings')
})
