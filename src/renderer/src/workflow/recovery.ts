import { create } from 'zustand'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { type DraftSummary, platform } from '../platform/platform'
import { useEditor } from '../store/diagramStore'

/** How long after the last change the autosave is written. */
export const AUTOSAVE_DELAY_MS = 2000

/** This page load: every document it shows gets a draft id of its own under it. */
const SESSION = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
  b.toString(16).padStart(2, '0')
).join('')

/** The draft id of the document with this key (the store's documentKey) in this session. */
export function draftIdOf(documentKey: number): string {
  return `${SESSION}-${documentKey}`
}

/** Drafts earlier sessions left, offered in the recovery banner until each is restored, saved or discarded. */
export const useDraftOffer = create<{ drafts: readonly DraftSummary[]; hidden: boolean }>()(() => ({
  drafts: [],
  hidden: false
}))

export async function offerDrafts(): Promise<void> {
  const drafts = await platform().listDrafts()
  useDraftOffer.setState({
    drafts: drafts.filter((d) => !d.id.startsWith(`${SESSION}-`)),
    hidden: false
  })
}

/** Takes a draft off the banner (it was restored, saved elsewhere or discarded). */
export function withdrawDraft(id: string): void {
  useDraftOffer.setState((s) => ({ drafts: s.drafts.filter((d) => d.id !== id) }))
}

/** Autosaves the document now in the window; never the user's own file. */
export async function writeCurrentDraft(): Promise<void> {
  const { diagram, filePath, documentKey } = useEditor.getState()
  await platform().writeDraft({
    id: draftIdOf(documentKey),
    name: diagram.name,
    ...(filePath ? { path: filePath } : {}),
    text: serializeDiagram(diagram)
  })
}

/** The document was saved: its draft is no longer needed. */
export async function discardCurrentDraft(): Promise<void> {
  await platform().discardDraft(draftIdOf(useEditor.getState().documentKey))
}
