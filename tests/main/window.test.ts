import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createMainWindow } from '../../src/main/window'

function fakeWindowClass() {
  const created: FakeWindow[] = []
  class FakeWindow {
    readonly listeners = new Map<string, () => void>()
    readonly show = vi.fn()
    readonly loadURL = vi.fn(async (_url: string) => {})
    readonly loadFile = vi.fn(async (_path: string) => {})
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this)
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener)
      return this
    }
  }
  return { BrowserWindow: FakeWindow as unknown as typeof BrowserWindow, created }
}

const paths = { preloadPath: '/app/out/preload/index.js', isPackaged: false }

describe('createMainWindow', () => {
  it('isolates and sandboxes the page, with Node kept out of it', () => {
    const fake = fakeWindowClass()
    createMainWindow({ BrowserWindow: fake.BrowserWindow, ...paths })
    const prefs = fake.created[0]!.options.webPreferences!
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.preload).toBe('/app/out/preload/index.js')
  })

  it('loads the built page from app://, titled Pipewright, and shows it only once ready', () => {
    const fake = fakeWindowClass()
    createMainWindow({ BrowserWindow: fake.BrowserWindow, ...paths })
    const window = fake.created[0]!
    expect(window.options).toMatchObject({
      title: 'Pipewright',
      width: 1400,
      height: 900,
      show: false
    })
    // From the app:// scheme main serves, never from a file: URL.
    expect(window.loadURL).toHaveBeenCalledWith('app://pipewright/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
    expect(window.show).not.toHaveBeenCalled()
    window.listeners.get('ready-to-show')!()
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('has developer tools only in a development build', () => {
    const fake = fakeWindowClass()
    createMainWindow({ BrowserWindow: fake.BrowserWindow, ...paths })
    createMainWindow({ BrowserWindow: fake.BrowserWindow, ...paths, isPackaged: true })
    expect(fake.created.map((w) => w.options.webPreferences!.devTools)).toEqual([true, false])
  })

  it('loads the dev server when given one', () => {
    const fake = fakeWindowClass()
    createMainWindow({
      BrowserWindow: fake.BrowserWindow,
      ...paths,
      devServerUrl: 'http://localhost:5173'
    })
    expect(fake.created[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(fake.created[0]!.loadFile).not.toHaveBeenCalled()
  })
})
