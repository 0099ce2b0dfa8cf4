import type { ReactFlowInstance } from '@xyflow/react'
import { formatNumber } from '../format'
import { interpolatePositions, layoutPositions, type Point } from '../layout/autoLayout'
import { isAbort, layoutInWorker } from '../layout/layoutWorker'
import { useEditor } from '../store/diagramStore'
import { showProgress } from '../store/progress'

const ANIMATION_MS = 300
/** A layout quicker than this is done before an indicator could be read: it would only flash. */
const PROGRESS_DELAY_MS = 300

/** The layout running now; a new one replaces it. */
let running: AbortController | undefined

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

function services(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'service' : 'services'}`
}

/**
 * Lays out the selection (two or more nodes) or the whole diagram as one undo step. ELK runs in a
 * worker, so the page stays responsive; a layout that takes a while shows its progress, and Esc
 * or Cancel stops it with nothing changed. Animated unless the system asks for reduced motion.
 */
export async function autoLayout(flow: ReactFlowInstance<any, any>): Promise<void> {
  running?.abort()
  const controller = new AbortController()
  running = controller
  const { signal } = controller
  const cancel = () => controller.abort()
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel()
  }
  window.addEventListener('keydown', onKey, true)
  try {
    await layOut(flow, signal, cancel)
  } finally {
    window.removeEventListener('keydown', onKey, true)
    if (running === controller) running = undefined
  }
}

async function layOut(flow: ReactFlowInstance<any, any>, signal: AbortSignal, cancel: () => void): Promise<void> {
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
  const count = onlyIds ? onlyIds.size : nodes.length
  const hideProgress = showProgress({ text: `Arranging ${services(count)}…`, cancel }, PROGRESS_DELAY_MS)
  let target: Map<string, Point>
  try {
    target = await layoutPositions(onlyIds ? { nodes, edges, onlyIds } : { nodes, edges }, (graph) => layoutInWorker(graph, signal))
  } catch (err) {
    if (!isAbort(err)) {
      const reason = err instanceof Error ? err.message : String(err)
      useEditor.getState().setNotice({ kind: 'error', text: `Auto-layout failed, nothing was moved: ${reason}. Try again, or arrange the nodes by hand.` })
    }
    return
  } finally {
    hideProgress()
  }
  // Any edit meanwhile (an Undo pressed during the animation, say) wins: the layout was worked
  // out for a diagram that is gone, so it is dropped rather than committed on top.
  const overtaken = () => signal.aborted || useEditor.getState().diagram !== diagram
  if (overtaken()) return
  const reduceMotion = prefersReducedMotion()
  if (!reduceMotion) {
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
  }
  useEditor.getState().moveNodes(target)
  if (!onlyIds) void flow.fitView({ padding: 0.15, maxZoom: 1.2, duration: reduceMotion ? 0 : 300 })
}
