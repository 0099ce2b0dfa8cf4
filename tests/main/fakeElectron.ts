import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

/**
 * A stand-in for the electron module, enough for src/main/index.ts to start up under Node. It
 * keeps what main registers (app events, IPC handlers, each window's and page's listeners) so a
 * test can fire them. Build it in `vi.hoisted` and hand it to `vi.mock('electron', …)`.
 */
export function fakeElectron({ isPackaged }: { isPackaged: boolean }) {
  const appListeners = new Map<string, Listener>()
  const handlers = new Map<string, Listener>()
  const state = { userData: '', documents: '' }
  class BrowserWindow {
    static windows: BrowserWindow[] = []
    static getAllWindows = () => BrowserWindow.windows
    static getFocusedWindow = () => BrowserWindow.windows[0] ?? null
    static nextId = 1
    readonly listeners = new Map<string, Listener>()
    readonly contentsListeners = new Map<string, Listener>()
    loadFile = vi.fn(async (_path: string) => {})
    loadURL = vi.fn(async (_url: string) => {})
    focus = vi.fn()
    webContents = {
      id: BrowserWindow.nextId++,
      send: vi.fn<(channel: string, payload?: unknown) => void>(),
      on: (event: string, listener: Listener) => {
        this.contentsListeners.set(event, listener)
      }
    }
    constructor(public options: BrowserWindowConstructorOptions) {
      BrowserWindow.windows.push(this)
    }
    once() {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    show() {}
    isMinimized = () => false
    restore() {}
    isDestroyed = () => false
  }
  return {
    appListeners,
    handlers,
    state,
    app: {
      isPackaged,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, listener: Listener) => {
        appListeners.set(event, listener)
      }),
      whenReady: vi.fn(() => Promise.resolve()),
      quit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'userData' ? state.userData : state.documents)
    },
    BrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: Listener) => {
        handlers.set(channel, handler)
      })
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn()
    }
  }
}
