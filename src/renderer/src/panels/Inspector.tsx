import { useShallow } from 'zustand/react/shallow'
import { useEditor } from '../store/diagramStore'
import { EdgeInspector } from './inspector/EdgeInspector'
import { GroupInspector } from './inspector/GroupInspector'
import { NodeInspector } from './inspector/NodeInspector'
import { NoteInspector } from './inspector/NoteInspector'

function ItemInspector({ id }: { id: string }) {
  const kind = useEditor((s) =>
    s.diagram.nodes.some((n) => n.id === id)
      ? 'node'
      : s.diagram.groups?.some((g) => g.id === id)
        ? 'group'
        : s.diagram.notes?.some((n) => n.id === id)
          ? 'note'
          : undefined
  )
  if (kind === 'node') return <NodeInspector nodeId={id} />
  if (kind === 'group') return <GroupInspector id={id} />
  if (kind === 'note') return <NoteInspector id={id} />
  return null
}

export function Inspector() {
  const { nodeIds, edgeIds } = useEditor(
    useShallow((s) => ({ nodeIds: s.selection.nodeIds, edgeIds: s.selection.edgeIds }))
  )
  const counts = useEditor(
    useShallow((s) => ({ nodes: s.diagram.nodes.length, edges: s.diagram.edges.length }))
  )
  const single = nodeIds.size + edgeIds.size === 1
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="panel-title">Inspector</div>
      {single && nodeIds.size === 1 ? <ItemInspector id={[...nodeIds][0]!} /> : null}
      {single && edgeIds.size === 1 ? <EdgeInspector edgeId={[...edgeIds][0]!} /> : null}
      {!single ? (
        <div className="inspector-body muted">
          {nodeIds.size + edgeIds.size > 1 ? (
            <p>{nodeIds.size + edgeIds.size} items selected. Press Delete to remove them.</p>
          ) : (
            <>
              <p>
                {counts.nodes} services, {counts.edges} connections.
              </p>
              <p>
                Select a service to set its traffic and sizing, or a connection to see the rule
                behind its verdict.
              </p>
            </>
          )}
        </div>
      ) : null}
    </aside>
  )
}
