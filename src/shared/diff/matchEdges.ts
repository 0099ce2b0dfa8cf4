import type { DiagramEdge } from '../diagram/types'

/** How an edge's pair is told apart from another between the same nodes: its mechanism's id. */
export type MechanismOf = (edge: DiagramEdge) => string | undefined

/**
 * Each edge of `after` paired with its edge of `before`: by id first, then, for edges whose id
 * is new, by the same source, target and mechanism (an importer or a redraw gives a connection
 * a new id; it is still the connection a reviewer knew). Unpaired edges are added or removed.
 */
export function matchEdges(
  before: readonly DiagramEdge[],
  after: readonly DiagramEdge[],
  mechanismBefore: MechanismOf,
  mechanismAfter: MechanismOf
): { pairs: Array<[DiagramEdge, DiagramEdge]>; added: DiagramEdge[]; removed: DiagramEdge[] } {
  const beforeById = new Map(before.map((e) => [e.id, e]))
  const afterIds = new Set(after.map((e) => e.id))
  const pairs: Array<[DiagramEdge, DiagramEdge]> = []
  const unmatched: DiagramEdge[] = []
  for (const edge of after) {
    const same = beforeById.get(edge.id)
    if (same) pairs.push([same, edge])
    else unmatched.push(edge)
  }
  const endsKey = (e: DiagramEdge, mechanism: string | undefined) =>
    JSON.stringify([e.source, e.target, mechanism ?? ''])
  const byEnds = new Map<string, DiagramEdge[]>()
  for (const edge of before) {
    if (afterIds.has(edge.id)) continue
    const key = endsKey(edge, mechanismBefore(edge))
    const list = byEnds.get(key)
    if (list) list.push(edge)
    else byEnds.set(key, [edge])
  }
  const added: DiagramEdge[] = []
  for (const edge of unmatched) {
    const match = byEnds.get(endsKey(edge, mechanismAfter(edge)))?.shift()
    if (match) pairs.push([match, edge])
    else added.push(edge)
  }
  const removed = [...byEnds.values()].flat()
  return { pairs, added, removed }
}
