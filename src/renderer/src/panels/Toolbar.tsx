import { useReactFlow } from '@xyflow/react'
import { isMac } from '../commands/keys'
import { useEffect, useRef, useState } from 'react'
import {
  exportDiagram,
  newDiagram,
  openDiagram,
  saveDiagram,
  saveDiagramAs,
  type ExportFormat
} from '../commands/fileCommands'
import type { CommandContext } from '../commands/commands'
import { exportCloudFormation } from '../commands/cloudFormationExport'
import { importFromPicker } from '../commands/importCommands'
import { isUnsaved, undo, redo, useEditor } from '../store/diagramStore'
import { useResolvedTheme, useViewPrefs } from '../store/viewPrefs'
import { useFocusTrap } from '../dialogs/useFocusTrap'
import { moveMenuFocus } from '../dialogs/menuKeys'
import { useRovingFocus } from './useRovingFocus'

const MOD = isMac ? '⌘' : 'Ctrl+'

const EXPORT_CHOICES: Array<{ format: ExportFormat | 'cloudformation'; label: string }> = [
  { format: 'png', label: 'PNG image (1×)' },
  { format: 'png-2x', label: 'PNG image (2×)' },
  { format: 'png-transparent', label: 'PNG, transparent background' },
  { format: 'svg', label: 'SVG image' },
  { format: 'cloudformation', label: 'CloudFormation template (YAML)…' },
  { format: 'json', label: 'JSON (diagram file)' }
]

function ExportMenu() {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div className="menu-button" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export ▾
      </button>
      {open ? <ExportChoices onClose={() => setOpen(false)} /> : null}
    </div>
  )
}

function ExportChoices({ onClose }: { onClose: () => void }) {
  const flow = useReactFlow()
  const trap = useFocusTrap({ onEscape: onClose })
  return (
    <div
      className="menu"
      role="menu"
      aria-label="Export"
      ref={trap.ref}
      onKeyDown={(e) => {
        trap.onKeyDown(e)
        moveMenuFocus(e, trap.ref.current)
      }}
    >
      {EXPORT_CHOICES.map((c) => (
        <button
          key={c.format}
          type="button"
          role="menuitem"
          onClick={() => {
            onClose()
            if (c.format === 'cloudformation') void exportCloudFormation()
            else void exportDiagram(c.format, flow.getNodes())
          }}
        >
          {c.label}
        </button>
      ))}
      <p className="menu-note">PNG exports carry the diagram: open one to edit it again.</p>
    </div>
  )
}

function useHistoryState() {
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  useEffect(() => {
    const read = () => {
      const h = useEditor.temporal.getState()
      setState({ canUndo: h.pastStates.length > 0, canRedo: h.futureStates.length > 0 })
    }
    read()
    return useEditor.temporal.subscribe(read)
  }, [])
  return state
}

export function Toolbar({ commands }: { commands: CommandContext }) {
  const history = useHistoryState()
  const theme = useResolvedTheme()
  const setPrefs = useViewPrefs((s) => s.set)
  const snap = useViewPrefs((s) => s.snapToGrid)
  const labels = useViewPrefs((s) => s.showEdgeLabels)
  const name = useEditor((s) => s.diagram.name)
  const dirty = useEditor(isUnsaved)
  const setName = useEditor((s) => s.setName)
  const flow = useReactFlow()
  const roving = useRovingFocus(':scope > button, :scope > .menu-button > button', 'horizontal')

  return (
    <header className="toolbar">
      <h1 className="brand">Pipewright</h1>
      <input
        className="diagram-name"
        aria-label="Diagram name"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      {dirty ? (
        <span className="dirty-marker" title="Unsaved changes" aria-label="Unsaved changes">
          ●
        </span>
      ) : null}
      <div
        className="toolbar-actions"
        role="toolbar"
        aria-label="Diagram actions"
        ref={roving.ref}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        <button type="button" onClick={() => void newDiagram()}>
          New
        </button>
        <button type="button" onClick={() => commands.showTemplates()}>
          Templates…
        </button>
        <button
          type="button"
          onClick={() => void openDiagram()}
          title={`Open a diagram or an exported PNG (${MOD}O)`}
        >
          Open…
        </button>
        <button
          type="button"
          onClick={() => void importFromPicker()}
          title={`Import a CloudFormation/SAM template or a draw.io file as a new diagram (${MOD}I)`}
        >
          Import…
        </button>
        <button type="button" onClick={() => void saveDiagram()} title={`Save (${MOD}S)`}>
          Save
        </button>
        <button
          type="button"
          onClick={() => void saveDiagramAs()}
          title={`Save As (${isMac ? '⇧⌘S' : 'Ctrl+Shift+S'})`}
        >
          Save As…
        </button>
        <ExportMenu />
        <span className="toolbar-gap" />
        <button
          type="button"
          onClick={undo}
          disabled={!history.canUndo}
          aria-label="Undo"
          title={`Undo (${MOD}Z)`}
        >
          ↶
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!history.canRedo}
          aria-label="Redo"
          title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z'})`}
        >
          ↷
        </button>
        <button
          type="button"
          onClick={() => void flow.fitView({ padding: 0.2, maxZoom: 1.2, duration: 300 })}
        >
          Fit view
        </button>
        <button
          type="button"
          aria-pressed={snap}
          onClick={() => setPrefs({ snapToGrid: !snap })}
          title="Snap to grid (Shift+G)"
        >
          Snap
        </button>
        <button
          type="button"
          aria-pressed={labels}
          onClick={() => setPrefs({ showEdgeLabels: !labels })}
          title="Edge labels (Shift+E)"
        >
          Labels
        </button>
        <button
          type="button"
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title="Theme (Shift+T)"
          onClick={() => setPrefs({ theme: theme === 'dark' ? 'light' : 'dark' })}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <button
          type="button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => commands.showShortcuts()}
        >
          ?
        </button>
      </div>
    </header>
  )
}
