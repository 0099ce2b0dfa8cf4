import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { diagramTextFromBytes } from '../shared/interchange/diagramBytes'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { isTooLarge, tooLargeMessage } from '../shared/diagram/fileLimits'
import type { Diagram } from '../shared/diagram/types'
import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import { estimateToJson } from '../shared/estimation/estimateJson'
import { formatEstimateText } from './estimateCommand'
import { formatValidationText, problemToJson, validationToJson } from './validateCommand'

/** Exit codes: 0 no errors, 1 the diagram has errors, 2 the file cannot be used (or bad usage). */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** What the path is, without opening it (a FIFO or device must not be opened: reading one can hang). */
  kind: (path: string) => Promise<{ size: number; isFile: boolean; what: string }>
  /** At most `limit` bytes of the file: an endless file is never read whole. */
  readBytes: (path: string, limit: number) => Promise<Uint8Array>
}

const USAGE = `Usage: pipewright <command> [options]

Commands:
  validate FILE [--json]   Check every connection and rule in a diagram file.
  estimate FILE [--json]   Traffic, capacity and monthly cost of every service (us-east-1 prices).

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or is not a valid diagram.
`

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
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Labels, names and messages come from the file: a terminal control sequence in one (an escape
 * that retitles the window, clears the screen or hides text) is printed as \u001b and the like,
 * not sent to the terminal. Newlines and tabs stay; so does everything printable. In JSON output
 * the same text is a valid escape inside its string.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EACCES') return 'permission denied'
  return err instanceof Error ? err.message : String(err)
}

async function readDiagram(
  path: string,
  io: CliIo
): Promise<{ diagram: Diagram } | { error: string }> {
  const tooLarge = (bytes: number) => `${path}: ${tooLargeMessage(bytes, 'the file')}`
  try {
    const kind = await io.kind(path)
    if (!kind.isFile) return { error: `Cannot read ${path}: it is ${kind.what}, not a file.` }
    if (isTooLarge(kind.size)) return { error: tooLarge(kind.size) }
    // One byte more than the limit tells a file that grew since it was looked at.
    const bytes = await io.readBytes(path, DIAGRAM_LIMITS.maxFileBytes + 1)
    if (isTooLarge(bytes.byteLength)) return { error: tooLarge(bytes.byteLength) }
    const decoded = diagramTextFromBytes(bytes, extname(path), (b) => utf8.decode(b))
    if (!decoded.ok) return { error: `${path}: ${decoded.message}` }
    const loaded = loadDiagram(decoded.text)
    return loaded.ok ? { diagram: loaded.diagram } : { error: `${path}: ${loaded.error.message}` }
  } catch (err) {
    return { error: `Cannot read ${path}: ${describeReadError(err)}.` }
  }
}

type Command = 'validate' | 'estimate'

/** Both commands take one FILE and an optional --json; anything else is a usage error. */
async function readArgs(
  command: Command,
  args: string[],
  io: CliIo
): Promise<{ file: string; json: boolean; diagram: Diagram } | number> {
  const json = args.includes('--json')
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json')
  const files = args.filter((a) => !a.startsWith('-'))
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr(
      unknown.length > 0
        ? `Unknown option ${unknown[0]}.\n\n${USAGE}`
        : `${command} takes exactly one FILE.\n\n${USAGE}`
    )
    return EXIT.unusable
  }
  const file = files[0]!
  const read = await readDiagram(file, io)
  if ('error' in read) {
    io.stderr(`${read.error}\n`)
    return EXIT.unusable
  }
  return { file, json, diagram: read.diagram }
}

async function estimateCommand(args: string[], io: CliIo): Promise<number> {
  const read = await readArgs('estimate', args, io)
  if (typeof read === 'number') return read
  const analysis = analyzeDiagram(read.diagram)
  if (read.json)
    io.stdout(
      `${JSON.stringify({ ...estimateToJson(analysis.estimate), problems: analysis.problems.map(problemToJson) }, null, 2)}\n`
    )
  else io.stdout(formatEstimateText(basename(read.file), read.diagram, analysis.estimate, analysis))
  return analysis.counts.error > 0 ? EXIT.problems : EXIT.ok
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const read = await readArgs('validate', args, io)
  if (typeof read === 'number') return read
  const { json, file } = read
  const analysis = analyzeDiagram(read.diagram)
  if (json) io.stdout(`${JSON.stringify(validationToJson(analysis), null, 2)}\n`)
  else io.stdout(formatValidationText(basename(file), read.diagram, analysis))
  return analysis.counts.error > 0 ? EXIT.problems : EXIT.ok
}

export async function main(argv: string[], rawIo: CliIo = nodeIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (t) => {
      rawIo.stdout(escapeControls(t))
    },
    stderr: (t) => {
      rawIo.stderr(escapeControls(t))
    }
  }
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE)
    return command === undefined ? EXIT.unusable : EXIT.ok
  }
  if (command === 'validate') return validateCommand(rest, io)
  if (command === 'estimate') return estimateCommand(rest, io)
  io.stderr(`Unknown command "${command}".\n\n${USAGE}`)
  return EXIT.unusable
}
