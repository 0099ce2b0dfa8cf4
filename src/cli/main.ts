import { version } from '../../package.json'
import { nodeIo, type CliIo } from './cliIo'
import { DIFF_HELP, diffCommand } from './diffCommand'
import { ESTIMATE_HELP, runEstimate } from './estimateCommand'
import { EXIT } from './exitCodes'
import { exportCommand } from './exportCommand'
import { importCommand } from './importCommand'
import { VALIDATE_HELP, validateCommand } from './validateCli'

export { EXIT } from './exitCodes'
export { nodeIo, type CliIo } from './cliIo'

const USAGE = `Usage: pipewright <command> [options]
       pipewright <command> --help    pipewright --version

Commands:
  validate PATH... [--format text|json|sarif|junit|github] [--fail-on error|warning|never] [--quiet]
           [--ignore CODE]... [--show-ignored] [--page N] [--stdin-filename NAME]
      Check every connection and rule in diagrams, CloudFormation/SAM templates and draw.io files:
      files, folders, globs, or - for standard input.
  estimate FILE [--format table|json|csv|markdown] [--json] [--page N]
      Traffic, capacity and monthly cost of every service (us-east-1 prices), of the same files;
      csv and markdown give a bill of materials for a spreadsheet or a pull-request comment.
  import FILE [-o OUT.pipewright.json] [--json] [--page N|all] [--force]
      A template or draw.io file as a laid-out diagram (default: FILE's name with .pipewright.json),
      with a report of what became of every resource, and the new diagram's validation.
  export cloudformation FILE [-o OUT.template.yaml] [--json] [--force]
      A diagram (or a template or draw.io file) as a CloudFormation template, and what is left to do.
  diff BEFORE AFTER [--format text|markdown|json] [--page N]
      What a change does: services, connections, settings, problems, capacity and monthly cost,
      before → after. BEFORE or AFTER may be git:REV:PATH, a file at a git revision.

FILE (and each file validate checks): a .pipewright.json diagram or a PNG or SVG Pipewright
exported, or a template (.yaml, .yml, .json, .template) or draw.io file (.drawio, .xml, .drawio.png,
.drawio.svg), imported in memory first. --page N picks a draw.io page (1 is the first). An existing output file is
never overwritten without --force, and the input never.

Exit codes: 0 no errors (for validate: nothing reached --fail-on), 1 errors found, 2 a file cannot be
read or is not a valid diagram, or the command line is wrong. diff exits 0 whenever it printed.
`

/** `pipewright COMMAND --help`: the command's own lines of the usage, and its options. */
const COMMAND_HELP: Readonly<Record<string, string>> = {
  validate: VALIDATE_HELP,
  estimate: ESTIMATE_HELP,
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
 * not sent to the terminal. Newlines and tabs stay, and so does a CR right before a newline (the
 * line end RFC 4180 asks of `estimate --format csv`; in a terminal it is a newline like any other);
 * so does everything printable. In JSON output the same text is a valid escape inside its string.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
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
  if (command === 'validate') return validateCommand(rest, io, USAGE)
  if (command === 'estimate') return runEstimate(rest, io, USAGE)
  if (command === 'import') return importCommand(rest, io, USAGE)
  if (command === 'export') return exportCommand(rest, io, USAGE)
  if (command === 'diff') return diffCommand(rest, io, USAGE)
  io.stderr(`Unknown command "${command}".\n\n${USAGE}`)
  return EXIT.unusable
}
