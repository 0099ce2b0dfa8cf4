import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import { emptyDiagram, type Diagram } from '../shared/diagram/types'
import { diffDiagrams } from '../shared/diff/diffDiagrams'
import { diffToJson } from '../shared/diff/diffJson'
import { formatDiffMarkdown } from '../shared/diff/diffMarkdown'
import type { DiffReport } from '../shared/diff/diffModel'
import { formatDiffText } from '../shared/diff/diffText'
import { parseArgs } from './args'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { GIT_PREFIX, readGitAnalysable } from './gitInput'
import { parsePage } from './importCommand'
import { KIND_NAMES } from './importText'
import { readAnalysable } from './readInput'

export const DIFF_HELP = `Usage: pipewright diff BEFORE AFTER [--format text|markdown|json] [--page N]

What a change does to a pipeline: services and connections added, removed and changed (with each
setting before → after), new and resolved problems (errors and warnings first), capacity figures
that change (Shards: 4 → 10) and the monthly cost of each service and in total, before → after.

BEFORE and AFTER are each a diagram, a CloudFormation/SAM template or a draw.io file, or
git:REV:PATH for the file at a git revision of the current folder's repository: PATH is from the
repository's root (git:main:pipelines/click.pipewright.json), or from the current folder when it
starts with ./ (git:main:./click.pipewright.json). A PATH that REV does not have is an empty
diagram ("new file: everything is added").

  --format F   text (the default), markdown (for a pull-request comment) or json
  --page N     the draw.io page of both inputs (1 is the first)

Exit codes: 0 the diff was printed (whatever it says), 2 an input cannot be read, the revision is
unknown, this is not a git repository, or the command line is wrong.
`

const FORMATS = ['text', 'markdown', 'json'] as const
type Format = (typeof FORMATS)[number]

interface Side {
  label: string
  diagram: Diagram
  notes: string[]
  /**
   * Whether the diagram's name is its own: an imported diagram is named after its file and a
   * missing file's stand-in has none, so a change of name there is no change to review.
   */
  ownName: boolean
}

async function readSide(spec: string, io: CliIo, page: number | undefined): Promise<Side | string> {
  const read = spec.startsWith(GIT_PREFIX)
    ? await readGitAnalysable(spec, io, page)
    : await readAnalysable(spec, io, page)
  if ('missing' in read)
    return {
      label: spec,
      diagram: emptyDiagram(''),
      notes: [`${spec}: new file (${read.missing}): everything is added.`],
      ownName: false
    }
  if ('error' in read) return read.error
  const notes = read.imported
    ? [
        `${spec}: imported in memory from a ${KIND_NAMES[read.imported.report.kind]}; node ids are its ${read.kind === 'drawio' ? 'cell ids' : 'logical ids'}.`
      ]
    : []
  return { label: spec, diagram: read.diagram, notes, ownName: read.imported === undefined }
}

/** `pipewright diff BEFORE AFTER [--format text|markdown|json] [--page N]`. */
export async function diffCommand(args: string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseArgs(args, { flags: [], options: [['--format'], ['--page']] })
  if (typeof parsed === 'string' || parsed.positionals.length !== 2) {
    io.stderr(`${typeof parsed === 'string' ? parsed : 'diff takes BEFORE and AFTER.'}\n\n${usage}`)
    return EXIT.unusable
  }
  const format = (parsed.options.get('--format') ?? 'text') as Format
  if (!FORMATS.includes(format)) {
    io.stderr(`--format takes text, markdown or json, not "${format}".\n`)
    return EXIT.unusable
  }
  const page = parsePage(parsed.options.get('--page'), false)
  if ('error' in page) {
    io.stderr(`${page.error}\n`)
    return EXIT.unusable
  }
  const sides: Side[] = []
  for (const spec of parsed.positionals) {
    const side = await readSide(spec, io, page.page as number | undefined)
    if (typeof side === 'string') {
      io.stderr(`${side}\n`)
      return EXIT.unusable
    }
    sides.push(side)
  }
  const [before, after] = sides as [Side, Side]
  const diff = diffDiagrams(
    { diagram: before.diagram, analysis: analyzeDiagram(before.diagram) },
    { diagram: after.diagram, analysis: analyzeDiagram(after.diagram) }
  )
  const named = before.ownName && after.ownName
  const report: DiffReport = {
    diff: named ? diff : { ...diff, diagram: diff.diagram.filter((c) => c.path !== 'name') },
    before: { label: before.label, diagram: before.diagram },
    after: { label: after.label, diagram: after.diagram },
    notes: [...before.notes, ...after.notes]
  }
  if (format === 'json') io.stdout(`${JSON.stringify(diffToJson(report), null, 2)}\n`)
  else if (format === 'markdown') io.stdout(formatDiffMarkdown(report))
  else io.stdout(formatDiffText(report))
  return EXIT.ok
}
