import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import { applyIgnores } from '../shared/analysis/ignores'
import { DIAGRAM_LIMITS } from '../shared/diagram/schema'
import { isTooLarge, tooLargeMessage } from '../shared/diagram/fileLimits'
import type { CheckedFile, CheckRun, UnreadableFile } from '../shared/report/checkRun'
import { createLocator } from '../shared/report/sourceLocator'
import type { Problem } from '../shared/validation/problems'
import { tally } from '../shared/validation/validationResult'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { displayPath, type Input } from './inputs'
import { analysableFromBytes, readInputBytes, type Analysable } from './readInput'

export interface CheckOptions {
  failOn: CheckRun['failOn']
  /** Report errors only (warnings and notes still count for --fail-on warning). */
  quiet: boolean
  /** Problem codes to hide in every file (`--ignore CODE`). */
  ignoreCodes: readonly string[]
  /** The draw.io page of every draw.io input, 0-based. */
  page?: number
}

const IGNORED_ON_COMMAND_LINE = 'ignored with --ignore on the command line'

async function readOne(input: Input, io: CliIo, page: number | undefined): Promise<Analysable> {
  if (input.stdin) {
    const bytes = await io.readStdin(DIAGRAM_LIMITS.maxFileBytes + 1)
    if (isTooLarge(bytes.byteLength))
      return { error: `${input.path}: ${tooLargeMessage(bytes.byteLength, 'standard input')}` }
    return analysableFromBytes(bytes, input.path, page)
  }
  const read = await readInputBytes(input.path, io)
  if ('error' in read) return read
  return analysableFromBytes(read.bytes, input.path, page)
}

/** One file analysed as the app analyses it, then the command line's ignores and --quiet. */
function checkOne(
  read: Exclude<Analysable, { error: string }>,
  path: string,
  options: CheckOptions
): CheckedFile {
  const analysis = analyzeDiagram(read.diagram)
  const byCode = applyIgnores(
    analysis.problems,
    options.ignoreCodes.map((code) => ({ code, reason: IGNORED_ON_COMMAND_LINE })),
    'command line'
  )
  const problems: Problem[] = options.quiet
    ? byCode.kept.filter((p) => p.severity === 'error')
    : byCode.kept
  const counts = { error: 0, warning: 0, info: 0 }
  tally(counts, byCode.kept, 1)
  return {
    path: displayPath(path),
    kind: read.kind,
    diagram: read.diagram,
    analysis,
    problems,
    ignored: [...analysis.ignored, ...byCode.ignored],
    counts,
    locate: createLocator({
      kind: read.kind,
      diagram: read.diagram,
      ...(read.text === undefined ? {} : { text: read.text }),
      ...(read.imported ? { imported: read.imported.report } : {})
    }),
    ...(read.imported ? { imported: read.imported } : {})
  }
}

/** Every input checked in turn; one that cannot be read is recorded and the rest still checked. */
export async function checkInputs(
  inputs: readonly Input[],
  alreadyUnreadable: readonly UnreadableFile[],
  io: CliIo,
  options: CheckOptions
): Promise<CheckRun> {
  const files: CheckedFile[] = []
  const unreadable = [...alreadyUnreadable]
  for (const input of inputs) {
    const read = await readOne(input, io, options.page)
    if ('error' in read) unreadable.push({ path: displayPath(input.path), error: read.error })
    else files.push(checkOne(read, input.path, options))
  }
  return { files, unreadable, failOn: options.failOn }
}

/** 2 when any file could not be read; else 1 when a problem reaches --fail-on; else 0. */
export function exitCodeOf(run: CheckRun): number {
  if (run.unreadable.length > 0) return EXIT.unusable
  if (run.failOn === 'never') return EXIT.ok
  const failing = ({ counts }: CheckedFile) =>
    counts.error > 0 || (run.failOn === 'warning' && counts.warning > 0)
  return run.files.some(failing) ? EXIT.problems : EXIT.ok
}
