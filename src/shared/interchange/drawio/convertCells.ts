import { DEFAULT_CARD_SIZE } from '../../diagram/freeSpot'
import { SERVICES, type ServiceId } from '../../catalog/services'
import { DIAGRAM_LIMITS } from '../../diagram/schema'
import type { DiagramEdge, DiagramGroup, DiagramNode, DiagramNote } from '../../diagram/types'
import type { ImportReportEntry } from '../import/importReport'
import { cellLabel, type VertexRole } from './classifyCells'
import { AWS_GROUP_ICONS } from './drawioGroups'
import { DRAWIO_GEOMETRY } from './drawioLimits'
import { connectEdges } from './drawioEdges'
import { area, center, Ids, inside, Page, shapeType } from './drawioPage'
import { clip } from './labelText'
import type { MxCell } from './mxCells'
import { classifyAll } from './classifyPage'
import { fitFrames, type Sized } from './fitFrames'
import { coordinate, spreadFactor } from './placement'

const L = DIAGRAM_LIMITS

const NAMES = new Map(SERVICES.map((s) => [s.id, s.name]))
const serviceName = (id: ServiceId) => NAMES.get(id) ?? id
const G = DRAWIO_GEOMETRY

export interface Converted {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  groups: DiagramGroup[]
  notes: DiagramNote[]
  entries: ImportReportEntry[]
  remarks: string[]
  /** Arrows read but not drawn (an end on no service, a loop); each has its entry saying why. */
  undrawnArrows: number
}

/** The frame an item sits in: its nearest frame ancestor, else the smallest frame drawn around it. */
function frameOf(
  page: Page,
  cell: MxCell,
  frames: readonly MxCell[],
  whole: boolean
): MxCell | undefined {
  for (let at = page.parentOf(cell), i = 0; at && i < 1000; at = page.parentOf(at), i++)
    if (page.roles.get(at.id)?.role === 'frame') return at
  const r = page.rect(cell)
  let best: MxCell | undefined
  for (const f of frames) {
    if (f === cell || page.isAncestor(cell, f)) continue
    const fr = page.rect(f)
    if (area(fr) <= area(r)) continue
    const fits = whole
      ? inside({ x: r.x, y: r.y }, fr) && inside({ x: r.x + r.width, y: r.y + r.height }, fr)
      : inside(center(r), fr)
    if (fits && (!best || area(fr) < area(page.rect(best)))) best = f
  }
  return best
}

export function convertCells(cells: readonly MxCell[]): Converted {
  const page = new Page(cells)
  const entries: ImportReportEntry[] = []
  const remarks: string[] = []
  const seen = new Set<string>()
  const structural = new Set<string>()
  for (const c of page.byId.values()) if (!c.vertex && !c.edge) structural.add(c.id) // the root cell and the layers
  const vertices: MxCell[] = []
  const edgeCells: MxCell[] = []
  for (const c of cells) {
    if (seen.has(c.id)) {
      entries.push({
        sourceId: c.id,
        sourceType: c.rawStyle.slice(0, 200),
        outcome: 'unknown',
        detail: 'A second cell with the same id; draw.io keeps only one, so it is skipped.'
      })
      continue
    }
    seen.add(c.id)
    if (c.vertex) vertices.push(c)
    else if (c.edge) edgeCells.push(c)
  }
  const layers = [...structural].filter((id) => page.byId.get(id)?.parent !== undefined)
  if (layers.length > 1)
    remarks.push(`The page has ${String(layers.length)} layers; all are imported.`)
  classifyAll(page, vertices)

  const ids = new Ids()
  const frames = vertices.filter((v) => page.roles.get(v.id)?.role === 'frame')
  const serviceCells = vertices.filter((v) => page.roles.get(v.id)?.role === 'service')
  const scale = spreadFactor(serviceCells.map((s) => center(page.rect(s))))
  if (scale > 1)
    remarks.push(
      `Positions are spread by ${scale.toFixed(2)}× so that draw.io's icons become Pipewright cards without overlapping.`
    )
  const scaled = (p: { x: number; y: number }) => ({ x: p.x * scale, y: p.y * scale })

  const groups = new Map<string, Sized>()
  const frameIds = new Map<string, string>()
  for (const f of frames) {
    if (groups.size >= L.maxGroups) {
      entries.push(limitEntry(f, 'frames', L.maxGroups))
      continue
    }
    const id = ids.give(f.id)
    frameIds.set(f.id, id)
    const icon = (f.style.values.get('grIcon') ?? '').toLowerCase()
    const role = page.roles.get(f.id) as Extract<VertexRole, { role: 'frame' }>
    const label = clip(cellLabel(f) || (AWS_GROUP_ICONS[icon]?.name ?? ''), L.maxLabelLength)
    const r = page.rect(f)
    const s = scaled(r)
    groups.set(f.id, {
      id,
      kind: role.kind,
      label,
      position: { x: s.x, y: s.y },
      size: { width: Math.max(1, r.width * scale), height: Math.max(1, r.height * scale) },
      rect: {
        x: s.x,
        y: s.y,
        width: Math.max(1, r.width * scale),
        height: Math.max(1, r.height * scale)
      },
      depth: 0
    })
    entries.push({
      sourceId: f.id,
      sourceType: shapeType(f),
      outcome: 'frame',
      detail: `Frame “${label || role.kind}” (${role.kind}): ${role.why}.`,
      groupIds: [id]
    })
  }
  const parentFrame = (cell: MxCell, whole: boolean): string | undefined => {
    const f = frameOf(page, cell, frames, whole)
    return f ? frameIds.get(f.id) : undefined
  }
  for (const f of frames) {
    const g = groups.get(f.id)
    const p = g ? parentFrame(f, true) : undefined
    if (g && p) groups.set(f.id, { ...g, parentId: p })
  }

  const captionOf = new Map<string, MxCell>()
  for (const v of vertices) {
    const role = page.roles.get(v.id)
    if (role?.role === 'service-text' && !captionOf.has(role.serviceCellId))
      captionOf.set(role.serviceCellId, v)
  }
  const nodes: DiagramNode[] = []
  const nodeCell = new Map<string, string>()
  for (const v of serviceCells) {
    const role = page.roles.get(v.id) as Extract<VertexRole, { role: 'service' }>
    if (nodes.length >= L.maxNodes) {
      entries.push(limitEntry(v, 'services', L.maxNodes))
      continue
    }
    const id = ids.give(v.id)
    nodeCell.set(v.id, id)
    const c = scaled(center(page.rect(v)))
    let label = cellLabel(v)
    if (label === '') {
      const text = captionOf.get(v.id)
      if (text) label = cellLabel(text)
    }
    const parentId = parentFrame(v, false)
    nodes.push({
      id,
      service: role.service,
      position: {
        x: coordinate(c.x - DEFAULT_CARD_SIZE.width / 2),
        y: coordinate(c.y - DEFAULT_CARD_SIZE.height / 2)
      },
      ...(label !== '' ? { label: clip(label, L.maxLabelLength) } : {}),
      ...(parentId ? { parentId } : {})
    })
    entries.push({
      sourceId: v.id,
      sourceType: shapeType(v),
      outcome: 'node',
      detail: `${serviceName(role.service)}${label ? ` “${clip(label, 80)}”` : ''}: ${role.why}.`,
      nodeIds: [id],
      ...(role.citation ? { citation: role.citation } : {})
    })
  }

  const notes: DiagramNote[] = []
  const edgeLabels = new Map<string, string[]>()
  for (const v of vertices) {
    const role = page.roles.get(v.id)!
    if (role.role === 'service' || role.role === 'frame') continue
    if (role.role === 'edge-label') {
      const text = cellLabel(v)
      if (text) edgeLabels.set(role.edgeCellId, [...(edgeLabels.get(role.edgeCellId) ?? []), text])
      entries.push({
        sourceId: v.id,
        sourceType: 'edgeLabel',
        outcome: 'not-pipeline',
        detail: `Label${text ? ` “${clip(text, 80)}”` : ''} of arrow ${role.edgeCellId}; kept in that arrow's entry (Pipewright edges have no labels).`
      })
    } else if (role.role === 'service-text') {
      const nodeId = nodeCell.get(role.serviceCellId)
      entries.push({
        sourceId: v.id,
        sourceType: shapeType(v),
        outcome: 'setting',
        detail: `Text “${clip(cellLabel(v), 80)}” on or by service cell ${role.serviceCellId}; read as its caption.`,
        ...(nodeId ? { nodeIds: [nodeId] } : {})
      })
    } else if (role.role === 'empty') {
      entries.push({
        sourceId: v.id,
        sourceType: shapeType(v),
        outcome: 'not-pipeline',
        detail: `Not drawn: ${role.why}.`
      })
    } else {
      if (notes.length >= L.maxNotes) {
        entries.push(limitEntry(v, 'notes', L.maxNotes))
        continue
      }
      const id = ids.give(v.id)
      const r = page.rect(v)
      const size = {
        width: Math.max(G.noteMinWidth, r.width),
        height: Math.max(G.noteMinHeight, r.height)
      }
      const c = scaled(center(r))
      const parentId = parentFrame(v, false)
      notes.push({
        id,
        text: clip(role.text, L.maxNoteLength),
        position: { x: coordinate(c.x - size.width / 2), y: coordinate(c.y - size.height / 2) },
        size,
        ...(parentId ? { parentId } : {})
      })
      entries.push({
        sourceId: v.id,
        sourceType: shapeType(v),
        outcome: 'note',
        detail: `Kept as a note: ${role.why}.`,
        noteIds: [id]
      })
    }
  }

  const labelById = new Map(nodes.map((n) => [n.id, n.label]))
  const nodeLabels = new Map<string, string>()
  for (const [cellId, nodeId] of nodeCell) {
    const label = labelById.get(nodeId)
    if (label !== undefined) nodeLabels.set(cellId, label)
  }
  const connected = connectEdges(page, edgeCells, nodeCell, edgeLabels, ids, nodeLabels)
  entries.push(...connected.entries)
  return {
    nodes,
    edges: connected.edges,
    groups: fitFrames([...groups.values()], nodes, notes),
    notes,
    entries,
    remarks,
    undrawnArrows: connected.entries.filter((e) => e.outcome === 'not-pipeline').length
  }
}

function limitEntry(cell: MxCell, what: string, max: number): ImportReportEntry {
  return {
    sourceId: cell.id,
    sourceType: shapeType(cell),
    outcome: 'unknown',
    detail: `Not imported: a diagram holds at most ${String(max)} ${what}.`
  }
}
