import type { ServiceId } from '../../catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../types'
import {
  DEFAULT_CARD_SIZE,
  DEFAULT_SPOT_MARGIN,
  EDGE_LABEL_ROOM,
  findFreeRow,
  freeSpotIn,
  occupiedRects,
  type Surroundings
} from '../freeSpot'
import type { Rect } from '../groups'
import { itemSize, type Point } from './items'
import { moveItems } from './positions'

/**
 * A change the user can apply in one click. Validation suggests fixes (and re-exports this type
 * with its problems); applying one is an edit like any other, so it lives with the edits.
 */
export type Fix =
  | {
      kind: 'insert-services'
      edgeId: string
      /** Services to put between the edge's ends, in data-flow order. */
      services: ServiceId[]
      description: string
    }
  | {
      kind: 'add-connected'
      nodeId: string
      service: ServiceId
      /** `in`: the new service feeds the node; `out`: the node feeds the new service. */
      direction: 'in' | 'out'
      description: string
    }

/** Vertical room kept above and below the ends of a fixed edge, for a label on a slanting edge. */
const END_CLEARANCE_Y = 60

export interface FixResult {
  diagram: Diagram
  addedNodeIds: string[]
  addedEdgeIds: string[]
  /**
   * Set when the fix moved existing cards right to make room for its row: the ends and the new
   * services, which the canvas then brings into view (they may now reach past its edge).
   */
  reveal?: string[]
}

function rectOf(node: DiagramNode, around: Surroundings): Rect {
  return { ...node.position, ...(around.sizeOf?.(node.id) ?? DEFAULT_CARD_SIZE) }
}

/**
 * The inserted services go in one row between the two ends: spread evenly when the gap has room
 * for them and their labels, packed around the middle otherwise; the row as a whole then moves to
 * the nearest free spot, so none of them lands on a card or under a panel.
 */
function rowBetween(
  diagram: Diagram,
  endIds: [string, string],
  from: Rect,
  to: Rect,
  count: number,
  around: Surroundings
): Point[] {
  const sizes = Array.from({ length: count }, () => DEFAULT_CARD_SIZE)
  const cards = count * DEFAULT_CARD_SIZE.width
  const left = from.x + from.width
  const room = to.x - left
  const even = room >= cards + EDGE_LABEL_ROOM * (count + 1)
  const gap = even ? (room - cards) / (count + 1) : EDGE_LABEL_ROOM
  const width = cards + gap * (count - 1)
  const x = even ? left + gap : (left + to.x) / 2 - width / 2
  const middle = (from.y + from.height / 2 + to.y + to.height / 2) / 2
  const y = middle - DEFAULT_CARD_SIZE.height / 2
  // The ends keep a label's width clear beside them and a label's height above and below, so the
  // new edges into and out of the row have room for their labels wherever the row ends up.
  const ends = [from, to].map((r) => ({
    x: r.x - EDGE_LABEL_ROOM,
    y: r.y - END_CLEARANCE_Y,
    width: r.width + 2 * EDGE_LABEL_ROOM,
    height: r.height + 2 * END_CLEARANCE_Y
  }))
  const occupied = [...occupiedRects(diagram, around, new Set(endIds)), ...ends]
  return findFreeRow(sizes, { x, y }, gap, occupied, around.area).map((p) => ({
    x: Math.round(p.x),
    y: Math.round(p.y)
  }))
}

/** The horizontal room a row of `count` cards needs between two ends, labels included. */
function rowRoom(count: number): number {
  // Each hop: a label's room plus the free-spot margin kept beside every card.
  return count * DEFAULT_CARD_SIZE.width + (EDGE_LABEL_ROOM + DEFAULT_SPOT_MARGIN) * (count + 1)
}

/**
 * When the two ends sit side by side with too little room between them for the row, everything
 * from the target's left edge rightwards moves right by what is missing (as inserting a column
 * does), so the new services go between the ends instead of above them with edges looping back.
 * Only items outside frames (and whole top-level frames) move; a target inside a frame stays put.
 */
function makeRoom(
  diagram: Diagram,
  from: Rect,
  to: Rect,
  count: number,
  target: DiagramNode,
  around: Surroundings
): Diagram {
  const room = to.x - (from.x + from.width)
  const sameRow =
    Math.abs(from.y + from.height / 2 - (to.y + to.height / 2)) < Math.max(from.height, to.height)
  const missing = rowRoom(count) - room
  if (room < 0 || !sameRow || missing <= 0 || target.parentId !== undefined) return diagram
  const moves = new Map<string, Point>()
  for (const item of [...diagram.nodes, ...(diagram.groups ?? []), ...(diagram.notes ?? [])]) {
    if (item.parentId === undefined && item.position.x >= to.x)
      moves.set(item.id, { x: item.position.x + missing, y: item.position.y })
  }
  return moveItems(
    diagram,
    moves,
    itemSize(diagram, (id) => around.sizeOf?.(id))
  )
}

function insertServices(
  diagram: Diagram,
  fix: Extract<Fix, { kind: 'insert-services' }>,
  newId: () => string,
  around: Surroundings
): FixResult | undefined {
  const edge = diagram.edges.find((e) => e.id === fix.edgeId)
  if (!edge) return undefined
  const source = diagram.nodes.find((n) => n.id === edge.source)
  const target0 = diagram.nodes.find((n) => n.id === edge.target)
  if (!source || !target0) return undefined
  const before = diagram
  if (fix.services.length >= 2)
    diagram = makeRoom(
      diagram,
      rectOf(source, around),
      rectOf(target0, around),
      fix.services.length,
      target0,
      around
    )
  const target = diagram.nodes.find((n) => n.id === edge.target)!
  const madeRoom = diagram !== before
  // With room made, the row goes between the ends even where that is past the view's edge: the
  // canvas moves to show it, rather than the row being pushed off its line to stay in view.
  const { area: _area, ...beyondView } = around
  const spots = rowBetween(
    diagram,
    [source.id, target.id],
    rectOf(source, around),
    rectOf(target, around),
    fix.services.length,
    madeRoom ? beyondView : around
  )
  const added: DiagramNode[] = fix.services.map((service, i) => ({
    id: newId(),
    service,
    position: spots[i]!
  }))
  const chain = [source, ...added, target]
  const newEdges: DiagramEdge[] = chain.slice(1).map((node, i) => ({
    id: newId(),
    source: chain[i]!.id,
    target: node.id,
    // Settings of the removed edge describe how the upstream service is read; keep them there.
    ...(i === 0 && edge.config ? { config: edge.config } : {})
  }))
  return {
    diagram: {
      ...diagram,
      nodes: [...diagram.nodes, ...added],
      edges: [...diagram.edges.filter((e) => e.id !== edge.id), ...newEdges]
    },
    addedNodeIds: added.map((n) => n.id),
    addedEdgeIds: newEdges.map((e) => e.id),
    ...(madeRoom ? { reveal: chain.map((n) => n.id) } : {})
  }
}

function addConnected(
  diagram: Diagram,
  fix: Extract<Fix, { kind: 'add-connected' }>,
  newId: () => string,
  around: Surroundings
): FixResult | undefined {
  const anchor = diagram.nodes.find((n) => n.id === fix.nodeId)
  if (!anchor) return undefined
  const a = rectOf(anchor, around)
  // Beside the anchor on its side of the flow, a label's width away.
  const x =
    fix.direction === 'in'
      ? a.x - EDGE_LABEL_ROOM - DEFAULT_CARD_SIZE.width
      : a.x + a.width + EDGE_LABEL_ROOM
  const spot = freeSpotIn(diagram, around, DEFAULT_CARD_SIZE, { x, y: a.y })
  const node: DiagramNode = {
    id: newId(),
    service: fix.service,
    position: { x: Math.round(spot.x), y: Math.round(spot.y) }
  }
  const edge: DiagramEdge =
    fix.direction === 'in'
      ? { id: newId(), source: node.id, target: anchor.id }
      : { id: newId(), source: anchor.id, target: node.id }
  return {
    diagram: { ...diagram, nodes: [...diagram.nodes, node], edges: [...diagram.edges, edge] },
    addedNodeIds: [node.id],
    addedEdgeIds: [edge.id]
  }
}

/** Applies a suggested fix, placing what it adds clear of `around`; `undefined` when the diagram no longer has what the fix refers to. */
export function applyFix(
  diagram: Diagram,
  fix: Fix,
  newId: () => string,
  around: Surroundings = {}
): FixResult | undefined {
  return fix.kind === 'insert-services'
    ? insertServices(diagram, fix, newId, around)
    : addConnected(diagram, fix, newId, around)
}
