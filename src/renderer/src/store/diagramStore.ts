import { temporal } from 'zundo'
import { create } from 'zustand'
import type { ServiceId } from '../../../shared/catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../../../shared/diagram/types'
import { emptyDiagram } from '../../../shared/diagram/types'
import { extractFragment, insertFragment } from '../../../shared/diagram/fragments'
import {
  DEFAULT_CARD_SIZE,
  DEFAULT_SPOT_MARGIN,
  EDGE_LABEL_ROOM,
  freeSpotIn as freeSpot,
  type Size,
  type Surroundings
} from '../../../shared/diagram/freeSpot'
import { groupAt, moveItems, removeItems } from '../../../shared/diagram/groups'
import { viewSurroundings } from '../canvas/viewArea'
import type { DiagramGroup, DiagramNote, GroupKind } from '../../../shared/diagram/types'
import { applyFix as applyFixToDiagram } from '../../../shared/validation/applyFix'
import type { PriceId } from '../../../shared/catalog/priceIds'
import type { Fix } from '../../../shared/validation/problems'

export type Notice = { kind: 'error' | 'info'; text: string } | null

export interface Selection {
  nodeIds: ReadonlySet<string>
  edgeIds: ReadonlySet<string>
}

export interface EditorState {
  /** The diagram as it is saved. Positions here change once per drag, not per frame. */
  diagram: Diagram
  /** Live positions of nodes being dragged; merged over `diagram` for display only. */
  dragPositions: Readonly<Record<string, { x: number; y: number }>>
  /** Sizes React Flow measured; it needs them back on every node it is given. */
  measured: Readonly<Record<string, { width: number; height: number }>>
  selection: Selection
  filePath: string | undefined
  dirty: boolean
  notice: Notice
  /** Bumped when a whole diagram is loaded, so the canvas fits it once nodes are measured. */
  fitRequest: number
  /** Bumped when another document takes the window's place (new, open, template, restore): each document has its own draft. */
  documentKey: number
  /** Cards the canvas should bring into view (a fix that moved cards to make room), bumped per request. */
  revealRequest: { ids: readonly string[]; n: number } | undefined

  /** Adds a card exactly where it was dropped. */
  addNode(service: ServiceId, position: { x: number; y: number }): string
  /** Where an item added without pointing goes: the free spot nearest the middle of the view. */
  freeSpotInView(size: Size): { x: number; y: number }
  connect(source: string, target: string): string | undefined
  dragNodes(positions: Record<string, { x: number; y: number }>): void
  /** Drops the live preview positions of these nodes without committing them. */
  dropDragPreview(ids: Iterable<string>): void
  commitDrag(positions: Record<string, { x: number; y: number }>): void
  setMeasured(sizes: Record<string, { width: number; height: number }>): void
  removeElements(nodeIds: readonly string[], edgeIds: readonly string[]): void
  select(nodeIds: readonly string[], edgeIds: readonly string[]): void
  setSelected(kind: 'node' | 'edge', id: string, selected: boolean): void
  applyFix(fix: Fix): void
  updateNode(id: string, patch: Partial<Pick<DiagramNode, 'label'>>): void
  updateEdgeConfig(id: string, config: DiagramEdge['config']): void
  /**
   * Sets one setting of a node; `undefined` removes it so its default applies. Calls with the
   * same `editId` (one edit of one field, however long it takes) make a single undo step.
   */
  setNodeSetting(
    id: string,
    key: string,
    value: number | string | boolean | undefined,
    editId?: string
  ): void
  /** A negotiated or what-if unit price; `undefined` goes back to the list price. */
  setPriceOverride(id: PriceId, usd: number | undefined): void
  setName(name: string): void
  replaceDiagram(diagram: Diagram, filePath?: string): void
  markSaved(filePath: string | undefined, name?: string): void
  setNotice(notice: Notice): void
  selectAll(): void
  /** The selected nodes and the edges between them, as a diagram fragment. */
  selectedFragment(): Diagram | undefined
  /** Adds a fragment with new ids near `offset` from where it was (clear of other cards, in view), and selects it. */
  pasteFragment(fragment: Pick<Diagram, 'nodes' | 'edges'>, offset: { x: number; y: number }): void
  duplicateSelection(): void
  deleteSelection(): void
  /** Moves nodes to new positions as one undoable step (auto-layout, nudges). */
  moveNodes(positions: ReadonlyMap<string, { x: number; y: number }>): void
  addGroup(kind: GroupKind, position: { x: number; y: number }): string
  addNote(position: { x: number; y: number }): string
  updateGroup(id: string, patch: Partial<Pick<DiagramGroup, 'label' | 'size' | 'position'>>): void
  updateNote(id: string, patch: Partial<Pick<DiagramNote, 'text'>>): void
  /** Live size of a group being resized; committed by updateGroup when the resize ends. */
  resizePreview: Readonly<Record<string, { width: number; height: number }>>
  previewResize(id: string, size: { width: number; height: number } | undefined): void
}

export const GROUP_LABELS: Record<GroupKind, string> = {
  'on-premises': 'On-premises',
  region: 'AWS Region (us-east-1)',
  vpc: 'VPC',
  'availability-zone': 'Availability Zone',
  custom: 'Group'
}

const DEFAULT_GROUP_SIZE = { width: 460, height: 280 }
export const DEFAULT_NOTE_SIZE = { width: 200, height: 110 }
const DEFAULT_NODE_SIZE = DEFAULT_CARD_SIZE
/** Room for an edge label between a card and the next one added after it, as a fix leaves. */
const NEXT_CARD_GAP = EDGE_LABEL_ROOM + DEFAULT_SPOT_MARGIN
const UNMEASURED_CARD_ROOM = { width: 260, height: 76 }

/** What an item added without pointing must keep clear of: the cards as measured, and the view. */
function surroundings(measured: EditorState['measured']): Surroundings {
  return { sizeOf: (id) => measured[id], ...viewSurroundings() }
}

/** Where an item is in absolute canvas coordinates (positions in the store are absolute). */
function absoluteOf(diagram: Diagram, id: string | undefined): { x: number; y: number } {
  if (id === undefined) return { x: 0, y: 0 }
  return diagram.groups?.find((g) => g.id === id)?.position ?? { x: 0, y: 0 }
}

function parentIdOf(diagram: Diagram, id: string): string | undefined {
  return (
    diagram.nodes.find((n) => n.id === id) ??
    diagram.groups?.find((g) => g.id === id) ??
    diagram.notes?.find((n) => n.id === id)
  )?.parentId
}

function itemExists(diagram: Diagram, id: string): boolean {
  return (
    diagram.nodes.some((n) => n.id === id) ||
    !!diagram.groups?.some((g) => g.id === id) ||
    !!diagram.notes?.some((n) => n.id === id)
  )
}

const EMPTY_SELECTION: Selection = { nodeIds: new Set(), edgeIds: new Set() }

export function newId(): string {
  return crypto.randomUUID()
}

/**
 * Typing "2500" into a field is one edit, not four: changes to the same field within a moment
 * of each other are folded into a single undo step.
 */
const COALESCE_MS = 1500
let lastEdit: { key: string; at: number } | undefined

function coalesced(key: string, apply: () => void, windowMs = COALESCE_MS): void {
  const now = Date.now()
  const same = lastEdit?.key === key && now - lastEdit.at < windowMs
  lastEdit = { key, at: now }
  if (!same) return apply()
  const history = useEditor.temporal.getState()
  history.pause()
  try {
    apply()
  } finally {
    history.resume()
  }
}

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      diagram: emptyDiagram(),
      dragPositions: {},
      measured: {},
      selection: EMPTY_SELECTION,
      filePath: undefined,
      dirty: false,
      notice: null,
      fitRequest: 0,
      documentKey: 0,
      revealRequest: undefined,

      addNode(service, position) {
        const node: DiagramNode = {
          id: newId(),
          service,
          position: { x: Math.round(position.x), y: Math.round(position.y) }
        }
        // Dropped inside a frame, it belongs to the frame.
        const frame = groupAt(
          get().diagram,
          position.x + DEFAULT_NODE_SIZE.width / 2,
          position.y + DEFAULT_NODE_SIZE.height / 2
        )
        if (frame) node.parentId = frame.id
        set((s) => ({
          diagram: { ...s.diagram, nodes: [...s.diagram.nodes, node] },
          selection: { nodeIds: new Set([node.id]), edgeIds: new Set() },
          dirty: true
        }))
        return node.id
      },

      freeSpotInView(requested) {
        // A card is measured only once drawn, and a long name makes it wider than the default (up to
        // ~260 px, two lines): keep room for that, so it never reaches past the view's edge.
        const size = {
          width: Math.max(requested.width, UNMEASURED_CARD_ROOM.width),
          height: Math.max(requested.height, UNMEASURED_CARD_ROOM.height)
        }
        const { diagram, measured, selection } = get()
        const around = surroundings(measured)
        // Services added one after another with the keyboard form a row, left to right as data flows:
        // the next goes to the right of the selected card (the one added last), a label's room away.
        const only =
          selection.nodeIds.size === 1
            ? diagram.nodes.find((n) => selection.nodeIds.has(n.id))
            : undefined
        if (only) {
          const width = measured[only.id]?.width ?? DEFAULT_NODE_SIZE.width
          return freeSpot(diagram, around, size, {
            x: only.position.x + width + NEXT_CARD_GAP,
            y: only.position.y
          })
        }
        const centre = around.area
          ? { x: around.area.x + around.area.width / 2, y: around.area.y + around.area.height / 2 }
          : { x: 0, y: 0 }
        return freeSpot(diagram, around, size, {
          x: centre.x - size.width / 2,
          y: centre.y - size.height / 2
        })
      },

      connect(source, target) {
        const { diagram } = get()
        if (source === target) return undefined
        if (diagram.edges.some((e) => e.source === source && e.target === target)) return undefined
        const edge: DiagramEdge = { id: newId(), source, target }
        set((s) => ({ diagram: { ...s.diagram, edges: [...s.diagram.edges, edge] }, dirty: true }))
        return edge.id
      },

      dragNodes(positions) {
        set((s) => ({ dragPositions: { ...s.dragPositions, ...positions } }))
      },

      dropDragPreview(ids) {
        set((s) => {
          const rest = { ...s.dragPositions }
          for (const id of ids) delete rest[id]
          return { dragPositions: rest }
        })
      },

      commitDrag(positions) {
        set((s) => {
          const rest = { ...s.dragPositions }
          const moves = new Map<string, { x: number; y: number }>()
          for (const [id, p] of Object.entries(positions)) {
            delete rest[id]
            // React Flow positions a grouped item relative to its group; the store keeps absolutes.
            const parent = absoluteOf(s.diagram, parentIdOf(s.diagram, id))
            moves.set(id, { x: p.x + parent.x, y: p.y + parent.y })
          }
          const sizeOf = (id: string) =>
            s.measured[id] ??
            s.diagram.groups?.find((g) => g.id === id)?.size ??
            s.diagram.notes?.find((n) => n.id === id)?.size ??
            DEFAULT_NODE_SIZE
          return { diagram: moveItems(s.diagram, moves, sizeOf), dragPositions: rest, dirty: true }
        })
      },

      setMeasured(sizes) {
        set((s) => ({ measured: { ...s.measured, ...sizes } }))
      },

      removeElements(nodeIds, edgeIds) {
        if (nodeIds.length === 0 && edgeIds.length === 0) return
        const gone = new Set([...nodeIds, ...edgeIds])
        set((s) => ({
          diagram: removeItems(s.diagram, gone),
          selection: EMPTY_SELECTION,
          dirty: true
        }))
      },

      select(nodeIds, edgeIds) {
        set({ selection: { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) } })
      },

      setSelected(kind, id, selected) {
        set((s) => {
          // React Flow may report a selection for an element the store has just removed (a fix).
          const exists =
            kind === 'node' ? itemExists(s.diagram, id) : s.diagram.edges.some((e) => e.id === id)
          if (selected && !exists) return {}
          const key = kind === 'node' ? 'nodeIds' : 'edgeIds'
          const current = s.selection[key]
          if (current.has(id) === selected) return {}
          const next = new Set(current)
          if (selected) next.add(id)
          else next.delete(id)
          return { selection: { ...s.selection, [key]: next } }
        })
      },

      applyFix(fix) {
        const result = applyFixToDiagram(get().diagram, fix, newId, surroundings(get().measured))
        if (!result) {
          set({
            notice: { kind: 'error', text: 'That fix no longer applies: the diagram changed.' }
          })
          return
        }
        set((s) => ({
          diagram: result.diagram,
          selection: { nodeIds: new Set(result.addedNodeIds), edgeIds: new Set() },
          dirty: true,
          notice: {
            kind: 'info',
            text: result.reveal
              ? `${fix.description}; the cards to the right moved over to make room.`
              : fix.description
          },
          ...(result.reveal
            ? { revealRequest: { ids: result.reveal, n: (s.revealRequest?.n ?? 0) + 1 } }
            : {})
        }))
      },

      updateNode(id, patch) {
        coalesced(`label:${id}`, () =>
          set((s) => ({
            diagram: {
              ...s.diagram,
              nodes: s.diagram.nodes.map((n) => {
                if (n.id !== id) return n
                const next = { ...n, ...patch }
                if (!next.label) delete next.label
                return next
              })
            },
            dirty: true
          }))
        )
      },

      updateEdgeConfig(id, config) {
        set((s) => ({
          diagram: {
            ...s.diagram,
            edges: s.diagram.edges.map((e) => {
              if (e.id !== id) return e
              const next = { ...e }
              if (config && Object.keys(config).length > 0) next.config = config
              else delete next.config
              return next
            })
          },
          dirty: true
        }))
      },

      setNodeSetting(id, key, value, editId) {
        const [coalesceKey, windowMs] =
          editId === undefined
            ? [`setting:${id}:${key}`, COALESCE_MS]
            : [`setting-edit:${editId}`, Infinity]
        coalesced(
          coalesceKey,
          () =>
            set((s) => ({
              diagram: {
                ...s.diagram,
                nodes: s.diagram.nodes.map((n) => {
                  if (n.id !== id) return n
                  const config = { ...n.config }
                  if (value === undefined) delete config[key]
                  else config[key] = value
                  const { config: _old, ...rest } = n
                  return Object.keys(config).length === 0 ? rest : { ...rest, config }
                })
              },
              dirty: true
            })),
          windowMs
        )
      },

      setPriceOverride(id, usd) {
        coalesced(`price:${id}`, () =>
          set((s) => {
            const overrides = { ...s.diagram.pricing?.overrides }
            if (usd === undefined) delete overrides[id]
            else overrides[id] = usd
            const diagram = { ...s.diagram }
            if (Object.keys(overrides).length > 0)
              diagram.pricing = { region: 'us-east-1', overrides }
            else delete diagram.pricing
            return { diagram, dirty: true }
          })
        )
      },

      setName(name) {
        coalesced('name', () => set((s) => ({ diagram: { ...s.diagram, name }, dirty: true })))
      },

      replaceDiagram(diagram, filePath) {
        set((s) => ({
          diagram,
          filePath,
          dragPositions: {},
          measured: {},
          selection: EMPTY_SELECTION,
          dirty: false,
          fitRequest: s.fitRequest + 1,
          documentKey: s.documentKey + 1
        }))
        // A new document starts a new history: undo never crosses into the previous file.
        useEditor.temporal.getState().clear()
      },

      markSaved(filePath, name) {
        set((s) => ({ filePath, dirty: false, diagram: name ? { ...s.diagram, name } : s.diagram }))
      },

      setNotice(notice) {
        set({ notice })
      },

      selectAll() {
        const { diagram } = get()
        const ids = [...diagram.nodes, ...(diagram.groups ?? []), ...(diagram.notes ?? [])].map(
          (n) => n.id
        )
        set({
          selection: { nodeIds: new Set(ids), edgeIds: new Set(diagram.edges.map((e) => e.id)) }
        })
      },

      resizePreview: {},

      previewResize(id, size) {
        set((s) => {
          const next = { ...s.resizePreview }
          if (size) next[id] = size
          else delete next[id]
          return { resizePreview: next }
        })
      },

      addGroup(kind, position) {
        const id = newId()
        set((s) => {
          const parent = groupAt(
            s.diagram,
            position.x + DEFAULT_GROUP_SIZE.width / 2,
            position.y + DEFAULT_GROUP_SIZE.height / 2
          )
          const group: DiagramGroup = {
            id,
            kind,
            label: GROUP_LABELS[kind],
            position: { x: Math.round(position.x), y: Math.round(position.y) },
            size: { ...DEFAULT_GROUP_SIZE }
          }
          if (parent) group.parentId = parent.id
          return {
            diagram: { ...s.diagram, groups: [...(s.diagram.groups ?? []), group] },
            selection: { nodeIds: new Set([id]), edgeIds: new Set() },
            dirty: true
          }
        })
        return id
      },

      addNote(position) {
        const id = newId()
        set((s) => {
          const parent = groupAt(
            s.diagram,
            position.x + DEFAULT_NOTE_SIZE.width / 2,
            position.y + DEFAULT_NOTE_SIZE.height / 2
          )
          const note: DiagramNote = {
            id,
            text: 'Note',
            position: { x: Math.round(position.x), y: Math.round(position.y) },
            size: { ...DEFAULT_NOTE_SIZE }
          }
          if (parent) note.parentId = parent.id
          return {
            diagram: { ...s.diagram, notes: [...(s.diagram.notes ?? []), note] },
            selection: { nodeIds: new Set([id]), edgeIds: new Set() },
            dirty: true
          }
        })
        return id
      },

      updateGroup(id, patch) {
        coalesced(`group:${id}:${Object.keys(patch).join()}`, () =>
          set((s) => ({
            diagram: {
              ...s.diagram,
              groups: (s.diagram.groups ?? []).map((g) => (g.id === id ? { ...g, ...patch } : g))
            },
            dirty: true
          }))
        )
      },

      updateNote(id, patch) {
        coalesced(`note:${id}`, () =>
          set((s) => ({
            diagram: {
              ...s.diagram,
              notes: (s.diagram.notes ?? []).map((n) => (n.id === id ? { ...n, ...patch } : n))
            },
            dirty: true
          }))
        )
      },

      selectedFragment() {
        const { diagram, selection } = get()
        if (selection.nodeIds.size === 0) return undefined
        return extractFragment(diagram, selection.nodeIds)
      },

      pasteFragment(fragment, offset) {
        if (fragment.nodes.length === 0) return
        const { diagram, measured } = get()
        // The fragment moves as one block to the free spot nearest where the offset would put it.
        const boxes = fragment.nodes.map((n) => ({
          ...n.position,
          ...(measured[n.id] ?? DEFAULT_NODE_SIZE)
        }))
        const left = Math.min(...boxes.map((b) => b.x))
        const top = Math.min(...boxes.map((b) => b.y))
        const size = {
          width: Math.max(...boxes.map((b) => b.x + b.width)) - left,
          height: Math.max(...boxes.map((b) => b.y + b.height)) - top
        }
        const spot = freeSpot(diagram, surroundings(measured), size, {
          x: left + offset.x,
          y: top + offset.y
        })
        const result = insertFragment(diagram, fragment, newId, {
          x: Math.round(spot.x - left),
          y: Math.round(spot.y - top)
        })
        set({
          diagram: result.diagram,
          selection: { nodeIds: new Set(result.nodeIds), edgeIds: new Set(result.edgeIds) },
          dirty: true
        })
      },

      duplicateSelection() {
        const fragment = get().selectedFragment()
        if (fragment) get().pasteFragment(fragment, { x: 40, y: 40 })
      },

      deleteSelection() {
        const { selection } = get()
        get().removeElements([...selection.nodeIds], [...selection.edgeIds])
      },

      moveNodes(positions) {
        if (positions.size === 0) return
        set((s) => ({
          diagram: {
            ...s.diagram,
            nodes: s.diagram.nodes.map((n) => {
              const p = positions.get(n.id)
              return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n
            })
          },
          dragPositions: {},
          dirty: true
        }))
      }
    }),
    {
      // Only the diagram is history: selection, sizes and drag previews are not edits.
      partialize: (state) => ({ diagram: state.diagram }),
      equality: (past, current) => past.diagram === current.diagram,
      limit: 200
    }
  )
)

export function undo(): void {
  const history = useEditor.temporal.getState()
  if (history.pastStates.length === 0) return
  lastEdit = undefined
  history.undo()
  useEditor.setState({ dirty: true, selection: EMPTY_SELECTION, dragPositions: {} })
}

export function redo(): void {
  const history = useEditor.temporal.getState()
  if (history.futureStates.length === 0) return
  lastEdit = undefined
  history.redo()
  useEditor.setState({ dirty: true, selection: EMPTY_SELECTION, dragPositions: {} })
}
