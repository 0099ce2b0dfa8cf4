import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react'
import { createPortal } from 'react-dom'
import { memo } from 'react'
import { useEditor } from '../../store/diagramStore'
import { analysisFor } from '../../store/analysis'
import { useViewPrefs } from '../../store/viewPrefs'
import type { VerdictFlowEdge } from '../flowTypes'
import { arrowHeadPath } from './arrowHead'
import { edgeLabelText } from './edgeLabelText'
import { useLabelLayer } from './labelLayer'

const VERDICT_ICON = { ok: '✓', warning: '⚠', error: '✗' } as const

function VerdictEdgeView(props: EdgeProps<VerdictFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props
  const showLabels = useViewPrefs((s) => s.showEdgeLabels)
  const labelLayer = useLabelLayer()
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  const verdict = data?.verdict ?? 'ok'
  const text = edgeLabelText(verdict, data?.mechanism, data?.fixLabel)
  const tooltip = [data?.reason, data?.citation ? `Source: ${data.citation}` : undefined].filter(Boolean).join('\n')

  const applyFix = () => {
    const state = useEditor.getState()
    const fix = analysisFor(state.diagram).problems.find((p) => p.edgeId === id && p.fix)?.fix
    if (fix) state.applyFix(fix)
  }

  return (
    <>
      <BaseEdge id={id} path={path} className={`verdict-edge verdict-${verdict}${selected ? ' selected' : ''}`} />
      <path className={`edge-arrow verdict-${verdict}`} d={arrowHeadPath(targetX, targetY, targetPosition)} />
      {labelLayer && (showLabels || verdict === 'error' || selected)
        ? createPortal(
            <div
              className={`edge-label nodrag nopan verdict-${verdict}${selected ? ' selected' : ''}`}
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
              data-edge-id={id}
              data-verdict={verdict}
              title={tooltip}
            >
              <span className="edge-label-text">
                {VERDICT_ICON[verdict]}
                {text ? ` ${text}` : null}
              </span>
              {data?.fixLabel ? (
                <button type="button" className="edge-fix" onClick={applyFix} title={data.reason}>
                  {data.fixLabel}
                </button>
              ) : null}
            </div>,
            labelLayer,
          )
        : null}
    </>
  )
}

export const VerdictEdge = memo(VerdictEdgeView)
