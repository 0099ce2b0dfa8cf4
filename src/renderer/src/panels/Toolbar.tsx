import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import { newDiagram, openDiagram, saveDiagram } from '../commands/fileCommands'
import { useEditor } from '../store/diagramStore'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

export function Toolbar() {
  const name = useEditor((s) => s.diagram.name)
  const dirty = useEditor((s) => s.dirty)
  const setName = useEditor((s) => s.setName)
  const flow = useReactFlow()

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(isMac ? event.metaKey : event.ctrlKey) || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 's') {
        event.preventDefault()
        void saveDiagram()
      } else if (key === 'o') {
        event.preventDefault()
        void openDiagram()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [flow])

  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name || 'Untitled'} — Pipewright`
  }, [name, dirty])

  return (
    <header className="toolbar">
      <span className="brand">Pipewright</span>
      <input
        className="diagram-name"
        aria-label="Diagram name"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      {dirty ? <span className="dirty-marker" title="Unsaved changes">●</span> : null}
      <div className="toolbar-actions">
        <button type="button" onClick={newDiagram}>
          New
        </button>
        <button type="button" onClick={() => void openDiagram()} title={`Open (${MOD}O)`}>
          Open…
        </button>
        <button type="button" onClick={() => void saveDiagram()} title={`Save (${MOD}S)`}>
          Save
        </button>
        <button type="button" onClick={() => void flow.fitView({ padding: 0.2, maxZoom: 1.2, duration: 300 })}>
          Fit view
        </button>
      </div>
    </header>
  )
}
