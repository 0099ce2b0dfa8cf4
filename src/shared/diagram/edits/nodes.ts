import type { ServiceId } from '../../catalog/services'
import { DEFAULT_CARD_SIZE, type Size } from '../freeSpot'
import { groupAt } from '../groups'
import type { Config, Diagram, DiagramNode } from '../types'
import { type Point, roundPoint } from './items'

/** The frame an item dropped at `position` (its top-left corner) lands in: the one under its centre. */
export function frameUnder(diagram: Diagram, position: Point, size: Size): string | undefined {
  return groupAt(diagram, position.x + size.width / 2, position.y + size.height / 2)?.id
}

/** Adds a service card exactly where it was dropped; dropped inside a frame, it belongs to the frame. */
export function addNode(
  diagram: Diagram,
  node: { id: string; service: ServiceId; position: Point }
): Diagram {
  const parentId = frameUnder(diagram, node.position, DEFAULT_CARD_SIZE)
  const added: DiagramNode = {
    id: node.id,
    service: node.service,
    position: roundPoint(node.position),
    ...(parentId !== undefined ? { parentId } : {})
  }
  return { ...diagram, nodes: [...diagram.nodes, added] }
}

function mapNode(
  diagram: Diagram,
  id: string,
  change: (node: DiagramNode) => DiagramNode
): Diagram {
  if (!diagram.nodes.some((n) => n.id === id)) return diagram
  return { ...diagram, nodes: diagram.nodes.map((n) => (n.id === id ? change(n) : n)) }
}

/** Sets a card's own name; an empty one goes, so the card shows its service's name. */
export function setNodeLabel(diagram: Diagram, id: string, label: string | undefined): Diagram {
  return mapNode(diagram, id, (n) => {
    const { label: _old, ...rest } = n
    return label ? { ...rest, label } : rest
  })
}

/** Sets one setting of a node; `undefined` removes it so its default applies. */
export function setNodeSetting(
  diagram: Diagram,
  id: string,
  key: string,
  value: number | string | boolean | undefined
): Diagram {
  return mapNode(diagram, id, (n) => {
    const { config: old = {}, ...rest } = n
    // A changed setting keeps its place among the others; a new one goes last.
    const config: Config =
      value === undefined
        ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== key))
        : Object.hasOwn(old, key)
          ? Object.fromEntries(Object.entries(old).map(([k, v]) => [k, k === key ? value : v]))
          : { ...old, [key]: value }
    return Object.keys(config).length === 0 ? rest : { ...rest, config }
  })
}
