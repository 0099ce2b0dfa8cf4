import type { Connection, EdgeChange, IsValidConnection, NodeChange } from '@xyflow/react'
import type React from 'react'
import { useCallback } from 'react'
import { useEditor } from '../store/diagramStore'
import { keepFocusInCanvas } from './canvasFocus'
import { openContextMenu } from './ContextMenu'
import type { AppNode, VerdictFlowEdge } from './flowTypes'

/** React Flow's change, connect and context-menu callbacks, each passing what happened to the store. */
export function useFlowHandlers() {
  const onNodesChange = useCallback((changes: NodeChange<AppNode>[]) => {
    const state = useEditor.getState()
    const dragging: Record<string, { x: number; y: number }> = {}
    const dropped: Record<string, { x: number; y: number }> = {}
    const sizes: Record<string, { width: number; height: number }> = {}
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        if (change.dragging) dragging[change.id] = change.position
        else dropped[change.id] = change.position
      } else if (change.type === 'position' && change.dragging === false) {
        const live = state.dragPositions[change.id]
        if (live) dropped[change.id] = live
      } else if (change.type === 'dimensions' && change.dimensions) {
        sizes[change.id] = change.dimensions
      } else if (change.type === 'select') {
        state.setSelected('node', change.id, change.selected)
      }
    }
    if (Object.keys(dragging).length > 0) state.dragNodes(dragging)
    if (Object.keys(dropped).length > 0) state.commitDrag(dropped)
    if (Object.keys(sizes).length > 0) state.setMeasured(sizes)
  }, [])

  const onEdgesChange = useCallback((changes: EdgeChange<VerdictFlowEdge>[]) => {
    const state = useEditor.getState()
    for (const change of changes) {
      if (change.type === 'select') state.setSelected('edge', change.id, change.selected)
    }
  }, [])

  const onDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: AppNode[]; edges: VerdictFlowEdge[] }) => {
      useEditor.getState().removeElements(
        n.map((x) => x.id),
        e.map((x) => x.id)
      )
      keepFocusInCanvas()
    },
    []
  )

  const onConnect = useCallback((connection: Connection) => {
    useEditor.getState().connect(connection.source, connection.target)
  }, [])

  // Invalid integrations may still be drawn (they are flagged with a fix); only a node feeding
  // itself or a second copy of an existing edge is refused outright.
  const isValidConnection: IsValidConnection = useCallback((c) => {
    if (c.source === c.target) return false
    return !useEditor
      .getState()
      .diagram.edges.some((e) => e.source === c.source && e.target === c.target)
  }, [])

  const onNodeContextMenu = useCallback((event: React.MouseEvent, node: AppNode) => {
    event.preventDefault()
    const state = useEditor.getState()
    if (!state.selection.nodeIds.has(node.id)) state.select([node.id], [])
    openContextMenu(event.clientX, event.clientY, { kind: 'node', id: node.id })
  }, [])

  const onEdgeContextMenu = useCallback((event: React.MouseEvent, edge: VerdictFlowEdge) => {
    event.preventDefault()
    useEditor.getState().select([], [edge.id])
    openContextMenu(event.clientX, event.clientY, { kind: 'edge', id: edge.id })
  }, [])

  const onPaneContextMenu = useCallback((event: React.MouseEvent | MouseEvent) => {
    event.preventDefault()
    openContextMenu(event.clientX, event.clientY, { kind: 'pane' })
  }, [])

  return {
    onNodesChange,
    onEdgesChange,
    onDelete,
    onConnect,
    isValidConnection,
    onNodeContextMenu,
    onEdgeContextMenu,
    onPaneContextMenu
  }
}
