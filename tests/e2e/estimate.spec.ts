import { readFileSync } from 'node:fs'
import { connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

async function pipelineWithStream(page: import('@playwright/test').Page) {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 200)
  await dropService(page, 'kinesis-data-streams', 550, 200)
  await connect(page, 'producer-app', 'kinesis-data-streams')
}

test('setting a producer rate in the inspector resizes the stream and changes the monthly total', async ({
  page
}) => {
  await pipelineWithStream(page)
  const shards = nodeOf(page, 'kinesis-data-streams').getByTestId('capacity-badge')
  await expect(shards).toHaveText('1 shard')
  const total = page.getByTestId('status-total')
  const before = await total.textContent()

  await nodeOf(page, 'producer-app').click()
  const rate = page.getByLabel('Records per second (records/s)', { exact: true })
  await rate.fill('2500')
  // 2,500 records/s ÷ 1,000 per shard → 3 shards (1 KB records: 2.44 MB/s → 3 as well).
  await expect(shards).toHaveText('3 shards')
  await expect(total).not.toHaveText(before!)
  await expect(page.getByTestId('throughput-out')).toContainText('2,500 rec/s')

  // A bad value is refused with the reason; the last valid value stays in force.
  await rate.fill('-5')
  await expect(page.getByRole('alert').filter({ hasText: 'Must be at least 0' })).toBeVisible()
  await expect(shards).toHaveText('3 shards')
  await page.screenshot({ path: 'test-results/estimate-inspector.png' })
})

test('the stream inspector shows the shard arithmetic and both capacity modes', async ({
  page
}) => {
  await pipelineWithStream(page)
  await nodeOf(page, 'kinesis-data-streams').click()
  const inspector = page.getByTestId('node-inspector')
  await expect(inspector).toContainText('Shards needed = max(')
  await expect(inspector).toContainText('Provisioned (1 shard)')
  await expect(inspector).toContainText('On-demand')
  await page.getByLabel('Capacity mode').selectOption('on-demand')
  await expect(nodeOf(page, 'kinesis-data-streams').getByTestId('capacity-badge')).toHaveText(
    'on-demand'
  )
  await page.getByLabel('Fixed shard count').fill('1')
  await page.getByLabel('Capacity mode').selectOption('provisioned')
  await nodeOf(page, 'producer-app').click()
  await page.getByLabel('Records per second (records/s)', { exact: true }).fill('5000')
  await expect(page.locator('.problem[data-code="kds-under-provisioned"]')).toContainText(
    'needs 5 shards'
  )
})

test('the cost panel lists line items, and an overridden unit price is used and saved', async ({
  page
}) => {
  await pipelineWithStream(page)
  await page.getByRole('tab', { name: /Cost/ }).click()
  const total = page.getByTestId('cost-total')
  await expect(page.locator('.cost-item').filter({ hasText: 'Shard hours' })).toContainText(
    '730 shard-hour'
  )
  const before = await total.textContent()
  const price = page.getByLabel('Unit price of Shard hours (shard-hour)')
  await price.fill('0.03')
  await price.press('Enter')
  await expect(total).not.toHaveText(before!)
  await expect(page.locator('.cost-item').filter({ hasText: 'Shard hours' })).toContainText(
    '$21.90'
  )
  await page.screenshot({ path: 'test-results/cost-panel.png' })

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  expect(saved.version).toBe(5)
  expect(saved.pricing).toEqual({ region: 'us-east-1', overrides: { 'kds.shardHour': 0.03 } })

  await page.getByRole('button', { name: 'list price' }).click()
  await expect(total).toHaveText(before!)
})

test('editing a unit price keeps the cost rows where they are while the price is being edited', async ({
  page
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Templates…' }).click()
  await page.getByText('IoT telemetry').first().click()
  await page.getByRole('tab', { name: /Cost/ }).click()
  const order = () =>
    page
      .locator('.cost-node')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node-id')))
  const before = await order()
  expect(before.length).toBeGreaterThanOrEqual(2)
  // Make the most expensive row the cheapest, typing each of its unit prices as a person does.
  const labels = await page
    .locator(`tr.cost-node[data-node-id="${before[0]}"]`)
    .evaluate((header) => {
      const out: string[] = []
      for (
        let row = header.nextElementSibling;
        row && !row.classList.contains('cost-node');
        row = row.nextElementSibling
      ) {
        for (const input of row.querySelectorAll('input'))
          out.push(input.getAttribute('aria-label')!)
      }
      return out
    })
  expect(labels.length).toBeGreaterThan(0)
  for (const label of labels) {
    await page.getByLabel(label, { exact: true }).click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('0')
    await page.keyboard.press('Enter')
  }
  const totalOf = (id: string) =>
    page
      .locator(`tr.cost-node[data-node-id="${id}"] td.num`)
      .innerText()
      .then((t) => Number(t.replace(/[$,]/g, '')))
  // Sorted by cost it would now move down…
  await expect
    .poll(async () => (await totalOf(before[0]!)) < (await totalOf(before[1]!)))
    .toBe(true)
  // …but it stays under the cursor while the price is being edited.
  expect(await order()).toEqual(before)
})
