import type { PriceId } from '../../../shared/catalog/priceIds'
import type { ServiceId } from '../../../shared/catalog/services'
import type { Fragment, GroupPatch, Point } from '../../../shared/diagram/edits'
import type { Fix } from '../../../shared/diagram/edits/fixes'
import type { Problem } from '../../../shared/validation/problems'
import type { Size } from '../../../shared/diagram/freeSpot'
import type {
  Config,
  Diagram,
  DiagramNode,
  DiagramNote,
  GroupKind
} from '../../../shared/diagram/types'

export type Notice = { kind: 'error' | 'info'; text: string } | null

export interface Selection {
  nodeIds: ReadonlySet<string>
  edgeIds: ReadonlySet<string>
}

type Sizes = Readonly<Record<string, { width: number; height: number }>>

/**
 * The editor's state. The diagram changes only through the pure edits in
 * `src/shared/diagram/edits`; everything else here is what the window shows about it.
 */
export interface EditorState {
  /** The diagram as it is saved. Positions here change once per drag, not per frame. */
  diagram: Diagram
  /**
   * The diagram as it was last saved or opened; `undefined` for work never saved (a restored
   * draft). Unsaved means `diagram !== savedDiagram`: undoing back to it reads as saved.
   */
  savedDiagram: Diagram | undefined
  /** Live positions of nodes being dragged; merged over `diagram` for display only. */
  dragPositions: Readonly<Record<string, Point>>
  /** Sizes React Flow measured; it needs them back on every node it is given. */
  measured: Sizes
  selection: Selection
  filePath: string | undefined
  notice: Notice
  /** Bumped when a whole diagram is loaded, so the canvas fits it once nodes are measured. */
  fitRequest: number
  /** Bumped when another document takes the window's place (new, open, template, restore): each document has its own draft. */
  documentKey: number
  /** Cards the canvas should bring into view (a fix that moved cards to make room), bumped per request. */
  revealRequest: { ids: readonly string[]; n: number } | undefined
  /** Live size of a group being resized; committed by updateGroup when the resize ends. */
  resizePreview: Sizes

  /** Adds a card exactly where it was dropped. */
  addNode: (service: ServiceId, position: Point) => string
  /** Where an item added without pointing goes: the free spot nearest the middle of the view. */
  freeSpotInView: (size: Size) => Point
  connect: (source: string, target: string) => string | undefined
  dragNodes: (positions: Record<string, Point>) => void
  /** Drops the live preview positions of these nodes without committing them. */
  dropDragPreview: (ids: Iterable<string>) => void
  commitDrag: (positions: Record<string, Point>) => void
  setMeasured: (sizes: Record<string, { width: number; height: number }>) => void
  removeElements: (nodeIds: readonly string[], edgeIds: readonly string[]) => void
  select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void
  setSelected: (kind: 'node' | 'edge', id: string, selected: boolean) => void
  applyFix: (fix: Fix) => void
  updateNode: (id: string, patch: Partial<Pick<DiagramNode, 'label'>>) => void
  updateEdgeConfig: (id: string, config: Config | undefined) => void
  /**
   * Sets one setting of a node; `undefined` removes it so its default applies. Calls with the
   * same `editId` (one edit of one field, however long it takes) make a single undo step.
   */
  setNodeSetting: (
    id: string,
    key: string,
    value: number | string | boolean | undefined,
    editId?: string
  ) => void
  /** A negotiated or what-if unit price; `undefined` goes back to the list price. */
  setPriceOverride: (id: PriceId, usd: number | undefined) => void
  setName: (name: string) => void
  /** Accepts a problem (an entry in the diagram's `ignore` list, saved with the file). */
  ignoreProblem: (problem: Problem, reason: string) => void
  /** Removes `ignore[index]`: the problems it hid are reported again. */
  stopIgnoring: (index: number) => void
  /** Another document takes the window's place; `unsaved` for work not saved anywhere yet. */
  replaceDiagram: (diagram: Diagram, filePath?: string, options?: { unsaved?: boolean }) => void
  /**
   * The file now holds `written` (the diagram as it was serialised; the current one if not
   * given). An edit made while the file was being written, behind a Save As dialog, stays unsaved.
   */
  markSaved: (filePath: string | undefined, written?: Diagram) => void
  setNotice: (notice: Notice) => void
  selectAll: () => void
  /** The selected nodes and the edges between them, as a diagram fragment. */
  selectedFragment: () => Diagram | undefined
  /** Adds a fragment with new ids near `offset` from where it was (clear of other cards, in view), and selects it. */
  pasteFragment: (fragment: Fragment, offset: Point) => void
  duplicateSelection: () => void
  deleteSelection: () => void
  /** Moves nodes to new positions as one undoable step (auto-layout, nudges). */
  moveNodes: (positions: ReadonlyMap<string, Point>) => void
  addGroup: (kind: GroupKind, position: Point) => string
  addNote: (position: Point) => string
  updateGroup: (id: string, patch: GroupPatch) => void
  updateNote: (id: string, patch: Partial<Pick<DiagramNote, 'text'>>) => void
  previewResize: (id: string, size: { width: number; height: number } | undefined) => void
}

/** Are there changes not saved to a file? Derived from the history, never set by hand. */
export function isUnsaved(state: Pick<EditorState, 'diagram' | 'savedDiagram'>): boolean {
  return state.diagram !== state.savedDiagram
}

export const EMPTY_SELECTION: Selection = { nodeIds: new Set(), edgeIds: new Set() }

export function selectionOf(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Selection {
  return { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) }
}
