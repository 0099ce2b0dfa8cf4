/**
 * IPC channel names. Kept free of imports so that the sandboxed preload can bundle it without
 * pulling in zod.
 */

/** Renderer → main requests (ipcRenderer.invoke), one per bridge method. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  openDiagram: 'diagram:open',
  importFile: 'diagram:import',
  saveDiagram: 'diagram:save',
  saveDiagramAs: 'diagram:save-as',
  exportFile: 'diagram:export',
  setDocumentState: 'window:document-state',
  writeDraft: 'draft:write',
  listDrafts: 'draft:list',
  readDraft: 'draft:read',
  discardDraft: 'draft:discard',
  confirmClose: 'window:confirm-close'
} as const

export type BridgeMethod = keyof typeof IPC_CHANNELS

/** Main → renderer events (webContents.send), each exposed as an `on…` subscription. */
export const IPC_EVENTS = {
  onMenuCommand: 'menu:command',
  onOpenFile: 'file:open',
  onCloseRequested: 'window:close-requested'
} as const

export type BridgeEvent = keyof typeof IPC_EVENTS

/** What the application menu asks the page to do. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'import',
  'save',
  'save-as',
  'export-png',
  'export-png-2x',
  'export-svg',
  'export-json',
  'export-cloudformation',
  'export-bom-csv',
  'export-bom-md',
  'close',
  'undo',
  'redo',
  'select-all',
  'duplicate',
  'auto-layout',
  'shortcuts'
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]
