import { basename, dirname, join, resolve } from 'node:path'
import type { BaseWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { z } from 'zod'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { type BridgeMethod, IPC_CHANNELS } from '../shared/ipc/channels'
import { type AppInfo, IPC_CONTRACT, type SaveDiagramRequest } from '../shared/ipc/contract'

export const DIAGRAM_EXTENSION = '.pipewright.json'

export interface FileOps {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readText(path: string): Promise<string>
  /** Must replace the file whole or not at all (see files/atomicWrite.ts). */
  writeTextAtomic(path: string, text: string): Promise<void>
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  /** Parent for the dialogs, so they are modal to the app's window. */
  getWindow: () => BaseWindow | null
  files: FileOps
  isTrustedSender: (frameUrl: string | undefined) => boolean
  appInfo: AppInfo
  /** Where the save dialog starts until the user has picked a file this session. */
  defaultFolder: string
}

type Request<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['request']>
type Response<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['response']>

const MB = 1024 * 1024

function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / MB).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / MB} MB.`
}

/** A bare file name for the save dialog: the renderer must not steer it to another folder. */
export function defaultSaveName(suggestedName: string): string {
  const cleaned = suggestedName
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  const stem = (cleaned || 'Untitled pipeline').replace(/(\.pipewright)?\.json$/i, '')
  return `${stem}${DIAGRAM_EXTENSION}`
}

export function registerIpcHandlers(deps: IpcDeps): void {
  // Paths the user picked in an open or save dialog this session: the only ones written without asking.
  const chosenPaths = new Set<string>()
  let lastFolder = deps.defaultFolder

  function remember(path: string): void {
    chosenPaths.add(resolve(path))
    lastFolder = dirname(resolve(path))
  }

  function handle<M extends BridgeMethod>(method: M, run: (request: Request<M>) => Promise<Response<M>>): void {
    const contract = IPC_CONTRACT[method]
    deps.ipcMain.handle(IPC_CHANNELS[method], async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!deps.isTrustedSender(event.senderFrame?.url)) {
        throw new Error(`Refused ${method}: the request did not come from Pipewright's own page.`)
      }
      const request = contract.request.safeParse(args[0])
      if (args.length > 1 || !request.success) {
        throw new Error(`Refused ${method}: invalid request.${request.error ? ` ${z.prettifyError(request.error)}` : ''}`)
      }
      const response = contract.response.safeParse(await run(request.data as Request<M>))
      if (!response.success) throw new Error(`${method} built an invalid response: ${z.prettifyError(response.error)}`)
      return response.data
    })
  }

  async function showOpenDialog(options: OpenDialogOptions) {
    const parent = deps.getWindow()
    return parent ? deps.dialog.showOpenDialog(parent, options) : deps.dialog.showOpenDialog(options)
  }

  async function showSaveDialog(options: SaveDialogOptions) {
    const parent = deps.getWindow()
    return parent ? deps.dialog.showSaveDialog(parent, options) : deps.dialog.showSaveDialog(options)
  }

  handle('getAppInfo', async () => deps.appInfo)

  handle('openDiagram', async () => {
    const result = await showOpenDialog({
      title: 'Open diagram',
      properties: ['openFile'],
      filters: [
        { name: 'Pipewright diagrams', extensions: ['pipewright.json', 'json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    })
    const path = result.filePaths[0]
    if (result.canceled || !path) return { canceled: true as const }
    const info = await deps.files.stat(path)
    const refuse = (why: string) => ({ canceled: false as const, error: `Cannot open "${basename(path)}". ${why}` })
    if (!info.isFile()) return refuse('It is not a file.')
    // Checked before reading so a huge file is never loaded into memory.
    if (info.size > DIAGRAM_LIMITS.maxFileBytes) return refuse(tooLargeMessage(info.size))
    const text = await deps.files.readText(path)
    const bytes = Buffer.byteLength(text, 'utf8')
    // The file may have grown between stat and read.
    if (bytes > DIAGRAM_LIMITS.maxFileBytes) return refuse(tooLargeMessage(bytes))
    remember(path)
    return { canceled: false as const, path, name: basename(path), text }
  })

  async function chooseSavePath(request: SaveDiagramRequest): Promise<string | undefined> {
    if (request.path && chosenPaths.has(resolve(request.path))) return request.path
    const result = await showSaveDialog({
      title: 'Save diagram',
      defaultPath: join(lastFolder, defaultSaveName(request.suggestedName)),
      filters: [{ name: 'Pipewright diagrams', extensions: ['pipewright.json'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    })
    return result.canceled || !result.filePath ? undefined : result.filePath
  }

  handle('saveDiagram', async (request) => {
    const loaded = loadDiagram(request.text)
    if (!loaded.ok) return { canceled: false as const, error: `Not saved: ${loaded.error.message}` }
    // The request limit counts characters; open counts bytes, so refuse what could not be reopened.
    const bytes = Buffer.byteLength(request.text, 'utf8')
    if (bytes > DIAGRAM_LIMITS.maxFileBytes) return { canceled: false as const, error: `Not saved: ${tooLargeMessage(bytes)}` }
    const path = await chooseSavePath(request)
    if (!path) return { canceled: true as const }
    try {
      await deps.files.writeTextAtomic(path, request.text)
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      return { canceled: false as const, error: `Could not save "${basename(path)}"; the file on disk is unchanged. ${reason}` }
    }
    remember(path)
    return { canceled: false as const, path, name: basename(path) }
  })
}
