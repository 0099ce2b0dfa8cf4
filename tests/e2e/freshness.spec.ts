import type { Page } from '@playwright/test'
import { expect, nodeOf, openApp, openWithPicker, test } from './fixtures'

// producer (50 records/s × 0.2048 KB = 0.01 MiB/s) → KDS → Lambda (5 s window) → Firehose → S3 → crawler (hourly).
const LAKE = {
  format: 'pipewright/diagram',
  version: 5,
  name: 'Freshness',
  nodes: [
    {
      id: 'p',
      service: 'producer-app',
      position: { x: 0, y: 0 },
      config: { recordsPerSecond: 50, recordSizeKB: 0.2048 }
    },
    { id: 'k', service: 'kinesis-data-streams', position: { x: 300, y: 0 } },
    {
      id: 'fn',
      service: 'lambda',
      position: { x: 600, y: 0 },
      config: { maximumBatchingWindowSeconds: 5 }
    },
    { id: 'fh', service: 'kinesis-firehose', position: { x: 900, y: 0 } },
    { id: 's3', service: 's3', position: { x: 900, y: 200 } },
    {
      id: 'crawl',
      service: 'glue-crawler',
      position: { x: 600, y: 200 },
      config: { runsPerDay: 24, minutesPerRun: 5 }
    }
  ],
  edges: [
    { id: 'e1', source: 'p', target: 'k' },
    { id: 'e2', source: 'k', target: 'fn' },
    { id: 'e3', source: 'fn', target: 'fh' },
    { id: 'e4', source: 'fh', target: 's3' },
    { id: 'e5', source: 's3', target: 'crawl' }
  ]
}

async function openDiagram(page: Page, diagram: unknown) {
  await openWithPicker(page, {
    name: 'freshness.pipewright.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(diagram))
  })
}

test('sinks show how far behind their data is, and the inspector breaks the worst path down with sources', async ({
  page
}) => {
  await openApp(page)
  await openDiagram(page, LAKE)
  // S3: 0.2 s read + 2 s batch + 0.1 s run + 300 s Firehose interval = 302.3 s ≈ 5 min.
  await expect(nodeOf(page, 's3').getByTestId('freshness-badge')).toHaveText('≈ 5 min behind')
  // Crawler: 302.3 s + 3,600 s interval + 300 s run = 4,202.3 s ≈ 70 min.
  await expect(nodeOf(page, 'glue-crawler').getByTestId('freshness-badge')).toHaveText(
    '≈ 70 min behind'
  )
  // Not a sink, not storage: no badge.
  await expect(nodeOf(page, 'lambda').getByTestId('freshness-badge')).toHaveCount(0)

  await nodeOf(page, 'glue-crawler').click()
  const details = page.getByTestId('freshness-details')
  await expect(details.getByTestId('freshness-summary')).toContainText('70 min')
  const steps = details.getByTestId('freshness-step')
  await expect(steps).toHaveCount(5)
  await expect(steps.nth(0)).toContainText('Kinesis classic consumer read')
  await expect(steps.nth(1)).toContainText(
    'a batch of 100 at 50 records/s fills in 2 s, capped by a 5 s batching window'
  )
  await expect(steps.nth(3)).toContainText('would take 500 s, so the 5 min interval comes first')
  await expect(steps.nth(3)).toContainText('Source: Amazon Data Firehose API: BufferingHints')
  await expect(steps.nth(4)).toContainText('The crawler runs every 60 min')
  await details.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/freshness.png' })
})
