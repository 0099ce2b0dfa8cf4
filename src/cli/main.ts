import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import type { Diagram } from '../shared/diagram/types'
import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import { estimateToJson } from '../shared/estimation/estimate'
import { formatEstimateText } from './estimateCommand'
import { formatValidationText, problemToJson, validationToJson } from './validateCommand'

/** Exit codes: 0 no errors, 1 the diagram has errors, 2 the file cannot be used (or bad usage). */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => Promise<string>
  fileSize: (path: string) => Promise<number>
}

const USAGE = `Usage: pipewright <command> [options]

Commands:
  validate FILE [--json]   Check every connection and rule in a diagram file.
  estimate FILE [--json]   Traffic, capacity and monthly cost of every service (us-east-1 prices).

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or is not a valid diagram.
`

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFile(p, 'utf8'),
  fileSize: async (p) => (await stat(p)).size,
}

function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EACCES') return 'permission denied'
  return err instanceof Error ? err.message : String(err)
}

async function readDiagram(path: string, io: CliIo): Promise<{ diagram: Diagram } | { error: string }> {
  try {
    const size = await io.fileSize(path)
    if (size > DIAGRAM_LIMITS.maxFileBytes) {
      return { error: `${path}: the file is ${(size / 1048576).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / 1048576} MB.` }
    }
    const loaded = loadDiagram(await io.readFile(path))
    return loaded.ok ? { diagram: loaded.diagram } : { error: `${path}: ${loaded.error.message}` }
  } catch (err) {
    return { error: `Cannot read ${path}: ${describeReadError(err)}.` }
  }
}

type Command = 'validate' | 'estimate'

/** Both commands take one FILE and an optional --json; anything else is a usage error. */
async function readArgs(command: Command, args: string[], io: CliIo): Promise<{ file: string; json: boolean; diagram: Diagram } | number> {
  const json = args.includes('--json')
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json')
  const files = args.filter((a) => !a.startsWith('-'))
  if (unknown.length > 0 || files.length !== 1) {
    io.stderr(unknown.length > 0 ? `Unknown option ${unknown[0]}.\n\n${USAGE}` : `${command} takes exactly one FILE.\n\n${USAGE}`)
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
  if (read.json) io.stdout(`${JSON.stringify({ ...estimateToJson(analysis.estimate), problems: analysis.problems.map(problemToJson) }, null, 2)}\n`)
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

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
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
