import {
  DEFAULT_CARD_SIZE,
  DEFAULT_SPOT_MARGIN,
  EDGE_LABEL_ROOM,
  freeSpotIn,
  type Size,
  type Surroundings
} from '../../../shared/diagram/freeSpot'
import type { Point } from '../../../shared/diagram/edits'
import { viewSurroundings } from '../canvas/viewArea'
import type { EditorState } from './editorState'

/** Room for an edge label between a card and the next one added after it, as a fix leaves. */
const NEXT_CARD_GAP = EDGE_LABEL_ROOM + DEFAULT_SPOT_MARGIN
const UNMEASURED_CARD_ROOM = { width: 260, height: 76 }

/** What an item added without pointing must keep clear of: the cards as measured, and the view. */
export function surroundings(measured: EditorState['measured']): Surroundings {
  return { sizeOf: (id) => measured[id], ...viewSurroundings() }
}

/** Where an item added without pointing goes: the free spot nearest the middle of the view. */
export function freeSpotInView(
  { diagram, measured, selection }: Pick<EditorState, 'diagram' | 'measured' | 'selection'>,
  requested: Size
): Point {
  // A card is measured only once drawn, and a long name makes it wider than the default (up to
  // ~260 px, two lines): keep room for that, so it never reaches past the view's edge.
  const size = {
    width: Math.max(requested.width, UNMEASURED_CARD_ROOM.width),
    height: Math.max(requested.height, UNMEASURED_CARD_ROOM.height)
  }
  const around = surroundings(measured)
  // Services added one after another with the keyboard form a row, left to right as data flows:
  // the next goes to the right of the selected card (the one added last), a label's room away.
  const only =
    selection.nodeIds.size === 1
      ? diagram.nodes.find((n) => selection.nodeIds.has(n.id))
      : undefined
  if (only) {
    const width = measured[only.id]?.width ?? DEFAULT_CARD_SIZE.width
    return freeSpotIn(diagram, around, size, {
      x: only.position.x + width + NEXT_CARD_GAP,
      y: only.position.y
    })
  }
  const centre = around.area
    ? { x: around.area.x + around.area.width / 2, y: around.area.y + around.area.height / 2 }
    : { x: 0, y: 0 }
  return freeSpotIn(diagram, around, size, {
    x: centre.x - size.width / 2,
    y: centre.y - size.height / 2
  })
}
