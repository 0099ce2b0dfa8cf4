import { NodeResizeControl, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useEditor } from '../../store/diagramStore'
import type { GroupFlowNode } from '../flowTypes'

const MIN_SIZE = { width: 220, height: 120 }

/** A frame: On-premises, AWS Region, VPC, Availability Zone or a named group. */
function GroupNodeView({ id, data, selected }: NodeProps<GroupFlowNode>) {
  return (
    <div
      className={`group-frame group-${data.kind}${selected ? ' selected' : ''}`}
      data-group-kind={data.kind}
    >
      <div className="group-label">{data.label}</div>
      {/* Only the bottom-right corner resizes, so a resize never moves the frame or its contents. */}
      <NodeResizeControl
        position="bottom-right"
        minWidth={MIN_SIZE.width}
        minHeight={MIN_SIZE.height}
        className="group-resize"
        onResize={(_, p) =>
          useEditor.getState().previewResize(id, { width: p.width, height: p.height })
        }
        onResizeEnd={(_, p) => {
          const state = useEditor.getState()
          state.updateGroup(id, {
            size: { width: Math.round(p.width), height: Math.round(p.height) }
          })
          state.previewResize(id, undefined)
        }}
      />
    </div>
  )
}

export const GroupNode = memo(GroupNodeView)
