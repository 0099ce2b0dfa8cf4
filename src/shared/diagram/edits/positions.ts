import type { Size } from '../freeSpot'
import { descendantsOf, groupAt } from '../groups'
import type { Diagram } from '../types'
import { frameOrigin, itemById, type Item, type Point, roundPoint, withParent } from './items'

/**
 * Moves items to new absolute positions as one change. A moved group carries everything inside
 * it; every item that was moved by hand then belongs to the innermost group under its centre.
 */
export function moveItems(
  diagram: Diagram,
  moves: ReadonlyMap<string, Point>,
  sizeOf: (id: string) => Size
): Diagram {
  const carried = new Map<string, Point>()
  for (const g of diagram.groups ?? []) {
    const to = moves.get(g.id)
    if (!to) continue
    const dx = to.x - g.position.x
    const dy = to.y - g.position.y
    for (const id of descendantsOf(diagram, g.id))
      if (!moves.has(id)) carried.set(id, { x: dx, y: dy })
  }
  const place = <T extends Item>(item: T): T => {
    const to = moves.get(item.id)
    if (to) return { ...item, position: roundPoint(to) }
    const by = carried.get(item.id)
    return by
      ? { ...item, position: roundPoint({ x: item.position.x + by.x, y: item.position.y + by.y }) }
      : item
  }
  const placed: Diagram = {
    ...diagram,
    nodes: diagram.nodes.map(place),
    ...(diagram.groups ? { groups: diagram.groups.map(place) } : {}),
    ...(diagram.notes ? { notes: diagram.notes.map(place) } : {})
  }
  if (!placed.groups || placed.groups.length === 0) return placed
  const parentFor = (item: Item) => {
    if (!moves.has(item.id)) return item.parentId
    const size = sizeOf(item.id)
    return groupAt(
      placed,
      item.position.x + size.width / 2,
      item.position.y + size.height / 2,
      item.id
    )?.id
  }
  return {
    ...placed,
    nodes: placed.nodes.map((n) => withParent(n, parentFor(n))),
    groups: placed.groups.map((g) => withParent(g, parentFor(g))),
    ...(placed.notes ? { notes: placed.notes.map((n) => withParent(n, parentFor(n))) } : {})
  }
}

/**
 * The end of a drag on the canvas. React Flow places an item in a frame relative to the frame;
 * the diagram keeps absolute positions, so each is turned absolute before the move.
 */
export function commitDrag(
  diagram: Diagram,
  flowPositions: Readonly<Record<string, Point>>,
  sizeOf: (id: string) => Size
): Diagram {
  const moves = new Map<string, Point>()
  for (const [id, p] of Object.entries(flowPositions)) {
    const origin = frameOrigin(diagram, itemById(diagram, id)?.parentId)
    moves.set(id, { x: p.x + origin.x, y: p.y + origin.y })
  }
  if (moves.size === 0) return diagram
  return moveItems(diagram, moves, sizeOf)
}

/** Services to new absolute positions (auto-layout, nudges); frames and membership stay as they are. */
export function moveNodes(diagram: Diagram, positions: ReadonlyMap<string, Point>): Diagram {
  if (positions.size === 0) return diagram
  return {
    ...diagram,
    nodes: diagram.nodes.map((n) => {
      const p = positions.get(n.id)
      return p ? { ...n, position: roundPoint(p) } : n
    })
  }
}
