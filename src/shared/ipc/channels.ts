/**
 * IPC channel names, one per bridge method. Kept free of imports so that the sandboxed preload
 * can bundle it without pulling in zod.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  openDiagram: 'diagram:open',
  saveDiagram: 'diagram:save',
} as const

export type BridgeMethod = keyof typeof IPC_CHANNELS
