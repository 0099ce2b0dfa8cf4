import {
  DRAFT_MAX_AGE_DAYS,
  type DraftSummary,
  draftsToOffer,
  importFileResponseSchema,
  LEGACY_DRAFT_ID,
  type PipewrightBridge
} from '../../../shared/ipc/contract'
import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { windowTitle } from '../../../shared/ipc/windowTitle'
import { isTooLarge, tooLargeMessage } from '../../../shared/diagram/fileLimits'
import { decodeFile } from './decodeFile'
import type { ImportPick, OpenResult, Platform, SaveResult, TextExportFormat } from './types'

// Re-exported for the rest of the page; decodeFile reads types.ts itself, as this file imports it.
export type { DraftSummary } from '../../../shared/ipc/contract'
export type { OpenResult } from './types'

/** Browser drafts live in localStorage under this prefix, one entry per draft id. */
const DRAFT_KEY_PREFIX = 'pipewright.draft.'
/** Where earlier versions kept their single draft. */
const LEGACY_RECOVERY_KEY = 'pipewright.recovery'
const DAY_MS = 24 * 60 * 60 * 1000

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** What the open and import pickers of the browser build accept. */
const OPEN_ACCEPT = '.json,.png,.svg,application/json,image/png,image/svg+xml'
const IMPORT_ACCEPT = '.yaml,.yml,.json,.template,.drawio,.xml,.png,.svg'

const MIME: Record<TextExportFormat, string> = {
  svg: 'image/svg+xml',
  json: 'application/json',
  yaml: 'application/yaml',
  // RFC 4180 registers text/csv, RFC 7763 text/markdown; both as UTF-8, as the text is made.
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8'
}

function download(blob: Blob, fileName: string): SaveResult {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 1000)
  return { canceled: false, name: fileName }
}

/** Reads a picked or dropped file: PNG bytes or text (a diagram or an SVG), for decodeFile to interpret. */
export async function readLocalFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

function pickFile(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
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

type StoredDraft = DraftSummary & { text: string }

function storedDraft(id: string, raw: string | null): StoredDraft | undefined {
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as Partial<StoredDraft>
    if (typeof parsed.text !== 'string') return undefined
    // Only a draft that would open is offered, as on the desktop.
    const loaded = loadDiagram(parsed.text)
    if (!loaded.ok) return undefined
    const savedAt =
      typeof parsed.savedAt === 'string' && !Number.isNaN(Date.parse(parsed.savedAt))
        ? new Date(parsed.savedAt).toISOString()
        : new Date(0).toISOString()
    const name = typeof parsed.name === 'string' ? parsed.name : loaded.diagram.name
    return {
      id,
      name,
      ...(typeof parsed.path === 'string' ? { path: parsed.path } : {}),
      savedAt,
      text: parsed.text
    }
  } catch {
    // A damaged entry is ignored rather than offered.
    return undefined
  }
}

/**
 * The desktop draft store's rules over localStorage: one entry per document per page load, an
 * entry this page did not write is never written over, and entries older than 30 days go.
 */
function browserDrafts(): Pick<
  Platform,
  'writeDraft' | 'listDrafts' | 'readDraft' | 'discardDraft'
> {
  const own = new Set<string>()
  const keyOf = (id: string) =>
    id === LEGACY_DRAFT_ID ? LEGACY_RECOVERY_KEY : DRAFT_KEY_PREFIX + id
  const read = (id: string) => {
    try {
      return storedDraft(id, localStorage.getItem(keyOf(id)))
    } catch {
      return undefined
    }
  }
  return {
    writeDraft(draft) {
      if (draft.id === LEGACY_DRAFT_ID || (!own.has(draft.id) && read(draft.id)))
        return Promise.resolve()
      own.add(draft.id)
      const entry: StoredDraft = {
        id: draft.id,
        name: draft.name,
        ...(draft.path ? { path: draft.path } : {}),
        savedAt: new Date().toISOString(),
        text: draft.text
      }
      try {
        localStorage.setItem(keyOf(draft.id), JSON.stringify(entry))
      } catch {
        // Storage full or disabled: autosave is best effort, the open diagram is unaffected.
      }
      return Promise.resolve()
    },
    listDrafts() {
      const ids: string[] = []
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i)
          if (key?.startsWith(DRAFT_KEY_PREFIX)) ids.push(key.slice(DRAFT_KEY_PREFIX.length))
          else if (key === LEGACY_RECOVERY_KEY) ids.push(LEGACY_DRAFT_ID)
        }
      } catch {
        return Promise.resolve([])
      }
      const found: DraftSummary[] = []
      for (const id of ids) {
        const draft = read(id)
        if (!draft) continue
        if (Date.now() - Date.parse(draft.savedAt) > DRAFT_MAX_AGE_DAYS * DAY_MS) {
          localStorage.removeItem(keyOf(id))
          continue
        }
        const { text: _text, ...summary } = draft
        found.push(summary)
      }
      return Promise.resolve(draftsToOffer(found))
    },
    readDraft(id) {
      return Promise.resolve(read(id)?.text)
    },
    discardDraft(id) {
      try {
        localStorage.removeItem(keyOf(id))
      } catch {
        // Nothing to remove.
      }
      return Promise.resolve()
    }
  }
}

function browserPlatform(): Platform {
  const noop = () => () => {}
  return {
    kind: 'browser',
    async open() {
      const file = await pickFile(OPEN_ACCEPT)
      if (!file) return { canceled: true }
      const { name, bytes } = await readLocalFile(file)
      return decodeFile(name, bytes)
    },
    async importFile(): Promise<ImportPick> {
      const file = await pickFile(IMPORT_ACCEPT)
      if (!file) return { canceled: true }
      // The bound Open applies on the desktop, checked before the file is read into memory.
      if (isTooLarge(file.size))
        return { canceled: false, error: tooLargeMessage(file.size, file.name) }
      return { canceled: false, ...(await readLocalFile(file)) }
    },
    save(text, fileName) {
      return Promise.resolve(download(new Blob([text], { type: 'application/json' }), fileName))
    },
    saveAs(text, fileName) {
      return Promise.resolve(download(new Blob([text], { type: 'application/json' }), fileName))
    },
    exportFile(request) {
      const blob =
        request.format === 'png'
          ? new Blob([request.bytes as BlobPart], { type: 'image/png' })
          : new Blob([request.text], { type: MIME[request.format] })
      return Promise.resolve(download(blob, request.fileName))
    },
    setDocumentState(name, dirty) {
      document.title = windowTitle({ name, dirty })
    },
    ...browserDrafts(),
    confirmClose() {},
    onMenuCommand: noop,
    onOpenFile: noop,
    onCloseRequested: noop
  }
}

/**
 * Files sent by the desktop shell (command line, Open Recent) may arrive before React has
 * mounted its listeners; keep them until someone listens.
 */
function bufferedOpenFiles(
  bridge: PipewrightBridge
): (listener: (file: OpenResult) => void) => () => void {
  const pending: OpenResult[] = []
  let current: ((file: OpenResult) => void) | undefined
  bridge.onOpenFile((file) => {
    if (current) current(file)
    else pending.push(file)
  })
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
      bridge.saveDiagram(
        path ? { text, path, suggestedName: fileName } : { text, suggestedName: fileName }
      ),
    saveAs: (text, fileName) => bridge.saveDiagramAs({ text, suggestedName: fileName }),
    async importFile(): Promise<ImportPick> {
      // Main checked its answer against the contract; the page does not take that on trust either.
      const reply = importFileResponseSchema.parse(await bridge.importFile())
      if (reply.canceled || 'error' in reply) return reply
      return { canceled: false, name: reply.name, bytes: base64ToBytes(reply.base64) }
    },
    exportFile: (request) =>
      bridge.exportFile(
        request.format === 'png'
          ? { format: 'png', suggestedName: request.fileName, base64: bytesToBase64(request.bytes) }
          : { format: request.format, suggestedName: request.fileName, text: request.text }
      ),
    setDocumentState: (name, dirty) => void bridge.setDocumentState({ name, dirty }),
    writeDraft: async (draft) => {
      await bridge.writeDraft(draft)
    },
    listDrafts: async () => (await bridge.listDrafts()).drafts,
    readDraft: async (id) => {
      const r = await bridge.readDraft({ id })
      return r.found ? r.text : undefined
    },
    discardDraft: async (id) => {
      await bridge.discardDraft({ id })
    },
    confirmClose: () => void bridge.confirmClose(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenFile,
    onCloseRequested: (listener) => bridge.onCloseRequested(listener)
  }
}

let current: Platform | undefined

export function platform(): Platform {
  current ??= window.pipewright ? desktopPlatform(window.pipewright) : browserPlatform()
  return current
}
