import type { ReactFlowInstance } from '@xyflow/react'
import { useEditor } from '../store/diagramStore'

/** Selects a node or edge and brings it into view. */
export function focusElement(
  flow: ReactFlowInstance,
  target: { nodeId?: string; edgeId?: string }
): void {
  const state = useEditor.getState()
  const { diagram } = state
  if (target.edgeId) {
    state.select([], [target.edgeId])
    const edge = diagram.edges.find((e) => e.id === target.edgeId)
    if (edge)
      void flow.fitView({
        nodes: [{ id: edge.source }, { id: edge.target }],
        duration: 300,
        maxZoom: 1,
        padding: 0.4
      })
  } else if (target.nodeId) {
    state.select([target.nodeId], [])
    void flow.fitView({ nodes: [{ id: target.nodeId }], duration: 300, maxZoom: 1, padding: 0.6 })
  }
}
