import { version } from '../../package.json'
import type { IgnoredProblem } from '../shared/analysis/ignores'
import { closestOf } from '../shared/diagram/load/suggestions'
import { toGithub } from '../shared/report/githubCommands'
import { PROBLEM_CODES, problemCodeInfo } from '../shared/report/problemCodes'
import { toJunit } from '../shared/report/junit'
import { toSarif } from '../shared/report/sarif'
import type { CheckedFile, CheckRun, UnreadableFile } from '../shared/report/checkRun'
import { problemToJson, type Problem } from '../shared/validation/problems'
import { parseArgs } from './args'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { importedJson, importedLines, type ImportedJson } from './importedInput'
import { parsePage } from './importCommand'
import { collectInputs } from './inputs'
import {
  formatValidationText,
  plural,
  validationToJson,
  type ValidateJson
} from './validateCommand'
import { checkInputs, exitCodeOf } from './validateRun'

const VALIDATE_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const
type Format = (typeof VALIDATE_FORMATS)[number]
const FAIL_ON = ['error', 'warning', 'never'] as const

export const VALIDATE_HELP = `Usage: pipewright validate PATH... [--format text|json|sarif|junit|github]
                          [--fail-on error|warning|never]
                          [--quiet] [--ignore CODE]... [--show-ignored] [--page N]
                          [--stdin-filename NAME]

Checks every connection and rule in diagrams (.pipewright.json, or a PNG or SVG Pipewright
exported), CloudFormation/SAM templates and draw.io files (imported in memory first).

PATH is a file, a folder (every diagram, template and draw.io file under it; node_modules and dot
folders are skipped), a glob ('diagrams/**/*.pipewright.json') or - for standard input.

  --format F           text (default), json, sarif (SARIF 2.1.0, for code scanning), junit (JUnit
                       XML: a testcase per edge, node and diagram rule) or github (workflow
                       commands that annotate a pull request)
  --json               the same as --format json
  --fail-on LEVEL      error (default): exit 1 on an error; warning: on a warning too; never: only
                       an unreadable file fails
  --quiet              report errors only (the summary still counts warnings)
  --ignore CODE        hide every problem with this code, in every file (repeatable)
  --show-ignored       list the problems the files' ignore entries and --ignore hid, with reasons
  --page N             the draw.io page to check (1 is the first)
  --stdin-filename N   the name standard input is reported under, and told by (template.yaml)

Exit codes: 0 nothing reached --fail-on, 1 a problem did, 2 a file could not be read or the command
line is wrong (every other file is still checked and reported).
`

interface ValidateArgs {
  paths: string[]
  format: Format
  failOn: CheckRun['failOn']
  quiet: boolean
  showIgnored: boolean
  ignoreCodes: string[]
  page?: number
  stdinName: string
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string
): T | undefined | { error: string } {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  return { error: `${option} takes ${allowed.join(', ')}; not "${value}".` }
}

/** A usage error: what is wrong, and whether the usage should follow (not for a bad value). */
interface ArgsError {
  error: string
  usage: boolean
}

function readValidateArgs(args: readonly string[]): ValidateArgs | ArgsError {
  const wrongValue = (error: string): ArgsError => ({ error, usage: false })
  const parsed = parseArgs(args, {
    flags: ['--json', '--quiet', '--show-ignored'],
    options: [['--format'], ['--fail-on'], ['--ignore'], ['--page'], ['--stdin-filename']],
    repeatable: ['--ignore']
  })
  if (typeof parsed === 'string') return { error: parsed, usage: true }
  if (parsed.positionals.length === 0)
    return {
      error: 'validate needs a FILE, a folder, a glob, or - for standard input.',
      usage: true
    }
  const format = oneOf(parsed.options.get('--format'), VALIDATE_FORMATS, '--format')
  if (format !== undefined && typeof format === 'object') return wrongValue(format.error)
  if (parsed.flags.has('--json') && format !== undefined && format !== 'json')
    return wrongValue(`--json and --format ${format} say different things: give one.`)
  const failOn = oneOf(parsed.options.get('--fail-on'), FAIL_ON, '--fail-on')
  if (failOn !== undefined && typeof failOn === 'object') return wrongValue(failOn.error)
  const page = parsePage(parsed.options.get('--page'), false)
  if ('error' in page) return wrongValue(page.error)
  if (parsed.positionals.filter((p) => p === '-').length > 1)
    return wrongValue('Standard input (-) can be read once.')
  const ignoreCodes = parsed.lists.get('--ignore') ?? []
  const badCode = ignoreCodes.find((c) => !/^[a-z0-9-]+$/.test(c))
  if (badCode !== undefined)
    return wrongValue(`--ignore takes a problem code such as orphan-node; not "${badCode}".`)
  // A mistyped code would hide nothing, and the run would look clean for the wrong reason.
  const unknown = ignoreCodes.find((c) => problemCodeInfo(c) === undefined)
  if (unknown !== undefined) {
    const near = closestOf(
      unknown,
      PROBLEM_CODES.map((c) => c.code)
    )
    return wrongValue(
      `--ignore ${unknown}: no problem has that code${near ? `; did you mean ${near}?` : '.'} docs/integrations.md#problem-codes lists them.`
    )
  }
  return {
    paths: parsed.positionals,
    format: format ?? (parsed.flags.has('--json') ? 'json' : 'text'),
    failOn: failOn ?? 'error',
    quiet: parsed.flags.has('--quiet'),
    showIgnored: parsed.flags.has('--show-ignored'),
    ignoreCodes,
    ...(page.page === undefined ? {} : { page: page.page as number }),
    stdinName: parsed.options.get('--stdin-filename') ?? '<stdin>'
  }
}

/** Counts of the problems that count (after ignores, before --quiet), over every file. */
export function runTotals(run: CheckRun) {
  const totals = { errors: 0, warnings: 0, notes: 0, ignored: 0 }
  for (const file of run.files) {
    totals.errors += file.counts.error
    totals.warnings += file.counts.warning
    totals.notes += file.counts.info
    totals.ignored += file.ignored.length
  }
  return totals
}

function textReport(run: CheckRun, showIgnored: boolean): string {
  const blocks = run.files.map(
    (file) =>
      importedLines(file.imported) +
      formatValidationText(file.path, file.diagram, file.analysis, {
        problems: file.problems,
        counts: file.counts,
        ignored: file.ignored,
        showIgnored
      })
  )
  const many = run.files.length + run.unreadable.length > 1
  if (!many) return blocks.join('\n')
  const t = runTotals(run)
  const withProblems = run.files.filter(
    ({ counts }) => counts.error + counts.warning + counts.info > 0
  ).length
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')]
  if (t.notes > 0) parts.push(plural(t.notes, 'note'))
  let summary = `${plural(run.files.length, 'file')} checked: ${parts.join(', ')}`
  if (withProblems > 0) summary += ` in ${plural(withProblems, 'file')}`
  if (t.ignored > 0) summary += ` (${t.ignored} ignored)`
  if (run.unreadable.length > 0)
    summary += `; ${run.unreadable.length === 1 ? '1 file' : `${run.unreadable.length} files`} could not be read`
  return `${blocks.join('\n')}\n${summary}.\n`
}

/** One file in `validate --format json`: its verdicts and problems, and what was ignored. */
export interface ValidatedFileJson extends ValidateJson, Partial<ImportedJson> {
  path: string
  kind: CheckedFile['kind']
  ignored: Array<Problem & { reason: string; by: IgnoredProblem['by'] }>
}

/** `validate --format json`, for any number of files. */
export interface ValidateRunJson {
  files: ValidatedFileJson[]
  unreadable: UnreadableFile[]
  summary: ReturnType<typeof runTotals> & { files: number; unreadable: number }
}

function jsonReport(run: CheckRun): string {
  const t = runTotals(run)
  return `${JSON.stringify(
    {
      files: run.files.map((file): ValidatedFileJson => ({
        path: file.path,
        kind: file.kind,
        ...validationToJson(file.analysis),
        problems: file.problems.map(problemToJson),
        ignored: file.ignored.map(({ problem, reason, by }) => ({
          ...problemToJson(problem),
          reason,
          by
        })),
        ...(importedJson(file.imported) as Partial<ImportedJson>)
      })),
      unreadable: [...run.unreadable],
      summary: { files: run.files.length, ...t, unreadable: run.unreadable.length }
    } satisfies ValidateRunJson,
    null,
    2
  )}\n`
}

/** Each format's report of a whole run. */
const REPORTS: Record<Format, (run: CheckRun, showIgnored: boolean) => string> = {
  text: textReport,
  json: jsonReport,
  sarif: (run) => `${JSON.stringify(toSarif(run, { version }), null, 2)}\n`,
  junit: (run) => toJunit(run),
  github: (run) => toGithub(run)
}

export async function validateCommand(
  args: readonly string[],
  io: CliIo,
  usage: string
): Promise<number> {
  const read = readValidateArgs(args)
  if ('error' in read) {
    io.stderr(read.usage ? `${read.error}\n\n${usage}` : `${read.error}\n`)
    return EXIT.unusable
  }
  const collected = await collectInputs(read.paths, io, read.stdinName)
  const run = await checkInputs(collected.inputs, collected.unreadable, io, read)
  for (const bad of run.unreadable) io.stderr(`${bad.error}\n`)
  io.stdout(REPORTS[read.format](run, read.showIgnored))
  return exitCodeOf(run)
}
