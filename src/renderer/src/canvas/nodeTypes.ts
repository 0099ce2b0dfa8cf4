import type { EdgeTypes, NodeTypes } from '@xyflow/react'
import { VerdictEdge } from './edges/VerdictEdge'
import { GroupNode } from './nodes/GroupNode'
import { NoteNode } from './nodes/NoteNode'
import { ServiceNode } from './nodes/ServiceNode'

// Module scope: React Flow re-creates every node when these objects change identity.
export const nodeTypes: NodeTypes = { service: ServiceNode, group: GroupNode, note: NoteNode }
export const edgeTypes: EdgeTypes = { verdict: VerdictEdge }
