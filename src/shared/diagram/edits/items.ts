import { DEFAULT_CARD_SIZE, type Size } from '../freeSpot'
import type { Diagram, DiagramGroup, DiagramNode, DiagramNote } from '../types'

/** What services, frames and notes have in common: where they are and which frame holds them. */
export type Item = DiagramNode | DiagramGroup | DiagramNote

export type Point = { readonly x: number; readonly y: number }

export function itemById(diagram: Diagram, id: string): Item | undefined {
  return (
    diagram.nodes.find((n) => n.id === id) ??
    diagram.groups?.find((g) => g.id === id) ??
    diagram.notes?.find((n) => n.id === id)
  )
}

/** The item with `parentId` set, or left out when undefined (the file never holds `parentId: undefined`). */
export function withParent<T extends Item>(item: T, parentId: string | undefined): T {
  if (item.parentId === parentId) return item
  const { parentId: _old, ...rest } = item
  return (parentId === undefined ? rest : { ...rest, parentId }) as T
}

/** Top-left corner of a frame in absolute coordinates; the origin for an item in no frame. */
export function frameOrigin(diagram: Diagram, groupId: string | undefined): Point {
  if (groupId === undefined) return { x: 0, y: 0 }
  return diagram.groups?.find((g) => g.id === groupId)?.position ?? { x: 0, y: 0 }
}

/** Cards are measured by the canvas; frames and notes carry their size; the rest is the default. */
export function itemSize(
  diagram: Diagram,
  measured: (id: string) => Size | undefined
): (id: string) => Size {
  return (id) =>
    measured(id) ??
    diagram.groups?.find((g) => g.id === id)?.size ??
    diagram.notes?.find((n) => n.id === id)?.size ??
    DEFAULT_CARD_SIZE
}

export function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) }
}
