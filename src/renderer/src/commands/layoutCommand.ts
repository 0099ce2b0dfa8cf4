import type { ReactFlowInstance } from '@xyflow/react'
import { interpolatePositions, layoutPositions } from '../layout/autoLayout'
import { useEditor } from '../store/diagramStore'

const ANIMATION_MS = 300

/** Lays out the selection (two or more nodes) or the whole diagram, animated, as one undo step. */
export async function autoLayout(flow: ReactFlowInstance<any, any>): Promise<void> {
  const state = useEditor.getState()
  const { diagram, selection, measured } = state
  const onlyIds = selection.nodeIds.size >= 2 ? selection.nodeIds : undefined
  const nodes = diagram.nodes.map((n) => ({
    id: n.id,
    width: measured[n.id]?.width ?? 190,
    height: measured[n.id]?.height ?? 60,
    position: n.position,
  }))
  const edges = diagram.edges.map((e) => ({ source: e.source, target: e.target }))
  const target = await layoutPositions(onlyIds ? { nodes, edges, onlyIds } : { nodes, edges })
  // Any edit meanwhile (an Undo pressed during the animation, say) wins: the layout was worked
  // out for a diagram that is gone, so it is dropped rather than committed on top.
  const overtaken = () => useEditor.getState().diagram !== diagram
  if (overtaken()) return
  const from = new Map(diagram.nodes.filter((n) => target.has(n.id)).map((n) => [n.id, n.position]))
  const start = performance.now()
  const finished = await new Promise<boolean>((resolve) => {
    const frame = (now: number) => {
      if (overtaken()) return resolve(false)
      const t = Math.min(1, (now - start) / ANIMATION_MS)
      // Frames move the live preview only; the diagram changes once, at the end.
      useEditor.getState().dragNodes(Object.fromEntries(interpolatePositions(from, target, t)))
      if (t < 1) requestAnimationFrame(frame)
      else resolve(true)
    }
    requestAnimationFrame(frame)
  })
  if (!finished) {
    useEditor.getState().dropDragPreview(target.keys())
    return
  }
  useEditor.getState().moveNodes(target)
  if (!onlyIds) void flow.fitView({ padding: 0.15, maxZoom: 1.2, duration: 300 })
}
