import type { ServiceId } from '../catalog/services'
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
  version: 1
  name: string
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

export function emptyDiagram(name = 'Untitled pipeline'): Diagram {
  return { format: 'pipewright/diagram', version: 1, name, nodes: [], edges: [] }
}
