import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange
} from '@xyflow/react'
import type React from 'react'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { isServiceId } from '../../../shared/catalog/services'
import { DEFAULT_CARD_SIZE } from '../../../shared/diagram/freeSpot'
import type { GroupKind } from '../../../shared/diagram/types'
import { useEditor } from '../store/diagramStore'
import { useRenderAll } from '../store/renderAll'
import { useResolvedTheme, useViewPrefs } from '../store/viewPrefs'
import { ConnectionHighlighter } from './ConnectionHighlighter'
import { openContextMenu } from './ContextMenu'
import { useAnalysis } from '../store/analysis'
import { ConnectionLine } from './ConnectionLine'
import { CANVAS_ARIA_LABELS } from './ariaLabels'
import { keepFocusInCanvas } from './canvasFocus'
import { openContextMenuFromKeyboard } from './keyboardContextMenu'
import { FindLabelLayer, LabelLayerProvider } from './edges/labelLayer'
import { toFlowEdges, toFlowNodes, withDragPositions } from './flowMapping'
import type { AppNode, VerdictFlowEdge } from './flowTypes'
import { edgeTypes, nodeTypes } from './nodeTypes'
import { edgeLabelPlacements } from './edges/edgeLabelPlacements'
import { minimapClass, minimapColor } from './minimapColors'
import { openingView } from './openingView'
import { provideScreenToFlow } from './viewArea'

export const SERVICE_DRAG_TYPE = 'application/x-pipewright-service'
export const FRAME_DRAG_TYPE = 'application/x-pipewright-frame'

const GROUP_KINDS: readonly string[] = [
  'on-premises',
  'region',
  'vpc',
  'availability-zone',
  'custom'
]
function isGroupKind(value: string): value is GroupKind {
  return GROUP_KINDS.includes(value)
}
const DELETE_KEYS = ['Delete', 'Backspace']
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']
const SNAP_GRID: [number, number] = [20, 20]
/** The middle of a new card (one line of text, no figures yet): a dropped card is centred on the pointer. */
const DROP_ANCHOR = { x: DEFAULT_CARD_SIZE.width / 2, y: 28 }
const NO_DRAG: Readonly<Record<string, { x: number; y: number }>> = {}
/**
 * From this many services, frames and notes, only what is in view is drawn (React Flow's
 * onlyRenderVisibleElements): a card is several times the DOM of a plain React Flow node, and
 * drawing every one made each move of a drag paint and restyle them all (issue 14). Every item is
 * still drawn once when a diagram loads, to be measured; an image export draws them all again.
 */
const CULL_FROM_ITEMS = 300
/** Below this zoom a card's figures and edge labels are too small to read: cards show icon and name only, edges no labels. */
const DETAIL_MIN_ZOOM = 0.5

export function Canvas() {
  const { diagram, dragPositions, measured, selection, resizePreview } = useEditor(
    useShallow((s) => ({
      diagram: s.diagram,
      dragPositions: s.dragPositions,
      measured: s.measured,
      selection: s.selection,
      resizePreview: s.resizePreview
    }))
  )
  const analysis = useAnalysis()
  const {
    screenToFlowPosition,
    setViewport,
    getNodes,
    getNodesBounds,
    getInternalNode,
    fitView,
    getZoom
  } = useReactFlow<AppNode, VerdictFlowEdge>()
  const fitRequest = useEditor((s) => s.fitRequest)
  const itemCount = useEditor(
    (s) => s.diagram.nodes.length + (s.diagram.groups?.length ?? 0) + (s.diagram.notes?.length ?? 0)
  )
  const renderAll = useRenderAll((s) => s.requests > 0)
  const culling = itemCount >= CULL_FROM_ITEMS && !renderAll
  const zoomedOut = useStore((s) => s.transform[2] < DETAIL_MIN_ZOOM)
  // An export keeps every detail whatever the zoom on screen: full cards and edge labels.
  const lite = zoomedOut && !renderAll
  // The view a loaded diagram opens at has been applied (tests and benchmarks wait for it).
  const [fitted, setFitted] = useState(0)
  const revealRequest = useEditor((s) => s.revealRequest)
  const revealed = useRef(0)
  const nodesInitialized = useNodesInitialized()
  const fittedRequest = useRef(0)

  // A fix that moved cards over to make room for its row shows the whole chain once it is measured,
  // never zooming in and never below a legible 50 %.
  useEffect(() => {
    if (!revealRequest || revealRequest.n === revealed.current) return
    if (!revealRequest.ids.every((id) => getInternalNode(id)?.measured.width)) return
    revealed.current = revealRequest.n
    void fitView({
      nodes: revealRequest.ids.map((id) => ({ id })),
      padding: 0.2,
      maxZoom: getZoom(),
      minZoom: 0.5,
      duration: 0
    })
  }, [revealRequest, nodesInitialized, getInternalNode, fitView, getZoom])

  // Items added without pointing are placed in the part of the canvas that can be seen.
  useEffect(() => {
    provideScreenToFlow((p) => screenToFlowPosition(p, { snapToGrid: false }))
    return () => provideScreenToFlow(undefined)
  }, [screenToFlowPosition])

  // A newly loaded diagram opens at a legible zoom once React Flow has measured its nodes; an empty
  // one opens at 100 %, so the first drop lands under the pointer at its real size.
  useEffect(() => {
    if (fitRequest === fittedRequest.current) return
    const { diagram } = useEditor.getState()
    const empty = diagram.nodes.length === 0 && !diagram.groups?.length && !diagram.notes?.length
    if (empty) {
      fittedRequest.current = fitRequest
      void setViewport({ x: 0, y: 0, zoom: 1 }).then(() => setFitted(fitRequest))
      return
    }
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect()
    // Right after a load, React Flow may still report the previous diagram's nodes as measured.
    const flowNodes = getNodes()
    const measuredAll =
      flowNodes.length > 0 && flowNodes.every((n) => getInternalNode(n.id)?.measured.width)
    if (!nodesInitialized || !measuredAll || !pane) return
    fittedRequest.current = fitRequest
    void setViewport(openingView(diagram, flowNodes, getNodesBounds, pane)).then(() =>
      setFitted(fitRequest)
    )
  }, [fitRequest, nodesInitialized, setViewport, getNodes, getNodesBounds, getInternalNode])

  // Placing 1,500 labels and redrawing the edges they move is a render of its own, deferred (React
  // renders it in slices after the edit has been drawn): committing a 1,000-node layout in one
  // render held the page 165 ms.
  const placementInput = useDeferredValue(
    useMemo(
      () => ({ diagram, measured, validation: analysis.validation }),
      [diagram, measured, analysis.validation]
    )
  )
  const labelPlacements = useMemo(
    () =>
      edgeLabelPlacements(
        placementInput.diagram,
        placementInput.measured,
        placementInput.validation
      ),
    // Positions and sizes as saved, not the drag preview: labels are placed again after a drop.
    // The lists it reads are named one by one so a rename or a setting does not place them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [
      placementInput.diagram.nodes,
      placementInput.diagram.notes,
      placementInput.diagram.edges,
      placementInput.measured,
      placementInput.validation
    ]
  )

  // Everything but a drag's live positions, which change on every move and are laid over it below.
  const placedNodes = useMemo(
    () => toFlowNodes(diagram, analysis, NO_DRAG, measured, selection, resizePreview, lite),
    [diagram, analysis, measured, selection, resizePreview, lite]
  )
  const nodes = useMemo(
    () => withDragPositions(placedNodes, dragPositions),
    [placedNodes, dragPositions]
  )
  const edges = useMemo(
    () => toFlowEdges(diagram, analysis.validation, selection, labelPlacements),
    [diagram, analysis, selection, labelPlacements]
  )

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

  const snapToGrid = useViewPrefs((s) => s.snapToGrid)
  const colorMode = useResolvedTheme()

  const onDragOver = useCallback((event: DragEvent) => {
    if (
      event.dataTransfer.types.includes(SERVICE_DRAG_TYPE) ||
      event.dataTransfer.types.includes(FRAME_DRAG_TYPE)
    ) {
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    }
  }, [])

  const onDrop = useCallback(
    (event: DragEvent) => {
      const service = event.dataTransfer.getData(SERVICE_DRAG_TYPE)
      const frame = event.dataTransfer.getData(FRAME_DRAG_TYPE)
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY })
      if (frame) {
        event.preventDefault()
        if (frame === 'note')
          useEditor.getState().addNote({ x: position.x - 100, y: position.y - 55 })
        else if (isGroupKind(frame))
          useEditor.getState().addGroup(frame, { x: position.x - 230, y: position.y - 140 })
        return
      }
      if (!isServiceId(service)) return
      event.preventDefault()
      // Centre the card on the pointer rather than hanging it from its corner.
      useEditor
        .getState()
        .addNode(service, { x: position.x - DROP_ANCHOR.x, y: position.y - DROP_ANCHOR.y })
    },
    [screenToFlowPosition]
  )

  return (
    <div
      id="canvas"
      className={lite ? 'canvas zoomed-out' : 'canvas'}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onKeyDown={openContextMenuFromKeyboard}
      data-testid="canvas"
      data-culling={culling ? 'on' : undefined}
      data-opened={fitted === fitRequest ? 'yes' : 'no'}
    >
      <LabelLayerProvider>
        <ReactFlow<AppNode, VerdictFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onDelete={onDelete}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          connectionLineComponent={ConnectionLine}
          connectionRadius={40}
          deleteKeyCode={DELETE_KEYS}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode="Shift"
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          snapToGrid={snapToGrid}
          snapGrid={SNAP_GRID}
          colorMode={colorMode}
          minZoom={0.1}
          maxZoom={2}
          defaultViewport={{ x: 0, y: 0, zoom: 1 }}
          onlyRenderVisibleElements={culling}
          aria-label="Pipeline canvas"
          // Keyboard access: the canvas is a Tab stop of its own ("Skip to canvas" lands here).
          tabIndex={0}
          ariaLabelConfig={CANVAS_ARIA_LABELS}
        >
          <ConnectionHighlighter />
          <FindLabelLayer />
          <Background gap={20} />
          <MiniMap
            pannable
            zoomable
            ariaLabel="Minimap"
            nodeColor={minimapColor}
            nodeClassName={minimapClass}
          />
          <Controls />
        </ReactFlow>
      </LabelLayerProvider>
      {diagram.nodes.length === 0 ? (
        <div className="canvas-empty" aria-hidden="true">
          <p>Drag a service from the palette to start,</p>
          <p>then drag from a node's right handle to another node to connect them.</p>
        </div>
      ) : null}
    </div>
  )
}
