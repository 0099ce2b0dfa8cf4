/** What the palette writes into a drag's dataTransfer and the canvas reads on drop. */

export const SERVICE_DRAG_TYPE = 'application/x-pipewright-service'
export const FRAME_DRAG_TYPE = 'application/x-pipewright-frame'
