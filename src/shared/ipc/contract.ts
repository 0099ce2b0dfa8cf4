import { z } from 'zod'
import { DIAGRAM_LIMITS } from '../diagram/schema'
import type { BridgeEvent, BridgeMethod, MenuCommand } from './channels'
import { MENU_COMMANDS } from './channels'

/**
 * The typed contract between renderer and main. Main parses every request with these schemas
 * (the renderer is not trusted) and checks its own responses with them before sending.
 * Plain unions below: several branches share `canceled: false`, which a discriminated union
 * cannot express.
 */
const diagramText = z.string().max(DIAGRAM_LIMITS.maxFileBytes)
const fileName = z.string().min(1).max(255)
const filePath = z.string().min(1).max(4096)

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
})

const openedFile = z.strictObject({
  canceled: z.literal(false),
  path: filePath,
  name: fileName,
  /** The diagram's JSON; for an exported PNG, the diagram embedded in it. */
  text: diagramText,
})

const failure = z.strictObject({ canceled: z.literal(false), error: z.string() })
const canceled = z.strictObject({ canceled: z.literal(true) })

export const openDiagramResponseSchema = z.union([canceled, openedFile, failure])

export const saveDiagramRequestSchema = z.strictObject({
  text: diagramText,
  /** A path the user already chose in this session; anything else opens the save dialog. */
  path: filePath.optional(),
  suggestedName: fileName,
})

export const saveDiagramAsRequestSchema = z.strictObject({ text: diagramText, suggestedName: fileName })

export const saveDiagramResponseSchema = z.union([
  canceled,
  z.strictObject({ canceled: z.literal(false), path: filePath, name: fileName }),
  failure,
])

/** Exported images are made in the page; main only asks where to put them and writes them. */
export const exportRequestSchema = z.union([
  z.strictObject({ format: z.literal('png'), suggestedName: fileName, base64: z.string().max(200 * 1024 * 1024) }),
  z.strictObject({ format: z.enum(['svg', 'json']), suggestedName: fileName, text: z.string().max(100 * 1024 * 1024) }),
])

export const documentStateSchema = z.strictObject({
  name: z.string().max(DIAGRAM_LIMITS.maxNameLength),
  dirty: z.boolean(),
})

export const recoveryWriteSchema = z.strictObject({ text: diagramText })

export const recoveryReadResponseSchema = z.union([
  z.strictObject({ found: z.literal(false) }),
  z.strictObject({ found: z.literal(true), text: diagramText, savedAt: z.string() }),
])

export const okSchema = z.strictObject({ ok: z.literal(true) })

export const IPC_CONTRACT = {
  getAppInfo: { request: z.undefined(), response: appInfoSchema },
  openDiagram: { request: z.undefined(), response: openDiagramResponseSchema },
  saveDiagram: { request: saveDiagramRequestSchema, response: saveDiagramResponseSchema },
  saveDiagramAs: { request: saveDiagramAsRequestSchema, response: saveDiagramResponseSchema },
  exportFile: { request: exportRequestSchema, response: saveDiagramResponseSchema },
  setDocumentState: { request: documentStateSchema, response: okSchema },
  writeRecovery: { request: recoveryWriteSchema, response: okSchema },
  readRecovery: { request: z.undefined(), response: recoveryReadResponseSchema },
  discardRecovery: { request: z.undefined(), response: okSchema },
  confirmClose: { request: z.undefined(), response: okSchema },
} as const satisfies Record<BridgeMethod, { request: z.ZodType; response: z.ZodType }>

/** Payloads of main → renderer events; the renderer checks them too. */
export const IPC_EVENT_CONTRACT = {
  onMenuCommand: z.enum(MENU_COMMANDS),
  onOpenFile: z.union([openedFile, failure]),
  onCloseRequested: z.undefined(),
} as const satisfies Record<BridgeEvent, z.ZodType>

export type AppInfo = z.infer<typeof appInfoSchema>
export type OpenDiagramResponse = z.infer<typeof openDiagramResponseSchema>
export type OpenedFile = z.infer<typeof openedFile>
export type SaveDiagramRequest = z.infer<typeof saveDiagramRequestSchema>
export type SaveDiagramAsRequest = z.infer<typeof saveDiagramAsRequestSchema>
export type SaveDiagramResponse = z.infer<typeof saveDiagramResponseSchema>
export type ExportRequest = z.infer<typeof exportRequestSchema>
export type DocumentState = z.infer<typeof documentStateSchema>
export type RecoveryReadResponse = z.infer<typeof recoveryReadResponseSchema>
type Ok = z.infer<typeof okSchema>

/** What the preload exposes on `window.pipewright`. Subscriptions return their unsubscribe. */
export interface PipewrightBridge {
  getAppInfo(): Promise<AppInfo>
  openDiagram(): Promise<OpenDiagramResponse>
  saveDiagram(request: SaveDiagramRequest): Promise<SaveDiagramResponse>
  saveDiagramAs(request: SaveDiagramAsRequest): Promise<SaveDiagramResponse>
  exportFile(request: ExportRequest): Promise<SaveDiagramResponse>
  setDocumentState(request: DocumentState): Promise<Ok>
  writeRecovery(request: { text: string }): Promise<Ok>
  readRecovery(): Promise<RecoveryReadResponse>
  discardRecovery(): Promise<Ok>
  confirmClose(): Promise<Ok>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onOpenFile(listener: (file: OpenedFile | { canceled: false; error: string }) => void): () => void
  onCloseRequested(listener: () => void): () => void
}
