import { flushSync } from 'react-dom'
import { isTooLarge, tooLargeMessage } from '../../../shared/diagram/fileLimits'
import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { importSource } from '../../../shared/interchange/import/importSource'
import { layoutImported } from '../../../shared/interchange/import/layoutImported'
import { formatServiceCount } from '../format'
import { isAbort, layoutInWorker } from '../layout/layoutWorker'
import { platform } from '../platform/platform'
import { useEditor } from '../store/diagramStore'
import { useImportSession } from '../store/importSession'
import { showProgress } from '../store/progress'
import { drawWithProgress, message, settleUnsavedChanges } from './fileCommands'

/** From this size, reading a file takes long enough to say so before the page is held. */
const LARGE_IMPORT_BYTES = 256 * 1024
/** A layout quicker than this is done before an indicator could be read. */
const LAYOUT_PROGRESS_DELAY_MS = 300

const strictUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

function fail(text: string): void {
  useEditor.getState().setNotice({ kind: 'error', text })
}

/** Lays the import out in the layout worker; Esc or Cancel stops it with nothing changed. */
async function laidOut(result: Parameters<typeof layoutImported>[0], name: string) {
  const controller = new AbortController()
  const cancel = () => controller.abort()
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel()
  }
  window.addEventListener('keydown', onKey, true)
  const hide = showProgress(
    {
      text: `Arranging ${formatServiceCount(result.diagram.nodes.length)} from ${name}…`,
      cancel
    },
    LAYOUT_PROGRESS_DELAY_MS
  )
  try {
    return await layoutImported(result, (graph) => layoutInWorker(graph, controller.signal))
  } finally {
    hide()
    window.removeEventListener('keydown', onKey, true)
  }
}

/**
 * Imports a template or a draw.io file as a new, unsaved document named after it (the file itself
 * is never written: Save asks for a diagram file). A refused import says why and leaves the open
 * diagram as it was; so does Cancel in the unsaved-changes question.
 */
export async function importBytes(name: string, bytes: Uint8Array, page?: number): Promise<void> {
  // Open's bound, whichever way the file came (a dropped file has not been checked yet).
  if (isTooLarge(bytes.length)) {
    fail(tooLargeMessage(bytes.length, name))
    return
  }
  let hideReading = () => {}
  if (bytes.length >= LARGE_IMPORT_BYTES) {
    // Reading holds the page: put the indicator up and let it paint first.
    flushSync(() => (hideReading = showProgress({ text: `Importing ${name}…` })))
    await afterPaint()
  }
  let result: ReturnType<typeof importSource>
  try {
    result = importSource(bytes, name, strictUtf8, page === undefined ? {} : { page })
  } catch (err) {
    fail(`Could not import ${name}: ${message(err)}`)
    return
  } finally {
    hideReading()
  }
  if (!result.ok) {
    fail(result.message)
    return
  }

  let diagram
  try {
    diagram = await laidOut(result, name)
  } catch (err) {
    if (isAbort(err)) {
      fail(`Import of ${name} cancelled: nothing was changed.`)
      return
    }
    fail(`Could not lay out ${name}: ${message(err)}`)
    return
  }
  // The importer names the diagram after the file (and the page of a draw.io file of several), as the CLI does.
  const pages = (result.report.pages ?? []).map((p) => p.name)
  const pageIndex = result.report.page ?? page ?? 0
  // One load path: what the importer made is checked as if it had been opened from a file.
  const loaded = loadDiagram(serializeDiagram(diagram))
  if (!loaded.ok) {
    fail(`Could not import ${name}: the diagram it gives would not open (${loaded.error.message}).`)
    return
  }

  if (!(await settleUnsavedChanges())) return
  const state = useEditor.getState()
  const { nodes, edges } = loaded.diagram
  // As a template does: a new document with a fresh history and no file, so Save asks where.
  await drawWithProgress(
    `Opening ${formatServiceCount(nodes.length)} from ${name}…`,
    nodes.length,
    () => {
      state.replaceDiagram(loaded.diagram)
    }
  )
  useImportSession.getState().show({
    report: result.report,
    source: { name, bytes },
    page: pageIndex,
    pages,
    documentKey: useEditor.getState().documentKey
  })
  state.setNotice({
    kind: 'info',
    text: `Imported ${name}: ${formatServiceCount(nodes.length)}, ${String(edges.length)} ${edges.length === 1 ? 'connection' : 'connections'}; see the Import report.`
  })
}

/** File → Import…: asks for a template or a draw.io file and imports it. */
export async function importFromPicker(): Promise<void> {
  try {
    const pick = await platform().importFile()
    if (pick.canceled) return
    if ('error' in pick) {
      fail(pick.error)
      return
    }
    await importBytes(pick.name, pick.bytes)
  } catch (err) {
    fail(`Could not import the file: ${message(err)}`)
  }
}

/** The report's page picker: imports another page of the same draw.io file. */
export async function importPage(page: number): Promise<void> {
  const session = useImportSession.getState().session
  if (!session || page === session.page) return
  await importBytes(session.source.name, session.source.bytes, page)
}
