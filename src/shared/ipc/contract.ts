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

/** The recovery banner lists at most this many drafts, newest first; older ones wait their turn. */
const MAX_DRAFTS_OFFERED = 50
/** A draft nobody restored, saved or discarded in this long is deleted when drafts are next listed. */
export const DRAFT_MAX_AGE_DAYS = 30
/** The single autosave slot of earlier versions, offered once like any other draft. */
export const LEGACY_DRAFT_ID = 'earlier-version'

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string()
})

const openedFile = z.strictObject({
  canceled: z.literal(false),
  path: filePath,
  name: fileName,
  /** The diagram's JSON; for an exported PNG, the diagram embedded in it. */
  text: diagramText
})

const failure = z.strictObject({ canceled: z.literal(false), error: z.string() })
const canceled = z.strictObject({ canceled: z.literal(true) })

export const openDiagramResponseSchema = z.union([canceled, openedFile, failure])

/** Base64 of at most DIAGRAM_LIMITS.maxFileBytes bytes: four characters per three bytes. */
const importBytes = z
  .string()
  .max(Math.ceil(DIAGRAM_LIMITS.maxFileBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

/**
 * A template or draw.io file to import, as the file's own bytes: the page decodes and converts
 * it (src/shared/interchange/import), main only reads it within the same bounds as Open.
 */
const importedFile = z.strictObject({
  canceled: z.literal(false),
  name: fileName,
  base64: importBytes
})

export const importFileResponseSchema = z.union([canceled, importedFile, failure])

export const saveDiagramRequestSchema = z.strictObject({
  text: diagramText,
  /** A path the user already chose in this session; anything else opens the save dialog. */
  path: filePath.optional(),
  suggestedName: fileName
})

export const saveDiagramAsRequestSchema = z.strictObject({
  text: diagramText,
  suggestedName: fileName
})

export const saveDiagramResponseSchema = z.union([
  canceled,
  z.strictObject({ canceled: z.literal(false), path: filePath, name: fileName }),
  failure
])

/** Exported images are made in the page; main only asks where to put them and writes them. */
export const exportRequestSchema = z.union([
  z.strictObject({
    format: z.literal('png'),
    suggestedName: fileName,
    base64: z.string().max(200 * 1024 * 1024)
  }),
  z.strictObject({
    /**
     * `yaml`: a CloudFormation template made by exportTemplate; `csv` and `md`: the Cost tab's
     * bill of materials (estimation/bomCsv.ts, bomMarkdown.ts).
     */
    format: z.enum(['svg', 'json', 'yaml', 'csv', 'md']),
    suggestedName: fileName,
    text: z.string().max(100 * 1024 * 1024)
  })
])

export const documentStateSchema = z.strictObject({
  name: z.string().max(DIAGRAM_LIMITS.maxNameLength),
  dirty: z.boolean()
})

/**
 * A draft is one document's autosave in one session: the page names it with a fresh random id
 * whenever a document starts, so no autosave ever lands on another document's or session's draft.
 */
export const draftIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'A draft id is 8 to 64 letters, digits, - or _.')

export const draftWriteSchema = z.strictObject({
  id: draftIdSchema,
  /** The document's name and, when it came from a file, that file: shown in the recovery banner. */
  name: z.string().max(DIAGRAM_LIMITS.maxNameLength),
  path: filePath.optional(),
  text: diagramText
})

export const draftSummarySchema = z.strictObject({
  id: draftIdSchema,
  name: z.string().max(DIAGRAM_LIMITS.maxNameLength),
  path: filePath.optional(),
  savedAt: z.iso.datetime()
})

export const draftListResponseSchema = z.strictObject({
  drafts: z.array(draftSummarySchema).max(MAX_DRAFTS_OFFERED)
})

/** The drafts the banner offers: newest first (ties by id, so the order is stable), at most MAX_DRAFTS_OFFERED. */
export function draftsToOffer<D extends { id: string; savedAt: string }>(drafts: D[]): D[] {
  return [...drafts]
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id))
    .slice(0, MAX_DRAFTS_OFFERED)
}

const draftRefSchema = z.strictObject({ id: draftIdSchema })

export const draftReadResponseSchema = z.union([
  z.strictObject({ found: z.literal(false) }),
  z.strictObject({ found: z.literal(true), text: diagramText })
])

const okSchema = z.strictObject({ ok: z.literal(true) })

export const IPC_CONTRACT = {
  getAppInfo: { request: z.undefined(), response: appInfoSchema },
  openDiagram: { request: z.undefined(), response: openDiagramResponseSchema },
  importFile: { request: z.undefined(), response: importFileResponseSchema },
  saveDiagram: { request: saveDiagramRequestSchema, response: saveDiagramResponseSchema },
  saveDiagramAs: { request: saveDiagramAsRequestSchema, response: saveDiagramResponseSchema },
  exportFile: { request: exportRequestSchema, response: saveDiagramResponseSchema },
  setDocumentState: { request: documentStateSchema, response: okSchema },
  writeDraft: { request: draftWriteSchema, response: okSchema },
  listDrafts: { request: z.undefined(), response: draftListResponseSchema },
  readDraft: { request: draftRefSchema, response: draftReadResponseSchema },
  discardDraft: { request: draftRefSchema, response: okSchema },
  confirmClose: { request: z.undefined(), response: okSchema }
} as const satisfies Record<BridgeMethod, { request: z.ZodType; response: z.ZodType }>

/** Payloads of main → renderer events; the renderer checks them too. */
export const IPC_EVENT_CONTRACT = {
  onMenuCommand: z.enum(MENU_COMMANDS),
  onOpenFile: z.union([openedFile, failure]),
  onCloseRequested: z.undefined()
} as const satisfies Record<BridgeEvent, z.ZodType>

export type AppInfo = z.infer<typeof appInfoSchema>
export type OpenDiagramResponse = z.infer<typeof openDiagramResponseSchema>
export type OpenedFile = z.infer<typeof openedFile>
export type ImportFileResponse = z.infer<typeof importFileResponseSchema>
export type SaveDiagramRequest = z.infer<typeof saveDiagramRequestSchema>
export type SaveDiagramAsRequest = z.infer<typeof saveDiagramAsRequestSchema>
export type SaveDiagramResponse = z.infer<typeof saveDiagramResponseSchema>
export type ExportRequest = z.infer<typeof exportRequestSchema>
export type DocumentState = z.infer<typeof documentStateSchema>
export type DraftWrite = z.infer<typeof draftWriteSchema>
export type DraftSummary = z.infer<typeof draftSummarySchema>
export type DraftListResponse = z.infer<typeof draftListResponseSchema>
export type DraftReadResponse = z.infer<typeof draftReadResponseSchema>
type Ok = z.infer<typeof okSchema>

/** What the preload exposes on `window.pipewright`. Subscriptions return their unsubscribe. */
export interface PipewrightBridge {
  getAppInfo(): Promise<AppInfo>
  openDiagram(): Promise<OpenDiagramResponse>
  /** Asks for a CloudFormation/SAM template or a draw.io file and hands back its bytes. */
  importFile(): Promise<ImportFileResponse>
  saveDiagram(request: SaveDiagramRequest): Promise<SaveDiagramResponse>
  saveDiagramAs(request: SaveDiagramAsRequest): Promise<SaveDiagramResponse>
  exportFile(request: ExportRequest): Promise<SaveDiagramResponse>
  setDocumentState(request: DocumentState): Promise<Ok>
  writeDraft(request: DraftWrite): Promise<Ok>
  listDrafts(): Promise<DraftListResponse>
  readDraft(request: { id: string }): Promise<DraftReadResponse>
  discardDraft(request: { id: string }): Promise<Ok>
  confirmClose(): Promise<Ok>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onOpenFile(listener: (file: OpenedFile | { canceled: false; error: string }) => void): () => void
  onCloseRequested(listener: () => void): () => void
}
