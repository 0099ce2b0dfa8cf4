import { basename } from 'node:path'
import { isTooLarge, tooLargeMessage } from '../../shared/diagram/fileLimits'
import { errorReason, type FileOps, isMissingFileError } from './fileOps'

export type ImportRead =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; error: string }

/**
 * Reads a file to import (a template, a draw.io file) with the bounds Open applies: a regular
 * file only (a FIFO or a device would block or never end), and the size checked before reading and
 * again after. What the bytes are is for the importer to say, in the page.
 */
export async function readImportFile(files: FileOps, path: string): Promise<ImportRead> {
  const name = basename(path)
  const refuse = (why: string): ImportRead => ({
    ok: false,
    error: `Cannot import "${name}". ${why}`
  })
  let bytes: Uint8Array
  try {
    const stamp = await files.stat(path)
    if (!stamp.isFile()) return refuse('It is not a file.')
    if (isTooLarge(stamp.size)) return refuse(tooLargeMessage(stamp.size))
    bytes = await files.readBytes(path)
  } catch (err) {
    return refuse(isMissingFileError(err) ? 'It no longer exists.' : errorReason(err))
  }
  if (isTooLarge(bytes.byteLength)) return refuse(tooLargeMessage(bytes.byteLength))
  return { ok: true, name, bytes }
}
