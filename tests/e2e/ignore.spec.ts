import { readFileSync } from 'node:fs'
import { expect, openApp, openWithPicker, test } from './fixtures'

// A lone S3 bucket (orphan-node) and a stream feeding S3 directly (not-integrated).
const DIAGRAM = {
  format: 'pipewright/diagram',
  version: 5,
  name: 'Ignoring',
  nodes: [
    { id: 'archive', service: 's3', position: { x: 0, y: 300 } },
    { id: 'k', service: 'kinesis-data-streams', position: { x: 0, y: 0 } },
    { id: 'lake', service: 's3', position: { x: 300, y: 0 } }
  ],
  edges: [{ id: 'k-lake', source: 'k', target: 'lake' }]
}

test('a problem is ignored with a reason typed key by key, saved in the file, and can be brought back', async ({
  page
}) => {
  await openApp(page)
  await openWithPicker(page, {
    name: 'ignoring.pipewright.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(DIAGRAM))
  })
  const panel = page.getByRole('region', { name: 'Problems' })
  const orphan = panel.locator('li[data-code="orphan-node"]')
  await expect(orphan).toHaveCount(1)

  await orphan.getByRole('button', { name: 'Ignore orphan-node…' }).click()
  const reason = orphan.getByRole('textbox', { name: 'Why is this accepted?' })
  await expect(reason).toBeFocused()
  // Nothing to accept without a reason.
  await expect(orphan.getByRole('button', { name: 'Ignore', exact: true })).toBeDisabled()
  await reason.pressSequentially('Filled by the finance account')
  await reason.press('Enter')

  await expect(panel.locator('li[data-code="orphan-node"]').first()).toBeHidden()
  const ignored = panel.locator('details.ignored-problems')
  await expect(ignored.locator('summary')).toHaveText('Ignored (1)')
  await ignored.locator('summary').click()
  await expect(ignored).toContainText('Reason: Filled by the finance account')
  await page.screenshot({ path: 'test-results/ignore-panel.png' })

  // The entry is part of the diagram: saving writes it after the edges.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    ignore?: unknown
  }
  expect(saved.ignore).toEqual([
    { code: 'orphan-node', nodeId: 'archive', reason: 'Filled by the finance account' }
  ])

  // Escape puts a half-typed reason away without ignoring anything.
  const error = panel.locator('li[data-code="not-integrated"]')
  await error.getByRole('button', { name: 'Ignore not-integrated…' }).click()
  await error.getByRole('textbox').pressSequentially('maybe')
  await error.getByRole('textbox').press('Escape')
  await expect(error.getByRole('textbox')).toBeHidden()
  await expect(ignored.locator('summary')).toHaveText('Ignored (1)')

  await ignored.getByRole('button', { name: 'Stop ignoring' }).click()
  await expect(panel.locator('li[data-code="orphan-node"]')).toHaveCount(1)
  await expect(ignored).toBeHidden()
  // Undo brings the entry back.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(panel.locator('details.ignored-problems summary')).toHaveText('Ignored (1)')
})

test('an ignore entry that matches nothing is reported, and removed in one click', async ({
  page
}) => {
  await openApp(page)
  await openWithPicker(page, {
    name: 'stale.pipewright.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        ...DIAGRAM,
        ignore: [{ code: 'orphan-node', nodeId: 'gone', reason: 'a node since removed' }]
      })
    )
  })
  const panel = page.getByRole('region', { name: 'Problems' })
  const stale = panel.locator('li[data-code="unused-ignore"]')
  await expect(stale).toContainText('orphan-node on node gone matches no problem')
  await stale.getByRole('button', { name: 'Remove the entry' }).click()
  await expect(stale).toHaveCount(0)
})
