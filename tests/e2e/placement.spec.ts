import type { Page } from '@playwright/test'
import { connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

/** Where things land: drops under the pointer, everything else on a free spot in view. */

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const cards = (page: Page) => page.locator('.react-flow__node-service')

type Box = { x: number; y: number; width: number; height: number }

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

async function zoom(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform)
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1])
}

async function cardBoxes(page: Page): Promise<Box[]> {
  return Promise.all((await cards(page).all()).map(async (c) => (await c.boundingBox())!))
}

/** No two cards overlap, and every card is in the visible pane, clear of the minimap and the zoom controls. */
async function expectClearAndInView(page: Page) {
  const boxes = await cardBoxes(page)
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(boxes[i]!, boxes[j]!), `cards ${i} and ${j} overlap`).toBe(false)
  const pane = (await page.locator('.react-flow').boundingBox())!
  const panels = [
    (await page.locator('.react-flow__minimap').boundingBox())!,
    (await page.locator('.react-flow__controls').boundingBox())!
  ]
  for (const b of boxes) {
    expect(inside(b, pane), 'card outside the visible canvas').toBe(true)
    for (const p of panels) expect(overlaps(b, p), 'card under a panel').toBe(false)
  }
}

test('after New, the first drop lands under the pointer at 100 %', async ({ page }) => {
  await openApp(page)
  // Coming from a diagram that was fitted to the window, as after a template.
  await page.getByRole('button', { name: 'Templates…' }).click()
  await page.locator('.template-card').first().click()
  await expect(cards(page).first()).toBeVisible()
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(cards(page)).toHaveCount(0)
  await dropService(page, 'lambda', 300, 200)
  await dropService(page, 's3', 620, 380)
  const pane = (await page.locator('.react-flow__pane').boundingBox())!
  for (const [service, x, y] of [
    ['lambda', 300, 200],
    ['s3', 620, 380]
  ] as const) {
    const box = (await nodeOf(page, service).boundingBox())!
    expect(Math.abs(box.x + box.width / 2 - (pane.x + x)), `${service} across`).toBeLessThan(4)
    expect(Math.abs(box.y + box.height / 2 - (pane.y + y)), `${service} down`).toBeLessThan(4)
  }
  expect(await zoom(page)).toBe(1)
})

test('services added with the keyboard never overlap and stay in view, clear of the panels', async ({
  page
}) => {
  await openApp(page)
  for (const service of [
    'producer-app',
    'kinesis-data-streams',
    'kinesis-firehose',
    's3',
    'athena',
    'lambda',
    'sqs'
  ]) {
    await page.locator(`.palette-item[data-service="${service}"]`).focus()
    await page.keyboard.press('Enter')
  }
  await expect(cards(page)).toHaveCount(7)
  await expectClearAndInView(page)
})

test('paste and duplicate land on free spots in view', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 300, 250)
  await dropService(page, 'kinesis-firehose', 620, 250)
  await connect(page, 'kinesis-data-streams', 'kinesis-firehose')
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } })
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.press(`${MOD}+c`)
  await page.keyboard.press(`${MOD}+v`)
  await expect(cards(page)).toHaveCount(4)
  await page.keyboard.press(`${MOD}+v`)
  await expect(cards(page)).toHaveCount(6)
  await nodeOf(page, 'kinesis-data-streams').first().click()
  await page.keyboard.press(`${MOD}+d`)
  await expect(cards(page)).toHaveCount(7)
  await expectClearAndInView(page)
})

test('a fix that inserts two services lays them out in a row between the two ends, clear of everything', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-agent', 120, 200)
  await dropService(page, 'athena', 760, 200)
  // A card sitting right where the inserted services would naturally go.
  await dropService(page, 'sqs', 440, 210)
  await connect(page, 'kinesis-agent', 'athena')
  const fix = page.getByRole('button', { name: /^Fix: / })
  await expect(fix).toBeVisible()
  await fix.click()
  await expect(cards(page)).toHaveCount(5)
  await expect(page.locator('.edge-label[data-verdict="error"]')).toHaveCount(0)
  const agent = (await nodeOf(page, 'kinesis-agent').boundingBox())!
  const athena = (await nodeOf(page, 'athena').boundingBox())!
  const inserted = await Promise.all(
    (await cards(page).all()).map(async (c) => ({
      service: await c.locator('.service-node').getAttribute('data-service'),
      box: (await c.boundingBox())!
    }))
  )
  const row = inserted
    .filter((c) => !['kinesis-agent', 'athena', 'sqs'].includes(c.service!))
    .map((c) => c.box)
  expect(row).toHaveLength(2)
  expect(Math.abs(row[0]!.y - row[1]!.y)).toBeLessThan(2)
  row.sort((a, b) => a.x - b.x)
  expect(row[0]!.x).toBeGreaterThan(agent.x)
  expect(row[1]!.x + row[1]!.width).toBeLessThan(athena.x + athena.width)
  await expectClearAndInView(page)
  await page.screenshot({ path: 'test-results/two-service-fix.png' })
})

test('clicking the middle of an error edge selects it; the fix is its own labelled button', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 150, 200)
  await dropService(page, 's3', 750, 200)
  await connect(page, 'kinesis-data-streams', 's3')
  const label = page.locator('.edge-label[data-verdict="error"]')
  await expect(label).toContainText('Not a direct integration')
  await label.click() // its middle
  await expect(cards(page)).toHaveCount(2)
  await expect(page.getByTestId('edge-inspector')).toBeVisible()
  await expect(label).toHaveClass(/selected/)
  await expect(page.locator('.react-flow__edge-path.selected')).toHaveCount(1)

  const fix = page.getByRole('button', { name: 'Fix: Insert Data Firehose' })
  const labelBox = (await label.boundingBox())!
  const fixBox = (await fix.boundingBox())!
  // The button is not the label's middle: it hangs under it.
  expect(fixBox.y).toBeGreaterThanOrEqual(labelBox.y + labelBox.height)
  await page.screenshot({ path: 'test-results/error-edge-fix-button.png' })
  await fix.click()
  await expect(cards(page)).toHaveCount(3)
  await expect(nodeOf(page, 'kinesis-firehose')).toBeVisible()
  await expect(page.locator('.edge-label[data-verdict="error"]')).toHaveCount(0)
})

test("the minimap shows each service in its verdict's colour, in both themes", async ({ page }) => {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 150)
  await dropService(page, 'kinesis-data-streams', 500, 150)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  await dropService(page, 'kcl-app', 300, 380) // a KCL app without its lease table: a warning or an error
  const colours = async () =>
    page.evaluate(() => {
      const css = getComputedStyle(document.documentElement)
      const resolve = (name: string) => {
        const probe = document.createElement('div')
        probe.style.color = css.getPropertyValue(name)
        document.body.append(probe)
        const rgb = getComputedStyle(probe).color
        probe.remove()
        return rgb
      }
      const fills = [...document.querySelectorAll('.react-flow__minimap-node')].map(
        (r) => getComputedStyle(r).fill
      )
      return {
        fills,
        ok: resolve('--ok'),
        warning: resolve('--warning'),
        error: resolve('--error')
      }
    })
  await expect.poll(async () => (await colours()).fills.length).toBe(3)
  const light = await colours()
  const kcl = await page
    .locator('.react-flow__node-service:has([data-service="kcl-app"]) .service-node')
    .getAttribute('class')
  const kclColour = /has-error/.test(kcl!) ? light.error : light.warning
  expect(light.fills.filter((f) => f === light.ok)).toHaveLength(2)
  expect(light.fills.filter((f) => f === kclColour)).toHaveLength(1)
  await page
    .locator('.react-flow__minimap')
    .screenshot({ path: 'test-results/minimap-verdicts.png' })
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click()
  const other = await colours()
  expect(other.ok).not.toBe(light.ok)
  expect(other.fills.filter((f) => f === other.ok)).toHaveLength(2)
})

test('in the minimap, both ends of an edge that is not a documented integration show the error colour', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 200, 200)
  await dropService(page, 's3', 600, 200)
  const fills = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__minimap-node')].map(
        (r) => r.getAttribute('class') ?? ''
      )
    )
  await expect
    .poll(async () => (await fills()).filter((c) => c.includes('minimap-verdict-error')).length)
    .toBe(0)
  await connect(page, 'kinesis-data-streams', 's3')
  await expect(page.locator('.edge-label[data-verdict="error"]')).toHaveCount(1)
  await expect
    .poll(async () => (await fills()).filter((c) => c.includes('minimap-verdict-error')).length)
    .toBe(2)
})

test('a two-service fix between ends too close for it moves what is right of the target over, and shows the chain', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'athena', 150, 250)
  await dropService(page, 'dynamodb', 560, 250)
  await connect(page, 'athena', 'dynamodb')
  await page.getByRole('button', { name: /^Fix: Insert Amazon S3 → AWS Lambda/ }).click()
  await expect(cards(page)).toHaveCount(4)
  await expect(page.getByText(/the cards to the right moved over to make room/)).toBeVisible()
  // The canvas moves to show the chain once the new cards are measured: read the boxes after that.
  const viewport = () =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)
  let last = ''
  await expect
    .poll(async () => {
      const now = await viewport()
      const settled = now === last && /scale\((?!1\))/.test(now)
      last = now
      return settled
    })
    .toBe(true)
  const box = async (service: string) => (await nodeOf(page, service).boundingBox())!
  const [athena, s3, dms, dynamo] = [
    await box('athena'),
    await box('s3'),
    await box('lambda'),
    await box('dynamodb')
  ]
  // One row, left to right, each edge going forward: no loops back into a handle.
  const centre = (b: Box) => b.y + b.height / 2
  for (const b of [s3, dms, dynamo]) expect(Math.abs(centre(b) - centre(athena))).toBeLessThan(3)
  expect(s3.x).toBeGreaterThan(athena.x + athena.width)
  expect(dms.x).toBeGreaterThan(s3.x + s3.width)
  expect(dynamo.x).toBeGreaterThan(dms.x + dms.width)
  expect(await zoom(page)).toBeGreaterThanOrEqual(0.5)
  await expectClearAndInView(page)
  await expect(page.getByText(/the cards to the right moved over to make room/)).toBeVisible()
})
