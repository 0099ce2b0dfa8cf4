import { useEffect } from 'react'
import { closeDiagram, openGivenFile } from '../commands/fileCommands'
import { importBytes } from '../commands/importCommands'
import { platform, readLocalFile } from '../platform/platform'
import { isUnsaved, useEditor, type EditorState } from '../store/diagramStore'
import { isImportable } from './importKind'
import { AUTOSAVE_DELAY_MS, draftIdOf, offerDrafts, writeCurrentDraft } from './recovery'

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/**
 * The desktop-style document workflow, wired once for the window: files opened from outside,
 * close requests, the title, autosave and drafts, dropped files.
 */
export function useFileWorkflow(): void {
  // Menu commands go through the command list (useCommands); these come from outside the page.
  useEffect(() => {
    const p = platform()
    const offs = [
      p.onOpenFile((file) => void openGivenFile(file)),
      p.onCloseRequested(() => void closeDiagram())
    ]
    return () => {
      offs.forEach((off) => {
        off()
      })
    }
  }, [])

  // Title and unsaved marker follow the document.
  useEffect(() => {
    const p = platform()
    const sync = (s: EditorState) => {
      p.setDocumentState(s.diagram.name, isUnsaved(s))
    }
    sync(useEditor.getState())
    return useEditor.subscribe((s, prev) => {
      if (isUnsaved(s) !== isUnsaved(prev) || s.diagram.name !== prev.diagram.name) sync(s)
    })
  }, [])

  // Autosave the document's own draft a moment after each change, never the user's file. When
  // another document takes its place, the one it replaced was saved or let go: its draft goes.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let warned = false
    const autosave = () =>
      writeCurrentDraft().then(
        () => (warned = false),
        (err: unknown) => {
          if (warned) return
          warned = true
          const why =
            err instanceof Error
              ? err.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '')
              : String(err)
          useEditor.getState().setNotice({
            kind: 'error',
            text: `Autosave failed (${why}). Your diagram is still open: save it to keep it.`
          })
        }
      )
    const unsubscribe = useEditor.subscribe((s, prev) => {
      if (s.documentKey !== prev.documentKey) {
        clearTimeout(timer)
        void platform().discardDraft(draftIdOf(prev.documentKey))
        return
      }
      if (s.diagram === prev.diagram || !isUnsaved(s)) return
      clearTimeout(timer)
      timer = setTimeout(() => {
        if (isUnsaved(useEditor.getState())) void autosave()
      }, AUTOSAVE_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [])

  // After a crash or a closed tab, offer every draft earlier sessions left.
  useEffect(() => {
    void offerDrafts()
  }, [])

  // Dropping a diagram (.json) or an exported PNG anywhere on the window opens it; a template or a
  // draw.io file is imported as a new diagram.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (hasFiles(e)) {
        e.preventDefault()
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      }
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0]
      if (!hasFiles(e) || !file) return
      e.preventDefault()
      void readLocalFile(file).then((read) =>
        isImportable(read.name, read.bytes)
          ? importBytes(read.name, read.bytes)
          : openGivenFile(read)
      )
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])

  // In a browser tab, leaving with unsaved changes asks first (the desktop shell asks itself).
  useEffect(() => {
    if (platform().kind !== 'browser') return
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (isUnsaved(useEditor.getState())) e.preventDefault()
    }
    window.addEventListener('beforeunload', beforeUnload)
    return () => {
      window.removeEventListener('beforeunload', beforeUnload)
    }
  }, [])
}
