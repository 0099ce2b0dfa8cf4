import { mkdtempSync, readFile, rmSync, stat } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { vi } from 'vitest'
import { serializeDiagram } from '../../src/shared/diagram/saveDiagram'
import type { Diagram } from '../../src/shared/diagram/types'
import { atomicWriteText } from '../../src/main/files/atomicWrite'
import { type FileOps, type IpcDeps, registerIpcHandlers } from '../../src/main/ipc'
import { IPC_CHANNELS, type BridgeMethod } from '../../src/shared/ipc/channels'

/** Builders for main-process tests: a temporary folder, fake dialogs and the captured IPC handlers. */

export const APP_PAGE = 'file:///app/out/renderer/index.html'

export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-main-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export function diagramText(name = 'Clickstream'): string {
  const diagram: Diagram = {
    format: 'pipewright/diagram',
    version: 2,
    name,
    nodes: [
      { id: 'stream', service: 'kinesis-data-streams', position: { x: 0, y: 0 } },
      { id: 'lake', service: 's3', position: { x: 250, y: 0 } },
    ],
    edges: [{ id: 'stream:lake', source: 'stream', target: 'lake' }],
  }
  return serializeDiagram(diagram)
}

export const realFiles: FileOps = {
  stat: promisify(stat),
  readText: (path) => promisify(readFile)(path, 'utf8'),
  writeTextAtomic: (path, text) => atomicWriteText(path, text),
}

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>

export function ipcHarness(overrides: { files?: Partial<FileOps>; defaultFolder?: string } = {}) {
  const handlers = new Map<string, Handler>()
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  }
  const deps: IpcDeps = {
    ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as unknown as IpcDeps['ipcMain'],
    dialog: dialog as unknown as IpcDeps['dialog'],
    getWindow: () => null,
    files: { ...realFiles, ...overrides.files },
    isTrustedSender: (url) => url === APP_PAGE,
    appInfo: { name: 'Pipewright', version: '0.1.0', platform: 'linux' },
    defaultFolder: overrides.defaultFolder ?? tmpdir(),
  }
  registerIpcHandlers(deps)

  function invokeFrom(url: string | null, method: BridgeMethod, ...args: unknown[]): Promise<unknown> {
    const handler = handlers.get(IPC_CHANNELS[method])
    if (!handler) throw new Error(`no handler for ${method}`)
    return handler({ senderFrame: url === null ? null : { url } }, ...args)
  }

  return {
    handlers,
    dialog,
    /** The user picks `path` in the next open dialog. */
    willOpen: (path: string) => dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] }),
    /** The user picks `path` in the next save dialog. */
    willSaveAs: (path: string) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path }),
    invoke: (method: BridgeMethod, ...args: unknown[]) => invokeFrom(APP_PAGE, method, ...args),
    invokeFrom,
  }
}
