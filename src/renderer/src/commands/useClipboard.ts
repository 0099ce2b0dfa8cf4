import { useEffect } from 'react'
import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../shared/diagram/saveDiagram'
import { useEditor } from '../store/diagramStore'
import { isTypingIn } from './focus'

const PASTE_STEP = 40

/** The last fragment copied here, for the context menu's Paste (reading the clipboard needs a permission). */
let lastCopied: string | undefined
let pasteCount = 0

function pasteText(text: string): boolean {
  const loaded = loadDiagram(text)
  if (!loaded.ok || loaded.diagram.nodes.length === 0) return false
  // Each paste of the same content lands a step further, so copies do not stack exactly.
  pasteCount = text === lastCopied ? pasteCount + 1 : 1
  lastCopied = text
  useEditor
    .getState()
    .pasteFragment(loaded.diagram, { x: PASTE_STEP * pasteCount, y: PASTE_STEP * pasteCount })
  return true
}

export function pasteLastCopied(): void {
  if (lastCopied) pasteText(lastCopied)
}

export function canPasteFromMenu(): boolean {
  return lastCopied !== undefined
}

/**
 * Copy, cut and paste of the selection through the system clipboard, as diagram JSON: it works
 * between two windows and with the desktop Edit menu, and needs no clipboard permission.
 */
export function useClipboard(): void {
  useEffect(() => {
    const copy = (event: ClipboardEvent, cut: boolean) => {
      if (isTypingIn(event.target)) return
      const fragment = useEditor.getState().selectedFragment()
      if (!fragment || !event.clipboardData) return
      const text = serializeDiagram({ ...fragment, name: 'Copied from Pipewright' })
      event.clipboardData.setData('text/plain', text)
      event.preventDefault()
      lastCopied = text
      pasteCount = 0
      if (cut) useEditor.getState().deleteSelection()
    }
    const onCopy = (e: ClipboardEvent) => copy(e, false)
    const onCut = (e: ClipboardEvent) => copy(e, true)
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingIn(event.target)) return
      const text = event.clipboardData?.getData('text/plain')
      if (text && pasteText(text)) event.preventDefault()
    }
    document.addEventListener('copy', onCopy)
    document.addEventListener('cut', onCut)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('cut', onCut)
      document.removeEventListener('paste', onPaste)
    }
  }, [])
}
