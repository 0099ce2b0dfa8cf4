import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import electronViteConfig from '../../electron.vite.config'
import { APP_ORIGIN, createRendererHandler } from '../../src/main/rendererProtocol'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/contentSecurityPolicy'
import {
  analysisRuns,
  dropService,
  expect,
  exportAs,
  openApp,
  openWithPicker,
  test
} from './fixtures'

/**
 * The policy has no 'unsafe-inline' for styles. The app must work under it (every end-to-end test
 * fails on a CSP violation, as on any console error); these check that it holds, and that the app
 * also works when main's app:// handler serves it, with the policy as a response header on every
 * file (the layout worker's script too, which a meta tag cannot reach).
 */

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control'
const FIXTURE = 'tests/fixtures/diagrams/valid-clickstream.pipewright.json'

test('the page takes its colours from style sheets, and the policy refuses inline style', async ({
  page,
  consoleProblems
}) => {
  await openApp(page)
  await openWithPicker(page, FIXTURE)
  await expect(page.locator('.react-flow__node')).toHaveCount(8)
  // The palette's variables arrive with the built style sheet, not a <style> element.
  expect(
    await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()
    )
  ).toMatch(/^#/)
  expect(await page.locator('style').count()).toBe(0)

  expect(consoleProblems, 'the app itself broke the policy').toEqual([])
  const blocked = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective)
    )
    const style = document.createElement('style')
    style.textContent = 'body { outline: 7px solid red }'
    document.head.append(style)
    const div = document.createElement('div')
    div.setAttribute('style', 'outline: 9px solid red')
    document.body.append(div)
    await new Promise((r) => setTimeout(r, 100))
    return {
      violations,
      body: getComputedStyle(document.body).outlineWidth,
      div: getComputedStyle(div).outlineWidth
    }
  })
  expect(blocked.violations).toEqual(expect.arrayContaining(['style-src-elem', 'style-src-attr']))
  expect(blocked.body).not.toBe('7px')
  expect(blocked.div).not.toBe('9px')
  // Those two violations were this test's doing: anything else still fails it.
  const ours = /Content Security Policy directive 'style-src 'self''/
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((p) => !ours.test(p)))
})

test.describe('served by main’s app:// handler', () => {
  let server: Server
  let base = ''
  test.beforeAll(async () => {
    const handle = createRendererHandler({
      root: resolve(__dirname, '../../out/renderer'),
      readFile
    })
    // What Electron does for app://pipewright/…, over HTTP: the same handler, headers and bytes.
    server = createServer((req, res) => {
      void handle(
        new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method ?? 'GET' })
      ).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  test.afterAll(
    () =>
      new Promise<void>((done) => {
        server.close(() => {
          done()
        })
      })
  )

  test('the app lays out in its worker, charts and exports with the policy as a header on every file', async ({
    page
  }) => {
    test.setTimeout(60_000)
    const policies = new Map<string, string | undefined>()
    page.on('response', (r) =>
      policies.set(new URL(r.url()).pathname, r.headers()['content-security-policy'])
    )
    await page.goto(`${base}/index.html`)
    await expect(page.getByRole('complementary', { name: 'Services' })).toBeVisible()
    await openWithPicker(page, FIXTURE)
    await expect(page.locator('.react-flow__node')).toHaveCount(8)

    // Auto-layout runs ELK in the worker, whose script has the header's policy and no meta tag.
    for (const s of ['producer-app', 'kinesis-data-streams']) await dropService(page, s, 300, 200)
    const before = await analysisRuns(page)
    await page.keyboard.press(`${MOD}+Shift+l`)
    await expect.poll(() => analysisRuns(page), { timeout: 15_000 }).toBe(before + 1)
    const worker = [...policies.keys()].find((path) =>
      /\/assets\/layout\.worker-.*\.js$/.test(path)
    )
    expect(worker, 'the layout worker was never fetched').toBeDefined()

    await page.getByRole('tab', { name: /Cost/ }).click()
    await expect(page.locator('.recharts-wrapper').first()).toBeVisible()

    const png = await exportAs(page, 'PNG image (1×)')
    expect((await readFile(await png.path())).subarray(1, 4).toString()).toBe('PNG')
    const svg = await exportAs(page, 'SVG image')
    expect(await readFile(await svg.path(), 'utf8')).toContain('<svg')

    expect(policies.size).toBeGreaterThan(3)
    for (const [path, policy] of policies) {
      if (path.startsWith('/')) expect(policy, path).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  test('the handler refuses a path out of the renderer folder over the wire too', async ({
    request
  }) => {
    const response = await request.get(`${base}/assets/..%2f..%2fpackage.json`)
    expect(response.status()).toBe(400)
    expect(await response.text()).not.toContain('"name"')
  })
})

test.describe('the dev server (npm run dev)', () => {
  let server: { close: () => Promise<void>; resolvedUrls: { local: string[] } | null } | undefined
  test.beforeAll(async () => {
    const { createServer } = await import('vite')
    const config = electronViteConfig as { renderer: { root: string; plugins: unknown[] } }
    const dev = await createServer({
      configFile: false,
      root: config.renderer.root,
      plugins: config.renderer.plugins as never,
      server: { host: '127.0.0.1', port: 0 },
      logLevel: 'warn'
    })
    await dev.listen()
    server = dev
  })
  test.afterAll(async () => server?.close())

  test('serves a page whose policy admits the styles and scripts Vite injects, and nothing else', async ({
    page
  }) => {
    test.setTimeout(60_000)
    await page.goto(server!.resolvedUrls!.local[0]!)
    await expect(page.getByRole('complementary', { name: 'Services' })).toBeVisible({
      timeout: 30_000
    })
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
    expect(nonce, 'the dev page has no nonce in its policy').toBeDefined()
    expect(policy).not.toContain('unsafe-inline')
    // Vite's CSS arrives as <style nonce> elements, and the palette with it.
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()
      )
    ).toMatch(/^#/)
    expect(await page.locator('style').count()).toBeGreaterThan(0)
    expect(await page.locator('style:not([nonce])').count()).toBe(0)
  })
})
