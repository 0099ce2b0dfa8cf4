import type { Rect } from './groups'

/**
 * The view a loaded diagram opens at: all of it when it fits at a zoom where text can be read,
 * otherwise that legible zoom, starting from where the data comes in so the user pans along the flow.
 */
export interface Viewport {
  x: number
  y: number
  zoom: number
}

/** Below this, 11px labels are under 6px: the smallest zoom a diagram opens at. */
export const LEGIBLE_ZOOM = 0.5
/** A diagram that fits easily opens no bigger than its real size. */
const MAX_OPEN_ZOOM = 1
/** Screen pixels left around the diagram. */
const PADDING = 24

/**
 * `bounds` is every item's box, `sources` the boxes of the services nothing feeds (or the
 * leftmost column), all in flow coordinates; `pane` is the canvas size in screen pixels.
 */
export function legibleViewport(
  bounds: Rect,
  sources: Rect | undefined,
  pane: { width: number; height: number }
): Viewport {
  const roomX = Math.max(1, pane.width - 2 * PADDING)
  const roomY = Math.max(1, pane.height - 2 * PADDING)
  const fit = Math.min(
    roomX / Math.max(1, bounds.width),
    roomY / Math.max(1, bounds.height),
    MAX_OPEN_ZOOM
  )
  const zoom = Math.max(fit, LEGIBLE_ZOOM)
  // Half a pixel of slack for rounding in the division above.
  const fitsX = bounds.width * zoom <= roomX + 0.5
  const fitsY = bounds.height * zoom <= roomY + 0.5
  if (fitsX && fitsY) {
    return {
      x: pane.width / 2 - (bounds.x + bounds.width / 2) * zoom,
      y: pane.height / 2 - (bounds.y + bounds.height / 2) * zoom,
      zoom
    }
  }
  const from = sources ?? bounds
  // Along the flow: from the sources, at the left. Across it: the sources' middle in the middle
  // of the view when the diagram is too tall, but never scrolled past the diagram's own edges.
  const x = fitsX ? pane.width / 2 - (bounds.x + bounds.width / 2) * zoom : PADDING - from.x * zoom
  const centred = pane.height / 2 - (from.y + from.height / 2) * zoom
  const y = fitsY
    ? pane.height / 2 - (bounds.y + bounds.height / 2) * zoom
    : Math.min(
        PADDING - bounds.y * zoom,
        Math.max(centred, pane.height - PADDING - (bounds.y + bounds.height) * zoom)
      )
  return { x, y, zoom }
}
