import type { Rect as FlowRect } from '@xyflow/react'
import { legibleViewport, type Viewport } from '../../../shared/diagram/legibleView'
import type { Diagram } from '../../../shared/diagram/types'
import type { AppNode } from './flowTypes'

/** Cards this far right of the leftmost one still count as its column. */
const COLUMN_SLACK = 200

/**
 * The view a loaded diagram opens at (legibleView.ts): the bounds come from React Flow, which
 * knows every node's measured size and absolute position.
 */
export function openingView(
  diagram: Diagram,
  nodes: AppNode[],
  boundsOf: (nodes: AppNode[]) => FlowRect,
  pane: { width: number; height: number }
): Viewport {
  const fed = new Set(diagram.edges.map((e) => e.target))
  const services = nodes.filter((n) => n.type === 'service')
  let sources = services.filter((n) => !fed.has(n.id))
  if (sources.length === 0 && services.length > 0) {
    // Every service is fed (a cycle): the leftmost column stands for where the data comes in.
    const left = Math.min(...services.map((n) => n.position.x))
    sources = services.filter((n) => !n.parentId && n.position.x < left + COLUMN_SLACK)
  }
  return legibleViewport(boundsOf(nodes), sources.length > 0 ? boundsOf(sources) : undefined, pane)
}
