import { randomBytes } from 'node:crypto'
import { promises as fsp } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The file operations a save uses, so that tests can make any of them fail or write short.
 * `write` may write fewer bytes than asked, as `fs.write` does on a full disk without an error.
 */
export interface WriteHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  stat(): Promise<{ size: number }>
  close(): Promise<void>
}

export interface WriteOps {
  open(path: string, mode: number): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** The existing file's mode, so a save keeps its permissions; undefined when there is none. */
  modeOf(path: string): Promise<number | undefined>
}

export const nodeWriteOps: WriteOps = {
  // 'wx': a temporary name that exists already is someone else's file, not ours to overwrite.
  // Looked up on fs.promises at each call, so a test can make one step fail with the real rest.
  open: (path, mode) => fsp.open(path, 'wx', mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  modeOf: async (path) => {
    try {
      return (await fsp.stat(path)).mode & 0o7777
    } catch {
      return undefined
    }
  }
}

/** The temporary files a save leaves while it runs: `.<name>.pipewright-<pid>-<hex>.tmp` beside it. */
export const TEMP_FILE_PATTERN = /^\..+\.pipewright-(\d+)-[0-9a-f]{12}\.tmp$/

function temporaryPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.pipewright-${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  )
}

/** A save that wrote nothing: the file on disk is as it was. The message is for people. */
export class SaveError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'SaveError'
  }
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS'])

function saveError(err: unknown): SaveError {
  if (err instanceof SaveError) return err
  const raw = (err as { code?: unknown } | null)?.code
  // Node's codes are strings; anything else (or nothing) is reported as a plain I/O error.
  const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : 'EIO'
  if (DISK_FULL.has(code))
    return new SaveError(
      'The disk is full: nothing was changed. Free some space, or save somewhere else.',
      code
    )
  if (NOT_ALLOWED.has(code))
    return new SaveError(
      'Pipewright may not write there: nothing was changed. Save somewhere else.',
      code
    )
  const reason = err instanceof Error ? err.message : String(err)
  return new SaveError(`The file could not be written (${reason}): nothing was changed.`, code)
}

/**
 * Replaces `path` with `data` whole or not at all. The data goes to a temporary file beside it,
 * written in a loop until every byte is down (a full disk can make `write` return short without
 * an error, which write-file-atomic 7 ignored: it renamed a truncated file over the original),
 * fsynced, its size checked against what was meant, and only then renamed over `path`. On any
 * shortfall or error the temporary file is removed, the original is left as it was, and a
 * SaveError says why in words.
 */
async function writeFileWhole(
  path: string,
  data: Uint8Array,
  ops: WriteOps = nodeWriteOps
): Promise<void> {
  const temp = temporaryPathFor(path)
  let handle: WriteHandle | undefined
  let created = false
  try {
    handle = await ops.open(temp, (await ops.modeOf(path)) ?? 0o644)
    created = true
    let written = 0
    while (written < data.length) {
      const { bytesWritten } = await handle.write(data, written, data.length - written, written)
      // No progress and no error: the disk took nothing more.
      if (bytesWritten <= 0)
        throw new SaveError(
          'The disk is full: nothing was changed. Free some space, or save somewhere else.',
          'ENOSPC'
        )
      written += bytesWritten
    }
    await handle.sync()
    const { size } = await handle.stat()
    if (size !== data.length) {
      throw new SaveError(
        `The file could not be written whole (${size} of ${data.length} bytes): nothing was changed.`,
        'EIO'
      )
    }
    await handle.close()
    handle = undefined
    await ops.rename(temp, path)
    created = false
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined)
    if (created) await ops.unlink(temp).catch(() => undefined)
    throw saveError(err)
  }
}

export async function atomicWriteText(
  path: string,
  text: string,
  ops: WriteOps = nodeWriteOps
): Promise<void> {
  await writeFileWhole(path, Buffer.from(text, 'utf8'), ops)
}

export async function atomicWriteBytes(
  path: string,
  bytes: Uint8Array,
  ops: WriteOps = nodeWriteOps
): Promise<void> {
  await writeFileWhole(path, bytes, ops)
}
