import { basename, dirname } from 'node:path'
import type {
  BrowserWindow,
  Dialog,
  IpcMain,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions
} from 'electron'
import { z } from 'zod'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { isPng } from '../shared/interchange/pngEmbed'
import { isTooLarge, tooLargeMessage } from '../shared/diagram/fileLimits'
import { type BridgeMethod, IPC_CHANNELS } from '../shared/ipc/channels'
import { type AppInfo, IPC_CONTRACT } from '../shared/ipc/contract'
import {
  conflictMessageOptions,
  exportDialogOptions,
  importDialogOptions,
  openDialogOptions,
  OVERWRITE_BUTTON,
  saveDialogOptions
} from './dialogs'
import type { DocumentWindow } from './documentWindow'
import type { DocumentFiles } from './files/documentFiles'
import type { DraftStore } from './files/drafts'
import { handOver, type WindowPaths } from './windowPaths'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>
  /** Parent for the dialogs, so they are modal to the app's window. */
  getWindow: () => BrowserWindow | null
  isTrustedSender: (frameUrl: string | undefined) => boolean
  appInfo: AppInfo
  documents: DocumentFiles
  drafts: DraftStore
  windowPaths: WindowPaths
  documentWindow: Pick<DocumentWindow, 'setDocumentState' | 'confirmClose'>
}

type Request<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['request']>
type Response<M extends BridgeMethod> = z.infer<(typeof IPC_CONTRACT)[M]['response']>

/** An invoke event as far as the handlers trust it: either part may be missing. */
interface UntrustedEvent {
  sender?: { id?: unknown }
  senderFrame?: { url?: string } | null
}

const ok = { ok: true as const }
const canceled = { canceled: true as const }
const failure = (error: string) => ({ canceled: false as const, error })

/** What the page sends to be written must load, so that whatever is on disk can be reopened. */
function diagramProblem(text: string): string | undefined {
  const loaded = loadDiagram(text)
  if (!loaded.ok) return loaded.error.message
  // The request limit counts characters; open counts bytes.
  const bytes = Buffer.byteLength(text, 'utf8')
  return isTooLarge(bytes) ? tooLargeMessage(bytes) : undefined
}

export function registerIpcHandlers(deps: IpcDeps): void {
  const { documents } = deps
  let exportFolder: string | undefined
  let importFolder: string | undefined

  function handle<M extends BridgeMethod>(
    method: M,
    run: (request: Request<M>, windowId: number) => Response<M> | Promise<Response<M>>
  ): void {
    const contract = IPC_CONTRACT[method]
    deps.ipcMain.handle(
      IPC_CHANNELS[method],
      // The event is typed loosely on purpose: whatever arrives is checked before it is used.
      async (event: UntrustedEvent, ...args: unknown[]) => {
        const windowId = event.sender?.id
        if (!deps.isTrustedSender(event.senderFrame?.url) || typeof windowId !== 'number') {
          throw new Error(`Refused ${method}: the request did not come from Pipewright's own page.`)
        }
        const request = contract.request.safeParse(args[0])
        if (args.length > 1 || !request.success) {
          throw new Error(
            `Refused ${method}: invalid request.${request.error ? ` ${z.prettifyError(request.error)}` : ''}`
          )
        }
        const response = contract.response.safeParse(
          await run(request.data as Request<M>, windowId)
        )
        if (!response.success)
          throw new Error(`${method} built an invalid response: ${z.prettifyError(response.error)}`)
        return response.data
      }
    )
  }

  async function showOpenDialog(options: OpenDialogOptions) {
    const parent = deps.getWindow()
    return parent
      ? deps.dialog.showOpenDialog(parent, options)
      : deps.dialog.showOpenDialog(options)
  }

  async function askSavePath(options: SaveDialogOptions): Promise<string | undefined> {
    const parent = deps.getWindow()
    const result = await (parent
      ? deps.dialog.showSaveDialog(parent, options)
      : deps.dialog.showSaveDialog(options))
    return result.canceled || !result.filePath ? undefined : result.filePath
  }

  async function confirmOverwrite(path: string): Promise<boolean> {
    const parent = deps.getWindow()
    const options: MessageBoxOptions = conflictMessageOptions(basename(path))
    const result = await (parent
      ? deps.dialog.showMessageBox(parent, options)
      : deps.dialog.showMessageBox(options))
    return result.response === OVERWRITE_BUTTON
  }

  handle('getAppInfo', () => deps.appInfo)

  const handedTo = <R extends { canceled: boolean; path?: string }>(
    windowId: number,
    result: R
  ): R => handOver(deps.windowPaths, (path) => documents.isKnown(path), windowId, result)

  handle('openDiagram', async (_request, windowId) => {
    const result = await showOpenDialog(openDialogOptions(documents.lastFolder))
    const path = result.filePaths[0]
    if (result.canceled || !path) return canceled
    return handedTo(windowId, await documents.open(path))
  })

  // The file is read here, within Open's bounds, and handed to the page as bytes: the page turns
  // it into a new unsaved diagram, so nothing is ever written back to the template.
  handle('importFile', async () => {
    const result = await showOpenDialog(importDialogOptions(importFolder ?? documents.lastFolder))
    const path = result.filePaths[0]
    if (result.canceled || !path) return canceled
    importFolder = dirname(path)
    const read = await documents.readImport(path)
    if (!read.ok) return failure(read.error)
    return { canceled: false, name: read.name, base64: Buffer.from(read.bytes).toString('base64') }
  })

  // No channel opens a recent file: Open Recent is the main process's own menu. A page that could
  // name a recent path would have it opened and then saved over without a dialog.

  handle('saveDiagram', async (request, windowId) => {
    const problem = diagramProblem(request.text)
    if (problem) return failure(`Not saved: ${problem}`)
    const save = async (path: string) =>
      handedTo(windowId, await documents.save(path, request.text))
    // Only a file main handed to this window this session is written without asking where.
    if (
      request.path &&
      documents.isKnown(request.path) &&
      deps.windowPaths.allows(windowId, request.path)
    ) {
      // A read-only file is not replaced behind its owner's back: ask where to save instead.
      if (await documents.isReadOnly(request.path)) {
        const other = await askSavePath({
          ...saveDialogOptions(documents.lastFolder, request.suggestedName),
          title: `"${basename(request.path)}" is read-only: save a copy as`
        })
        return other ? save(other) : canceled
      }
      if ((await documents.changedOnDisk(request.path)) && !(await confirmOverwrite(request.path)))
        return canceled
      return save(request.path)
    }
    const path = await askSavePath(saveDialogOptions(documents.lastFolder, request.suggestedName))
    return path ? save(path) : canceled
  })

  handle('saveDiagramAs', async (request, windowId) => {
    const problem = diagramProblem(request.text)
    if (problem) return failure(`Not saved: ${problem}`)
    // The dialog's own overwrite confirmation covers a file that changed on disk.
    const path = await askSavePath(saveDialogOptions(documents.lastFolder, request.suggestedName))
    return path ? handedTo(windowId, await documents.save(path, request.text)) : canceled
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
    const path = await askSavePath(
      exportDialogOptions(
        exportFolder ?? documents.lastFolder,
        request.suggestedName,
        request.format
      )
    )
    if (!path) return canceled
    exportFolder = dirname(path)
    return documents.writeExport(path, data)
  })

  handle('setDocumentState', (state) => {
    deps.documentWindow.setDocumentState(state)
    return ok
  })

  handle('writeDraft', async (draft) => {
    // A draft that could not be restored must not replace one that could.
    const problem = diagramProblem(draft.text)
    if (problem) throw new Error(`Refused writeDraft: ${problem}`)
    await deps.drafts.write(draft)
    return ok
  })

  handle('listDrafts', async () => ({ drafts: await deps.drafts.list() }))

  handle('readDraft', async ({ id }) => deps.drafts.read(id))

  handle('discardDraft', async ({ id }) => {
    await deps.drafts.discard(id)
    return ok
  })

  handle('confirmClose', () => {
    deps.documentWindow.confirmClose()
    return ok
  })
}
