import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { lowContrastText } from './contrast'
import { dropService, expect, openApp, openWithPicker, test } from './fixtures'

// The app's Content-Security-Policy refuses injected scripts, axe among them.
test.use({ bypassCSP: true })

const FIXTURES = 'tests/fixtures/diagrams'

/** axe's serious and critical findings, one readable line each (rule, what to do, where). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — on ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`
    )
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `serious or critical axe violations on ${screen}`).toEqual(
    []
  )
}

async function openInTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
}

async function openTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Templates…' }).click()
  await page
    .getByRole('dialog', { name: 'New from template' })
    .getByRole('button', { name: new RegExp(title) })
    .click()
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
}

async function openFixture(page: Page, file: string): Promise<void> {
  await openWithPicker(page, `${FIXTURES}/${file}`)
  await expect(page.locator('.react-flow__node').first()).toBeVisible()
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test('the empty main screen has no serious accessibility problems', async ({ page }) => {
      await openInTheme(page, theme)
      await expectAccessible(page, 'the empty main screen')
      await page.getByRole('tab', { name: /Cost/ }).click()
      await expectAccessible(page, 'the empty cost tab')
    })

    test('the template gallery and a diagram opened from it have no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await page.getByRole('button', { name: 'Templates…' }).click()
      await expect(page.getByRole('dialog', { name: 'New from template' })).toBeVisible()
      await expectAccessible(page, 'the template gallery')
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /Clickstream data lake/ })
        .click()
      await expect(page.locator('.react-flow__node').first()).toBeVisible()
      await expectAccessible(page, 'the main screen with a diagram')
      await page.getByRole('tab', { name: /Cost/ }).click()
      await expectAccessible(page, 'the cost tab with a diagram')
    })

    test('the Cost tab’s what-if control and charts have no serious accessibility problems and keep 4.5:1 contrast', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openTemplate(page, 'Real-time analytics with Flink')
      await page.getByRole('tab', { name: /Cost/ }).click()
      await expect(page.getByTestId('stream-cost-chart').first()).toBeVisible()
      await page.getByRole('button', { name: '10×', exact: true }).click()
      await expect(page.getByTestId('what-if-notice').first()).toBeVisible()
      await expectAccessible(page, 'the cost tab with charts at 10×')
      expect(
        await lowContrastText(page, '.bottom-panel, .statusbar'),
        'the cost tab with charts at 10×'
      ).toEqual([])
      await page
        .getByTestId('cost-charts')
        .screenshot({ path: `test-results/cost-charts-template-${theme}.png` })
    })

    test('a selected node and a selected edge in the inspector have no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openTemplate(page, 'Real-time analytics with Flink')
      await page.locator('.react-flow__node').first().click()
      await expect(page.locator('.inspector-heading')).toBeVisible()
      await expectAccessible(page, 'the inspector with a node')
      await page.locator('.edge-label').first().click()
      await expect(page.locator('.verdict-box')).toBeVisible()
      await expectAccessible(page, 'the inspector with an edge')
    })

    test('a diagram with an invalid edge, its problems and fix have no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openFixture(page, 'invalid-edge.pipewright.json')
      await expect(page.locator('.edge-label.verdict-error')).toBeVisible()
      await expect(page.locator('.problem').first()).toBeVisible()
      await expectAccessible(page, 'a diagram with an invalid edge')
      await page.locator('.edge-label.verdict-error').click()
      await expectAccessible(page, 'the inspector with an invalid edge')
    })

    test('a diagram with warnings, their badges and counts has no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openFixture(page, 'warnings-only.pipewright.json')
      await expect(page.locator('.problem.severity-warning').first()).toBeVisible()
      await expectAccessible(page, 'a diagram with warnings')
      await page.locator('.problem.severity-warning .problem-main').first().click()
      await expectAccessible(page, 'the inspector showing a warning')
    })

    test('text on the canvas (nodes, badges, edge labels), the panels and the status bar keeps 4.5:1 contrast', async ({
      page
    }) => {
      const where = '#canvas, .bottom-panel, .statusbar, .inspector'
      await openInTheme(page, theme)
      await openTemplate(page, 'Real-time analytics with Flink')
      await page.locator('.react-flow__node').first().click()
      expect(
        await lowContrastText(page, where),
        'a template with capacity and cost badges'
      ).toEqual([])
      await openFixture(page, 'warnings-only.pipewright.json')
      await expect(page.locator('.tab-badge.badge-warning')).toBeVisible()
      expect(await lowContrastText(page, where), 'a diagram with warnings').toEqual([])
      await openFixture(page, 'invalid-edge.pipewright.json')
      await expect(page.locator('.tab-badge.badge-error')).toBeVisible()
      await dropService(page, 'snowball', 200, 420)
      await page.locator('.edge-label.verdict-error').click()
      expect(
        await lowContrastText(page, where),
        'a diagram with an error and a retired service'
      ).toEqual([])
    })

    test('the shortcuts sheet has no serious accessibility problems', async ({ page }) => {
      await openInTheme(page, theme)
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await expectAccessible(page, 'the shortcuts sheet')
    })

    test('the unsaved-changes dialog, the export menu and an error notice have no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openTemplate(page, 'IoT telemetry')
      await page.getByLabel('Diagram name').press('End')
      await page.keyboard.type(' v2')
      await page.getByRole('button', { name: 'Export ▾' }).click()
      await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible()
      await expectAccessible(page, 'the export menu')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Open…' }).click()
      const dialog = page.getByRole('alertdialog', { name: /Save changes/ })
      await expect(dialog).toBeVisible()
      await expectAccessible(page, 'the unsaved-changes dialog')
      const chooser = page.waitForEvent('filechooser')
      await dialog.getByRole('button', { name: "Don't Save" }).click()
      await (await chooser).setFiles(`${FIXTURES}/broken-json.json`)
      await expect(page.getByRole('alert')).toContainText('Could not open')
      await expectAccessible(page, 'an error notice')
    })

    test('the context menus of a node, an edge and the pane have no serious accessibility problems', async ({
      page
    }) => {
      await openInTheme(page, theme)
      await openFixture(page, 'invalid-edge.pipewright.json')
      const menu = page.getByRole('menu', { name: 'Context menu' })
      await page.locator('.react-flow__node').first().click({ button: 'right' })
      await expect(menu).toBeVisible()
      await expectAccessible(page, 'the context menu of a node')
      await page.keyboard.press('Escape')
      await page.locator('.edge-label').first().click({ button: 'right' })
      await expect(menu.getByRole('menuitem', { name: 'Insert service between…' })).toBeVisible()
      await expectAccessible(page, 'the context menu of an edge')
      await menu.getByRole('menuitem', { name: 'Insert service between…' }).click()
      await expect(menu.getByRole('group', { name: 'Insert service between' })).toBeVisible()
      await expectAccessible(page, 'the insert-service list')
      await page.keyboard.press('Escape')
      await page.locator('.react-flow__pane').click({ button: 'right', position: { x: 30, y: 30 } })
      await expect(menu.getByRole('menuitem', { name: 'Fit view' })).toBeVisible()
      await expectAccessible(page, 'the context menu of the pane')
    })

    test('the recovery banner has no serious accessibility problems', async ({ page }) => {
      await page.addInitScript(() => {
        const text = (name: string) =>
          JSON.stringify({ format: 'pipewright/diagram', version: 2, name, nodes: [], edges: [] })
        const savedAt = new Date(Date.now() - 3600_000).toISOString()
        localStorage.setItem(
          'pipewright.draft.earlier-a',
          JSON.stringify({ id: 'earlier-a', name: 'Lost work', savedAt, text: text('Lost work') })
        )
        localStorage.setItem(
          'pipewright.draft.earlier-b',
          JSON.stringify({
            id: 'earlier-b',
            name: 'Orders',
            path: '/home/me/orders.pipewright.json',
            savedAt,
            text: text('Orders')
          })
        )
      })
      await openInTheme(page, theme)
      await expect(
        page.getByRole('region', { name: 'Unsaved work found' }).getByRole('listitem')
      ).toHaveCount(2)
      await expectAccessible(page, 'the recovery banner')
    })
  })
}
