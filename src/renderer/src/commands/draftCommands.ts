import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { platform, type DraftSummary } from '../platform/platform'
import { useEditor } from '../store/diagramStore'
import { withdrawDraft, writeCurrentDraft } from '../workflow/recovery'
import { diagramFileName } from '../../../shared/diagram/fileNames'
import { message, settleUnsavedChanges } from './fileCommands'

/** The draft's text, or a notice saying it is gone (taken off the banner too). */
async function draftText(draft: DraftSummary): Promise<string | undefined> {
  const text = await platform().readDraft(draft.id)
  if (text === undefined) {
    withdrawDraft(draft.id)
    useEditor.getState().setNotice({
      kind: 'error',
      text: `The draft of “${draft.name || 'Untitled'}” can no longer be read, so it was taken off the list.`
    })
  }
  return text
}

/**
 * Opens a draft as the window's document, unsaved. Its own draft is written under this session
 * before the old one is removed, so the work is on disk at every moment.
 */
export async function restoreDraft(draft: DraftSummary): Promise<void> {
  const state = useEditor.getState()
  try {
    if (!(await settleUnsavedChanges())) return
    const text = await draftText(draft)
    if (text === undefined) return
    const loaded = loadDiagram(text)
    if (!loaded.ok) {
      state.setNotice({
        kind: 'error',
        text: `The draft of “${draft.name || 'Untitled'}” cannot be opened: ${loaded.error.message}`
      })
      return
    }
    // Restored work is not saved anywhere yet: it stays marked unsaved.
    state.replaceDiagram(loaded.diagram, undefined, { unsaved: true })
    await writeCurrentDraft()
    await platform().discardDraft(draft.id)
    withdrawDraft(draft.id)
    state.setNotice({
      kind: 'info',
      text: `Restored “${loaded.diagram.name || 'Untitled'}”. It is not saved yet: save it to keep it.`
    })
  } catch (err) {
    state.setNotice({
      kind: 'error',
      text: `Could not restore the draft: ${message(err)}. The draft is kept.`
    })
  }
}

/** Saves a draft to a file of the user's choosing without touching the open diagram; the draft then goes. */
export async function saveDraftAs(draft: DraftSummary): Promise<void> {
  const state = useEditor.getState()
  try {
    const text = await draftText(draft)
    if (text === undefined) return
    const result = await platform().saveAs(text, diagramFileName(draft.name))
    if (result.canceled) return
    if ('error' in result) {
      state.setNotice({ kind: 'error', text: `Not saved: ${result.error} The draft is kept.` })
      return
    }
    await platform().discardDraft(draft.id)
    withdrawDraft(draft.id)
    state.setNotice({ kind: 'info', text: `Saved the draft as ${result.name}.` })
  } catch (err) {
    state.setNotice({ kind: 'error', text: `Not saved: ${message(err)}. The draft is kept.` })
  }
}

/** The user declined the draft: it is deleted. */
export async function discardDraft(draft: DraftSummary): Promise<void> {
  withdrawDraft(draft.id)
  await platform().discardDraft(draft.id)
}
