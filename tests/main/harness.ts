import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { App } from 'electron'
import { afterEach, beforeEach, expect, onTestFinished, vi } from 'vitest'
import { createDocumentWindow, type GuardedWindow } from '../../src/main/documentWindow'
import { createDocumentFiles } from '../../src/main/files/documentFiles'
import { type FileOps, nodeFileOps } from '../../src/main/files/fileOps'
import { loadRecentFiles } from '../../src/main/files/recentFiles'
import { createDraftStore } from '../../src/main/files/drafts'
import { type IpcDeps, registerIpcHandlers } from '../../src/main/ipc'
import { createWindowPaths } from '../../src/main/windowPaths'
import { serializeDiagram } from '../../src/shared/diagram/saveDiagram'
import type { Diagram } from '../../src/shared/diagram/types'
import { type BridgeMethod, IPC_CHANNELS } from '../../src/shared/ipc/channels'

/** Builders for main-process tests: a temporary folder, fake dialogs, windows and the captured IPC handlers. */

const APP_PAGE = 'app://pipewright/index.html'

/** expect.stringMatching, typed as what it is to the code around it: a matcher, not any value. */
export function textMatching(pattern: RegExp): unknown {
  return expect.stringMatching(pattern)
}

export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-main-'))
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A new temporary folder for every test in the file, removed after it (with mocks restored): read `.dir`. */
export function tempFolderPerTest(): { readonly dir: string } {
  let current: ReturnType<typeof tempFolder> | undefined
  beforeEach(() => {
    current = tempFolder()
  })
  afterEach(() => {
    vi.restoreAllMocks()
    current?.remove()
  })
  return {
    get dir() {
      return current!.dir
    }
  }
}

export function diagramText(name = 'Clickstream'): string {
  const diagram: Diagram = {
    format: 'pipewright/diagram',
    version: 5,
    name,
    nodes: [
      { id: 'stream', service: 'kinesis-data-streams', position: { x: 0, y: 0 } },
      { id: 'lake', service: 's3', position: { x: 250, y: 0 } }
    ],
    edges: [{ id: 'stream:lake', source: 'stream', target: 'lake' }]
  }
  return serializeDiagram(diagram)
}

type Listener = (...args: unknown[]) => unknown

function emitter() {
  const listeners = new Map<string, Listener[]>()
  return {
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    }),
    /** Fires an event with a preventable first argument; true when nobody prevented it. */
    emit(event: string, ...args: unknown[]): boolean {
      const e = { preventDefault: vi.fn() }
      for (const listener of listeners.get(event) ?? []) listener(e, ...args)
      return e.preventDefault.mock.calls.length === 0
    },
    has: (event: string) => listeners.has(event)
  }
}

/** A BrowserWindow stand-in whose close() runs the 'close' listeners as Electron does. */
export function fakeWindow() {
  const events = emitter()
  const contents = emitter()
  let destroyed = false
  const window = {
    on: events.on,
    setTitle: vi.fn(),
    setDocumentEdited: vi.fn(),
    isDestroyed: () => destroyed,
    close: vi.fn(() => {
      if (destroyed || !events.emit('close')) return
      destroyed = true
      events.emit('closed')
    }),
    webContents: { send: vi.fn(), on: contents.on }
  }
  return {
    window: window as unknown as GuardedWindow,
    close: window.close,
    send: window.webContents.send,
    setTitle: window.setTitle,
    setDocumentEdited: window.setDocumentEdited,
    isClosed: () => destroyed,
    /** The page sets a <title>; true when the window let it replace its title. */
    pageTitleUpdated: () => events.emit('page-title-updated', 'Page title', true),
    crashPage: () => contents.emit('render-process-gone', { reason: 'crashed' })
  }
}

/** An app stand-in: quit() fires before-quit, then closes the windows unless something prevented it. */
export function fakeApp(windows: () => Array<ReturnType<typeof fakeWindow>>) {
  const events = emitter()
  const app = {
    on: events.on,
    quitted: false,
    quit: vi.fn(() => {
      if (!events.emit('before-quit')) return
      for (const w of windows()) {
        w.window.close()
        if (!w.isClosed()) return
      }
      app.quitted = true
    })
  }
  return app as typeof app & Pick<App, 'on' | 'quit'>
}

type Handler = (
  event: { senderFrame: { url: string } | null; sender: { id: number } },
  ...args: unknown[]
) => Promise<unknown>

/** The web contents id of the harness's window; tests name another to act as a second window. */
export const APP_WINDOW = 1

export async function ipcHarness(
  overrides: {
    files?: Partial<FileOps>
    defaultFolder?: string
    userData?: string
    now?: () => Date
  } = {}
) {
  const handlers = new Map<string, Handler>()
  const dialog = {
    showOpenDialog: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ canceled: true, filePaths: [] as string[] })
    ),
    showSaveDialog: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ canceled: true, filePath: '' })
    ),
    showMessageBox: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ response: 1, checkboxChecked: false })
    )
  }
  const files: FileOps = { ...nodeFileOps, ...overrides.files }
  let userData = overrides.userData
  if (!userData) {
    const own = tempFolder()
    onTestFinished(own.remove)
    userData = own.dir
  }
  const recent = await loadRecentFiles({ files, folder: userData })
  const documents = createDocumentFiles({
    files,
    recent,
    defaultFolder: overrides.defaultFolder ?? tmpdir()
  })
  const drafts = createDraftStore({
    files,
    userData,
    ...(overrides.now ? { now: overrides.now } : {})
  })
  const windowPaths = createWindowPaths()
  const page = fakeWindow()
  const app = fakeApp(() => [page])
  const documentWindow = createDocumentWindow({ app })
  documentWindow.attach(page.window)
  const deps: IpcDeps = {
    ipcMain: {
      handle: (channel: string, handler: Handler) => void handlers.set(channel, handler)
    } as unknown as IpcDeps['ipcMain'],
    dialog: dialog,
    getWindow: () => null,
    isTrustedSender: (url) => url === APP_PAGE,
    appInfo: { name: 'Pipewright', version: '0.1.0', platform: 'linux' },
    documents,
    drafts,
    windowPaths,
    documentWindow
  }
  registerIpcHandlers(deps)

  function invokeFrom(
    url: string | null,
    method: BridgeMethod,
    ...args: unknown[]
  ): Promise<unknown> {
    return invokeIn(APP_WINDOW, url, method, ...args)
  }

  function invokeIn(
    windowId: number,
    url: string | null,
    method: BridgeMethod,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = handlers.get(IPC_CHANNELS[method])
    if (!handler) throw new Error(`no handler for ${method}`)
    return handler(
      { senderFrame: url === null ? null : { url }, sender: { id: windowId } },
      ...args
    )
  }

  return {
    handlers,
    documents,
    dialog,
    recent,
    drafts,
    windowPaths,
    userData,
    page,
    app,
    /** The user picks `path` in the next open dialog. */
    willOpen: (path: string) =>
      dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] }),
    /** The user picks `path` in the next save dialog. */
    willSaveAs: (path: string) =>
      dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path }),
    /** The user answers the next message box with this button. */
    willAnswer: (button: 'Overwrite' | 'Cancel') =>
      dialog.showMessageBox.mockResolvedValueOnce({
        response: button === 'Overwrite' ? 0 : 1,
        checkboxChecked: false
      }),
    invoke: (method: BridgeMethod, ...args: unknown[]) => invokeFrom(APP_PAGE, method, ...args),
    invokeFrom,
    /** A request from another window showing the app's own page. */
    invokeInWindow: (windowId: number, method: BridgeMethod, ...args: unknown[]) =>
      invokeIn(windowId, APP_PAGE, method, ...args)
  }
}
