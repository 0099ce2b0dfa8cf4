import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef, useState } from 'react'
import { useEditor } from '../store/diagramStore'
import type { AppNode, VerdictFlowEdge } from './flowTypes'
import { openingView } from './openingView'

/** Returns the fit request whose opening view has been applied. */
export function useOpeningView(fitRequest: number, nodesInitialized: boolean): number {
  const { setViewport, getNodes, getNodesBounds, getInternalNode } = useReactFlow<
    AppNode,
    VerdictFlowEdge
  >()
  // The view a loaded diagram opens at has been applied (tests and benchmarks wait for it).
  const [fitted, setFitted] = useState(0)
  const fittedRequest = useRef(0)

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

  return fitted
}
