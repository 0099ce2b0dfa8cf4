import type { Node } from '@xyflow/react'
import { flushSync } from 'react-dom'
import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { embedDiagramInPng } from '../../../shared/interchange/pngEmbed'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { emptyDiagram, type Diagram } from '../../../shared/diagram/types'
import { diagramFileName, safeFileStem } from '../../../shared/diagram/fileNames'
import { askUnsavedChanges } from '../dialogs/unsavedChanges'
import { diagramSvg } from '../export/diagramSvg'
import { diagramPng } from '../export/exportImage'
import { decodeFile } from '../platform/decodeFile'
import { platform, type OpenResult } from '../platform/platform'
import { formatServiceCount } from '../format'
import { isUnsaved, useEditor } from '../store/diagramStore'
import { flushPendingEdits } from '../forms/pendingEdits'
import { showProgress } from '../store/progress'
import { discardCurrentDraft } from '../workflow/recovery'

/** An error's message, for a notice. */
export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** Saves, discards or stops: true when the caller may go on and replace or close the diagram. */
export async function settleUnsavedChanges(): Promise<boolean> {
  flushPendingEdits()
  const state = useEditor.getState()
  if (!isUnsaved(state)) return true
  const choice = await askUnsavedChanges(state.diagram.name)
  if (choice === 'cancel') return false
  if (choice === 'save') return saveDiagram()
  return true
}

export async function newDiagram(): Promise<void> {
  if (!(await settleUnsavedChanges())) return
  useEditor.getState().replaceDiagram(emptyDiagram())
  useEditor.getState().setNotice(null)
}

/**
 * From this many services, drawing an opened diagram takes long enough (about half a second for
 * 1,000 here) that the page says what it is doing first.
 */
const LARGE_DIAGRAM_NODES = 300
/**
 * An indicator gone within a few frames cannot be read: this one stays at least this long, and a
 * moment after the canvas first paints (React Flow then measures and fits the nodes).
 */
const OPENING_MIN_VISIBLE_MS = 500
const OPENING_LINGER_MS = 250

/** A user-timing mark when an opened file's text is in hand: where "time to canvas" starts. */
const FILE_READ_MARK = 'pipewright:file-read'

/** Resolves once the browser has painted what is on the page now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/**
 * Puts a whole diagram of `count` services in the window with `draw`. Drawing the canvas holds the
 * page, so for a large one the indicator goes up first. flushSync puts it in the page now: left to
 * React's scheduler, it could be drawn with the canvas, after it.
 */
export async function drawWithProgress(
  text: string,
  count: number,
  draw: () => void
): Promise<void> {
  if (count < LARGE_DIAGRAM_NODES) {
    draw()
    return
  }
  let hideProgress = () => {}
  flushSync(() => (hideProgress = showProgress({ text })))
  const shownAt = performance.now()
  await afterPaint()
  draw()
  await afterPaint()
  setTimeout(
    hideProgress,
    Math.max(OPENING_LINGER_MS, OPENING_MIN_VISIBLE_MS - (performance.now() - shownAt))
  )
}

/** Loads what was opened; the current diagram is replaced only when the file loads cleanly. */
async function applyOpened(file: OpenResult): Promise<void> {
  const state = useEditor.getState()
  if (file.canceled) return
  if ('error' in file) {
    state.setNotice({ kind: 'error', text: file.error })
    return
  }
  performance.mark(FILE_READ_MARK)
  const loaded = loadDiagram(file.text)
  if (!loaded.ok) {
    state.setNotice({ kind: 'error', text: `Could not open ${file.name}: ${loaded.error.message}` })
    return
  }
  // An exported PNG or SVG is a picture of the diagram: saving must write a diagram file, not it.
  const path = file.path && !/\.(png|svg)$/i.test(file.path) ? file.path : undefined
  const count = loaded.diagram.nodes.length
  await drawWithProgress(`Opening ${file.name}… ${formatServiceCount(count)}`, count, () => {
    state.replaceDiagram(loaded.diagram, path)
  })
  state.setNotice({ kind: 'info', text: `Opened ${file.name}.` })
}

export async function openDiagram(): Promise<void> {
  if (!(await settleUnsavedChanges())) return
  try {
    await applyOpened(await platform().open())
  } catch (err) {
    useEditor
      .getState()
      .setNotice({ kind: 'error', text: `Could not open the file: ${message(err)}` })
  }
}

/** Starts a new, unsaved diagram from a template. */
export async function openTemplate(title: string, text: string): Promise<void> {
  if (!(await settleUnsavedChanges())) return
  const loaded = loadDiagram(text)
  const state = useEditor.getState()
  if (!loaded.ok) {
    state.setNotice({
      kind: 'error',
      text: `The template "${title}" cannot be opened: ${loaded.error.message}`
    })
    return
  }
  state.replaceDiagram(loaded.diagram)
  state.setNotice({ kind: 'info', text: `New diagram from the template "${title}".` })
}

/** A file handed over from outside: dropped on the window, or sent by the desktop shell. */
export async function openGivenFile(
  file: OpenResult | { name: string; bytes: Uint8Array }
): Promise<void> {
  if (!(await settleUnsavedChanges())) return
  await applyOpened('bytes' in file ? decodeFile(file.name, file.bytes) : file)
}

async function afterSave(
  result: Awaited<ReturnType<ReturnType<typeof platform>['save']>>,
  written: Diagram
): Promise<boolean> {
  const state = useEditor.getState()
  if (result.canceled) return false
  if ('error' in result) {
    state.setNotice({ kind: 'error', text: `Not saved: ${result.error}` })
    return false
  }
  state.markSaved(result.path, written)
  state.setNotice({ kind: 'info', text: `Saved ${result.name}.` })
  // Edits made while the file was written are in the draft alone: it stays until they are saved.
  if (!isUnsaved(useEditor.getState())) await discardCurrentDraft()
  return true
}

/** The file text, refused with the reason if Pipewright could not open it again (too large). */
/** The diagram to save and its file text, unless the text would not open again. */
function savable(): { diagram: Diagram; text: string } | undefined {
  flushPendingEdits()
  const { diagram } = useEditor.getState()
  const text = serializeDiagram(diagram)
  const check = loadDiagram(text)
  if (check.ok) return { diagram, text }
  useEditor.getState().setNotice({
    kind: 'error',
    text: `Not saved, because the file could not be opened again: ${check.error.message}`
  })
  return undefined
}

/** Saves to the diagram's file (asking where the first time); true when it was written. */
export async function saveDiagram(): Promise<boolean> {
  const toSave = savable()
  if (!toSave) return false
  const { diagram, text } = toSave
  try {
    const { filePath } = useEditor.getState()
    return await afterSave(
      await platform().save(text, diagramFileName(diagram.name), filePath),
      diagram
    )
  } catch (err) {
    useEditor.getState().setNotice({ kind: 'error', text: `Not saved: ${message(err)}` })
    return false
  }
}

export async function saveDiagramAs(): Promise<boolean> {
  const toSave = savable()
  if (!toSave) return false
  const { diagram, text } = toSave
  try {
    return await afterSave(await platform().saveAs(text, diagramFileName(diagram.name)), diagram)
  } catch (err) {
    useEditor.getState().setNotice({ kind: 'error', text: `Not saved: ${message(err)}` })
    return false
  }
}

/** Desktop: Close and quitting go through the same question; the browser has one document. */
export async function closeDiagram(): Promise<void> {
  if (platform().kind === 'browser') return newDiagram()
  if (await settleUnsavedChanges()) platform().confirmClose()
}

export type ExportFormat = 'png' | 'png-2x' | 'png-transparent' | 'svg' | 'json'

export async function exportDiagram(format: ExportFormat, nodes: Node[]): Promise<void> {
  flushPendingEdits()
  const state = useEditor.getState()
  const { diagram } = state
  const base = safeFileStem(diagram.name)
  try {
    if (format === 'json') {
      const toSave = savable()
      if (toSave)
        report(
          await platform().exportFile({
            format: 'json',
            fileName: `${base}.pipewright.json`,
            text: toSave.text
          })
        )
      return
    }
    if (nodes.length === 0) {
      state.setNotice({ kind: 'error', text: 'Nothing to export: the diagram is empty.' })
      return
    }
    if (format === 'svg') {
      const svg = await diagramSvg(nodes)
      report(await platform().exportFile({ format: 'svg', fileName: `${base}.svg`, text: svg }))
      return
    }
    const scale = format === 'png-2x' ? 2 : 1
    const png = await diagramPng(nodes, { scale, transparent: format === 'png-transparent' })
    const withDiagram = embedDiagramInPng(png, serializeDiagram(diagram))
    report(
      await platform().exportFile({
        format: 'png',
        fileName: `${base}${scale === 2 ? '@2x' : ''}.png`,
        bytes: withDiagram
      })
    )
  } catch (err) {
    state.setNotice({ kind: 'error', text: `Export failed: ${message(err)}` })
  }
}

function report(result: Awaited<ReturnType<ReturnType<typeof platform>['exportFile']>>): void {
  if (result.canceled) return
  const state = useEditor.getState()
  if ('error' in result) state.setNotice({ kind: 'error', text: `Export failed: ${result.error}` })
  else state.setNotice({ kind: 'info', text: `Exported ${result.name}.` })
}
