import type { Page } from '@playwright/test'
import { dropService, expect, openApp, openWithPicker, test } from './fixtures'

// Issue 13, part 2: a draft per document per session, each offered until the user restores,
// saves or discards it (or it is 30 days old). The browser build keeps drafts in localStorage
// under the same rules as the desktop's draft folder.

const PREFIX = 'pipewright.draft.'

type StoredDraft = { id: string; name: string; savedAt: string; text: string; path?: string }

/** Every stored draft, by id: the services in it and its name. */
function storedDrafts(page: Page) {
  return page.evaluate((prefix) => {
    const out: Record<string, { name: string; services: string[] }> = {}
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!
      if (!key.startsWith(prefix)) continue
      const draft = JSON.parse(localStorage.getItem(key)!) as StoredDraft
      out[key.slice(prefix.length)] = {
        name: draft.name,
        services: (JSON.parse(draft.text) as { nodes: Array<{ service: string }> }).nodes.map(
          (n) => n.service
        )
      }
    }
    return out
  }, PREFIX)
}

const servicesIn = async (page: Page) =>
  Object.values(await storedDrafts(page)).map((d) => d.services)

function diagramText(name: string, services: string[]) {
  return JSON.stringify({
    format: 'pipewright/diagram',
    version: 5,
    name,
    nodes: services.map((service, i) => ({ id: `n${i}`, service, position: { x: 200 * i, y: 0 } })),
    edges: []
  })
}

/** Drafts an earlier session left, written before the page starts. */
async function seedDrafts(
  page: Page,
  drafts: Array<{ id: string; name: string; services: string[]; daysAgo: number; path?: string }>
) {
  const entries = drafts.map((d) => [
    PREFIX + d.id,
    JSON.stringify({
      id: d.id,
      name: d.name,
      ...(d.path ? { path: d.path } : {}),
      savedAt: new Date(Date.now() - d.daysAgo * 86_400_000).toISOString(),
      text: diagramText(d.name, d.services)
    })
  ])
  await page.goto('/')
  await page.evaluate((all) => {
    for (const [key, value] of all) localStorage.setItem(key!, value!)
  }, entries)
}

const banner = (page: Page) => page.getByRole('region', { name: 'Unsaved work found' })
const row = (page: Page, name: string) =>
  banner(page).getByRole('listitem').filter({ hasText: name })

test('autosave survives a reload: the draft is restored, kept on disk until saved, and then gone', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'sqs', 250, 200)
  await dropService(page, 'lambda', 600, 200)
  // The autosave runs two seconds after the last change.
  await expect.poll(() => servicesIn(page), { timeout: 6000 }).toEqual([['sqs', 'lambda']])
  const [crashedId] = Object.keys(await storedDrafts(page))

  await page.reload()
  await expect(row(page, 'Untitled')).toContainText('never saved')
  await row(page, 'Untitled').getByRole('button', { name: 'Restore' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  await expect(page.getByLabel('Unsaved changes')).toBeVisible()
  await expect(banner(page)).toHaveCount(0)
  // The restored work is this session's draft now; the crashed one went only once that was written.
  const afterRestore = await storedDrafts(page)
  expect(Object.keys(afterRestore)).not.toContain(crashedId)
  expect(Object.values(afterRestore).map((d) => d.services)).toEqual([['sqs', 'lambda']])

  // Saving removes the draft; the next start offers nothing.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await download
  await expect.poll(() => storedDrafts(page)).toEqual({})
  await page.reload()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await expect(banner(page)).toHaveCount(0)
})

test('a crashed draft is never overwritten by the next session’s autosave, and both are offered', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'kinesis-data-streams', 250, 200)
  await expect.poll(() => servicesIn(page), { timeout: 6000 }).toEqual([['kinesis-data-streams']])

  // Crash: the next session starts, leaves the banner alone, and works on something else.
  await page.reload()
  await expect(banner(page).getByRole('listitem')).toHaveCount(1)
  await dropService(page, 's3', 300, 250)
  await expect
    .poll(async () => (await servicesIn(page)).sort(), { timeout: 6000 })
    .toEqual([['kinesis-data-streams'], ['s3']])

  await page.reload()
  await expect(banner(page).getByRole('listitem')).toHaveCount(2)
  await expect(banner(page)).toContainText('2 diagrams you were editing were not saved')
})

test('each draft is offered with its document and time; opening another file while the list is up deletes none', async ({
  page
}) => {
  await seedDrafts(page, [
    {
      id: 'earlier-orders',
      name: 'Orders',
      services: ['kinesis-data-streams', 'lambda'],
      daysAgo: 1,
      path: '/home/me/orders.pipewright.json'
    },
    { id: 'earlier-clicks', name: 'Clicks', services: ['kinesis-firehose'], daysAgo: 2 },
    { id: 'earlier-metrics', name: 'Metrics', services: ['s3'], daysAgo: 3 }
  ])
  await page.reload()
  await expect(banner(page).getByRole('listitem')).toHaveCount(3)
  // Newest first, each with where it came from.
  await expect(banner(page).getByRole('listitem').first()).toContainText('Orders')
  await expect(row(page, 'Orders')).toContainText('/home/me/orders.pipewright.json')
  await expect(row(page, 'Clicks')).toContainText('never saved')
  await expect(row(page, 'Clicks')).toContainText('autosaved')

  // The user opens a file from disk with the banner still up, and edits it.
  await openWithPicker(page, {
    name: 'other.pipewright.json',
    mimeType: 'application/json',
    buffer: Buffer.from(diagramText('Other', ['sqs']))
  })
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await dropService(page, 'lambda', 500, 300)
  await expect
    .poll(async () => Object.keys(await storedDrafts(page)).length, { timeout: 6000 })
    .toBe(4)
  await expect(banner(page).getByRole('listitem')).toHaveCount(3)

  // Discard deletes that draft and only that one.
  await row(page, 'Metrics').getByRole('button', { name: 'Discard' }).click()
  await expect(banner(page).getByRole('listitem')).toHaveCount(2)
  expect(Object.keys(await storedDrafts(page))).not.toContain('earlier-metrics')

  // Save As writes the draft to a file without touching the open diagram; the draft then goes.
  const download = page.waitForEvent('download')
  await row(page, 'Clicks').getByRole('button', { name: 'Save As…' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe('Clicks.pipewright.json')
  const text = await (await saved.createReadStream()).toArray()
  expect(
    (
      JSON.parse(Buffer.concat(text).toString('utf8')) as { nodes: Array<{ service: string }> }
    ).nodes.map((n) => n.service)
  ).toEqual(['kinesis-firehose'])
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  await expect(banner(page).getByRole('listitem')).toHaveCount(1)
  expect(Object.keys(await storedDrafts(page))).not.toContain('earlier-clicks')

  // "Later" hides the list without deleting anything: the next start offers it again.
  await banner(page).getByRole('button', { name: 'Later' }).click()
  await expect(banner(page)).toHaveCount(0)
  expect(Object.keys(await storedDrafts(page))).toContain('earlier-orders')
})

test('restoring a draft over unsaved work asks first, and keeps both when the user cancels', async ({
  page
}) => {
  await seedDrafts(page, [
    {
      id: 'earlier-orders',
      name: 'Orders',
      services: ['kinesis-data-streams', 'lambda'],
      daysAgo: 0
    }
  ])
  await page.reload()
  await dropService(page, 'sqs', 300, 300)
  await row(page, 'Orders').getByRole('button', { name: 'Restore' }).click()
  const question = page.getByRole('alertdialog')
  await expect(question).toContainText('Untitled')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(row(page, 'Orders')).toBeVisible()
  expect(Object.keys(await storedDrafts(page))).toContain('earlier-orders')
})

test('drafts older than 30 days are deleted, younger ones offered', async ({ page }) => {
  await seedDrafts(page, [
    { id: 'earlier-stale', name: 'Stale', services: ['s3'], daysAgo: 31 },
    { id: 'earlier-recent', name: 'Recent', services: ['s3'], daysAgo: 29 }
  ])
  await page.reload()
  await expect(banner(page).getByRole('listitem')).toHaveCount(1)
  await expect(row(page, 'Recent')).toBeVisible()
  expect(Object.keys(await storedDrafts(page))).toEqual(['earlier-recent'])
})
