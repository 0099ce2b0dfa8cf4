import { DIAGRAM_LIMITS } from '../../diagram/schema'
import type { Rect, VertexRole } from './classifyCells'
import { clip } from './labelText'
import type { MxCell } from './mxCells'

const L = DIAGRAM_LIMITS

/** The page's cells, indexed, with absolute bounds and what each vertex is. */
export class Page {
  readonly byId = new Map<string, MxCell>()
  readonly kids = new Map<string, MxCell[]>()
  readonly roles = new Map<string, VertexRole>()
  readonly #rects = new Map<string, Rect>()

  constructor(readonly cells: readonly MxCell[]) {
    for (const c of cells) if (!this.byId.has(c.id)) this.byId.set(c.id, c)
    for (const c of this.byId.values())
      if (c.parent !== undefined) {
        const list = this.kids.get(c.parent) ?? []
        list.push(c)
        this.kids.set(c.parent, list)
      }
  }

  /** Bounds in page coordinates: draw.io gives a child's geometry relative to its parent. */
  rect(cell: MxCell, depth = 0): Rect {
    const known = this.#rects.get(cell.id)
    if (known) return known
    const g = cell.geometry ?? { x: 0, y: 0, width: 0, height: 0, relative: false }
    const parent = cell.parent === undefined ? undefined : this.byId.get(cell.parent)
    let x = g.x
    let y = g.y
    if (parent?.vertex && depth < L.maxDepth * 2) {
      const p = this.rect(parent, depth + 1)
      x = g.relative ? p.x + g.x * p.width : p.x + g.x
      y = g.relative ? p.y + g.y * p.height : p.y + g.y
    }
    const r = { x, y, width: g.width, height: g.height }
    this.#rects.set(cell.id, r)
    return r
  }

  parentOf(cell: MxCell): MxCell | undefined {
    return cell.parent === undefined ? undefined : this.byId.get(cell.parent)
  }

  /** Cells below this one by parent, depth-first, guarded against cycles. */
  descendants(cell: MxCell): MxCell[] {
    const out: MxCell[] = []
    const seen = new Set([cell.id])
    const stack = [...(this.kids.get(cell.id) ?? [])]
    while (stack.length > 0) {
      const c = stack.pop()!
      if (seen.has(c.id)) continue
      seen.add(c.id)
      out.push(c)
      stack.push(...(this.kids.get(c.id) ?? []))
    }
    return out
  }

  isAncestor(ancestor: MxCell, cell: MxCell): boolean {
    let at = this.parentOf(cell)
    for (let i = 0; at && i < 1000; i++) {
      if (at.id === ancestor.id) return true
      at = this.parentOf(at)
    }
    return false
  }
}

export function center(r: Rect): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

export function inside(p: { x: number; y: number }, r: Rect, margin = 0): boolean {
  return (
    p.x >= r.x - margin &&
    p.x <= r.x + r.width + margin &&
    p.y >= r.y - margin &&
    p.y <= r.y + r.height + margin
  )
}

export const area = (r: Rect): number => r.width * r.height

/** Diagram ids from cell ids: the schema's characters and length, unique within the diagram. */
export class Ids {
  readonly #used = new Set<string>()
  readonly #byCell = new Map<string, string>()
  give(cellId: string): string {
    const base = cellId.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, L.maxIdLength - 8) || 'cell'
    let id = base
    for (let n = 2; this.#used.has(id); n++) id = `${base}_${String(n)}`
    this.#used.add(id)
    this.#byCell.set(cellId, id)
    return id
  }
  of(cellId: string): string | undefined {
    return this.#byCell.get(cellId)
  }
}

/**
 * The shape a report entry names: the AWS icon of a resource or product icon
 * (`mxgraph.aws4.kinesis_data_streams`), the group icon of a group, else the style's shape or
 * first style name (`text`, `swimlane`); `edge` and `rectangle` when the style names nothing.
 */
export function shapeType(cell: MxCell): string {
  const v = cell.style.values
  const named =
    v.get('resIcon') ??
    v.get('prIcon') ??
    v.get('grIcon') ??
    v.get('shape') ??
    cell.style.names.find((n) => n !== 'html')
  return clip(named ?? (cell.edge ? 'edge' : 'rectangle'), 200)
}
