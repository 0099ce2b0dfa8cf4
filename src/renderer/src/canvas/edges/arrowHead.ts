import type { Position } from '@xyflow/react'
import { arrowHeadPath as sharedArrowHeadPath } from '../../../../shared/diagram/edgeGeometry'

/**
 * A closed arrowhead whose tip is the edge's end (the SVG export draws the same one). Drawn as a
 * path of its own rather than an SVG marker: with 1,500 edges the markers' per-instance
 * transforms and clips cost a sixth of every drag frame in Chromium.
 */
export function arrowHeadPath(x: number, y: number, side: Position): string {
  // React Flow's Position values are the side names themselves ('left', 'right', …).
  return sharedArrowHeadPath(x, y, side)
}
