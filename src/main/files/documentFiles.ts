import { basename, dirname, resolve } from 'node:path'
import type { OpenDiagramResponse } from '../../shared/ipc/contract'
import { SaveError } from './atomicWrite'
import { errorReason, type FileOps, type FileStamp } from './fileOps'
import { readDiagramFile } from './readDiagramFile'
import { type ImportRead, readImportFile } from './readImportFile'
import type { RecentFiles } from './recentFiles'

export type OpenResult = Exclude<OpenDiagramResponse, { canceled: true }>
export type WriteResult =
  { canceled: false; path: string; name: string } | { canceled: false; error: string }

export interface DocumentFiles {
  /** Where the next open or save dialog starts. */
  readonly lastFolder: string
  /** True for a diagram file opened or saved this session (not an exported image); ipc.ts also asks whether that window was handed it. */
  isKnown(path: string): boolean
  /** True when a known file's size or modification time differs from when we last read or wrote it. */
  changedOnDisk(path: string): Promise<boolean>
  open(path: string): Promise<OpenResult>
  /** Only paths in the recent list; a file that has gone is taken off it. */
  openRecent(path: string): Promise<OpenResult>
  save(path: string, text: string): Promise<WriteResult>
  /** True for an existing file this process may not write: saving asks for another name instead. */
  isReadOnly(path: string): Promise<boolean>
  /** A template or draw.io file to import: read within Open's bounds, neither remembered nor added to recent files. */
  readImport(path: string): Promise<ImportRead>
  /** Exports are written but neither remembered nor added to recent files. */
  writeExport(path: string, data: string | Uint8Array): Promise<WriteResult>
}

type Seen = Pick<FileStamp, 'size' | 'mtimeMs'>

/** The main process's file service: every open and save of the user's own files goes through it. */
export function createDocumentFiles(deps: {
  files: FileOps
  recent: RecentFiles
  defaultFolder: string
}): DocumentFiles {
  // What we last saw on disk for each known file; undefined when it could not be read back.
  const seen = new Map<string, Seen | undefined>()
  let lastFolder = deps.defaultFolder

  /** `stamp` null: add to recent files but do not save to it without asking (an exported PNG or SVG). */
  async function remember(path: string, stamp: Seen | undefined | null): Promise<void> {
    const absolute = resolve(path)
    if (stamp !== null) seen.set(absolute, stamp && { size: stamp.size, mtimeMs: stamp.mtimeMs })
    lastFolder = dirname(absolute)
    await deps.recent.add(absolute)
  }

  async function open(path: string): Promise<OpenResult> {
    const read = await readDiagramFile(deps.files, path)
    if (read.ok) await deps.files.removeStaleTemporaries(path).catch(() => 0)
    if (!read.ok) {
      if (read.missing) await deps.recent.remove(path)
      return { canceled: false, error: read.error }
    }
    await remember(path, read.fromImage ? null : read.stamp)
    return read.file
  }

  return {
    get lastFolder() {
      return lastFolder
    },
    isKnown: (path) => seen.has(resolve(path)),
    async changedOnDisk(path) {
      const before = seen.get(resolve(path))
      let now: FileStamp
      try {
        now = await deps.files.stat(path)
      } catch {
        // Deleted or unreadable: writing it again loses nothing of anyone's.
        return false
      }
      return !before || before.mtimeMs !== now.mtimeMs || before.size !== now.size
    },
    open,
    async openRecent(path) {
      if (!deps.recent.has(path))
        return {
          canceled: false,
          error: `Cannot open "${basename(path)}": it is not in the recent files list.`
        }
      return open(path)
    },
    readImport: (path) => readImportFile(deps.files, path),
    isReadOnly: async (path) => !(await deps.files.isWritable(path)),
    async save(path, text) {
      if (!(await deps.files.isWritable(path))) {
        return {
          canceled: false,
          error: `Could not save "${basename(path)}": the file is read-only, so nothing was changed. Save it under another name (Save As…).`
        }
      }
      // An interrupted save of this file earlier may have left its temporary file behind.
      await deps.files.removeStaleTemporaries(path).catch(() => 0)
      try {
        await deps.files.writeAtomic(path, text)
      } catch (err) {
        // A SaveError already says, in words, that nothing was changed.
        const why =
          err instanceof SaveError
            ? err.message
            : `The file on disk is unchanged. ${errorReason(err)}`
        return { canceled: false, error: `Could not save "${basename(path)}": ${why}` }
      }
      await remember(path, await deps.files.stat(path).catch(() => undefined))
      return { canceled: false, path, name: basename(path) }
    },
    async writeExport(path, data) {
      try {
        await deps.files.writeAtomic(path, data)
      } catch (err) {
        return {
          canceled: false,
          error: `Could not export "${basename(path)}". ${errorReason(err)}`
        }
      }
      return { canceled: false, path, name: basename(path) }
    }
  }
}
