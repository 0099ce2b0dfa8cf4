import type { Diagram, DiagramGroup, GroupKind } from '../types'
import { type Point, roundPoint } from './items'
import { frameUnder } from './nodes'

export const GROUP_LABELS: Readonly<Record<GroupKind, string>> = {
  'on-premises': 'On-premises',
  region: 'AWS Region (us-east-1)',
  vpc: 'VPC',
  'availability-zone': 'Availability Zone',
  custom: 'Group'
}

export const DEFAULT_GROUP_SIZE = { width: 460, height: 280 } as const

/** Adds a frame of the default size; dropped inside another frame, it nests in it. */
export function addGroup(
  diagram: Diagram,
  group: { id: string; kind: GroupKind; position: Point }
): Diagram {
  const parentId = frameUnder(diagram, group.position, DEFAULT_GROUP_SIZE)
  const added: DiagramGroup = {
    id: group.id,
    kind: group.kind,
    label: GROUP_LABELS[group.kind],
    position: roundPoint(group.position),
    size: { ...DEFAULT_GROUP_SIZE },
    ...(parentId !== undefined ? { parentId } : {})
  }
  return { ...diagram, groups: [...(diagram.groups ?? []), added] }
}

export type GroupPatch = Partial<Pick<DiagramGroup, 'label' | 'size' | 'position'>>

/** Renames, resizes or places a frame as given; what is inside it stays where it is. */
export function updateGroup(diagram: Diagram, id: string, patch: GroupPatch): Diagram {
  if (!diagram.groups?.some((g) => g.id === id)) return diagram
  return {
    ...diagram,
    groups: diagram.groups.map((g) => (g.id === id ? { ...g, ...patch } : g))
  }
}
