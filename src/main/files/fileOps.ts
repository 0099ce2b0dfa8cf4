import { mkdir, readFile, rm, stat } from 'node:fs/promises'
import { atomicWriteBytes, atomicWriteText } from './atomicWrite'

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
  /** Creates a folder and its parents; an existing folder is not an error. */
  makeFolder(path: string): Promise<void>
}

export const nodeFileOps: FileOps = {
  stat: (path) => stat(path),
  readBytes: (path) => readFile(path),
  writeAtomic: (path, data) => (typeof data === 'string' ? atomicWriteText(path, data) : atomicWriteBytes(path, data)),
  remove: (path) => rm(path, { force: true }),
  makeFolder: async (path) => void (await mkdir(path, { recursive: true })),
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
