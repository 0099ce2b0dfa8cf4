import type { ServiceId } from '../catalog/services'
import type { PriceOverrides } from '../estimation/pricing/types'
import type { ConfigValue } from './schema'

export type Config = Record<string, ConfigValue>

export interface DiagramNode {
  id: string
  service: ServiceId
  position: { x: number; y: number }
  label?: string
  config?: Config
}

export interface DiagramEdge {
  id: string
  source: string
  target: string
  config?: Config
}

export interface Diagram {
  format: 'pipewright/diagram'
  version: 2
  name: string
  /** Price overrides saved with the diagram (format version 2 and later). */
  pricing?: { region: 'us-east-1'; overrides: PriceOverrides }
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

export function emptyDiagram(name = 'Untitled pipeline'): Diagram {
  return { format: 'pipewright/diagram', version: 2, name, nodes: [], edges: [] }
}
