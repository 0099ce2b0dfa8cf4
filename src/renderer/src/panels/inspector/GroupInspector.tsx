import { GROUP_LABELS, useEditor } from '../../store/diagramStore'

export function GroupInspector({ id }: { id: string }) {
  const group = useEditor((s) => s.diagram.groups?.find((g) => g.id === id))
  const updateGroup = useEditor((s) => s.updateGroup)
  if (!group) return null
  return (
    <div className="inspector-body" data-testid="group-inspector">
      <h2>{GROUP_LABELS[group.kind]}</h2>
      <p className="muted">
        Services dropped inside this frame move with it. Drag the bottom-right corner to resize it.
      </p>
      <div className="field">
        <label htmlFor={`group-${id}`}>Label</label>
        <input
          id={`group-${id}`}
          value={group.label}
          maxLength={200}
          onChange={(e) => {
            updateGroup(id, { label: e.target.value })
          }}
        />
      </div>
    </div>
  )
}
