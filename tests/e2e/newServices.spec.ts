import { dropService, expect, nodeOf, openApp, test } from './fixtures'

/** The services issue 11 adds, and a name people type for each. */
const NEW_SERVICES: Array<[query: string, service: string]> = [
  ['Airflow', 'mwaa'],
  ['Iceberg', 's3-tables'],
  ['Pipes', 'eventbridge-pipes'],
  ['EventBridge', 'eventbridge'],
  ['REST API', 'api-gateway'],
  ['Data Prepper', 'opensearch-ingestion'],
  ['Snowflake', 'snowflake'],
  ['webhook', 'http-endpoint'],
  ['Lake Formation', 'lake-formation']
]

test('palette search finds each new service, typed key by key, with its icon', async ({ page }) => {
  await openApp(page)
  const search = page.getByLabel('Search services')
  for (const [query, service] of NEW_SERVICES) {
    await search.click()
    await search.press('ControlOrMeta+a')
    await search.press('Backspace')
    await page.keyboard.type(query)
    const best = page.locator('.palette-item').first()
    await expect(best, query).toHaveAttribute('data-service', service)
    // The icon is a loaded image, not a broken one.
    await expect
      .poll(
        () =>
          best
            .locator('img')
            .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        { message: `${service} icon` }
      )
      .toBe(true)
  }
  await search.press('ControlOrMeta+a')
  await page.keyboard.type('eventbridge')
  await page.screenshot({ path: '/tmp/new-services-search.png' })
})

test('a new service dragged from the palette lands on the canvas; another is added with the keyboard', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 's3-tables', 400, 250)
  await expect(nodeOf(page, 's3-tables')).toContainText('Amazon S3 Tables')

  const search = page.getByLabel('Search services')
  await search.click()
  await page.keyboard.type('Airflow')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(nodeOf(page, 'mwaa')).toHaveCount(1)
  await expect(nodeOf(page, 'mwaa')).toContainText('Managed Workflows for Apache Airflow')
  // The environment is priced by the hour: its class is the card's badge.
  await expect(nodeOf(page, 'mwaa')).toContainText('mw1.small')
})

test('the whole palette shows the new icons', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 2600 })
  await openApp(page)
  for (const [, service] of NEW_SERVICES) {
    const img = page.locator(`.palette-item[data-service="${service}"] img`)
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), {
        message: service
      })
      .toBe(true)
  }
  const palette = page.getByRole('complementary', { name: 'Services' })
  await palette.screenshot({ path: '/tmp/new-services-palette.png' })
  // One picture per category, legible at full size.
  for (const group of await palette.locator('.palette-group').all()) {
    const name = (await group.getAttribute('aria-label'))!.split(/[ ,]/)[0]!.toLowerCase()
    await group.screenshot({ path: `/tmp/new-services-palette-${name}.png` })
  }
})
