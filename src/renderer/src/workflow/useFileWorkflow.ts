import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import type { MenuCommand } from '../../../shared/ipc/channels'
import {
  closeDiagram,
  exportDiagram,
  newDiagram,
  openDiagram,
  openGivenFile,
  saveDiagram,
  saveDiagramAs,
  type ExportFormat
} from '../commands/fileCommands'
import { platform, readLocalFile } from '../platform/platform'
import type { CommandContext } from '../commands/commands'
import { hasOwnUndo, isTypingIn } from '../commands/focus'
import { autoLayout } from '../commands/layoutCommand'
import { isUnsaved, redo, undo, useEditor, type EditorState } from '../store/diagramStore'
import { AUTOSAVE_DELAY_MS, draftIdOf, offerDrafts, writeCurrentDraft } from './recovery'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

const EXPORTS: Partial<Record<MenuCommand, ExportFormat>> = {
  'export-png': 'png',
  'export-png-2x': 'png-2x',
  'export-svg': 'svg',
  'export-json': 'json'
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

function isTypingInField(): boolean {
  return isTypingIn(document.activeElement)
}

/**
 * The desktop-style document workflow, wired once for the window: menu commands, files opened
 * from outside, close requests, the title, autosave and drafts, dropped files, shortcuts.
 */
export function useFileWorkflow(ctx: CommandContext): void {
  const flow = useReactFlow()

  useEffect(() => {
    const p = platform()
    const run = (command: MenuCommand) => {
      const exportFormat = EXPORTS[command]
      if (exportFormat) return void exportDiagram(exportFormat, flow.getNodes())
      if (command === 'new') return void newDiagram()
      if (command === 'open') return void openDiagram()
      if (command === 'save') return void saveDiagram()
      if (command === 'save-as') return void saveDiagramAs()
      if (command === 'close') return void closeDiagram()
      // Edit commands go to a text field when one has focus, to the diagram otherwise (a select
      // or checkbox has no text history: Ctrl+Z there undoes the choice it just made).
      if (command === 'undo')
        return hasOwnUndo(document.activeElement) ? void document.execCommand('undo') : undo()
      if (command === 'redo')
        return hasOwnUndo(document.activeElement) ? void document.execCommand('redo') : redo()
      if (command === 'select-all')
        return isTypingInField()
          ? void document.execCommand('selectAll')
          : useEditor.getState().selectAll()
      if (command === 'duplicate') return useEditor.getState().duplicateSelection()
      if (command === 'auto-layout') return void autoLayout(flow)
      if (command === 'shortcuts') return ctx.showShortcuts()
    }
    const offs = [
      p.onMenuCommand(run),
      p.onOpenFile((file) => void openGivenFile(file)),
      p.onCloseRequested(() => void closeDiagram())
    ]
    return () => offs.forEach((off) => off())
  }, [flow, ctx])

  // Title and unsaved marker follow the document.
  useEffect(() => {
    const p = platform()
    const sync = (s: EditorState) => p.setDocumentState(s.diagram.name, isUnsaved(s))
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

  // Dropping a diagram (.json) or an exported PNG anywhere on the window opens it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (hasFiles(e)) {
        e.preventDefault()
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
      }
    }
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0]
      if (!hasFiles(e) || !file) return
      e.preventDefault()
      void readLocalFile(file).then((read) => openGivenFile(read))
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
    return () => window.removeEventListener('beforeunload', beforeUnload)
  }, [])

  // Shortcuts the page handles itself; the desktop menu's accelerators reach it as menu commands.
  useEffect(() => {
    if (platform().kind === 'desktop') return
    const onKey = (event: KeyboardEvent) => {
      if (!(isMac ? event.metaKey : event.ctrlKey) || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 's') {
        event.preventDefault()
        void (event.shiftKey ? saveDiagramAs() : saveDiagram())
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault()
        void openDiagram()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
