import type { Page } from '@playwright/test'
import { connect, dropService, expect, exportAs, openApp, test } from './fixtures'

// Issue 14, part 3: below 50 % zoom a card shows its icon and name only, in the box it had at full
// detail (so no edge or neighbour moves), edge labels are hidden, and exports keep every detail.

const zoom = (page: Page) =>
  page.evaluate(() =>
    Number(
      /scale\(([\d.]+)\)/.exec(
        document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform
      )![1]
    )
  )

/** Each card's box in canvas units (screen size ÷ zoom), by id. */
async function boxes(page: Page) {
  const z = await zoom(page)
  return page.evaluate(
    (scale) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.react-flow__node-service')].map((el) => {
          const r = el.getBoundingClientRect()
          return [el.dataset.id!, [Math.round(r.width / scale), Math.round(r.height / scale)]]
        })
      ),
    z
  )
}

async function zoomTo(page: Page, below: boolean) {
  const pane = page.locator('.react-flow__pane')
  const box = (await pane.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < 30 && (below ? (await zoom(page)) >= 0.5 : (await zoom(page)) < 0.5); i++)
    await page.mouse.wheel(0, below ? 200 : -200)
}

test('zoomed out below 50 %, cards show icon and name only in the same box; zoomed back in, everything', async ({
  page
}) => {
  await openApp(page)
  await dropService(page, 'producer-app', 250, 250)
  await dropService(page, 'kinesis-data-streams', 650, 250)
  await connect(page, 'producer-app', 'kinesis-data-streams')
  await expect(page.locator('.edge-label')).toBeVisible()
  // A producer's card carries figures (records per second, cost) at full detail.
  await expect(page.locator('.service-figures').first()).toBeVisible()
  const full = await boxes(page)

  await zoomTo(page, true)
  expect(await zoom(page)).toBeLessThan(0.5)
  await expect(page.locator('.service-node.lite')).toHaveCount(2)
  await expect(page.locator('.service-figures')).toHaveCount(0)
  await expect(page.locator('.edge-label')).toBeHidden()
  await expect(page.locator('.service-node.lite .service-name').first()).toHaveText(
    /Producer|Kinesis/
  )
  expect(await boxes(page)).toEqual(full)

  // The PNG export is made from the canvas's DOM, which shows the full cards and the edge labels
  // while it is made.
  await page.evaluate(() => {
    const w = window as unknown as { fullDuringExport: boolean; labelsDuringExport: boolean }
    w.fullDuringExport = false
    w.labelsDuringExport = false
    new MutationObserver(() => {
      if (document.querySelector('.service-figures')) w.fullDuringExport = true
      if (document.querySelector('.canvas:not(.zoomed-out) .edge-label'))
        w.labelsDuringExport = true
    }).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class']
    })
  })
  const png = await exportAs(page, 'PNG image (1×)')
  expect(png.suggestedFilename()).toMatch(/\.png$/)
  expect(
    await page.evaluate(() => (window as unknown as { fullDuringExport: boolean }).fullDuringExport)
  ).toBe(true)
  expect(
    await page.evaluate(
      () => (window as unknown as { labelsDuringExport: boolean }).labelsDuringExport
    )
  ).toBe(true)
  await expect(page.locator('.service-node.lite')).toHaveCount(2)
  await expect(page.locator('.edge-label')).toBeHidden()

  await zoomTo(page, false)
  await expect(page.locator('.service-node.lite')).toHaveCount(0)
  await expect(page.locator('.service-figures').first()).toBeVisible()
  expect(await boxes(page)).toEqual(full)
})
