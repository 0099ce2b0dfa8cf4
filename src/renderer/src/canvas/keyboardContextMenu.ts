import type { KeyboardEvent } from 'react'
import { useEditor } from '../store/diagramStore'
import { openContextMenu } from './ContextMenu'

/**
 * The Menu key and Shift+F10 open the context menu of the focused node or edge (or the canvas's),
 * as a right-click would, placed below the element since there is no pointer to place it at.
 */
export function openContextMenuFromKeyboard(event: KeyboardEvent): void {
  if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return
  const target = event.target as Element
  const node = target.closest<HTMLElement>('.react-flow__node')
  const edge = target.closest<SVGElement>('.react-flow__edge')
  const at = (node ?? edge ?? target).getBoundingClientRect()
  const x = at.left + Math.min(at.width / 2, 40)
  const y = node ? at.bottom + 4 : at.top + at.height / 2
  const state = useEditor.getState()
  event.preventDefault()
  const nodeId = node?.dataset.id
  const edgeId = edge?.getAttribute('data-id')
  if (nodeId) {
    if (!state.selection.nodeIds.has(nodeId)) state.select([nodeId], [])
    openContextMenu(x, y, { kind: 'node', id: nodeId })
  } else if (edgeId) {
    state.select([], [edgeId])
    openContextMenu(x, y, { kind: 'edge', id: edgeId })
  } else if (target.closest('.react-flow')) {
    openContextMenu(x, y, { kind: 'pane' })
  }
}
