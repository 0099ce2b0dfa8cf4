import { connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

/** A camelCase word such as `putsPerSecond`: what a raw key looks like on screen. */
const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b/

test('palette search finds the names people type, best match first, typed key by key', async ({
  page
}) => {
  await openApp(page)
  const search = page.getByLabel('Search services')
  const cases: Array<[string, string]> = [
    ['kinesis analytics', 'kinesis-data-analytics'],
    ['kda', 'kinesis-data-analytics'],
    ['flink', 'kinesis-data-analytics'],
    ['elasticsearch', 'opensearch'],
    ['kafka', 'msk'],
    ['dynamo', 'dynamodb'],
    ['s3 bucket', 's3'],
    ['data pipeline', 'data-pipeline'],
    ['Data-Pipeline', 'data-pipeline']
  ]
  for (const [query, service] of cases) {
    await search.click()
    await search.press('ControlOrMeta+a')
    await search.press('Backspace')
    await page.keyboard.type(query)
    await expect(page.locator('.palette-item').first(), query).toHaveAttribute(
      'data-service',
      service
    )
  }
  // Tab from the search box reaches the best match; Enter adds it.
  await search.press('ControlOrMeta+a')
  await page.keyboard.type('kda')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(nodeOf(page, 'kinesis-data-analytics')).toHaveCount(1)
  await page.screenshot({ path: '/tmp/words-palette.png' })
})

async function iotPipeline(page: import('@playwright/test').Page) {
  await openApp(page)
  await dropService(page, 'iot-devices', 100, 220)
  await dropService(page, 'iot-core', 380, 220)
  await dropService(page, 's3', 660, 220)
}

test('a service that cannot take traffic itself says which source to add', async ({ page }) => {
  await iotPipeline(page)
  await nodeOf(page, 'iot-core').click()
  const inspector = page.getByTestId('node-inspector')
  await expect(inspector).toContainText(
    'No settings. AWS IoT Core receives what its sources send (MQTT or HTTPS publish, MQTT publish): add a Producer application or IoT devices (MQTT) source, or connect it after Amazon API Gateway or AWS Lambda.'
  )
  await expect(inspector.locator('.explanations li').first()).toHaveText(
    'AWS IoT Core receives what its sources send (MQTT or HTTPS publish, MQTT publish): add a Producer application or IoT devices (MQTT) source, or connect it after Amazon API Gateway or AWS Lambda.'
  )
  await connect(page, 'iot-devices', 'iot-core')
  await expect(inspector.locator('.explanations')).not.toContainText('IoT devices (MQTT) source')
  await expect(inspector).toContainText('No settings: its traffic comes from what feeds it.')
})

test('cost lines read as a person writes them, each price with its own date and grade', async ({
  page
}) => {
  await iotPipeline(page)
  await connect(page, 'iot-devices', 'iot-core')
  await connect(page, 'iot-core', 's3')
  await nodeOf(page, 'iot-devices').click()
  const rate = page.getByLabel('Records per second (records/s)', { exact: true })
  await rate.click()
  await rate.press('ControlOrMeta+a')
  // 300 messages/s: 788.4 million a month, all in the first price tier (the first billion).
  await page.keyboard.type('300')

  // Inspector of IoT Core: labelled figures, the line in words.
  await nodeOf(page, 'iot-core').click()
  const inspector = page.getByTestId('node-inspector')
  await expect(inspector.locator('.figure-row[data-figure="messagesPerSecond"]')).toHaveText(
    'Metered messages300 per second'
  )
  const messages = inspector.locator('.line-items li', { hasText: 'Messages (metered in 5 KB)' })
  await expect(messages.locator('.line-item-math')).toHaveText(
    '788.4 million messages × $1.00 per million = $788.40'
  )
  await expect(messages.locator('.price-source')).toHaveText('as of 2026-09-20, grade C')
  await expect(
    inspector.locator('.line-items li', { hasText: 'Rules triggered' }).locator('.price-source')
  ).toHaveText('as of 2026-07-01, grade C')
  expect(await inspector.innerText()).not.toMatch(RAW_KEY)
  await page.screenshot({ path: '/tmp/words-inspector.png' })

  // S3's figures were raw keys (storedGB, putsPerSecond).
  await nodeOf(page, 's3').click()
  await expect(inspector.locator('.figure-row[data-figure="storedGB"] dt')).toHaveText(
    'Data stored'
  )
  await expect(inspector.locator('.figure-row[data-figure="putsPerSecond"] dt')).toHaveText(
    'PUT requests'
  )
  expect(await inspector.innerText()).not.toMatch(RAW_KEY)

  await page.getByRole('tab', { name: /Cost/ }).click()
  const row = page.locator('.cost-item', { hasText: 'Messages (metered in 5 KB)' })
  await expect(row).toContainText('788.4 million messages')
  await expect(row).toContainText('per million')
  await expect(row).toContainText('= $788.40')
  await expect(row.locator('.price-source')).toHaveText('as of 2026-09-20, grade C')
  await expect(row.locator('.price-source')).toHaveAttribute('title', /grade C: a third-party page/)
  await expect(
    page.getByLabel('Unit price of Messages (metered in 5 KB) (1M messages)')
  ).toHaveValue('1.00')
  // The S3 PUT price (2024-07-01) is the oldest used, so the header says so.
  await expect(page.getByTestId('cost-prices-as-of')).toContainText('list prices as of 2024-07-01')
  await expect(page.getByTestId('grade-legend')).toContainText('unconfirmed, no source was found')
  await expect(page.getByTestId('cost-total')).toHaveText(/^\$[\d,]+\.\d\d$/)
  expect(await page.locator('.cost-panel').innerText()).not.toMatch(RAW_KEY)
  await page.screenshot({ path: '/tmp/words-cost.png' })

  // A price of your own replaces the date and grade.
  const price = page.getByLabel('Unit price of Messages (metered in 5 KB) (1M messages)')
  await price.click()
  await price.press('ControlOrMeta+a')
  await page.keyboard.type('0.8')
  await page.keyboard.press('Enter')
  await expect(row).toContainText('= $630.72')
  await expect(row.locator('.price-source')).toHaveText('your price')
})

test('a DynamoDB table with no traffic names on-demand as cheaper: provisioned bills its 1 WCU and 1 RCU minimum', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'dynamodb', 500, 250)
  await nodeOf(page, 'dynamodb').click()
  // storage $2.50 either way; provisioned adds 1 WCU × 730 h × $0.00065 + 1 RCU × 730 h × $0.00013 = $0.5694
  await expect(page.getByTestId('node-inspector')).toContainText(
    'on-demand costs $2.50/month and provisioned $3.07/month: on-demand is cheaper.'
  )
})

test('an edge out of Athena says Athena is a query engine and its results go to S3', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'athena', 200, 250)
  // Issue 11: athena → lambda is a Lambda UDF now, so the edge goes to a warehouse Athena's results
  // reach only through S3.
  await dropService(page, 'redshift', 700, 250)
  await connect(page, 'athena', 'redshift')
  const problem = page.locator('.problem[data-code="not-integrated"]')
  await expect(problem).toContainText('Amazon Athena is a query engine')
  await expect(problem).toContainText('query result location')
  await expect(problem).toContainText('Amazon Athena → Amazon S3 → Amazon Redshift')
  await page.screenshot({ path: '/tmp/words-athena.png' })
})
