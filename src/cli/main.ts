import { basename } from 'node:path'
import { version } from '../../package.json'
import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import type { Diagram } from '../shared/diagram/types'
import { estimateToJson } from '../shared/estimation/estimateJson'
import type { ImportResult } from '../shared/interchange/import/importReport'
import { parseArgs } from './args'
import { nodeIo, type CliIo } from './cliIo'
import { DIFF_HELP, diffCommand } from './diffCommand'
import { formatEstimateText } from './estimateCommand'
import { EXIT } from './exitCodes'
import { exportCommand } from './exportCommand'
import { importCommand, parsePage } from './importCommand'
import { importedJson, importedLines } from './importedInput'
import { readAnalysable } from './readInput'
import { formatValidationText, problemToJson, validationToJson } from './validateCommand'

export { EXIT } from './exitCodes'
export { nodeIo, type CliIo } from './cliIo'

const USAGE = `Usage: pipewright <command> [options]
       pipewright <command> --help    pipewright --version

Commands:
  validate FILE [--json] [--page N]
      Check every connection and rule in a diagram, a CloudFormation/SAM template or a draw.io file.
  estimate FILE [--json] [--page N]
      Traffic, capacity and monthly cost of every service (us-east-1 prices), of the same files.
  import FILE [-o OUT.pipewright.json] [--json] [--page N|all] [--force]
      A template or draw.io file as a laid-out diagram (default: FILE's name with .pipewright.json),
      with a report of what became of every resource, and the new diagram's validation.
  export cloudformation FILE [-o OUT.template.yaml] [--json] [--force]
      A diagram (or a template or draw.io file) as a CloudFormation template, and what is left to do.
  diff BEFORE AFTER [--format text|markdown|json] [--page N]
      What a change does: services, connections, settings, problems, capacity and monthly cost,
      before → after. BEFORE or AFTER may be git:REV:PATH, a file at a git revision.

FILE for validate and estimate: a .pipewright.json diagram or a PNG or SVG Pipewright exported, or a
template (.yaml, .yml, .json, .template) or draw.io file (.drawio, .xml, .drawio.png, .drawio.svg),
imported in memory first. --page N picks a draw.io page (1 is the first). An existing output file is
never overwritten without --force, and the input never.

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or is not a valid diagram, or the
command line is wrong.
`

/** `pipewright COMMAND --help`: the command's own lines of the usage, and its options. */
const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: `Usage: pipewright validate FILE [--json] [--page N]

Checks every connection and rule in a diagram (.pipewright.json, or a PNG or SVG Pipewright
exported), a CloudFormation/SAM template or a draw.io file (imported in memory first).

  --json      the problems as JSON
  --page N    the draw.io page to check (1 is the first)

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or the command line is wrong.
`,
  estimate: `Usage: pipewright estimate FILE [--json] [--page N]

Traffic, capacity and monthly cost (us-east-1 prices) of every service in a diagram, a template or
a draw.io file.

  --json      the estimate and the problems as JSON
  --page N    the draw.io page to estimate (1 is the first)

Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or the command line is wrong.
`,
  import: `Usage: pipewright import FILE [-o OUT.pipewright.json] [--json] [--page N|all] [--force]

A CloudFormation/SAM template or a draw.io file as a laid-out diagram, with a report of what became
of every resource or cell, and the new diagram's validation.

  -o, --output OUT   where to write (default: FILE's name with .pipewright.json)
  --json             the report as JSON
  --page N|all       the draw.io page (1 is the first), or every page to a file of its own
  --force            overwrite OUT if it exists (the input is never overwritten)

Exit codes: 0 written, 1 written but the diagram has errors, 2 nothing written.
`,
  export: `Usage: pipewright export cloudformation FILE [-o OUT.template.yaml] [--json] [--force]

A diagram (or a template or draw.io file) as a CloudFormation template, and what is left to do.

  -o, --output OUT   where to write (default: FILE's name with .template.yaml)
  --json             the export report as JSON
  --force            overwrite OUT if it exists

Exit codes: 0 written, 1 written but the diagram has errors, 2 nothing written.
`,
  diff: DIFF_HELP
}

/** `--help` or `-h` among a command's options (not after `--`, where it would be a file name). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

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

type Command = 'validate' | 'estimate'

interface AnalysisArgs {
  file: string
  json: boolean
  diagram: Diagram
  imported?: ImportResult
}

/** Both commands take one FILE, an optional --json and a draw.io --page; anything else is a usage error. */
async function readArgs(
  command: Command,
  args: string[],
  io: CliIo
): Promise<AnalysisArgs | number> {
  const parsed = parseArgs(args, { flags: ['--json'], options: [['--page']] })
  if (typeof parsed === 'string' || parsed.positionals.length !== 1) {
    io.stderr(
      `${typeof parsed === 'string' ? parsed : `${command} takes exactly one FILE.`}\n\n${USAGE}`
    )
    return EXIT.unusable
  }
  const page = parsePage(parsed.options.get('--page'), false)
  if ('error' in page) {
    io.stderr(`${page.error}\n`)
    return EXIT.unusable
  }
  const file = parsed.positionals[0]!
  const read = await readAnalysable(file, io, page.page as number | undefined)
  if ('error' in read) {
    io.stderr(`${read.error}\n`)
    return EXIT.unusable
  }
  return { file, json: parsed.flags.has('--json'), diagram: read.diagram, imported: read.imported }
}

async function estimateCommand(args: string[], io: CliIo): Promise<number> {
  const read = await readArgs('estimate', args, io)
  if (typeof read === 'number') return read
  const analysis = analyzeDiagram(read.diagram)
  if (read.json)
    io.stdout(
      `${JSON.stringify(
        {
          ...estimateToJson(analysis.estimate),
          problems: analysis.problems.map(problemToJson),
          ...importedJson(read.imported)
        },
        null,
        2
      )}\n`
    )
  else
    io.stdout(
      importedLines(read.imported) +
        formatEstimateText(basename(read.file), read.diagram, analysis.estimate, analysis)
    )
  return analysis.counts.error > 0 ? EXIT.problems : EXIT.ok
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const read = await readArgs('validate', args, io)
  if (typeof read === 'number') return read
  const analysis = analyzeDiagram(read.diagram)
  if (read.json)
    io.stdout(
      `${JSON.stringify({ ...validationToJson(analysis), ...importedJson(read.imported) }, null, 2)}\n`
    )
  else
    io.stdout(
      importedLines(read.imported) +
        formatValidationText(basename(read.file), read.diagram, analysis)
    )
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
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout(`pipewright ${version}\n`)
    return EXIT.ok
  }
  const help = COMMAND_HELP[command]
  if (help !== undefined && asksForHelp(rest)) {
    io.stdout(help)
    return EXIT.ok
  }
  if (command === 'validate') return validateCommand(rest, io)
  if (command === 'estimate') return estimateCommand(rest, io)
  if (command === 'import') return importCommand(rest, io, USAGE)
  if (command === 'export') return exportCommand(rest, io, USAGE)
  if (command === 'diff') return diffCommand(rest, io, USAGE)
  io.stderr(`Unknown command "${command}".\n\n${USAGE}`)
  return EXIT.unusable
}
