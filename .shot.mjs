import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
const errors = []
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()) })
await page.goto('http://127.0.0.1:4299/')
await page.locator('.palette-item[data-service="athena"]').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 150, y: 250 } })
await page.locator('.palette-item[data-service="dynamodb"]').dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 560, y: 250 } })
const s = page.locator('.react-flow__node').nth(0).locator('.react-flow__handle.source'); const sb = await s.boundingBox()
const t = page.locator('.react-flow__node').nth(1); const tb = await t.boundingBox()
await page.mouse.move(sb.x + 5, sb.y + 5); await page.mouse.down(); await page.mouse.move(tb.x + 40, tb.y + 20, { steps: 15 }); await page.mouse.up()
await page.waitForTimeout(400)
await page.screenshot({ path: '/tmp/lead-fix-before.png' })
await page.locator('.edge-fix').click()
await page.waitForTimeout(600)
await page.screenshot({ path: '/tmp/lead-fix-after.png' })
console.log('errors', errors)
await browser.close()
