import { randomUUID } from 'node:crypto'
import { link, lstat, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { glob } from 'tinyglobby'
import { gitShow, type GitShowResult } from './gitShow'

/** Everything the CLI does to the outside world, so that tests can run it against a fake. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** What the path is, without opening it (a FIFO or device must not be opened: reading one can hang). */
  kind: (path: string) => Promise<{ size: number; isFile: boolean; what: string }>
  /** At most `limit` bytes of the file: an endless file is never read whole. */
  readBytes: (path: string, limit: number) => Promise<Uint8Array>
  /**
   * Writes the whole text or nothing: a temporary file beside `path`, flushed, then moved into
   * place, so a reader never sees half a file. Without `overwrite` an existing `path` is left
   * alone and the call fails with code `EEXIST`.
   */
  writeText: (path: string, text: string, options: { overwrite: boolean }) => Promise<void>
  /** A folder's entries; a symbolic link is `other`, so walks never follow one. */
  listFolder: (path: string) => Promise<readonly FolderEntry[]>
  /** The files a glob matches (`diagrams/**\/*.pipewright.json`), node_modules left out. */
  glob: (pattern: string) => Promise<readonly string[]>
  /** At most `limit` bytes of standard input. */
  readStdin: (limit: number) => Promise<Uint8Array>
  /**
   * The file at `path` in revision `rev` of the current folder's repository (`git:REV:PATH`),
   * read only when it is at most `limit` bytes.
   */
  gitShow: (rev: string, path: string, limit: number) => Promise<GitShowResult>
}

export interface FolderEntry {
  name: string
  kind: 'file' | 'folder' | 'other'
}

/** Filesystems without hard links (FAT, some network mounts) say so with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'])

async function writeTextAtomically(
  path: string,
  text: string,
  { overwrite }: { overwrite: boolean }
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    if (overwrite) await rename(temp, path)
    else {
      // A hard link fails if the name exists, with no window between looking and writing.
      try {
        await link(temp, path)
      } catch (err) {
        if (!NO_HARD_LINKS.has((err as NodeJS.ErrnoException).code ?? '')) throw err
        if (await exists(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' })
        await rename(temp, path)
      }
    }
  } finally {
    await rm(temp, { force: true })
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

export const nodeIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  kind: async (p) => {
    const s = await stat(p)
    const what = s.isDirectory()
      ? 'a folder'
      : s.isFIFO()
        ? 'a named pipe (FIFO)'
        : s.isCharacterDevice() || s.isBlockDevice()
          ? 'a device'
          : s.isSocket()
            ? 'a socket'
            : 'a file'
    return { size: s.size, isFile: s.isFile(), what }
  },
  readBytes: async (p, limit) => {
    const handle = await open(p, 'r')
    try {
      const buffer = new Uint8Array(limit)
      let read = 0
      while (read < limit) {
        const { bytesRead } = await handle.read(buffer, read, limit - read, null)
        if (bytesRead === 0) break
        read += bytesRead
      }
      return buffer.subarray(0, read)
    } finally {
      await handle.close()
    }
  },
  writeText: writeTextAtomically,
  listFolder: async (path) =>
    (await readdir(path, { withFileTypes: true })).map((d) => ({
      name: d.name,
      kind: d.isFile() ? 'file' : d.isDirectory() ? 'folder' : 'other'
    })),
  // An absolute pattern gives absolute paths, a relative one paths from here: as the user wrote it.
  glob: (pattern) =>
    glob(pattern, {
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**'],
      absolute: isAbsolute(pattern)
    }),
  readStdin: readStdinBounded,
  gitShow
}

/** Standard input up to `limit` bytes; the rest is left unread, so an endless pipe cannot hang us. */
async function readStdinBounded(limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
    const room = limit - total
    chunks.push(chunk.byteLength > room ? chunk.subarray(0, room) : chunk)
    total += Math.min(chunk.byteLength, room)
    if (total >= limit) break
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}
