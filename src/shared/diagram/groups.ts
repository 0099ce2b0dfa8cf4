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

type Item = { id: string; position: { x: number; y: number }; parentId?: string }

function withParent<T extends Item>(item: T, parentId: string | undefined): T {
  if (item.parentId === parentId) return item
  const { parentId: _old, ...rest } = item
  return (parentId === undefined ? rest : { ...rest, parentId }) as T
}

/**
 * Moves items to new absolute positions as one change. A moved group carries everything inside
 * it; every item that was moved by hand then belongs to the innermost group under its centre.
 */
export function moveItems(
  diagram: Diagram,
  moves: ReadonlyMap<string, { x: number; y: number }>,
  sizeOf: (id: string) => { width: number; height: number }
): Diagram {
  const carried = new Map<string, { x: number; y: number }>()
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
    if (to) return { ...item, position: { x: Math.round(to.x), y: Math.round(to.y) } }
    const by = carried.get(item.id)
    return by
      ? {
          ...item,
          position: { x: Math.round(item.position.x + by.x), y: Math.round(item.position.y + by.y) }
        }
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

/** Removes nodes, groups, notes and edges; what was inside a removed group moves to its parent. */
export function removeItems(diagram: Diagram, ids: ReadonlySet<string>): Diagram {
  const groups = diagram.groups ?? []
  const parentOf = new Map(groups.map((g) => [g.id, g.parentId]))
  const newParent = (parentId: string | undefined): string | undefined => {
    let p = parentId
    while (p !== undefined && ids.has(p)) p = parentOf.get(p)
    return p
  }
  const keep = <T extends Item>(list: T[]) =>
    list.filter((i) => !ids.has(i.id)).map((i) => withParent(i, newParent(i.parentId)))
  const nodes = keep(diagram.nodes)
  const nodeIds = new Set(nodes.map((n) => n.id))
  const out: Diagram = {
    ...diagram,
    nodes,
    edges: diagram.edges.filter(
      (e) => !ids.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target)
    )
  }
  if (diagram.groups) out.groups = keep(diagram.groups)
  if (diagram.notes) out.notes = keep(diagram.notes)
  return out
}
