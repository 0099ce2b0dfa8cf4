import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { analysisRuns, connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const nodes = (page: Page) => page.locator('.react-flow__node-service')

async function clickPane(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } })
}

test('undo and redo step through add, move, connect and delete', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'sqs', 150, 200)
  await dropService(page, 'lambda', 550, 200)
  await connect(page, 'sqs', 'lambda')
  // Move the Lambda node: one drag, one undo step.
  const fn = nodeOf(page, 'lambda')
  const before = (await fn.boundingBox())!
  await page.mouse.move(before.x + 60, before.y + 20)
  await page.mouse.down()
  await page.mouse.move(before.x + 160, before.y + 120, { steps: 12 })
  await page.mouse.up()
  const moved = (await fn.boundingBox())!
  expect(moved.x).toBeGreaterThan(before.x + 80)
  await fn.click()
  await page.keyboard.press('Delete')
  await expect(nodes(page)).toHaveCount(1)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)

  await clickPane(page)
  await page.keyboard.press(`${MOD}+z`) // undo delete
  await expect(nodes(page)).toHaveCount(2)
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.keyboard.press(`${MOD}+z`) // undo move
  await expect
    .poll(async () => Math.round((await nodeOf(page, 'lambda').boundingBox())!.x))
    .toBe(Math.round(before.x))
  await page.keyboard.press(`${MOD}+z`) // undo connect
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  await page.keyboard.press(`${MOD}+z`) // undo add Lambda
  await expect(nodes(page)).toHaveCount(1)
  await page.keyboard.press(`${MOD}+Shift+z`) // redo add
  await page.keyboard.press(`${MOD}+y`) // redo connect
  await expect(nodes(page)).toHaveCount(2)
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
})

test('typing a setting is one undo step', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'producer-app', 300, 200)
  await nodeOf(page, 'producer-app').click()
  const rate = page.getByLabel('Records per second (records/s)', { exact: true })
  await rate.pressSequentially('2500')
  await expect(rate).toHaveValue('2500')
  await clickPane(page)
  await page.getByRole('button', { name: 'Undo' }).click()
  await nodeOf(page, 'producer-app').click()
  await expect(page.getByLabel('Records per second (records/s)', { exact: true })).toHaveValue('')
})

test('copy and paste a connected pair: new nodes, the inner edge, the settings', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 150, 150)
  await dropService(page, 'kinesis-firehose', 550, 150)
  await connect(page, 'kinesis-data-streams', 'kinesis-firehose')
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.press(`${MOD}+c`)
  await page.keyboard.press(`${MOD}+v`)
  await expect(nodes(page)).toHaveCount(4)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  for (const l of await page.locator('.edge-label').all())
    await expect(l).toHaveAttribute('data-verdict', 'ok')
  // Duplicate works on the pasted selection too.
  await page.keyboard.press(`${MOD}+d`)
  await expect(nodes(page)).toHaveCount(6)
})

test('box selection with Shift and delete', async ({ page }) => {
  await openApp(page)
  await dropService(page, 's3', 150, 120)
  await dropService(page, 'athena', 450, 120)
  await dropService(page, 'quicksight', 750, 420)
  const pane = (await page.locator('.react-flow__pane').boundingBox())!
  await page.keyboard.down('Shift')
  await page.mouse.move(pane.x + 20, pane.y + 40)
  await page.mouse.down()
  await page.mouse.move(pane.x + 620, pane.y + 260, { steps: 10 })
  await page.mouse.up()
  await page.keyboard.up('Shift')
  await expect(page.locator('.react-flow__node-service.selected')).toHaveCount(2)
  await page.keyboard.press('Delete')
  await expect(nodes(page)).toHaveCount(1)
  await expect(nodeOf(page, 'quicksight')).toBeVisible()
})

test('right-click an edge to insert a service between, from the services that fit', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 150, 200)
  await dropService(page, 's3', 750, 200)
  await connect(page, 'kinesis-data-streams', 's3')
  await page.locator('.react-flow__edge').first().click({ button: 'right', force: true })
  const menu = page.getByRole('menu', { name: 'Context menu' })
  await menu.getByRole('menuitem', { name: 'Insert service between…' }).click()
  await expect(menu.getByRole('menuitem', { name: 'Amazon Athena' })).toHaveCount(0)
  await menu.getByRole('menuitem', { name: 'AWS Lambda' }).click()
  await expect(nodes(page)).toHaveCount(3)
  for (const l of await page.locator('.edge-label').all())
    await expect(l).toHaveAttribute('data-verdict', 'ok')
})

test('auto-layout leaves no two nodes overlapping', async ({ page }) => {
  await openApp(page)
  // Drop nodes on top of each other, connected.
  for (const s of ['producer-app', 'kinesis-data-streams', 'kinesis-firehose', 's3'])
    await dropService(page, s, 300, 200)
  // The layout is animated and commits to the diagram at the end, which runs the analysis once:
  // wait for that before looking, so Undo cannot land mid-animation.
  const before = await analysisRuns(page)
  await page.keyboard.press(`${MOD}+Shift+l`)
  await expect.poll(() => analysisRuns(page)).toBe(before + 1)
  await expect
    .poll(
      async () => {
        const boxes = await Promise.all((await nodes(page).all()).map((n) => n.boundingBox()))
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!
            const b = boxes[j]!
            if (
              a.x < b.x + b.width &&
              b.x < a.x + a.width &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height
            )
              return 'overlap'
          }
        return 'clear'
      },
      { timeout: 8000 }
    )
    .toBe('clear')
  // One undo puts them back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect
    .poll(async () => {
      const boxes = await Promise.all((await nodes(page).all()).map((n) => n.boundingBox()))
      return new Set(boxes.map((b) => Math.round(b!.x))).size
    })
    .toBe(1)
})

test('an Undo pressed while auto-layout animates wins: the layout is dropped, not committed on top', async ({
  page
}) => {
  await openApp(page)
  for (const s of ['producer-app', 'kinesis-data-streams', 'kinesis-firehose', 's3'])
    await dropService(page, s, 300, 200)
  await page.keyboard.press(`${MOD}+Shift+l`)
  await page.keyboard.press(`${MOD}+z`) // undoes the last drop; the layout has not committed yet
  await expect(nodes(page)).toHaveCount(3)
  await page.waitForTimeout(800) // longer than the layout and its animation
  // Still stacked where they were dropped: nothing was laid out.
  const boxes = await Promise.all((await nodes(page).all()).map((n) => n.boundingBox()))
  expect(new Set(boxes.map((b) => `${Math.round(b!.x)},${Math.round(b!.y)}`)).size).toBe(1)
})

test('every template opens from the gallery with zero errors', async ({ page }) => {
  await openApp(page)
  const index = JSON.parse(readFileSync('resources/templates/index.json', 'utf8')) as Array<{
    file: string
    title: string
  }>
  expect(index.length).toBeGreaterThanOrEqual(8)
  for (const t of index) {
    await page.getByRole('button', { name: 'Templates…' }).click()
    await page.locator(`.template-card[data-template="${t.file}"]`).click()
    await expect(page.getByLabel('Diagram name')).not.toHaveValue('Untitled pipeline')
    await expect(page.locator('.statusbar')).toContainText(
      `New diagram from the template "${t.title}"`
    )
    await expect(page.locator('.statusbar')).toContainText('0 errors')
    await expect(nodes(page).first()).toBeVisible()
  }
})

test('a node dropped in a VPC moves with it', async ({ page }) => {
  await openApp(page)
  await page
    .locator('.palette-item[data-frame="vpc"]')
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 400, y: 300 } })
  const vpc = page.locator('.react-flow__node-group')
  await expect(vpc).toHaveCount(1)
  await dropService(page, 'lambda', 400, 300) // inside the frame
  const vb = (await vpc.boundingBox())!
  const before = (await nodeOf(page, 'lambda').boundingBox())!
  // Drag the VPC by its label.
  await page.mouse.move(vb.x + 30, vb.y + 12)
  await page.mouse.down()
  await page.mouse.move(vb.x + 230, vb.y + 112, { steps: 12 })
  await page.mouse.up()
  const after = (await nodeOf(page, 'lambda').boundingBox())!
  const va = (await vpc.boundingBox())!
  expect(va.x - vb.x).toBeGreaterThan(150)
  // The node moved exactly as far as its frame.
  expect(Math.round(after.x - before.x)).toBe(Math.round(va.x - vb.x))
  expect(Math.round(after.y - before.y)).toBe(Math.round(va.y - vb.y))
  // The group is saved in the file, with the node inside it.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  expect(saved.groups).toHaveLength(1)
  expect(saved.nodes[0].parentId).toBe(saved.groups[0].id)
})

test('a sticky note shows its text as text', async ({ page }) => {
  await openApp(page)
  await page.locator('.palette-item[data-frame="note"]').focus()
  await page.keyboard.press('Enter')
  await page.getByLabel('Text').fill('<b>not bold</b> & kept')
  await expect(page.locator('.sticky-note')).toHaveText('<b>not bold</b> & kept')
  await expect(page.locator('.sticky-note b')).toHaveCount(0)
})

test('the theme switch changes the whole UI', async ({ page }) => {
  await openApp(page)
  const bg = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.palette')!).backgroundColor)
  const light = await bg()
  await page.getByRole('button', { name: /Switch to dark theme/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await bg()).not.toBe(light)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('button', { name: /Switch to light theme/ }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
})

test('keyboard only: from an empty canvas to a valid two-node pipeline', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Search services').focus()
  await page.keyboard.type('Producer')
  await page.keyboard.press('Tab') // to the palette item
  await page.keyboard.press('Enter')
  await page.getByLabel('Search services').focus()
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.type('Data Streams')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(nodes(page)).toHaveCount(2)
  // The new stream is selected; select the producer with the keyboard through the problems list.
  const problem = page
    .locator('.problem', { hasText: 'Producer application is not connected' })
    .locator('.problem-main')
  await problem.focus()
  await page.keyboard.press('Enter')
  const connectTo = page.getByLabel('Connect to')
  await connectTo.focus()
  await connectTo.selectOption({ label: '✓ Kinesis Data Streams' })
  await expect(page.getByTestId('node-inspector')).toContainText('PutRecords (SDK / KPL)')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('.edge-label')).toHaveAttribute('data-verdict', 'ok')
  await expect(page.locator('.statusbar')).toContainText('0 errors')
  await expect(page.locator('.problem')).toHaveCount(0)
})

test('? opens the shortcuts sheet', async ({ page }) => {
  await openApp(page)
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toContainText('Undo')
  await expect(sheet).toContainText('Auto-layout')
  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)
})

test('dragging a node re-runs no validation or estimate until it is dropped, then once', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'sqs', 150, 200)
  await dropService(page, 'lambda', 550, 200)
  await connect(page, 'sqs', 'lambda')
  const analyses = () => analysisRuns(page)
  const start = await analyses()
  expect(start).toBeGreaterThan(0)
  const fn = nodeOf(page, 'lambda')
  const before = (await fn.boundingBox())!
  await page.mouse.move(before.x + 60, before.y + 20)
  await page.mouse.down()
  await page.mouse.move(before.x + 160, before.y + 120, { steps: 20 })
  // Mid-drag: the node and its edge have moved on screen, and nothing was analysed again.
  await expect.poll(async () => (await fn.boundingBox())!.x).toBeGreaterThan(before.x + 80)
  expect(await analyses()).toBe(start)
  await page.mouse.up()
  await expect.poll(analyses).toBe(start + 1)
})
