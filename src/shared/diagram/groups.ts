import type { Diagram, DiagramGroup } from './types'

/**
 * Groups frame services. Positions in the file are absolute; a node "in" a group is one whose
 * centre lies inside the group's frame when it is dropped. These pure helpers keep that true
 * when things move.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

function contains(outer: Rect, x: number, y: number): boolean {
  return x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height
}

function groupRect(g: DiagramGroup): Rect {
  return { x: g.position.x, y: g.position.y, width: g.size.width, height: g.size.height }
}

/** Ids of a group and everything inside it, at any depth. */
export function descendantsOf(diagram: Diagram, groupId: string): Set<string> {
  const out = new Set<string>()
  let frontier = [groupId]
  while (frontier.length > 0) {
    const next: string[] = []
    for (const item of [...diagram.nodes, ...(diagram.groups ?? []), ...(diagram.notes ?? [])]) {
      if (item.parentId !== undefined && frontier.includes(item.parentId) && !out.has(item.id)) {
        out.add(item.id)
        next.push(item.id)
      }
    }
    frontier = next
  }
  return out
}

/** The innermost group whose frame contains the point, ignoring `exclude` (and what is inside it). */
export function groupAt(
  diagram: Diagram,
  x: number,
  y: number,
  exclude?: string
): DiagramGroup | undefined {
  const excluded = exclude
    ? new Set([exclude, ...descendantsOf(diagram, exclude)])
    : new Set<string>()
  let best: DiagramGroup | undefined
  for (const g of diagram.groups ?? []) {
    if (excluded.has(g.id) || !contains(groupRect(g), x, y)) continue
    if (!best || g.size.width * g.size.height < best.size.width * best.size.height) best = g
  }
  return best
}

/** Depth of a group in the containment tree (0 at the top), for drawing parents first. */
export function groupDepth(diagram: Diagram, groupId: string): number {
  const byId = new Map((diagram.groups ?? []).map((g) => [g.id, g]))
  let depth = 0
  let parent = byId.get(groupId)?.parentId
  while (parent !== undefined && depth < 100) {
    depth++
    parent = byId.get(parent)?.parentId
  }
  return depth
}
