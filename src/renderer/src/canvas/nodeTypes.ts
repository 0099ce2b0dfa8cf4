import type { EdgeTypes, NodeTypes } from '@xyflow/react'
import { VerdictEdge } from './edges/VerdictEdge'
import { ServiceNode } from './nodes/ServiceNode'

// Module scope: React Flow re-creates every node when these objects change identity.
export const nodeTypes: NodeTypes = { service: ServiceNode }
export const edgeTypes: EdgeTypes = { verdict: VerdictEdge }
