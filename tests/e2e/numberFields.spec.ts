import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { SERVICES } from '../../src/shared/catalog/services'
import { configFields, type ConfigField } from '../../src/shared/estimation/configFields'
import { SERVICE_CONFIG } from '../../src/shared/estimation/serviceConfig'
import { seededRandom } from '../../bench/lib/generate'
import { dropService, expect, nodeOf, openApp, test } from './fixtures'

type NumberField = Extract<ConfigField, { kind: 'number' }>
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'

function label(field: ConfigField): string {
  return field.meta.unit ? `${field.meta.label} (${field.meta.unit})` : field.meta.label
}

/** A value a person might type: in range, a whole number or one with up to three decimals, often below 10. */
function typedValue(field: NumberField, next: () => number): string {
  const lo = Math.max(field.min, 0)
  const hi = Math.min(field.max, lo + (next() < 0.5 ? 10 : 100_000))
  for (;;) {
    const decimals = field.integer ? 0 : Math.floor(next() * 4)
    const text = (lo + next() * (hi - lo)).toFixed(decimals)
    const n = Number(text)
    if (n >= field.min && n <= field.max && n !== field.defaultValue) {
      // ".5" as often as "0.5": a leading point is how many people type it.
      return text.startsWith('0.') && next() < 0.3 ? text.slice(1) : text
    }
  }
}

async function saveFile(
  page: Page
): Promise<{ nodes: Array<{ service: string; config?: Record<string, unknown> }> }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'))
}

async function addByKeyboard(page: Page, service: string): Promise<void> {
  const item = page.locator(`.palette-item[data-service="${service}"]`)
  await item.scrollIntoViewIfNeeded()
  await item.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('node-inspector')).toHaveAttribute('data-service', service)
}

/** Types into a field key by key, replacing what is there, and leaves it with Tab. */
async function typeInto(
  page: Page,
  fieldLabel: string,
  text: string,
  leave: 'Tab' | 'Enter' = 'Tab'
): Promise<void> {
  const input = page.getByLabel(fieldLabel, { exact: true })
  await input.click()
  await page.keyboard.press(`${MOD}+a`)
  await page.keyboard.type(text)
  await page.keyboard.press(leave)
}

test('typed key by key, every number field of every service stores exactly what was typed', async ({
  page
}) => {
  test.setTimeout(180_000)
  const seed = Number(process.env.PW_SEED ?? Date.now() % 1_000_000)
  console.log(`number fields: seed ${seed} (PW_SEED=${seed} replays it)`)
  const next = seededRandom(seed)
  await openApp(page)
  const expected = new Map<string, Record<string, number>>()
  for (const service of SERVICES) {
    const fields = configFields(SERVICE_CONFIG[service.id]).filter(
      (f): f is NumberField => f.kind === 'number'
    )
    if (fields.length === 0) continue
    await addByKeyboard(page, service.id)
    const values: Record<string, number> = {}
    for (const field of fields) {
      const text = typedValue(field, next)
      await typeInto(page, label(field), text, next() < 0.5 ? 'Tab' : 'Enter')
      await expect(
        page.getByLabel(label(field), { exact: true }),
        `${service.id}.${field.key} typed as "${text}"`
      ).toHaveValue(String(Number(text)))
      values[field.key] = Number(text)
    }
    expected.set(service.id, values)
  }
  expect(expected.size).toBeGreaterThan(20)
  const saved = await saveFile(page)
  for (const [service, values] of expected) {
    const node = saved.nodes.find((n) => n.service === service)
    expect(node?.config, `${service} (seed ${seed})`).toMatchObject(values)
  }
})

test('decimals typed key by key are not multiplied: 1.5 stays 1.5, .5 is 0.5', async ({ page }) => {
  await openApp(page)
  await addByKeyboard(page, 'producer-app')
  await typeInto(page, 'Average record size (KB)', '1.5')
  await addByKeyboard(page, 's3')
  await typeInto(page, 'Average object size (MB)', '.5', 'Enter')
  await expect(page.getByLabel('Average object size (MB)')).toHaveValue('0.5')
  await addByKeyboard(page, 'kinesis-firehose')
  // Firehose takes whole MiB (BufferingHints.SizeInMBs is an integer).
  await typeInto(page, 'Buffer size (MB)', '2.25', 'Enter')
  await expect(page.getByRole('alert')).toContainText('Enter a whole number.')
  await typeInto(page, 'Buffer size (MB)', '2', 'Enter')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await addByKeyboard(page, 'kinesis-data-streams')
  await typeInto(page, 'Fixed shard count', '2.5')
  await expect(page.getByRole('alert')).toContainText('Enter a whole number.')
  const saved = await saveFile(page)
  expect(saved.nodes.find((n) => n.service === 'producer-app')?.config).toEqual({
    recordSizeKB: 1.5
  })
  expect(saved.nodes.find((n) => n.service === 's3')?.config).toEqual({ averageObjectSizeMB: 0.5 })
  expect(saved.nodes.find((n) => n.service === 'kinesis-firehose')?.config).toEqual({
    bufferSizeMB: 2
  })
  expect(saved.nodes.find((n) => n.service === 'kinesis-data-streams')?.config).toBeUndefined()
})

test('an out-of-range value is refused next to the field, keeps the value in use, and stays refused until fixed', async ({
  page
}) => {
  await openApp(page)
  await addByKeyboard(page, 'kinesis-firehose')
  await typeInto(page, 'Buffer size (MB)', '64')
  await typeInto(page, 'Buffer size (MB)', '200')
  const alert = page.getByRole('alert')
  await expect(alert).toHaveText('Must be at most 128. Still using 64.')
  // Leaving the field does not hide the refusal or put the old text back.
  await page.getByLabel('Buffer interval (s)').click()
  await expect(alert).toBeVisible()
  await expect(page.getByLabel('Buffer size (MB)')).toHaveValue('200')
  await typeInto(page, 'Buffer interval (s)', '1200')
  // Selecting something else and coming back: the refusal is still there until it is fixed.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
  await expect(page.getByLabel('Buffer size (MB)')).toHaveCount(0)
  await nodeOf(page, 'kinesis-firehose').click()
  await expect(page.getByLabel('Buffer size (MB)')).toHaveValue('200')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Must be at most 128. Still using 64.' })
  ).toBeVisible()
  let saved = await saveFile(page)
  expect(saved.nodes[0]?.config).toEqual({ bufferSizeMB: 64 })

  await typeInto(page, 'Buffer size (MB)', '128')
  await typeInto(page, 'Buffer interval (s)', '900')
  await expect(page.getByRole('alert')).toHaveCount(0)
  saved = await saveFile(page)
  expect(saved.nodes[0]?.config).toEqual({ bufferSizeMB: 128, bufferIntervalSeconds: 900 })

  await addByKeyboard(page, 'producer-app')
  await typeInto(page, 'Records per second (records/s)', '150000000')
  await expect(page.getByRole('alert')).toContainText('Must be at most 100,000,000.')
  saved = await saveFile(page)
  expect(saved.nodes.find((n) => n.service === 'producer-app')?.config).toBeUndefined()
})

test('a decimal comma is refused with a message, never read as ten times the value; 150,000 is read as thousands', async ({
  page
}) => {
  await openApp(page)
  await addByKeyboard(page, 'producer-app')
  await typeInto(page, 'Average record size (KB)', '1,5')
  await expect(page.getByRole('alert')).toContainText('Use a point for decimals: 1.5.')
  await typeInto(page, 'Records per second (records/s)', '150,000')
  await expect(page.getByLabel('Records per second (records/s)', { exact: true })).toHaveValue(
    '150000'
  )
  const saved = await saveFile(page)
  expect(saved.nodes[0]?.config).toEqual({ recordsPerSecond: 150_000 })
})

test('one committed value is one undo step, and Ctrl+S while typing saves what is typed', async ({
  page
}) => {
  await openApp(page)
  await addByKeyboard(page, 'producer-app')
  await typeInto(page, 'Records per second (records/s)', '2500', 'Enter')
  await typeInto(page, 'Records per second (records/s)', '1.5', 'Enter')
  const rate = page.getByLabel('Records per second (records/s)', { exact: true })
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } })
  await page.getByRole('button', { name: 'Undo' }).click()
  await nodeOf(page, 'producer-app').click()
  await expect(rate).toHaveValue('2500')
  await page.getByRole('button', { name: 'Undo' }).click()
  await nodeOf(page, 'producer-app').click()
  await expect(rate).toHaveValue('')

  await rate.click()
  await page.keyboard.type('0.25')
  const download = page.waitForEvent('download')
  await page.keyboard.press(`${MOD}+s`)
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  expect(saved.nodes[0].config).toEqual({ recordsPerSecond: 0.25 })
})

test('arrow keys step the value like a spinner, within range', async ({ page }) => {
  await openApp(page)
  await dropService(page, 'kinesis-firehose', 400, 300)
  await nodeOf(page, 'kinesis-firehose').click()
  const size = page.getByLabel('Buffer size (MB)')
  await expect(size).toHaveAttribute('role', 'spinbutton')
  await size.click()
  await page.keyboard.type('3')
  await page.keyboard.press('ArrowUp')
  await expect(size).toHaveValue('4')
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown')
  await expect(size).toHaveValue('1')
  await page.keyboard.press('Tab')
  const saved = await saveFile(page)
  expect(saved.nodes[0]?.config).toEqual({ bufferSizeMB: 1 })
})
