import { connect, dropService, expect, nodeOf, openApp, test } from './fixtures'

test('the inspector shows a peak beside the average, and says what each one prices', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'producer-app', 150, 160)
  await dropService(page, 'kinesis-data-streams', 550, 160)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  await nodeOf(page, 'kinesis-data-streams').click()
  // No peak set: one figure, no note.
  await expect(page.getByTestId('throughput-in')).toHaveText('100 rec/s · 0.098 MB/s')
  await expect(page.getByTestId('peak-note')).toHaveCount(0)

  await nodeOf(page, 'producer-app').click()
  const peak = page.getByLabel('Peak records per second (records/s)')
  await peak.fill('400')
  await peak.press('Enter')
  await nodeOf(page, 'kinesis-data-streams').click()
  // 400 records/s of 1 KB: 400 ÷ 1,024 = 0.391 MB/s.
  await expect(page.getByTestId('throughput-in-average')).toHaveText(
    'Average in 100 rec/s · 0.098 MB/s'
  )
  await expect(page.getByTestId('throughput-in-peak')).toHaveText('Peak in 400 rec/s · 0.391 MB/s')
  await expect(page.getByTestId('throughput-out-peak')).toHaveText(
    'Peak out 400 rec/s · 0.391 MB/s'
  )
  await expect(page.getByTestId('peak-note')).toContainText('sized for the peak')
  await expect(page.getByTestId('peak-note')).toContainText('charged on the average')

  // The what-if multiplies the peak too.
  await page.getByRole('tab', { name: /Cost/ }).click()
  await page.getByRole('button', { name: '10×', exact: true }).click()
  await expect(page.getByTestId('throughput-in-peak')).toHaveText(
    'Peak in 4,000 rec/s · 3.906 MB/s'
  )
  await page.getByTestId('node-inspector').screenshot({ path: 'test-results/inspector-peaks.png' })
})
