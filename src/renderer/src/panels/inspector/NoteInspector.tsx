import { useEditor } from '../../store/diagramStore'

export function NoteInspector({ id }: { id: string }) {
  const note = useEditor((s) => s.diagram.notes?.find((n) => n.id === id))
  const updateNote = useEditor((s) => s.updateNote)
  if (!note) return null
  return (
    <div className="inspector-body" data-testid="note-inspector">
      <h2>Sticky note</h2>
      <div className="field">
        <label htmlFor={`note-${id}`}>Text</label>
        <textarea
          id={`note-${id}`}
          rows={6}
          value={note.text}
          maxLength={2000}
          onChange={(e) => {
            updateNote(id, { text: e.target.value })
          }}
        />
      </div>
    </div>
  )
}
