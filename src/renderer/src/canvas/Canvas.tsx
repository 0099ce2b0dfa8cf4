import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore
} from '@xyflow/react'
import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useEditor } from '../store/diagramStore'
import { useRenderAll } from '../store/renderAll'
import { useResolvedTheme, useViewPrefs } from '../store/viewPrefs'
import { ConnectionHighlighter } from './ConnectionHighlighter'
import { useAnalysis } from '../store/analysis'
import { ConnectionLine } from './ConnectionLine'
import { CANVAS_ARIA_LABELS } from './ariaLabels'
import { openContextMenuFromKeyboard } from './keyboardContextMenu'
import { FindLabelLayer, LabelLayerProvider } from './edges/labelLayer'
import type { AppNode, VerdictFlowEdge } from './flowTypes'
import { edgeTypes, nodeTypes } from './nodeTypes'
import { minimapClass, minimapColor } from './minimapColors'
import { provideScreenToFlow } from './viewArea'
import { useCanvasDrop } from './useCanvasDrop'
import { useFlowElements } from './useFlowElements'
import { useFlowHandlers } from './useFlowHandlers'
import { useOpeningView } from './useOpeningView'
import { useRevealRequest } from './useRevealRequest'

const DELETE_KEYS = ['Delete', 'Backspace']
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']
const SNAP_GRID: [number, number] = [20, 20]
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
  const { screenToFlowPosition } = useReactFlow<AppNode, VerdictFlowEdge>()
  const fitRequest = useEditor((s) => s.fitRequest)
  const itemCount = useEditor(
    (s) => s.diagram.nodes.length + (s.diagram.groups?.length ?? 0) + (s.diagram.notes?.length ?? 0)
  )
  const renderAll = useRenderAll((s) => s.requests > 0)
  const culling = itemCount >= CULL_FROM_ITEMS && !renderAll
  const zoomedOut = useStore((s) => s.transform[2] < DETAIL_MIN_ZOOM)
  // An export keeps every detail whatever the zoom on screen: full cards and edge labels.
  const lite = zoomedOut && !renderAll
  const nodesInitialized = useNodesInitialized()

  useRevealRequest(nodesInitialized)

  // Items added without pointing are placed in the part of the canvas that can be seen.
  useEffect(() => {
    provideScreenToFlow((p) => screenToFlowPosition(p, { snapToGrid: false }))
    return () => provideScreenToFlow(undefined)
  }, [screenToFlowPosition])

  const fitted = useOpeningView(fitRequest, nodesInitialized)

  const { nodes, edges } = useFlowElements(
    { diagram, dragPositions, measured, selection, resizePreview },
    analysis,
    lite
  )
  const {
    onNodesChange,
    onEdgesChange,
    onDelete,
    onConnect,
    isValidConnection,
    onNodeContextMenu,
    onEdgeContextMenu,
    onPaneContextMenu
  } = useFlowHandlers()

  const snapToGrid = useViewPrefs((s) => s.snapToGrid)
  const colorMode = useResolvedTheme()

  const { onDragOver, onDrop } = useCanvasDrop()

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
