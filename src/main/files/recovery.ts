import { join } from 'node:path'
import { loadDiagram } from '../../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../../shared/diagram/schema'
import type { RecoveryReadResponse } from '../../shared/ipc/contract'
import { type FileOps, serialQueue } from './fileOps'

export const RECOVERY_FILE_NAME = 'recovery.pipewright.json'

export interface RecoveryStore {
  readonly path: string
  write(text: string): Promise<void>
  read(): Promise<RecoveryReadResponse>
  discard(): Promise<void>
}

/**
 * The autosaved draft, kept in the user-data folder and never in the user's own file (as
 * drawio-desktop does). Steps run in order, so a discard after a save cannot be overtaken by an
 * autosave that was still being written.
 */
export function createRecoveryStore(deps: { files: FileOps; folder: string }): RecoveryStore {
  const path = join(deps.folder, RECOVERY_FILE_NAME)
  const serial = serialQueue()
  return {
    path,
    write: (text) =>
      serial(async () => {
        await deps.files.makeFolder(deps.folder)
        await deps.files.writeAtomic(path, text)
      }),
    read: () =>
      serial(async () => {
        try {
          const stamp = await deps.files.stat(path)
          if (!stamp.isFile() || stamp.size > DIAGRAM_LIMITS.maxFileBytes) return { found: false as const }
          const text = new TextDecoder('utf-8', { fatal: true }).decode(await deps.files.readBytes(path))
          // A draft that would not load is not offered; it stays on disk for someone to inspect.
          if (!loadDiagram(text).ok) return { found: false as const }
          return { found: true as const, text, savedAt: new Date(stamp.mtimeMs).toISOString() }
        } catch {
          return { found: false as const }
        }
      }),
    discard: () => serial(() => deps.files.remove(path)),
  }
}
