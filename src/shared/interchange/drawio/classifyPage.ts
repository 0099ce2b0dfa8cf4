import {
  classifyVertex,
  cellLabel,
  isTextOnly,
  serviceOfCell,
  type Rect,
  type VertexRole
} from './classifyCells'
import { DRAWIO_GEOMETRY } from './drawioLimits'
import { area, center, inside, type Page } from './drawioPage'
import type { MxCell } from './mxCells'

const G = DRAWIO_GEOMETRY

/** What every vertex of the page is (`page.roles`), parents before children. */
export function classifyAll(page: Page, vertices: readonly MxCell[]): void {
  const services = vertices.filter((v) => serviceOfCell(v)?.role === 'service')
  const isService = new Set(services)
  // Looking for services drawn inside a box costs boxes × services; big pages rely on cell parents.
  const geometric = vertices.length <= 5000
  const holdsServices = (cell: MxCell): boolean => {
    if (
      (page.kids.get(cell.id)?.length ?? 0) > 0 &&
      page.descendants(cell).some((d) => isService.has(d))
    )
      return true
    if (!geometric) return false
    const r = page.rect(cell)
    if (area(r) === 0) return false
    return services.some(
      (s) =>
        s !== cell &&
        !page.isAncestor(s, cell) &&
        area(page.rect(s)) < area(r) &&
        inside(center(page.rect(s)), r)
    )
  }
  const visit = (cell: MxCell, depth: number): VertexRole => {
    const known = page.roles.get(cell.id)
    if (known) return known
    const parent = page.parentOf(cell)
    const parentRole = parent?.vertex && depth < 64 ? visit(parent, depth + 1) : undefined
    const role = classifyVertex(cell, parent, parentRole, () => holdsServices(cell))
    page.roles.set(cell.id, role)
    return role
  }
  for (const v of vertices) visit(v, 0)
  if (geometric) adoptCaptions(page, vertices)
}

/**
 * An icon left unlabelled with a text box drawn just by it (the usual way with the older icon
 * sets) is labelled by that text: the nearest free caption within the attachment tolerance.
 */
function adoptCaptions(page: Page, vertices: readonly MxCell[]): void {
  const unlabelled = vertices.filter(
    (v) => page.roles.get(v.id)?.role === 'service' && cellLabel(v) === ''
  )
  if (unlabelled.length === 0) return
  const captions = vertices.filter(
    (v) => page.roles.get(v.id)?.role === 'note' && isTextOnly(v.style) && cellLabel(v) !== ''
  )
  for (const icon of unlabelled) {
    const r = page.rect(icon)
    let best: MxCell | undefined
    let bestGap: number = G.nearTolerance
    for (const c of captions) {
      if (page.roles.get(c.id)?.role !== 'note') continue
      const gap = rectGap(r, page.rect(c))
      if (gap <= bestGap) {
        best = c
        bestGap = gap
      }
    }
    if (best) page.roles.set(best.id, { role: 'service-text', serviceCellId: icon.id })
  }
}

function rectGap(a: Rect, b: Rect): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0)
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0)
  return Math.hypot(dx, dy)
}
