import { useDeferredValue, useMemo } from 'react'
import type { Analysis } from '../store/analysis'
import type { EditorState } from '../store/diagramStore'
import { edgeLabelPlacements } from './edges/edgeLabelPlacements'
import { toFlowEdges, toFlowNodes, withDragPositions } from './flowMapping'
import type { AppNode, VerdictFlowEdge } from './flowTypes'

const NO_DRAG: Readonly<Record<string, { x: number; y: number }>> = {}

/** React Flow's nodes and edges for the store's diagram, memoised so unchanged ones are reused. */
export function useFlowElements(
  {
    diagram,
    dragPositions,
    measured,
    selection,
    resizePreview
  }: Pick<EditorState, 'diagram' | 'dragPositions' | 'measured' | 'selection' | 'resizePreview'>,
  analysis: Analysis,
  lite: boolean
): { nodes: AppNode[]; edges: VerdictFlowEdge[] } {
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
  return { nodes, edges }
}
