import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react'
import { createPortal } from 'react-dom'
import { memo, type MouseEvent } from 'react'
import { pointOnEdge } from '../../../../shared/diagram/edgeGeometry'
import { useEditor } from '../../store/diagramStore'
import { analysisFor } from '../../store/analysis'
import { useViewPrefs } from '../../store/viewPrefs'
import type { VerdictFlowEdge } from '../flowTypes'
import { arrowHeadPath } from './arrowHead'
import { labelContent } from './labelContent'
import { useLabelLayer } from './labelLayer'

function VerdictEdgeView(props: EdgeProps<VerdictFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props
  const showLabels = useViewPrefs((s) => s.showEdgeLabels)
  const labelLayer = useLabelLayer()
  const [path, midX, midY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition
  })
  const verdict = data?.verdict ?? 'ok'
  const content = labelContent(verdict, data?.mechanism, data?.fixLabel)
  // The placement is a fraction along the edge, so the label rides along while an end is dragged.
  const placement = data?.label
  const at = placement
    ? pointOnEdge(
        {
          sourceX,
          sourceY,
          sourceSide: sourcePosition,
          targetX,
          targetY,
          targetSide: targetPosition
        },
        placement.t
      )
    : { x: midX, y: midY }
  const tooltip = [
    content.text,
    data?.reason,
    data?.citation ? `Source: ${data.citation}` : undefined
  ]
    .filter(Boolean)
    .join('\n')

  // The label selects its edge, like a click on the line; only the fix button changes the diagram.
  const select = () => useEditor.getState().select([], [id])
  const applyFix = (event: MouseEvent) => {
    event.stopPropagation()
    const state = useEditor.getState()
    const fix = analysisFor(state.diagram).problems.find((p) => p.edgeId === id && p.fix)?.fix
    if (fix) state.applyFix(fix)
  }

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`verdict-edge verdict-${verdict}${selected ? ' selected' : ''}`}
      />
      <path
        className={`edge-arrow verdict-${verdict}`}
        d={arrowHeadPath(targetX, targetY, targetPosition)}
      />
      {labelLayer && (showLabels || verdict === 'error' || selected)
        ? createPortal(
            <div
              className={`edge-label nodrag nopan verdict-${verdict}${selected ? ' selected' : ''}`}
              style={{
                transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`,
                maxWidth: placement?.width
              }}
              data-edge-id={id}
              data-verdict={verdict}
              title={tooltip}
              onClick={select}
            >
              <span className="edge-label-text">{content.text}</span>
              {content.fix ? (
                <button type="button" className="edge-fix" onClick={applyFix} title={data?.reason}>
                  {content.fix}
                </button>
              ) : null}
            </div>,
            labelLayer
          )
        : null}
    </>
  )
}

export const VerdictEdge = memo(VerdictEdgeView)
