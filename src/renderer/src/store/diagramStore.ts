import { temporal } from 'zundo'
import { create } from 'zustand'
import { deepFreeze } from '../../../shared/diagram/deepFreeze'
import * as edits from '../../../shared/diagram/edits'
import { emptyDiagram, type Diagram } from '../../../shared/diagram/types'
import { createCoalescer, COALESCE_MS } from './coalesce'
import { EMPTY_SELECTION, selectionOf, type EditorState } from './editorState'
import { surroundings } from './placement'
import { viewActions } from './viewActions'

export { DEFAULT_NOTE_SIZE, GROUP_LABELS } from '../../../shared/diagram/edits'
export { isUnsaved, type EditorState, type Selection } from './editorState'

export function newId(): string {
  return crypto.randomUUID()
}

/**
 * In development and tests every diagram the store hands out is frozen, so code that changes one
 * in place throws where it does it instead of quietly confusing the incremental validator. A
 * production build drops this (Vite replaces `import.meta.env.DEV` with false).
 */
function handedOut(diagram: Diagram): Diagram {
  return import.meta.env.DEV ? deepFreeze(diagram) : diagram
}

const coalescer = createCoalescer(() => useEditor.temporal.getState())

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => {
      /** Puts an edit's result in place, with whatever the window shows about it. */
      const commit = (diagram: Diagram, ui: Partial<EditorState> = {}): Diagram => {
        const next = handedOut(diagram)
        set({ diagram: next, ...ui })
        return next
      }
      const initial = handedOut(emptyDiagram())

      return {
        diagram: initial,
        savedDiagram: initial,
        dragPositions: {},
        measured: {},
        selection: EMPTY_SELECTION,
        filePath: undefined,
        notice: null,
        fitRequest: 0,
        documentKey: 0,
        revealRequest: undefined,
        resizePreview: {},
        ...viewActions(set, get),

        addNode(service, position) {
          const id = newId()
          commit(edits.addNode(get().diagram, { id, service, position }), {
            selection: selectionOf([id])
          })
          return id
        },

        connect(source, target) {
          const id = newId()
          const { diagram } = get()
          const next = edits.connect(diagram, { id, source, target })
          if (next === diagram) return undefined
          commit(next)
          return id
        },

        commitDrag(positions) {
          const { diagram, measured, dragPositions } = get()
          const sizeOf = edits.itemSize(diagram, (id) => measured[id])
          commit(edits.commitDrag(diagram, positions, sizeOf), {
            dragPositions: Object.fromEntries(
              Object.entries(dragPositions).filter(([id]) => !Object.hasOwn(positions, id))
            )
          })
        },

        removeElements(nodeIds, edgeIds) {
          if (nodeIds.length === 0 && edgeIds.length === 0) return
          commit(edits.removeElements(get().diagram, nodeIds, edgeIds), {
            selection: EMPTY_SELECTION
          })
        },

        applyFix(fix) {
          const { diagram, measured, revealRequest } = get()
          const result = edits.applyFix(diagram, fix, newId, surroundings(measured))
          if (!result) {
            set({
              notice: { kind: 'error', text: 'That fix no longer applies: the diagram changed.' }
            })
            return
          }
          commit(result.diagram, {
            selection: selectionOf(result.addedNodeIds),
            notice: {
              kind: 'info',
              text: result.reveal
                ? `${fix.description}; the cards to the right moved over to make room.`
                : fix.description
            },
            ...(result.reveal
              ? { revealRequest: { ids: result.reveal, n: (revealRequest?.n ?? 0) + 1 } }
              : {})
          })
        },

        updateNode(id, patch) {
          if (!('label' in patch)) return
          coalescer.run(`label:${id}`, () =>
            commit(edits.setNodeLabel(get().diagram, id, patch.label))
          )
        },

        updateEdgeConfig(id, config) {
          commit(edits.setEdgeConfig(get().diagram, id, config))
        },

        setNodeSetting(id, key, value, editId) {
          const [coalesceKey, windowMs] =
            editId === undefined
              ? [`setting:${id}:${key}`, COALESCE_MS]
              : [`setting-edit:${editId}`, Infinity]
          coalescer.run(
            coalesceKey,
            () => commit(edits.setNodeSetting(get().diagram, id, key, value)),
            windowMs
          )
        },

        setPriceOverride(id, usd) {
          coalescer.run(`price:${id}`, () => commit(edits.setPriceOverride(get().diagram, id, usd)))
        },

        setName(name) {
          coalescer.run('name', () => commit(edits.setName(get().diagram, name)))
        },

        ignoreProblem(problem, reason) {
          const entry = {
            code: problem.code,
            ...(problem.nodeId !== undefined ? { nodeId: problem.nodeId } : {}),
            ...(problem.edgeId !== undefined ? { edgeId: problem.edgeId } : {}),
            reason
          }
          commit(edits.addIgnore(get().diagram, entry), {
            notice: { kind: 'info', text: `Ignoring ${problem.code}: it is listed under Ignored.` }
          })
        },

        stopIgnoring(index) {
          commit(edits.removeIgnore(get().diagram, index))
        },

        replaceDiagram(diagram, filePath, options) {
          const loaded = handedOut(diagram)
          set((s) => ({
            diagram: loaded,
            savedDiagram: options?.unsaved ? undefined : loaded,
            filePath,
            dragPositions: {},
            measured: {},
            selection: EMPTY_SELECTION,
            fitRequest: s.fitRequest + 1,
            documentKey: s.documentKey + 1
          }))
          // A new document starts a new history: undo never crosses into the previous file.
          useEditor.temporal.getState().clear()
        },

        markSaved(filePath, written) {
          set({ filePath, savedDiagram: written ?? get().diagram })
        },

        addGroup(kind, position) {
          const id = newId()
          commit(edits.addGroup(get().diagram, { id, kind, position }), {
            selection: selectionOf([id])
          })
          return id
        },

        addNote(position) {
          const id = newId()
          commit(edits.addNote(get().diagram, { id, position }), { selection: selectionOf([id]) })
          return id
        },

        updateGroup(id, patch) {
          coalescer.run(`group:${id}:${Object.keys(patch).join()}`, () =>
            commit(edits.updateGroup(get().diagram, id, patch))
          )
        },

        updateNote(id, patch) {
          coalescer.run(`note:${id}`, () => commit(edits.updateNote(get().diagram, id, patch)))
        },

        pasteFragment(fragment, offset) {
          if (fragment.nodes.length === 0) return
          const { diagram, measured } = get()
          const result = edits.pasteFragment(
            diagram,
            fragment,
            offset,
            newId,
            surroundings(measured)
          )
          commit(result.diagram, { selection: selectionOf(result.nodeIds, result.edgeIds) })
        },

        duplicateSelection() {
          const { diagram, measured, selection } = get()
          if (selection.nodeIds.size === 0) return
          const result = edits.duplicate(diagram, selection.nodeIds, newId, surroundings(measured))
          commit(result.diagram, { selection: selectionOf(result.nodeIds, result.edgeIds) })
        },

        deleteSelection() {
          const { selection } = get()
          get().removeElements([...selection.nodeIds], [...selection.edgeIds])
        },

        moveNodes(positions) {
          if (positions.size === 0) return
          commit(edits.moveNodes(get().diagram, positions), { dragPositions: {} })
        }
      }
    },
    {
      // Only the diagram is history: selection, sizes and drag previews are not edits.
      partialize: (state) => ({ diagram: state.diagram }),
      equality: (past, current) => past.diagram === current.diagram,
      limit: 200
    }
  )
)

function travel(direction: 'undo' | 'redo'): void {
  const history = useEditor.temporal.getState()
  const steps = direction === 'undo' ? history.pastStates : history.futureStates
  if (steps.length === 0) return
  coalescer.reset()
  history[direction]()
  useEditor.setState({ selection: EMPTY_SELECTION, dragPositions: {} })
}

export function undo(): void {
  travel('undo')
}

export function redo(): void {
  travel('redo')
}
