import { DEFAULT_CARD_SIZE } from '../../diagram/freeSpot'
import { DIAGRAM_LIMITS } from '../../diagram/schema'
import type { DiagramGroup, DiagramNode, DiagramNote } from '../../diagram/types'
import type { Rect } from './classifyCells'
import { DRAWIO_GEOMETRY } from './drawioLimits'
import { coordinate } from './placement'

const L = DIAGRAM_LIMITS
const G = DRAWIO_GEOMETRY

export type Sized = DiagramGroup & { rect: Rect; depth: number }

/** Frames grown to hold their cards, notes and inner frames, innermost first. */
export function fitFrames(
  frames: Sized[],
  nodes: readonly DiagramNode[],
  notes: readonly DiagramNote[]
): DiagramGroup[] {
  const byId = new Map(frames.map((f) => [f.id, f]))
  const depthOf = (f: Sized): number => {
    let d = 0
    for (let at = f.parentId; at !== undefined && d <= L.maxDepth; d++) at = byId.get(at)?.parentId
    return d
  }
  for (const f of frames) f.depth = depthOf(f)
  const grow = (id: string | undefined, r: Rect) => {
    const f = id === undefined ? undefined : byId.get(id)
    if (!f) return
    const pad = G.framePadding
    const x1 = Math.min(f.rect.x, r.x - pad)
    const y1 = Math.min(f.rect.y, r.y - pad)
    const x2 = Math.max(f.rect.x + f.rect.width, r.x + r.width + pad)
    const y2 = Math.max(f.rect.y + f.rect.height, r.y + r.height + pad)
    f.rect = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }
  }
  for (const n of nodes) grow(n.parentId, { ...n.position, ...DEFAULT_CARD_SIZE })
  for (const n of notes) grow(n.parentId, { ...n.position, ...(n.size ?? DEFAULT_CARD_SIZE) })
  for (const f of [...frames].sort((a, b) => b.depth - a.depth)) grow(f.parentId, f.rect)
  return frames.map((f) => {
    const tooDeep = f.depth > L.maxDepth - 1
    return {
      id: f.id,
      kind: f.kind,
      label: f.label,
      position: { x: coordinate(f.rect.x), y: coordinate(f.rect.y) },
      size: {
        width: Math.min(L.maxAbsSize, Math.max(1, Math.round(f.rect.width))),
        height: Math.min(L.maxAbsSize, Math.max(1, Math.round(f.rect.height)))
      },
      ...(f.parentId && !tooDeep ? { parentId: f.parentId } : {})
    }
  })
}
