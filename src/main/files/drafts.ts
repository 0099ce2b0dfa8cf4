import { join } from 'node:path'
import sjson from 'secure-json-parse'
import { z } from 'zod'
import { loadDiagram } from '../../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../../shared/diagram/schema'
import {
  DRAFT_MAX_AGE_DAYS,
  type DraftReadResponse,
  type DraftSummary,
  type DraftWrite,
  draftIdSchema,
  draftsToOffer,
  LEGACY_DRAFT_ID
} from '../../shared/ipc/contract'
import { type FileOps, type FileStamp, isMissingFileError, serialQueue } from './fileOps'

export const DRAFTS_FOLDER_NAME = 'drafts'
const DRAFT_SUFFIX = '.draft.json'
/** Where earlier versions kept their single draft. */
export const LEGACY_RECOVERY_FILE_NAME = 'recovery.pipewright.json'
const DAY_MS = 24 * 60 * 60 * 1000

export interface DraftStore {
  readonly folder: string
  /** Writes one document's draft; refuses a draft another session left behind. */
  write(draft: DraftWrite): Promise<void>
  /**
   * Drafts that would load, newest first; deletes the ones older than DRAFT_MAX_AGE_DAYS. A page
   * lists before it writes, so a page reloaded after a crash is offered the crashed page's drafts.
   */
  list(): Promise<DraftSummary[]>
  read(id: string): Promise<DraftReadResponse>
  discard(id: string): Promise<void>
}

/** What a draft file holds: the document's diagram text and what the banner shows about it. */
const draftFileSchema = z.strictObject({
  format: z.literal('pipewright/draft'),
  version: z.literal(1),
  id: draftIdSchema,
  name: z.string().max(DIAGRAM_LIMITS.maxNameLength),
  path: z.string().min(1).max(4096).optional(),
  savedAt: z.iso.datetime(),
  diagram: z.string()
})
type DraftFile = z.infer<typeof draftFileSchema>

/** Fixed key order and indent, like saved diagrams, so a draft is readable by hand. */
function draftFileText(draft: DraftWrite, savedAt: string): string {
  const file: DraftFile = {
    format: 'pipewright/draft',
    version: 1,
    id: draft.id,
    name: draft.name,
    ...(draft.path ? { path: draft.path } : {}),
    savedAt,
    diagram: draft.text
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Autosaved drafts, one file per document per session under the user-data folder, never in the
 * user's own files (as drawio-desktop does). A session names each of its documents' drafts with a
 * fresh id, and this store refuses to write over a draft file it did not create in this run: so a
 * crashed session's draft survives every later autosave, and only the user (Discard, or saving it
 * somewhere) or age removes it. Steps run one after another, so a discard after a save cannot be
 * overtaken by an autosave still being written.
 */
export function createDraftStore(deps: {
  files: FileOps
  userData: string
  now?: () => Date
}): DraftStore {
  const folder = join(deps.userData, DRAFTS_FOLDER_NAME)
  const legacyPath = join(deps.userData, LEGACY_RECOVERY_FILE_NAME)
  const now = deps.now ?? (() => new Date())
  const serial = serialQueue()
  // Drafts this run wrote: the only ones it may write again.
  const own = new Set<string>()
  const pathOf = (id: string) =>
    id === LEGACY_DRAFT_ID ? legacyPath : join(folder, `${id}${DRAFT_SUFFIX}`)

  async function exists(path: string): Promise<boolean> {
    try {
      await deps.files.stat(path)
      return true
    } catch (err) {
      return !isMissingFileError(err)
    }
  }

  /** The draft file's size and dates, or undefined when there is none (or it cannot be read). */
  async function stampOf(id: string): Promise<FileStamp | undefined> {
    try {
      return await deps.files.stat(pathOf(id))
    } catch {
      return undefined
    }
  }

  /** The draft's summary and diagram, or undefined for a file that is not a draft that would load. */
  async function readDraftFile(
    id: string,
    stamp: FileStamp
  ): Promise<{ summary: DraftSummary; text: string } | undefined> {
    // Room for the envelope around a diagram of the largest size.
    if (!stamp.isFile() || stamp.size > 2 * DIAGRAM_LIMITS.maxFileBytes) return undefined
    try {
      const raw = decoder.decode(await deps.files.readBytes(pathOf(id)))
      if (id === LEGACY_DRAFT_ID) {
        const loaded = loadDiagram(raw)
        if (!loaded.ok) return undefined
        return {
          summary: {
            id,
            name: loaded.diagram.name,
            savedAt: new Date(stamp.mtimeMs).toISOString()
          },
          text: raw
        }
      }
      const parsed = draftFileSchema.safeParse(
        sjson.parse(raw, undefined, { protoAction: 'error', constructorAction: 'error' })
      )
      if (!parsed.success || parsed.data.id !== id || !loadDiagram(parsed.data.diagram).ok)
        return undefined
      const { name, path: documentPath, savedAt } = parsed.data
      return {
        summary: { id, name, ...(documentPath ? { path: documentPath } : {}), savedAt },
        text: parsed.data.diagram
      }
    } catch {
      // Unreadable, not UTF-8, not JSON: not offered, and left on disk for someone to inspect.
      return undefined
    }
  }

  /** Every id a draft file may have: the folder's draft names, and the earlier versions' slot. */
  async function draftIds(): Promise<string[]> {
    const names = await deps.files.list(folder).catch(() => [] as string[])
    const ids = names
      .filter((name) => name.endsWith(DRAFT_SUFFIX))
      .map((name) => name.slice(0, -DRAFT_SUFFIX.length))
    return [...ids.filter((id) => draftIdSchema.safeParse(id).success), LEGACY_DRAFT_ID]
  }

  return {
    folder,
    write: (draft) =>
      serial(async () => {
        if (draft.id === LEGACY_DRAFT_ID)
          throw new Error('Refused writeDraft: that id belongs to an earlier version’s draft.')
        const path = pathOf(draft.id)
        if (!own.has(draft.id) && (await exists(path))) {
          throw new Error(
            'Refused writeDraft: a draft with this id was left by another session; it is kept until the user restores or discards it.'
          )
        }
        own.add(draft.id)
        await deps.files.makeFolder(folder)
        await deps.files.writeAtomic(path, draftFileText(draft, now().toISOString()))
      }),
    list: () =>
      serial(async () => {
        const found: DraftSummary[] = []
        for (const id of await draftIds()) {
          const stamp = await stampOf(id)
          if (!stamp) continue
          // Age counts from the last write, whatever the file says inside it.
          if (now().getTime() - stamp.mtimeMs > DRAFT_MAX_AGE_DAYS * DAY_MS) {
            await deps.files.remove(pathOf(id))
            continue
          }
          const draft = await readDraftFile(id, stamp)
          if (draft) found.push(draft.summary)
        }
        return draftsToOffer(found)
      }),
    read: (id) =>
      serial(async () => {
        const stamp = await stampOf(id)
        const draft = stamp && (await readDraftFile(id, stamp))
        return draft ? { found: true as const, text: draft.text } : { found: false as const }
      }),
    discard: (id) =>
      serial(async () => {
        await deps.files.remove(pathOf(id))
      })
  }
}
