import { DEFAULT_CARD_SIZE } from '../../../../shared/diagram/freeSpot'
import type { Rect } from '../../../../shared/diagram/groups'
import {
  placeEdgeLabels,
  type LabelledEdge,
  type LabelPlacement
} from '../../../../shared/diagram/labelPlacement'
import type { Diagram } from '../../../../shared/diagram/types'
import type { Analysis } from '../../store/analysis'
import { edgeFixLabels } from '../flowMapping'
import { labelBox, labelContent } from './labelContent'

/** A user-timing mark per placement, so the end-to-end tests can see it never runs during a drag. */
const PLACEMENT_MARK = 'pipewright:label-placement'
let marks = 0

function markPlacement(): void {
  if (++marks > 1000) {
    performance.clearMarks(PLACEMENT_MARK)
    marks = 1
  }
  performance.mark(PLACEMENT_MARK)
}

/**
 * Label positions for every edge, from the saved positions and measured sizes: the canvas asks
 * again only when those or the verdicts change, never while a card is being dragged.
 */
export function edgeLabelPlacements(
  diagram: Diagram,
  measured: Readonly<Record<string, { width: number; height: number }>>,
  validation: Analysis['validation']
): Map<string, LabelPlacement> {
  const cards = new Map<string, Rect>()
  for (const n of diagram.nodes)
    cards.set(n.id, { ...n.position, ...(measured[n.id] ?? DEFAULT_CARD_SIZE) })
  // Notes are cards a label must not cover either; frames are not (a label inside a frame is fine).
  for (const n of diagram.notes ?? [])
    cards.set(n.id, { ...n.position, ...(n.size ?? measured[n.id] ?? DEFAULT_CARD_SIZE) })
  const fixes = edgeFixLabels(validation)
  const edges: LabelledEdge[] = diagram.edges.map((e) => {
    const result = validation.edges.get(e.id)
    const content = labelContent(result?.verdict ?? 'error', result?.mechanism, fixes.get(e.id))
    return { id: e.id, source: e.source, target: e.target, box: labelBox(content) }
  })
  markPlacement()
  return placeEdgeLabels(cards, edges)
}
