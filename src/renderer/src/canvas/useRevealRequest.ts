import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { useEditor } from '../store/diagramStore'
import type { AppNode, VerdictFlowEdge } from './flowTypes'

export function useRevealRequest(nodesInitialized: boolean): void {
  const { getInternalNode, fitView, getZoom } = useReactFlow<AppNode, VerdictFlowEdge>()
  const revealRequest = useEditor((s) => s.revealRequest)
  const revealed = useRef(0)

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
}
