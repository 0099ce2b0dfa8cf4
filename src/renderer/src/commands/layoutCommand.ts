import type { ReactFlowInstance } from '@xyflow/react'
import { formatServiceCount } from '../format'
import { interpolatePositions } from '../layout/autoLayout'
import { DEFAULT_NODE_SIZE, type Point } from '../../../shared/layout/layoutGraph'
import { layoutPositions } from '../../../shared/layout/layoutPositions'
import { isAbort, layoutInWorker } from '../layout/layoutWorker'
import { useEditor } from '../store/diagramStore'
import { showProgress } from '../store/progress'

const ANIMATION_MS = 300
/**
 * Tweening re-renders every moving node on every frame: with 1,000 moving a frame took 200–300 ms
 * here, with 100 about 50. Larger layouts put nodes in place a batch per frame instead.
 */
const TWEEN_MAX_NODES = 150
/**
 * A large layout puts nodes in place a batch per frame, sized from how long the last frame took so
 * that a frame's work stays near FRAME_BUDGET_MS (well under the 100 ms of a long task) on a slow
 * machine as on a fast one.
 */
const FRAME_BUDGET_MS = 60
const BATCH = { first: 25, min: 20, max: 250 } as const
/**
 * Each frame also pays for the whole canvas (every node and edge handed to React Flow again), so
 * shrinking batches below this share does not make frames cheaper, only more: at 1,500 nodes on a
 * busy machine batches of 20 took 18 s to place. At most this many frames, whatever the budget says
 * (with 10, frames of 100 nodes took 69–102 ms at 1,000 nodes; with 15, 69–74 ms: npm run bench).
 */
const MAX_BATCH_FRAMES = 15
/** A layout quicker than this is done before an indicator could be read: it would only flash. */
const PROGRESS_DELAY_MS = 300

/**
 * User-timing marks, so that a DevTools timeline (and the end-to-end tests) can see the phases:
 * ELK computing in the worker, then the nodes being put in place.
 */
const LAYOUT_MARKS = {
  start: 'pipewright:layout-start',
  computed: 'pipewright:layout-computed',
  placed: 'pipewright:layout-placed'
} as const

/** The layout running now; a new one replaces it. */
let running: AbortController | undefined

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** One frame of the move: the preview positions to show at `now`, or undefined once the move is over. */
type Step = (now: number) => Record<string, Point> | undefined

/** Eased positions of every moving node, frame by frame, for ANIMATION_MS. */
function tween(from: ReadonlyMap<string, Point>, to: ReadonlyMap<string, Point>): Step {
  let start: number | undefined
  let done = false
  return (now) => {
    if (done) return undefined
    start ??= now
    const t = Math.min(1, (now - start) / ANIMATION_MS)
    done = t >= 1
    return Object.fromEntries(interpolatePositions(from, to, t))
  }
}

/** Nodes jump to their places a batch per frame, left to right, so that no frame redraws them all. */
function inBatches(to: ReadonlyMap<string, Point>): Step {
  const order = [...to].sort((a, b) => a[1].x - b[1].x || a[1].y - b[1].y)
  const least = Math.max(BATCH.min, Math.ceil(order.length / MAX_BATCH_FRAMES))
  let next = 0
  let size: number = Math.max(BATCH.first, least)
  let last: number | undefined
  return (now) => {
    if (next >= order.length) return undefined
    // The time since the last frame is what that frame's batch cost (render, style, paint).
    if (last !== undefined)
      size = Math.round(
        Math.max(least, Math.min(BATCH.max, (size * FRAME_BUDGET_MS) / Math.max(1, now - last)))
      )
    last = now
    const batch = order.slice(next, next + size)
    next += size
    return Object.fromEntries(batch)
  }
}

const atOnce: Step = () => undefined

/**
 * Lays out the selection (two or more nodes) or the whole diagram as one undo step. ELK runs in a
 * worker, so the page stays responsive; a layout that takes a while shows its progress, and Esc
 * or Cancel stops it with nothing changed. Animated unless the system asks for reduced motion.
 */
export async function autoLayout(flow: ReactFlowInstance): Promise<void> {
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

async function layOut(
  flow: ReactFlowInstance,
  signal: AbortSignal,
  cancel: () => void
): Promise<void> {
  const state = useEditor.getState()
  const { diagram, selection, measured } = state
  const onlyIds = selection.nodeIds.size >= 2 ? selection.nodeIds : undefined
  const nodes = diagram.nodes.map((n) => ({
    id: n.id,
    width: measured[n.id]?.width ?? DEFAULT_NODE_SIZE.width,
    height: measured[n.id]?.height ?? DEFAULT_NODE_SIZE.height,
    position: n.position
  }))
  const edges = diagram.edges.map((e) => ({ source: e.source, target: e.target }))
  const count = onlyIds ? onlyIds.size : nodes.length
  performance.mark(LAYOUT_MARKS.start)
  const hideProgress = showProgress(
    { text: `Arranging ${formatServiceCount(count)}…`, cancel },
    PROGRESS_DELAY_MS
  )
  let target: Map<string, Point>
  try {
    target = await layoutPositions(
      onlyIds ? { nodes, edges, onlyIds } : { nodes, edges },
      (graph) => layoutInWorker(graph, signal)
    )
  } catch (err) {
    if (!isAbort(err)) {
      const reason = err instanceof Error ? err.message : String(err)
      useEditor.getState().setNotice({
        kind: 'error',
        text: `Auto-layout failed, nothing was moved: ${reason}. Try again, or arrange the nodes by hand.`
      })
    }
    return
  } finally {
    hideProgress()
  }
  performance.mark(LAYOUT_MARKS.computed)
  // Any edit meanwhile (an Undo pressed during the animation, say) wins: the layout was worked
  // out for a diagram that is gone, so it is dropped rather than committed on top.
  const overtaken = () => signal.aborted || useEditor.getState().diagram !== diagram
  if (overtaken()) return
  const reduceMotion = prefersReducedMotion()
  const from = new Map(diagram.nodes.filter((n) => target.has(n.id)).map((n) => [n.id, n.position]))
  // Batches are not motion (nodes do not travel), and at this size they keep the page responsive.
  const batched = target.size > TWEEN_MAX_NODES
  const step = batched ? inBatches(target) : reduceMotion ? atOnce : tween(from, target)
  // Putting a large layout in place takes a moment too: say so, and let Esc stop it as before.
  const hidePlacing = batched
    ? showProgress({ text: `Placing ${formatServiceCount(target.size)}…`, cancel })
    : () => {}
  // Frames move the live preview only; the diagram changes once, at the end.
  const finished = await new Promise<boolean>((resolve) => {
    const frame = (now: number) => {
      if (overtaken()) {
        resolve(false)
        return
      }
      const positions = step(now)
      if (!positions) {
        resolve(true)
        return
      }
      useEditor.getState().dragNodes(positions)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }).finally(hidePlacing)
  if (!finished) {
    useEditor.getState().dropDragPreview(target.keys())
    return
  }
  useEditor.getState().moveNodes(target)
  performance.mark(LAYOUT_MARKS.placed)
  if (!onlyIds) void flow.fitView({ padding: 0.15, maxZoom: 1.2, duration: reduceMotion ? 0 : 300 })
}
