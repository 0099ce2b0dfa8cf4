import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { tempFolder } from './harness'

/** src/main/index.ts started as an installed app: app.isPackaged is true. */
const electron = await vi.hoisted(async () => {
  const { fakeElectron } = await import('./fakeElectron')
  return fakeElectron({ isPackaged: true })
})

vi.mock('electron', () => ({ ...electron, default: electron }))

const REMOTE = 'https://attacker.example/'
const folder = tempFolder()
const saved = { url: process.env.ELECTRON_RENDERER_URL, argv: process.argv }

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])
}

beforeAll(async () => {
  // What someone could set before launching the installed app, hoping it loads their page.
  process.env.ELECTRON_RENDERER_URL = REMOTE
  process.argv = ['/opt/Pipewright/pipewright']
  electron.state.userData = join(folder.dir, 'userData')
  electron.state.documents = folder.dir
  await import('../../src/main/index')
  await vi.waitFor(() => {
    expect(electron.BrowserWindow.windows).toHaveLength(1)
  })
})
afterAll(() => {
  process.argv = saved.argv
  if (saved.url === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = saved.url
  folder.remove()
})

describe('main process in a packaged app', () => {
  it('ignores ELECTRON_RENDERER_URL and loads its own page', () => {
    const window = electron.BrowserWindow.windows[0]!
    const loaded = [...window.loadURL.mock.calls, ...window.loadFile.mock.calls].map((call) =>
      String((call as unknown[])[0])
    )
    expect(loaded).toHaveLength(1)
    expect(loaded[0]).not.toContain('attacker.example')
  })

  it('has no reload or developer tools in its menu', () => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0]
    expect(roles(template).filter((role) => /reload|devtools/i.test(role))).toEqual([])
    expect(roles(template)).toContain('zoomIn')
  })
})
