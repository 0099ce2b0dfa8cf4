import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { IPC_CHANNELS, IPC_EVENTS } from '../../src/shared/ipc/channels'

const MAIN_ENTRY = resolve(__dirname, '../../out/main/index.js')

/**
 * The electron package exports its binary's path, and downloads the binary on first require when
 * it has none. That download cannot succeed on machines without access to its host, so look for
 * the path.txt a finished install leaves before requiring it.
 */
function findElectronBinary(): { path: string } | { reason: string } {
  const packageDir = dirnameOfPackage('electron/package.json')
  if (!packageDir) return { reason: 'the electron package is not installed' }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(join(packageDir, 'path.txt'))) {
    return {
      reason: `${join(packageDir, 'path.txt')} is missing, so its binary was never downloaded`
    }
  }
  try {
    // The package's main is a CommonJS module whose export is the binary's path, resolved lazily.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const path: unknown = require('electron')
    if (typeof path !== 'string') return { reason: "require('electron') did not return a path" }
    if (!existsSync(path)) return { reason: `${path} does not exist` }
    return { path }
  } catch (err) {
    return { reason: err instanceof Error ? err.message : String(err) }
  }
}

function dirnameOfPackage(manifest: string): string | undefined {
  try {
    return resolve(require.resolve(manifest), '..')
  } catch {
    return undefined
  }
}

test('the desktop app opens a titled, isolated window with only the bridge exposed', async () => {
  const binary = findElectronBinary()
  if ('reason' in binary) {
    console.log(
      `Electron end-to-end test skipped: no Electron binary on this machine (${binary.reason}).`
    )
    test.skip(true, `no Electron binary on this machine (${binary.reason})`)
    return
  }
  expect(existsSync(MAIN_ENTRY), 'out/main/index.js is missing: run npm run build first').toBe(true)

  const env = { ...process.env } as Record<string, string>
  // Load the built page, never a dev server.
  delete env.ELECTRON_RENDERER_URL
  const app = await electron.launch({ executablePath: binary.path, args: [MAIN_ENTRY], env })
  try {
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    // 'Pipewright' until the page reports its document, then e.g. 'Untitled — Pipewright'.
    await expect(page).toHaveTitle(/Pipewright$/)
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())
    ).toMatch(/Pipewright$/)

    const exposed = await page.evaluate(() => {
      const bridge =
        (window as unknown as { pipewright?: Record<string, unknown> }).pipewright ?? {}
      return {
        methods: Object.keys(bridge).sort(),
        allFunctions: Object.values(bridge).every((value) => typeof value === 'function'),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process
      }
    })
    expect(exposed).toEqual({
      methods: [...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)].sort(),
      allFunctions: true,
      require: 'undefined',
      process: 'undefined'
    })

    const info = await page.evaluate(() => window.pipewright!.getAppInfo())
    expect(info.name).toBe('Pipewright')
  } finally {
    await app.close()
  }
})
