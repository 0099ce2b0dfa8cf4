import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { emptyDiagram } from '../../../shared/diagram/types'
import { openDiagramFile, saveDiagramFile } from '../platform/files'
import { useEditor } from '../store/diagramStore'

function confirmDiscard(): boolean {
  return !useEditor.getState().dirty || window.confirm('Discard the unsaved changes to this diagram?')
}

export function newDiagram(): void {
  if (!confirmDiscard()) return
  useEditor.getState().replaceDiagram(emptyDiagram())
  useEditor.getState().setNotice(null)
}

/** Opening never touches the current diagram unless the file loads cleanly. */
export async function openDiagram(): Promise<void> {
  if (!confirmDiscard()) return
  const state = useEditor.getState()
  try {
    const file = await openDiagramFile()
    if (file.canceled) return
    if ('error' in file) {
      state.setNotice({ kind: 'error', text: file.error })
      return
    }
    const loaded = loadDiagram(file.text)
    if (!loaded.ok) {
      state.setNotice({ kind: 'error', text: `Could not open ${file.name}: ${loaded.error.message}` })
      return
    }
    state.replaceDiagram(loaded.diagram, file.path)
    state.setNotice({ kind: 'info', text: `Opened ${file.name}.` })
  } catch (err) {
    state.setNotice({ kind: 'error', text: `Could not open the file: ${err instanceof Error ? err.message : String(err)}` })
  }
}

export async function saveDiagram(): Promise<void> {
  const state = useEditor.getState()
  try {
    const result = await saveDiagramFile(serializeDiagram(state.diagram), state.diagram.name, state.filePath)
    if (result.canceled) return
    if ('error' in result) {
      state.setNotice({ kind: 'error', text: `Not saved: ${result.error}` })
      return
    }
    state.markSaved(result.path)
    state.setNotice({ kind: 'info', text: `Saved ${result.name}.` })
  } catch (err) {
    state.setNotice({ kind: 'error', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` })
  }
}
