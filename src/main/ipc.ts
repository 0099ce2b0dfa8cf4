import { basename, dirname } from 'node:path'
import type { BaseWindow, Dialog, IpcMain, IpcMainInvokeEvent, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { z } from 'zod'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { isPng } from '../shared/diagram/pngEmbed'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { type BridgeMethod, IPC_CHANNELS } from '../shared/ipc/channels'
import { type AppInfo, IPC_CONTRACT } from '../shared/ipc/contract'
import {
  conflictMessageOptions,
  exportDialogOptions,
  openDialogOptions,
  OVERWRITE_BUTTON,
  saveDialogOptions,
} from './dialogs'
import type { DocumentWindow } from './documentWindow'
import type { DocumentFiles } from './files/documentFiles'
import { tooLargeMessage } from './files/readDiagramFile'
import type { RecoveryStore } from './files/recovery'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>
  /** Parent for the dialogs, so they are modal to the app's window. */
  getWindow: () => BaseWindow | null
  isTrustedSender: (frameUrl: string | undefined) => boolean
  appInfo: AppInfo
  documents: DocumentFiles
  recovery: RecoveryStore
  documentWindow: Pick<DocumentWindow, 'setDocumentState' | 'confirmClose'>
}

type Request<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['request']>
type Response<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['response']>

const ok = { ok: true as const }
const canceled = { canceled: true as const }
const failure = (error: string) => ({ canceled: false as const, error })

/** What the page sends to be written must load, so that whatever is on disk can be reopened. */
function diagramProblem(text: string): string | undefined {
  const loaded = loadDiagram(text)
  if (!loaded.ok) return loaded.error.message
  // The request limit counts characters; open counts bytes.
  const bytes = Buffer.byteLength(text, 'utf8')
  return bytes > DIAGRAM_LIMITS.maxFileBytes ? tooLargeMessage(bytes) : undefined
}

export function registerIpcHandlers(deps: IpcDeps): void {
  const { documents } = deps
  let exportFolder: string | undefined

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

  async function askSavePath(options: SaveDialogOptions): Promise<string | undefined> {
    const parent = deps.getWindow()
    const result = await (parent ? deps.dialog.showSaveDialog(parent, options) : deps.dialog.showSaveDialog(options))
    return result.canceled || !result.filePath ? undefined : result.filePath
  }

  async function confirmOverwrite(path: string): Promise<boolean> {
    const parent = deps.getWindow()
    const options: MessageBoxOptions = conflictMessageOptions(basename(path))
    const result = await (parent ? deps.dialog.showMessageBox(parent, options) : deps.dialog.showMessageBox(options))
    return result.response === OVERWRITE_BUTTON
  }

  handle('getAppInfo', async () => deps.appInfo)

  handle('openDiagram', async () => {
    const result = await showOpenDialog(openDialogOptions(documents.lastFolder))
    const path = result.filePaths[0]
    if (result.canceled || !path) return canceled
    return documents.open(path)
  })

  // No channel opens a recent file: Open Recent is the main process's own menu. A page that could
  // name a recent path would have it opened and then saved over without a dialog.

  handle('saveDiagram', async (request) => {
    const problem = diagramProblem(request.text)
    if (problem) return failure(`Not saved: ${problem}`)
    // Only a path the user chose this session is written without asking where.
    if (request.path && documents.isKnown(request.path)) {
      // A read-only file is not replaced behind its owner's back: ask where to save instead.
      if (await documents.isReadOnly(request.path)) {
        const other = await askSavePath({ ...saveDialogOptions(documents.lastFolder, request.suggestedName), title: `"${basename(request.path)}" is read-only: save a copy as` })
        return other ? documents.save(other, request.text) : canceled
      }
      if ((await documents.changedOnDisk(request.path)) && !(await confirmOverwrite(request.path))) return canceled
      return documents.save(request.path, request.text)
    }
    const path = await askSavePath(saveDialogOptions(documents.lastFolder, request.suggestedName))
    return path ? documents.save(path, request.text) : canceled
  })

  handle('saveDiagramAs', async (request) => {
    const problem = diagramProblem(request.text)
    if (problem) return failure(`Not saved: ${problem}`)
    // The dialog's own overwrite confirmation covers a file that changed on disk.
    const path = await askSavePath(saveDialogOptions(documents.lastFolder, request.suggestedName))
    return path ? documents.save(path, request.text) : canceled
  })

  handle('exportFile', async (request) => {
    let data: string | Uint8Array
    if (request.format === 'png') {
      data = Buffer.from(request.base64, 'base64')
      if (!isPng(data)) return failure('Not exported: the image is not a PNG.')
    } else {
      if (request.format === 'json') {
        const problem = diagramProblem(request.text)
        if (problem) return failure(`Not exported: ${problem}`)
      }
      data = request.text
    }
    const path = await askSavePath(exportDialogOptions(exportFolder ?? documents.lastFolder, request.suggestedName, request.format))
    if (!path) return canceled
    exportFolder = dirname(path)
    return documents.writeExport(path, data)
  })

  handle('setDocumentState', async (state) => {
    deps.documentWindow.setDocumentState(state)
    return ok
  })

  handle('writeRecovery', async ({ text }) => {
    // A draft that could not be restored must not replace one that could.
    const problem = diagramProblem(text)
    if (problem) throw new Error(`Refused writeRecovery: ${problem}`)
    await deps.recovery.write(text)
    return ok
  })

  handle('readRecovery', async () => deps.recovery.read())

  handle('discardRecovery', async () => {
    await deps.recovery.discard()
    return ok
  })

  handle('confirmClose', async () => {
    deps.documentWindow.confirmClose()
    return ok
  })
}
