import type { ServiceId } from '../catalog/services'
import type { PriceOverrides } from '../catalog/priceIds'
import type { ConfigValue } from './schema'

export type Config = Record<string, ConfigValue>

export interface DiagramNode {
  id: string
  service: ServiceId
  position: { x: number; y: number }
  label?: string
  config?: Config
  /** Id of the group the node sits in; positions are absolute either way. */
  parentId?: string
}

export type GroupKind = 'on-premises' | 'region' | 'vpc' | 'availability-zone' | 'custom'

export interface DiagramGroup {
  id: string
  kind: GroupKind
  label: string
  position: { x: number; y: number }
  size: { width: number; height: number }
  parentId?: string
}

export interface DiagramNote {
  id: string
  text: string
  position: { x: number; y: number }
  size?: { width: number; height: number }
  parentId?: string
}

export interface DiagramEdge {
  id: string
  source: string
  target: string
  config?: Config
}

export interface Diagram {
  format: 'pipewright/diagram'
  version: 3
  name: string
  /** Price overrides saved with the diagram (format version 2 and later). */
  pricing?: { region: 'us-east-1'; overrides: PriceOverrides }
  /** Frames around services (format version 3 and later). */
  groups?: DiagramGroup[]
  /** Sticky notes (format version 3 and later). */
  notes?: DiagramNote[]
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

export function emptyDiagram(name = 'Untitled pipeline'): Diagram {
  return { format: 'pipewright/diagram', version: 3, name, nodes: [], edges: [] }
}
