import type { Surroundings } from '../../../shared/diagram/freeSpot'
import type { Rect } from '../../../shared/diagram/groups'

type ScreenToFlow = (point: { x: number; y: number }) => { x: number; y: number }

/**
 * The part of the canvas a person can see, for placing items they add without pointing (keyboard,
 * paste, duplicate, fixes). The canvas hands over its screen-to-flow conversion when it mounts;
 * until then nothing is known and items are placed clear of each other only.
 */
let screenToFlow: ScreenToFlow | undefined

export function provideScreenToFlow(convert: ScreenToFlow | undefined): void {
  screenToFlow = convert
}

/** What may cover part of the pane: React Flow's own panels, and the app's panels should they overlap it. */
const COVERING = [
  '.react-flow__minimap',
  '.react-flow__controls',
  '.react-flow__attribution',
  '.palette',
  '.inspector',
  '.bottom-panel',
  '.toolbar'
]
/** Screen pixels kept clear along the view's edges, so a new card is not flush with them. */
const EDGE_INSET = 24

function flowRect(
  convert: ScreenToFlow,
  left: number,
  top: number,
  right: number,
  bottom: number
): Rect {
  const a = convert({ x: left, y: top })
  const b = convert({ x: right, y: bottom })
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }
}

/** The visible canvas and the panels over it, in flow coordinates. */
export function viewSurroundings(): Pick<Surroundings, 'area' | 'blocked'> {
  // No canvas has handed over its conversion (none is mounted, or no DOM at all, as in unit tests).
  if (!screenToFlow) return {}
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect()
  if (!pane || pane.width === 0) return {}
  const blocked: Rect[] = []
  for (const selector of COVERING) {
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect()
      const left = Math.max(r.left, pane.left)
      const top = Math.max(r.top, pane.top)
      const right = Math.min(r.right, pane.right)
      const bottom = Math.min(r.bottom, pane.bottom)
      if (right > left && bottom > top)
        blocked.push(flowRect(screenToFlow, left, top, right, bottom))
    }
  }
  const area = flowRect(
    screenToFlow,
    pane.left + EDGE_INSET,
    pane.top + EDGE_INSET,
    pane.right - EDGE_INSET,
    pane.bottom - EDGE_INSET
  )
  return { area, blocked }
}
