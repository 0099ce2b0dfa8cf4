import type { App, BrowserWindow } from 'electron'
import type { DocumentState } from '../shared/ipc/contract'
import { windowTitle } from '../shared/ipc/windowTitle'
import { sendToPage } from './pageEvents'

export type GuardedWindow = Pick<
  BrowserWindow,
  'on' | 'close' | 'setTitle' | 'setDocumentEdited' | 'isDestroyed'
> & {
  webContents: Pick<BrowserWindow['webContents'], 'send' | 'on'>
}

export interface DocumentWindow {
  /** Call once for each new main window. */
  attach(window: GuardedWindow): void
  setDocumentState(state: DocumentState): void
  /** The page has run its Save / Don't Save / Cancel flow and the window may go. */
  confirmClose(): void
}

/**
 * Title and unsaved-changes marker, and the close guard: while the page reports unsaved changes,
 * closing the window or quitting is held back and the page is asked (onCloseRequested) instead.
 * The page shows Save / Don't Save / Cancel itself and calls confirmClose() when it may go.
 */
export function createDocumentWindow(deps: { app: Pick<App, 'on' | 'quit'> }): DocumentWindow {
  let window: GuardedWindow | null = null
  let dirty = false
  let titleSet = false
  let closeConfirmed = false
  let quitPending = false

  function askPage(): void {
    if (!sendToPage(window, 'onCloseRequested', undefined)) quitPending = false
  }

  function mustAsk(): boolean {
    return dirty && !closeConfirmed && !!window && !window.isDestroyed()
  }

  deps.app.on('before-quit', (event) => {
    if (!mustAsk()) return
    event.preventDefault()
    quitPending = true
    askPage()
  })

  return {
    attach(next) {
      window = next
      dirty = false
      titleSet = false
      closeConfirmed = false
      quitPending = false
      next.on('close', (event) => {
        if (window !== next || !mustAsk()) return
        event.preventDefault()
        // A plain close after a canceled quit must not quit the app once confirmed.
        quitPending = false
        askPage()
      })
      // Once the page has named its document, its own <title> must not replace ours.
      next.on('page-title-updated', (event) => {
        if (titleSet) event.preventDefault()
      })
      // A crashed page can no longer answer, and must not keep the window open for ever; its last
      // autosave stays in the recovery file.
      next.webContents.on('render-process-gone', () => {
        if (window === next) dirty = false
      })
      next.on('closed', () => {
        if (window === next) window = null
      })
    },
    setDocumentState(state) {
      dirty = state.dirty
      if (!window || window.isDestroyed()) return
      titleSet = true
      window.setTitle(windowTitle(state))
      window.setDocumentEdited(state.dirty)
    },
    confirmClose() {
      closeConfirmed = true
      if (quitPending) deps.app.quit()
      else if (window && !window.isDestroyed()) window.close()
    }
  }
}
