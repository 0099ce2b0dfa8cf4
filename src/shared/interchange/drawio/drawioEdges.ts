import { DIAGRAM_LIMITS } from '../../diagram/schema'
import type { DiagramEdge } from '../../diagram/types'
import type { ImportReportEntry } from '../import/importReport'
import { cellLabel } from './classifyCells'
import { center, inside, shapeType, type Ids, type Page } from './drawioPage'
import { DRAWIO_GEOMETRY } from './drawioLimits'
import { clip } from './labelText'
import type { MxCell, Point, Style } from './mxCells'

type End = { ok: true; cell: MxCell; near: boolean; via?: string } | { ok: false; why: string }

/** draw.io draws an arrowhead at the end unless told otherwise, and none at the start. */
function arrowAt(style: Style, end: 'start' | 'end'): boolean {
  const v = style.values.get(`${end}Arrow`)
  if (v === undefined) return end === 'end'
  return v !== 'none' && v !== ''
}

function distance(p: Point, r: { x: number; y: number; width: number; height: number }): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width))
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height))
  return Math.hypot(dx, dy)
}

type Namer = (cell: MxCell) => string

/** How the report names an arrow end: its node's label (a caption drawn by an icon counts), else its own. */
function namer(nodeLabels: ReadonlyMap<string, string>): Namer {
  return (cell) => {
    const label = nodeLabels.get(cell.id) ?? cellLabel(cell)
    return label ? `“${clip(label, 60)}”` : `cell ${cell.id}`
  }
}

/** The service an arrow end is on: a service shape, the text on one, or a box holding exactly one. */
function serviceAt(page: Page, cell: MxCell, services: readonly MxCell[], name: Namer): End {
  const role = page.roles.get(cell.id)
  if (role?.role === 'service') return { ok: true, cell, near: false }
  if (role?.role === 'service-text') {
    const owner = page.byId.get(role.serviceCellId)
    if (owner) return { ok: true, cell: owner, near: false, via: `the text of ${name(owner)}` }
  }
  if (!cell.vertex) return { ok: false, why: `it ends on ${name(cell)}, which is not a shape` }
  const r = page.rect(cell)
  const held = new Set(
    page.descendants(cell).filter((d) => page.roles.get(d.id)?.role === 'service')
  )
  for (const s of services) if (s !== cell && inside(center(page.rect(s)), r)) held.add(s)
  const what = role?.role === 'frame' ? 'frame' : 'shape'
  if (held.size === 1) {
    const only = [...held][0]!
    return { ok: true, cell: only, near: false, via: `the ${what} ${name(cell)} around it` }
  }
  if (held.size > 1)
    return {
      ok: false,
      why: `it ends on the ${what} ${name(cell)}, which holds ${String(held.size)} services, so which one is meant is not clear`
    }
  return {
    ok: false,
    why:
      role?.role === 'frame'
        ? `it ends on the frame ${name(cell)}, which holds no service`
        : `it ends on ${name(cell)}, which is not a service Pipewright models`
  }
}

function nearest(page: Page, p: Point, candidates: readonly MxCell[]): MxCell | undefined {
  let best: MxCell | undefined
  let bestDistance: number = DRAWIO_GEOMETRY.nearTolerance
  for (const c of candidates) {
    const d = distance(p, page.rect(c))
    if (d <= bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

function resolveEnd(
  page: Page,
  edge: MxCell,
  id: string | undefined,
  point: Point | undefined,
  services: readonly MxCell[],
  shapes: readonly MxCell[],
  name: Namer
): End {
  if (id !== undefined) {
    const cell = page.byId.get(id)
    return cell
      ? serviceAt(page, cell, services, name)
      : { ok: false, why: `it names a cell ${id} that is not on the page` }
  }
  if (!point) return { ok: false, why: 'one end is attached to nothing and has no position' }
  const parent = page.parentOf(edge)
  const offset = parent?.vertex ? page.rect(parent) : { x: 0, y: 0 }
  const p = { x: point.x + offset.x, y: point.y + offset.y }
  const service = nearest(page, p, services)
  if (service) return { ok: true, cell: service, near: true }
  const shape = nearest(page, p, shapes)
  if (shape) {
    const found = serviceAt(page, shape, services, name)
    return found.ok ? { ...found, near: true } : found
  }
  return {
    ok: false,
    why: `one end is loose, not within ${String(DRAWIO_GEOMETRY.nearTolerance)} px of any shape`
  }
}

export interface Connected {
  edges: DiagramEdge[]
  entries: ImportReportEntry[]
}

/**
 * Arrows as edges. Direction comes from the cell's source and target, reversed when the only
 * arrowhead is at the start; an arrow with heads at both ends or none is taken as drawn (source →
 * target) and the report says so, since drawing it both ways would invent a flow. Loose ends
 * attach to the nearest shape within the tolerance.
 */
export function connectEdges(
  page: Page,
  edgeCells: readonly MxCell[],
  nodeCell: ReadonlyMap<string, string>,
  labels: ReadonlyMap<string, string[]>,
  ids: Ids,
  nodeLabels: ReadonlyMap<string, string>
): Connected {
  const name = namer(nodeLabels)
  const services = [...page.byId.values()].filter((c) => nodeCell.has(c.id))
  const shapes = [...page.byId.values()].filter(
    (c) => c.vertex && page.roles.get(c.id)?.role !== 'edge-label'
  )
  const edges: DiagramEdge[] = []
  const entries: ImportReportEntry[] = []
  const byPair = new Map<string, string>()
  for (const e of edgeCells) {
    const text = [cellLabel(e), ...(labels.get(e.id) ?? [])].filter((t) => t !== '').join(' / ')
    const labelled = text ? ` labelled “${clip(text, 120)}”` : ''
    const base = { sourceId: e.id, sourceType: shapeType(e) }
    const from = resolveEnd(page, e, e.source, e.geometry?.sourcePoint, services, shapes, name)
    const to = resolveEnd(page, e, e.target, e.geometry?.targetPoint, services, shapes, name)
    if (!from.ok || !to.ok) {
      const why = [from, to]
        .filter((x): x is Extract<End, { ok: false }> => !x.ok)
        .map((x) => x.why)
      entries.push({
        ...base,
        outcome: 'not-pipeline',
        detail: `Arrow${labelled} not drawn: ${why.join('; ')}.`
      })
      continue
    }
    const startHead = arrowAt(e.style, 'start')
    const endHead = arrowAt(e.style, 'end')
    const reversed = startHead && !endHead
    const [a, b] = reversed ? [to, from] : [from, to]
    const source = nodeCell.get(a.cell.id)!
    const target = nodeCell.get(b.cell.id)!
    if (source === target) {
      entries.push({
        ...base,
        outcome: 'not-pipeline',
        detail: `Arrow${labelled} not drawn: both ends are on ${name(a.cell)}.`
      })
      continue
    }
    const notes: string[] = []
    if (reversed)
      notes.push(
        'its only arrowhead is at its start, so the flow runs from its target to its source'
      )
    else if (startHead && endHead)
      notes.push(
        'it has arrowheads at both ends; imported one way, as drawn (source → target): check the direction'
      )
    else if (!endHead)
      notes.push('it has no arrowhead; imported as drawn (source → target): check the direction')
    for (const [end, which] of [
      [from, 'start'],
      [to, 'end']
    ] as const) {
      if (end.near)
        notes.push(`its ${which} only comes near ${name(end.cell)}, so it is attached to it`)
      if (end.via) notes.push(`its ${which} is on ${end.via}, so it is attached to that service`)
    }
    const what = `Arrow from ${name(a.cell)} to ${name(b.cell)}${labelled}`
    const pair = `${source}\u0000${target}`
    const existing = byPair.get(pair)
    if (existing) {
      entries.push({
        ...base,
        outcome: 'edge',
        detail: `${what}: the same connection as edge ${existing}, drawn once.`,
        edgeIds: [existing]
      })
      continue
    }
    if (edges.length >= DIAGRAM_LIMITS.maxEdges) {
      entries.push({
        ...base,
        outcome: 'unknown',
        detail: `${what} not drawn: a diagram holds at most ${String(DIAGRAM_LIMITS.maxEdges)} edges.`
      })
      continue
    }
    const id = ids.give(e.id)
    byPair.set(pair, id)
    edges.push({ id, source, target })
    entries.push({
      ...base,
      outcome: 'edge',
      detail: `${what}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`,
      edgeIds: [id]
    })
  }
  return { edges, entries }
}
