import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { NoteFlowNode } from '../flowTypes'

/** A sticky note. Its text is rendered as text, never as HTML; edit it in the inspector. */
function NoteNodeView({ data, selected }: NodeProps<NoteFlowNode>) {
  return <div className={`sticky-note${selected ? ' selected' : ''}`}>{data.text}</div>
}

export const NoteNode = memo(NoteNodeView)
