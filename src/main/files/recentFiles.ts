import { dirname, isAbsolute, join, resolve } from 'node:path'
import { errorReason, type FileOps, serialQueue } from './fileOps'

export const RECENT_FILES_NAME = 'recent-files.json'
export const MAX_RECENT_FILES = 10

export interface RecentFiles {
  /** Most recent first. */
  list(): readonly string[]
  has(path: string): boolean
  add(path: string): Promise<void>
  remove(path: string): Promise<void>
  clear(): Promise<void>
}

export interface RecentFilesDeps {
  files: FileOps
  /** The app's user-data folder. */
  folder: string
  /** Called after every change, e.g. to rebuild the Open Recent menu. */
  onChange?: (paths: readonly string[]) => void
  /** A failed write costs only the list on disk, never the user's action, so it is reported here. */
  onWriteError?: (message: string) => void
}

/** Keeps what is usable from a stored list: absolute paths, no repeats, at most the cap. */
export function cleanRecentList(value: unknown): string[] {
  const paths = Array.isArray(value) ? value : []
  const out: string[] = []
  for (const path of paths) {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || !isAbsolute(path))
      continue
    const absolute = resolve(path)
    if (!out.includes(absolute)) out.push(absolute)
    if (out.length === MAX_RECENT_FILES) break
  }
  return out
}

async function readStore(files: FileOps, storePath: string): Promise<string[]> {
  try {
    const bytes = await files.readBytes(storePath)
    // A damaged or hand-edited store is not worth a crash or a dialog: start over with an empty list.
    return cleanRecentList(JSON.parse(new TextDecoder().decode(bytes)))
  } catch {
    return []
  }
}

export async function loadRecentFiles(deps: RecentFilesDeps): Promise<RecentFiles> {
  const storePath = join(deps.folder, RECENT_FILES_NAME)
  let paths = await readStore(deps.files, storePath)
  const serial = serialQueue()

  async function update(next: string[]): Promise<void> {
    const changed = next.length !== paths.length || next.some((path, i) => path !== paths[i])
    if (!changed) return
    paths = next
    deps.onChange?.(paths)
    const snapshot = JSON.stringify(paths, null, 2)
    await serial(async () => {
      try {
        await deps.files.makeFolder(dirname(storePath))
        await deps.files.writeAtomic(storePath, `${snapshot}\n`)
      } catch (err) {
        deps.onWriteError?.(`Could not store the recent files list: ${errorReason(err)}`)
      }
    })
  }

  return {
    list: () => paths,
    has: (path) => isAbsolute(path) && paths.includes(resolve(path)),
    add: (path) => update(cleanRecentList([resolve(path), ...paths])),
    remove: (path) => update(paths.filter((p) => p !== resolve(path))),
    clear: () => update([])
  }
}
