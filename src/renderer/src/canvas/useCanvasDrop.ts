import { useReactFlow } from '@xyflow/react'
import { useCallback, type DragEvent } from 'react'
import { isServiceId } from '../../../shared/catalog/services'
import { DEFAULT_CARD_SIZE } from '../../../shared/diagram/freeSpot'
import type { GroupKind } from '../../../shared/diagram/types'
import { useEditor } from '../store/diagramStore'
import { FRAME_DRAG_TYPE, SERVICE_DRAG_TYPE } from './dragTypes'
import type { AppNode, VerdictFlowEdge } from './flowTypes'

const GROUP_KINDS: readonly string[] = [
  'on-premises',
  'region',
  'vpc',
  'availability-zone',
  'custom'
]
function isGroupKind(value: string): value is GroupKind {
  return GROUP_KINDS.includes(value)
}
/** The middle of a new card (one line of text, no figures yet): a dropped card is centred on the pointer. */
const DROP_ANCHOR = { x: DEFAULT_CARD_SIZE.width / 2, y: 28 }

/** Dropping a palette service, frame or note on the canvas adds it where it was dropped. */
export function useCanvasDrop() {
  const { screenToFlowPosition } = useReactFlow<AppNode, VerdictFlowEdge>()

  const onDragOver = useCallback((event: DragEvent) => {
    if (
      event.dataTransfer.types.includes(SERVICE_DRAG_TYPE) ||
      event.dataTransfer.types.includes(FRAME_DRAG_TYPE)
    ) {
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    }
  }, [])

  const onDrop = useCallback(
    (event: DragEvent) => {
      const service = event.dataTransfer.getData(SERVICE_DRAG_TYPE)
      const frame = event.dataTransfer.getData(FRAME_DRAG_TYPE)
      const position = screenToFlowPosition({ x: event.clientX, y: event.clientY })
      if (frame) {
        event.preventDefault()
        if (frame === 'note')
          useEditor.getState().addNote({ x: position.x - 100, y: position.y - 55 })
        else if (isGroupKind(frame))
          useEditor.getState().addGroup(frame, { x: position.x - 230, y: position.y - 140 })
        return
      }
      if (!isServiceId(service)) return
      event.preventDefault()
      // Centre the card on the pointer rather than hanging it from its corner.
      useEditor
        .getState()
        .addNode(service, { x: position.x - DROP_ANCHOR.x, y: position.y - DROP_ANCHOR.y })
    },
    [screenToFlowPosition]
  )

  return { onDragOver, onDrop }
}
