import type { Diagram, DiagramIgnore } from '../types'

const sameSubject = (a: DiagramIgnore, b: DiagramIgnore) =>
  a.code === b.code && a.nodeId === b.nodeId && a.edgeId === b.edgeId

/** Accepts a problem with a reason; a second entry for the same problem replaces the first's reason. */
export function addIgnore(diagram: Diagram, entry: DiagramIgnore): Diagram {
  const list = diagram.ignore ?? []
  const at = list.findIndex((e) => sameSubject(e, entry))
  if (at >= 0 && list[at]!.reason === entry.reason) return diagram
  const next = at >= 0 ? list.map((e, i) => (i === at ? entry : e)) : [...list, entry]
  return { ...diagram, ignore: next }
}

/** Stops ignoring: the entry at `index` (as `ignore[index]` in problems' paths) goes. */
export function removeIgnore(diagram: Diagram, index: number): Diagram {
  const list = diagram.ignore ?? []
  if (index < 0 || index >= list.length) return diagram
  const next = list.filter((_, i) => i !== index)
  if (next.length > 0) return { ...diagram, ignore: next }
  const { ignore: _dropped, ...rest } = diagram
  return rest
}

/** Entries about removed nodes or edges would only turn into unused-ignore warnings: they go too. */
export function withoutIgnoresOf(diagram: Diagram, removed: ReadonlySet<string>): Diagram {
  const list = diagram.ignore
  if (!list || removed.size === 0) return diagram
  const kept = list.filter(
    (e) =>
      (e.nodeId === undefined || !removed.has(e.nodeId)) &&
      (e.edgeId === undefined || !removed.has(e.edgeId))
  )
  if (kept.length === list.length) return diagram
  if (kept.length > 0) return { ...diagram, ignore: kept }
  const { ignore: _dropped, ...rest } = diagram
  return rest
}
