import { basename, extname } from 'node:path'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { isTooLarge, tooLargeMessage } from '../shared/diagram/fileLimits'
import type { Diagram } from '../shared/diagram/types'
import { diagramTextFromBytes } from '../shared/interchange/diagramBytes'
import type {
  ImportOutcomeResult,
  ImportReport,
  ImportResult
} from '../shared/interchange/import/importReport'
import { importSource } from '../shared/interchange/import/importSource'
import { sniffImportKind } from '../shared/interchange/import/sniffImportKind'
import type { CliIo } from './cliIo'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Strict UTF-8 (invalid bytes are refused, never replaced), as the app reads files. */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes)

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EACCES') return 'permission denied'
  return err instanceof Error ? err.message : String(err)
}

/**
 * The file's bytes, read with care: what it is is looked at first (a FIFO or a device is never
 * opened, since reading one can hang), and at most the size limit plus one byte is read, which
 * tells a file that grew since it was looked at.
 */
export async function readInputBytes(
  path: string,
  io: CliIo
): Promise<{ bytes: Uint8Array } | { error: string }> {
  const tooLarge = (bytes: number) => `${path}: ${tooLargeMessage(bytes, 'the file')}`
  try {
    const kind = await io.kind(path)
    if (!kind.isFile) return { error: `Cannot read ${path}: it is ${kind.what}, not a file.` }
    if (isTooLarge(kind.size)) return { error: tooLarge(kind.size) }
    const bytes = await io.readBytes(path, DIAGRAM_LIMITS.maxFileBytes + 1)
    if (isTooLarge(bytes.byteLength)) return { error: tooLarge(bytes.byteLength) }
    return { bytes }
  } catch (err) {
    return { error: `Cannot read ${path}: ${describeReadError(err)}.` }
  }
}

/** Names that say "a template or a draw.io file", whatever the first bytes look like. */
const IMPORT_EXTENSIONS = [
  '.yaml',
  '.yml',
  '.template',
  '.drawio',
  '.xml',
  '.drawio.png',
  '.drawio.svg'
]

function hasImportExtension(path: string): boolean {
  const name = path.toLowerCase()
  return IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))
}

/**
 * Whether the bytes are a file to import rather than a Pipewright diagram: by name first, then by
 * content (a JSON template, an mxfile under another name). A Pipewright PNG or SVG export, and
 * anything unrecognised, stays on the diagram path, whose messages say what is wrong with it.
 */
function isImportable(bytes: Uint8Array, path: string): boolean {
  if (hasImportExtension(path)) return true
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return false
  }
  const kind = sniffImportKind(text, path)
  return kind === 'cloudformation' || kind === 'drawio'
}

/** What the input was: a Pipewright diagram, or the kind of file it was imported from. */
export type AnalysableKind = 'diagram' | 'cloudformation' | 'drawio'

export type Analysable =
  | {
      diagram: Diagram
      kind: AnalysableKind
      /** The file's text when it is text (not a PNG), for the line and column of what a problem names. */
      text?: string
      imported?: ImportResult
    }
  | { error: string }

/**
 * A diagram to analyse: a Pipewright file as it is, or a template or draw.io file imported in
 * memory (node ids are the template's logical ids, so problems name them). `page` is 0-based.
 */
export async function readAnalysable(path: string, io: CliIo, page?: number): Promise<Analysable> {
  const read = await readInputBytes(path, io)
  if ('error' in read) return read
  return analysableFromBytes(read.bytes, path, page)
}

function textOf(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * readAnalysable for bytes already in hand (standard input, a file from git history); `path` is
 * the name messages give and the name the kind of file is told by.
 */
export function analysableFromBytes(bytes: Uint8Array, path: string, page?: number): Analysable {
  if (isImportable(bytes, path)) {
    const result = importPage(bytes, path, page, false)
    if (!result.ok) return { error: result.message }
    const kind = result.report.kind === 'drawio' ? 'drawio' : 'cloudformation'
    const text = kind === 'cloudformation' ? textOf(bytes) : undefined
    return {
      diagram: result.diagram,
      kind,
      imported: result,
      ...(text === undefined ? {} : { text })
    }
  }
  if (page !== undefined)
    return { error: `${path} is a Pipewright diagram: --page is for draw.io files.` }
  const decoded = diagramTextFromBytes(bytes, extname(path), decodeUtf8)
  if (!decoded.ok) return { error: `${path}: ${decoded.message}` }
  const loaded = loadDiagram(decoded.text)
  if (!loaded.ok) return { error: `${path}: ${loaded.error.message}` }
  // A PNG or SVG export carries the diagram inside it: its lines are not the diagram's.
  return {
    diagram: loaded.diagram,
    kind: 'diagram',
    ...(decoded.fromImage ? {} : { text: decoded.text })
  }
}

/** The pages a draw.io import reports, by name, in order; none for a template. */
export function pageNamesOf(report: ImportReport): string[] {
  return report.pages?.map((p) => p.name) ?? []
}

/**
 * importSource for one draw.io page (0-based) or the default, its message prefixed with the path.
 * A page the file does not have is refused with the count, numbered from 1 as --page is.
 */
export function importPage(
  bytes: Uint8Array,
  path: string,
  page: number | undefined,
  allowAll: boolean
): ImportOutcomeResult {
  const name = basename(path)
  const result = importGuarded(bytes, name, page)
  if (result.ok) return result
  const failed = { ok: false as const, message: `${path}: ${result.message}` }
  if (page === undefined || page === 0) return failed
  const probe = importGuarded(bytes, name, undefined)
  const count = probe.ok ? Math.max(1, pageNamesOf(probe.report).length) : 0
  if (!probe.ok || page < count) return failed
  const range = count === 1 ? '1' : `1 to ${count}`
  return {
    ok: false,
    message: `${path} has ${count === 1 ? 'one page' : `${count} pages`}; --page takes ${range}${allowAll ? ' or all' : ''}.`
  }
}

/** An importer that throws on a hostile file is a bug, but the CLI still answers with exit 2. */
function importGuarded(
  bytes: Uint8Array,
  name: string,
  page: number | undefined
): ImportOutcomeResult {
  try {
    return importSource(bytes, name, decodeUtf8, { page })
  } catch (err) {
    return {
      ok: false,
      message: `${name} could not be imported (${err instanceof Error ? err.message : String(err)}).`
    }
  }
}
