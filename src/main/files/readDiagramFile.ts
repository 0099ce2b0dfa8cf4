import { basename, extname } from 'node:path'
import { loadDiagram } from '../../shared/diagram/loadDiagram'
import { diagramTextFromBytes } from '../../shared/interchange/diagramBytes'
import { isTooLarge, tooLargeMessage } from '../../shared/diagram/fileLimits'
import type { OpenedFile } from '../../shared/ipc/contract'
import { errorReason, type FileOps, type FileStamp, isMissingFileError } from './fileOps'

/**
 * `fromImage`: the diagram came out of an exported PNG or SVG, which must never be overwritten with JSON.
 * `missing`: the file is gone, so a recent-files entry for it can go too.
 */
export type ReadResult =
  | { ok: true; file: OpenedFile; stamp: FileStamp; fromImage: boolean }
  | { ok: false; error: string; missing: boolean }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Reads a diagram file, or the diagram embedded in a PNG or SVG that Pipewright exported, and checks it
 * loads. Every way a file enters from disk (Open…, Open Recent, the command line) goes through here.
 */
export async function readDiagramFile(files: FileOps, path: string): Promise<ReadResult> {
  const name = basename(path)
  const refuse = (why: string, missing = false): ReadResult => ({
    ok: false,
    error: `Cannot open "${name}". ${why}`,
    missing
  })
  let stamp: FileStamp
  let bytes: Uint8Array
  try {
    // The stamp is taken before reading: if the file changes in between, the next save asks first.
    stamp = await files.stat(path)
    if (!stamp.isFile()) return refuse('It is not a file.')
    // Checked before reading so a huge file is never loaded into memory.
    if (isTooLarge(stamp.size)) return refuse(tooLargeMessage(stamp.size))
    bytes = await files.readBytes(path)
  } catch (err) {
    if (isMissingFileError(err)) return refuse('It no longer exists.', true)
    return refuse(errorReason(err))
  }
  // The file may have grown between stat and read.
  if (isTooLarge(bytes.byteLength)) return refuse(tooLargeMessage(bytes.byteLength))

  const decoded = diagramTextFromBytes(bytes, extname(path), (b) => utf8.decode(b))
  if (!decoded.ok) return refuse(decoded.message)
  const { text, fromImage } = decoded
  const loaded = loadDiagram(text)
  if (!loaded.ok) return refuse(loaded.error.message)
  return { ok: true, file: { canceled: false, path, name, text }, stamp, fromImage }
}
