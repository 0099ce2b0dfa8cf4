import * as edits from '../../../shared/diagram/edits'
import { selectionOf, type EditorState } from './editorState'
import { freeSpotInView } from './placement'

/**
 * The store's actions that change only what the window shows (drag previews, sizes, selection,
 * notices) or only read: none of them touches the diagram, so none makes an undo step.
 */

type SetState = (
  partial: Partial<EditorState> | ((state: EditorState) => Partial<EditorState>)
) => void

type ViewActions = Pick<
  EditorState,
  | 'freeSpotInView'
  | 'dragNodes'
  | 'dropDragPreview'
  | 'setMeasured'
  | 'select'
  | 'setSelected'
  | 'setNotice'
  | 'selectAll'
  | 'previewResize'
  | 'selectedFragment'
>

export function viewActions(set: SetState, get: () => EditorState): ViewActions {
  return {
    freeSpotInView(size) {
      return freeSpotInView(get(), size)
    },

    dragNodes(positions) {
      set((s) => ({ dragPositions: { ...s.dragPositions, ...positions } }))
    },

    dropDragPreview(ids) {
      const gone = new Set(ids)
      set((s) => ({
        dragPositions: Object.fromEntries(
          Object.entries(s.dragPositions).filter(([id]) => !gone.has(id))
        )
      }))
    },

    setMeasured(sizes) {
      set((s) => ({ measured: { ...s.measured, ...sizes } }))
    },

    select(nodeIds, edgeIds) {
      set({ selection: selectionOf(nodeIds, edgeIds) })
    },

    setSelected(kind, id, selected) {
      const { diagram, selection } = get()
      // React Flow may report a selection for an element the store has just removed (a fix).
      const exists =
        kind === 'node'
          ? edits.itemById(diagram, id) !== undefined
          : diagram.edges.some((e) => e.id === id)
      if (selected && !exists) return
      const key = kind === 'node' ? 'nodeIds' : 'edgeIds'
      const current = selection[key]
      if (current.has(id) === selected) return
      const next = new Set(current)
      if (selected) next.add(id)
      else next.delete(id)
      set({ selection: { ...selection, [key]: next } })
    },

    setNotice(notice) {
      set({ notice })
    },

    selectAll() {
      const { diagram } = get()
      const ids = [...diagram.nodes, ...(diagram.groups ?? []), ...(diagram.notes ?? [])]
      set({
        selection: selectionOf(
          ids.map((n) => n.id),
          diagram.edges.map((e) => e.id)
        )
      })
    },

    previewResize(id, size) {
      set((s) => {
        const { [id]: _old, ...rest } = s.resizePreview
        return { resizePreview: size ? { ...rest, [id]: size } : rest }
      })
    },

    selectedFragment() {
      const { diagram, selection } = get()
      if (selection.nodeIds.size === 0) return undefined
      return edits.extractFragment(diagram, selection.nodeIds)
    }
  }
}
