import type { Diagram } from '../types'
import { withoutIgnoresOf } from './ignores'
import { type Item, withParent } from './items'

/** Removes nodes, groups, notes and edges; what was inside a removed group moves to its parent. */
export function removeItems(diagram: Diagram, ids: ReadonlySet<string>): Diagram {
  if (ids.size === 0) return diagram
  const groups = diagram.groups ?? []
  const parentOf = new Map(groups.map((g) => [g.id, g.parentId]))
  const newParent = (parentId: string | undefined): string | undefined => {
    let p = parentId
    while (p !== undefined && ids.has(p)) p = parentOf.get(p)
    return p
  }
  const keep = <T extends Item>(list: readonly T[]) =>
    list.filter((i) => !ids.has(i.id)).map((i) => withParent(i, newParent(i.parentId)))
  const nodes = keep(diagram.nodes)
  const nodeIds = new Set(nodes.map((n) => n.id))
  const edges = diagram.edges.filter(
    (e) => !ids.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target)
  )
  const next: Diagram = {
    ...diagram,
    nodes,
    edges,
    ...(diagram.groups ? { groups: keep(diagram.groups) } : {}),
    ...(diagram.notes ? { notes: keep(diagram.notes) } : {})
  }
  if (!diagram.ignore) return next
  const gone = new Set(ids)
  if (edges.length < diagram.edges.length) {
    const kept = new Set(edges.map((e) => e.id))
    for (const e of diagram.edges) if (!kept.has(e.id)) gone.add(e.id)
  }
  return withoutIgnoresOf(next, gone)
}

/** Removes the given nodes (services, frames, notes) and edges; an edge loses with either end. */
export function removeElements(
  diagram: Diagram,
  nodeIds: readonly string[],
  edgeIds: readonly string[]
): Diagram {
  return removeItems(diagram, new Set([...nodeIds, ...edgeIds]))
}
