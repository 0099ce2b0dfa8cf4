import { connect, dropService, expect, nodeOf, openApp, startConnection, test } from './fixtures'

test('dragging a service from the palette creates a node where it is dropped', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 400, 250)
  const node = nodeOf(page, 'kinesis-data-streams')
  await expect(node).toContainText('Kinesis Data Streams')
  const pane = (await page.locator('.react-flow__pane').boundingBox())!
  const box = (await node.boundingBox())!
  // The card is centred on the drop point.
  expect(Math.abs(box.x + box.width / 2 - (pane.x + 400))).toBeLessThan(30)
  expect(Math.abs(box.y + box.height / 2 - (pane.y + 250))).toBeLessThan(30)
  await expect(page.locator('.problem[data-code="orphan-node"]')).toHaveCount(1)
})

test('the palette search filters services', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Search services').fill('kafka')
  await expect(page.locator('.palette-item')).toHaveCount(1)
  await expect(page.locator('.palette-item')).toHaveAttribute('data-service', 'msk')
  await page.getByLabel('Search services').fill('no such service')
  await expect(page.locator('.palette-item')).toHaveCount(0)
  await expect(page.getByRole('complementary', { name: 'Services' })).toContainText(
    'No service matches'
  )
})

test('a documented connection becomes an ok edge labelled with its mechanism', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 200)
  await dropService(page, 'kinesis-data-streams', 550, 200)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  const label = page.locator('.edge-label')
  await expect(label).toHaveAttribute('data-verdict', 'ok')
  await expect(label).toContainText('PutRecords')
  await expect(page.locator('.problem')).toHaveCount(0)
  await expect(page.locator('.problems-empty')).toBeVisible()
  // The arrowhead takes the verdict's colour and its tip touches the target's input handle.
  const arrow = page.locator('.edge-arrow')
  await expect(arrow).toHaveClass(/verdict-ok/)
  const tip = (await arrow.boundingBox())!
  const handle = (await page
    .locator('.react-flow__node[data-id] .target-handle')
    .nth(1)
    .boundingBox())!
  expect(Math.abs(tip.x + tip.width - handle.x)).toBeLessThan(1.5)
  expect(Math.abs(tip.y + tip.height / 2 - (handle.y + handle.height / 2))).toBeLessThan(1.5)
})

test('while dragging a connection, targets light up by verdict and the reason shows before release', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 150, 150)
  await dropService(page, 's3', 600, 150)
  await dropService(page, 'kinesis-firehose', 600, 380)
  await startConnection(page, 'kinesis-data-streams', 's3')
  await expect(nodeOf(page, 's3').locator('.service-node')).toHaveAttribute(
    'data-connect-verdict',
    'error'
  )
  await expect(nodeOf(page, 'kinesis-firehose').locator('.service-node')).toHaveAttribute(
    'data-connect-verdict',
    'ok'
  )
  const hint = page.getByTestId('connection-hint')
  await expect(hint).toContainText('not a direct integration')
  await expect(hint).toContainText('insert Data Firehose')
  await page.screenshot({ path: 'test-results/connecting.png' })
  await page.mouse.up()
  await expect(page.locator('.service-node[data-connect-verdict]')).toHaveCount(0)
})

test('an invalid connection is flagged with its reason, and the one-click fix inserts Firehose', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 150, 200)
  await dropService(page, 's3', 750, 200)
  await connect(page, 'kinesis-data-streams', 's3')

  const label = page.locator('.edge-label')
  await expect(label).toHaveAttribute('data-verdict', 'error')
  const problem = page.locator('.problem[data-code="not-integrated"]')
  await expect(problem).toContainText('Kinesis Data Streams → Data Firehose → Amazon S3')
  await expect(page.locator('.statusbar')).toContainText('1 error')

  await label.getByRole('button', { name: 'Insert Data Firehose' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(3)
  await expect(nodeOf(page, 'kinesis-firehose')).toBeVisible()
  await expect(page.locator('.edge-label')).toHaveCount(2)
  for (const l of await page.locator('.edge-label').all())
    await expect(l).toHaveAttribute('data-verdict', 'ok')
  await expect(page.locator('.problem')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/fixed.png' })
})

test('clicking a problem selects its node, and Delete removes it with its edges', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kcl-app', 300, 200)
  const problem = page.locator('.problem[data-code="kcl-lease-table"]')
  await expect(problem).toContainText('DynamoDB lease table')
  await page.locator('.canvas').click({ position: { x: 20, y: 20 } })
  await expect(nodeOf(page, 'kcl-app')).not.toHaveClass(/selected/)
  await problem.locator('.problem-main').click()
  await expect(nodeOf(page, 'kcl-app')).toHaveClass(/selected/)
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    'KCL consumer application'
  )

  await problem.getByRole('button', { name: 'Add a DynamoDB lease table' }).click()
  await expect(page.locator('.problem[data-code="kcl-lease-table"]')).toHaveCount(0)
  await expect(page.locator('.edge-label')).toHaveAttribute('data-verdict', 'ok')

  await nodeOf(page, 'kcl-app').click()
  await page.keyboard.press('Delete')
  await expect(nodeOf(page, 'kcl-app')).toHaveCount(0)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
})

test('a palette item can be added with the keyboard', async ({ page }) => {
  await openApp(page)
  await page.locator('.palette-item[data-service="lambda"]').focus()
  await page.keyboard.press('Enter')
  await expect(nodeOf(page, 'lambda')).toBeVisible()
})
