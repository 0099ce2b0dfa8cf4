import type { MenuCommand } from '../../../shared/ipc/channels'
import type { PipewrightBridge } from '../../../shared/ipc/contract'
import { decodeFile } from './decodeFile'

/**
 * Everything the page needs from outside itself. The desktop build gets it from the preload
 * bridge; a plain browser (npm run web, and the end-to-end tests) gets file pickers, downloads
 * and localStorage instead, so the same UI and workflow run in both.
 */
export type OpenResult = { canceled: true } | { canceled: false; text: string; name: string; path?: string } | { canceled: false; error: string }
export type SaveResult = { canceled: true } | { canceled: false; name: string; path?: string } | { canceled: false; error: string }
export type Recovery = { text: string; savedAt: string }

export interface Platform {
  kind: 'desktop' | 'browser'
  open(): Promise<OpenResult>
  save(text: string, fileName: string, path: string | undefined): Promise<SaveResult>
  saveAs(text: string, fileName: string): Promise<SaveResult>
  exportFile(request: { format: 'png'; fileName: string; bytes: Uint8Array } | { format: 'svg' | 'json'; fileName: string; text: string }): Promise<SaveResult>
  setDocumentState(name: string, dirty: boolean): void
  writeRecovery(text: string): Promise<void>
  readRecovery(): Promise<Recovery | undefined>
  discardRecovery(): Promise<void>
  /** Desktop: the window may close now. */
  confirmClose(): void
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onOpenFile(listener: (file: OpenResult) => void): () => void
  onCloseRequested(listener: () => void): () => void
}

const RECOVERY_KEY = 'pipewright.recovery'

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

function download(blob: Blob, fileName: string): SaveResult {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return { canceled: false, name: fileName }
}

/** Reads a picked or dropped file: PNG bytes or text (a diagram or an SVG), for decodeFile to interpret. */
export async function readLocalFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.json,.png,.svg,application/json,image/png,image/svg+xml'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0])
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(undefined)
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}

function browserPlatform(): Platform {
  const noop = () => () => {}
  return {
    kind: 'browser',
    async open() {
      const file = await pickFile()
      if (!file) return { canceled: true }
      const { name, bytes } = await readLocalFile(file)
      return decodeFile(name, bytes)
    },
    async save(text, fileName) {
      return download(new Blob([text], { type: 'application/json' }), fileName)
    },
    async saveAs(text, fileName) {
      return download(new Blob([text], { type: 'application/json' }), fileName)
    },
    async exportFile(request) {
      if (request.format === 'png') return download(new Blob([request.bytes as BlobPart], { type: 'image/png' }), request.fileName)
      const type = request.format === 'svg' ? 'image/svg+xml' : 'application/json'
      return download(new Blob([request.text], { type }), request.fileName)
    },
    setDocumentState(name, dirty) {
      document.title = `${dirty ? '• ' : ''}${name || 'Untitled'} — Pipewright`
    },
    async writeRecovery(text) {
      try {
        localStorage.setItem(RECOVERY_KEY, JSON.stringify({ text, savedAt: new Date().toISOString() }))
      } catch {
        // Storage full or disabled: autosave is best effort, the open diagram is unaffected.
      }
    },
    async readRecovery() {
      try {
        const raw = localStorage.getItem(RECOVERY_KEY)
        if (!raw) return undefined
        const parsed: unknown = JSON.parse(raw)
        if (typeof parsed === 'object' && parsed !== null && typeof (parsed as Recovery).text === 'string') {
          const { text, savedAt } = parsed as Recovery
          return { text, savedAt: typeof savedAt === 'string' ? savedAt : '' }
        }
      } catch {
        // A damaged entry is ignored rather than offered.
      }
      return undefined
    },
    async discardRecovery() {
      try {
        localStorage.removeItem(RECOVERY_KEY)
      } catch {
        // Nothing to remove.
      }
    },
    confirmClose() {},
    onMenuCommand: noop,
    onOpenFile: noop,
    onCloseRequested: noop,
  }
}

/**
 * Files sent by the desktop shell (command line, Open Recent) may arrive before React has
 * mounted its listeners; keep them until someone listens.
 */
function bufferedOpenFiles(bridge: PipewrightBridge): (listener: (file: OpenResult) => void) => () => void {
  const pending: OpenResult[] = []
  let current: ((file: OpenResult) => void) | undefined
  bridge.onOpenFile((file) => (current ? current(file) : pending.push(file)))
  return (listener) => {
    current = listener
    for (const file of pending.splice(0)) listener(file)
    return () => {
      if (current === listener) current = undefined
    }
  }
}

function desktopPlatform(bridge: PipewrightBridge): Platform {
  const onOpenFile = bufferedOpenFiles(bridge)
  return {
    kind: 'desktop',
    open: () => bridge.openDiagram(),
    save: (text, fileName, path) =>
      bridge.saveDiagram(path ? { text, path, suggestedName: fileName } : { text, suggestedName: fileName }),
    saveAs: (text, fileName) => bridge.saveDiagramAs({ text, suggestedName: fileName }),
    exportFile: (request) =>
      bridge.exportFile(
        request.format === 'png'
          ? { format: 'png', suggestedName: request.fileName, base64: bytesToBase64(request.bytes) }
          : { format: request.format, suggestedName: request.fileName, text: request.text },
      ),
    setDocumentState: (name, dirty) => void bridge.setDocumentState({ name, dirty }),
    writeRecovery: async (text) => void (await bridge.writeRecovery({ text })),
    readRecovery: async () => {
      const r = await bridge.readRecovery()
      return r.found ? { text: r.text, savedAt: r.savedAt } : undefined
    },
    discardRecovery: async () => void (await bridge.discardRecovery()),
    confirmClose: () => void bridge.confirmClose(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenFile,
    onCloseRequested: (listener) => bridge.onCloseRequested(listener),
  }
}

let current: Platform | undefined

export function platform(): Platform {
  current ??= window.pipewright ? desktopPlatform(window.pipewright) : browserPlatform()
  return current
}
