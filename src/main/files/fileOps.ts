import { constants } from 'node:fs'
import { access, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { atomicWriteBytes, atomicWriteText, TEMP_FILE_PATTERN } from './atomicWrite'

export interface FileStamp {
  size: number
  mtimeMs: number
  isFile(): boolean
}

/** The file system as the main process uses it; tests pass fakes or make single steps fail. */
export interface FileOps {
  stat(path: string): Promise<FileStamp>
  readBytes(path: string): Promise<Uint8Array>
  /** Must replace the file whole or not at all (see atomicWrite.ts). */
  writeAtomic(path: string, data: string | Uint8Array): Promise<void>
  /** Removes a file; a file that is already gone is not an error. */
  remove(path: string): Promise<void>
  /** The names in a folder. */
  list(folder: string): Promise<string[]>
  /** Creates a folder and its parents; an existing folder is not an error. */
  makeFolder(path: string): Promise<void>
  /**
   * False for an existing file this process may not write. A save renames a new file over the old
   * one, which a writable folder allows even when the file is read-only: this is asked first.
   */
  isWritable(path: string): Promise<boolean>
  /** Removes the temporary files interrupted saves left in `path`'s folder (Pipewright's exact pattern only); returns how many. */
  removeStaleTemporaries(path: string): Promise<number>
}

export const nodeFileOps: FileOps = {
  stat: (path) => stat(path),
  readBytes: (path) => readFile(path),
  writeAtomic: (path, data) =>
    typeof data === 'string' ? atomicWriteText(path, data) : atomicWriteBytes(path, data),
  remove: (path) => rm(path, { force: true }),
  list: (folder) => readdir(folder),
  makeFolder: async (path) => {
    await mkdir(path, { recursive: true })
  },
  isWritable: async (path) => {
    try {
      await access(path, constants.W_OK)
      return true
    } catch (err) {
      return isMissingFileError(err)
    }
  },
  removeStaleTemporaries: async (path) => {
    const folder = dirname(path)
    // Only Pipewright's own temporaries, from a process that is gone: a save running in another
    // window (another pid) is left alone, and so is every other file.
    let removed = 0
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      return 0
    }
    for (const name of names) {
      const match = TEMP_FILE_PATTERN.exec(name)
      if (!match) continue
      const pid = Number(match[1])
      if (pid !== process.pid && processAlive(pid)) continue
      await rm(join(folder, name), { force: true })
      removed++
    }
    return removed
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as { code?: unknown }).code === 'EPERM'
  }
}

export function isMissingFileError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

export function errorReason(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** Runs async steps one after another, so a discard cannot overtake a write still in flight. */
export function serialQueue(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (step) => {
    const run = tail.then(step, step)
    tail = run.catch(() => undefined)
    return run
  }
}
