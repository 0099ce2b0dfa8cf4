import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS } from '../../src/shared/ipc/channels'

/** A stand-in for the electron module, enough for src/main/index.ts to start up under Node. */
const electron = vi.hoisted(() => {
  type Listener = (...args: any[]) => unknown
  const appListeners = new Map<string, Listener>()
  const handlers = new Map<string, Listener>()
  const windows: Array<{ options: any; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }> = []
  class BrowserWindow {
    static getAllWindows = () => windows
    loadFile = vi.fn(async () => {})
    loadURL = vi.fn(async () => {})
    constructor(public options: any) {
      windows.push(this)
    }
    once() {}
    on() {}
    show() {}
  }
  return {
    appListeners,
    handlers,
    windows,
    app: {
      isPackaged: false,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, listener: Listener) => void appListeners.set(event, listener)),
      whenReady: vi.fn(() => Promise.resolve()),
      quit: vi.fn(),
      getVersion: () => '0.1.0',
      getPath: () => '/home/me/Documents',
    },
    BrowserWindow,
    ipcMain: { handle: vi.fn((channel: string, handler: Listener) => void handlers.set(channel, handler)) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  }
})

vi.mock('electron', () => ({ ...electron, default: electron }))

const savedRendererUrl = process.env.ELECTRON_RENDERER_URL
beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL
  await import('../../src/main/index')
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
})
afterAll(() => {
  if (savedRendererUrl !== undefined) process.env.ELECTRON_RENDERER_URL = savedRendererUrl
})

describe('main process start-up (src/main/index.ts)', () => {
  const mainDir = resolve(__dirname, '../../src/main')

  it('sandboxes every renderer and hardens every web contents', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(electron.appListeners.has('web-contents-created')).toBe(true)
  })

  it('opens one secure window with the built preload and page', () => {
    const window = electron.windows[0]!
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(mainDir, '../preload/index.js'),
    })
    expect(window.loadFile).toHaveBeenCalledWith(join(mainDir, '../renderer/index.html'))
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('registers a handler for every channel and trusts only the built page', async () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
    const getInfo = electron.handlers.get(IPC_CHANNELS.getAppInfo)!
    const page = pathToFileURL(join(mainDir, '../renderer/index.html')).href
    await expect(getInfo({ senderFrame: { url: page } })).resolves.toMatchObject({ name: 'Pipewright', version: '0.1.0' })
    await expect(getInfo({ senderFrame: { url: 'https://example.com/' } })).rejects.toThrow(/did not come from Pipewright/)
  })

  it('sets the application menu and quits when the last window closes (except on macOS)', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(electron.appListeners.has('window-all-closed')).toBe(true)
    electron.appListeners.get('window-all-closed')!()
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
