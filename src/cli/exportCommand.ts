import { basename } from 'node:path'
import { analyzeDiagram } from '../shared/analysis/analyzeDiagram'
import {
  exportTemplate,
  type ExportReport
} from '../shared/interchange/cloudformation/exportTemplate'
import type { ImportSourceKind } from '../shared/interchange/import/importReport'
import { parseArgs } from './args'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { parsePage } from './importCommand'
import { KIND_NAMES } from './importText'
import { besideInput, outputRefusal } from './outputPath'
import { readAnalysable } from './readInput'

const FORMATS = ['cloudformation'] as const

/** What `export cloudformation --json` prints. */
export interface ExportJson {
  input: string
  output: string
  /** Set when the input was a template or draw.io file, imported in memory first. */
  importedFrom?: ImportSourceKind
  report: ExportReport
  /** Errors the diagram has: the template is written, but its wiring needs the fixes `validate` lists. */
  diagramErrors: number
}

/**
 * `pipewright export cloudformation FILE [-o OUT] [--json] [--force] [--page N]`: a diagram (or a
 * template or draw.io file, imported first) as a CloudFormation template, written next to it.
 */
export async function exportCommand(args: string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseArgs(args, {
    flags: ['--json', '--force'],
    options: [['--output', '-o'], ['--page']]
  })
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n\n${usage}`)
    return EXIT.unusable
  }
  const [format, input, ...extra] = parsed.positionals
  if (format === undefined || !FORMATS.includes(format as (typeof FORMATS)[number])) {
    io.stderr(
      `${format === undefined ? 'export needs a format' : `export does not know the format "${format}"`}: export cloudformation FILE.\n\n${usage}`
    )
    return EXIT.unusable
  }
  if (input === undefined || extra.length > 0) {
    io.stderr(`export cloudformation takes exactly one FILE.\n\n${usage}`)
    return EXIT.unusable
  }
  const pageArg = parsePage(parsed.options.get('--page'), false)
  if ('error' in pageArg) {
    io.stderr(`${pageArg.error}\n`)
    return EXIT.unusable
  }
  const out = parsed.options.get('--output') ?? besideInput(input, '.template.yaml')
  const refusal = await outputRefusal(out, input, parsed.flags.has('--force'), io)
  if (refusal) {
    io.stderr(`${refusal}\n`)
    return EXIT.unusable
  }
  const read = await readAnalysable(input, io, pageArg.page as number | undefined)
  if ('error' in read) {
    io.stderr(`${read.error}\n`)
    return EXIT.unusable
  }
  let exported: ReturnType<typeof exportTemplate>
  try {
    exported = exportTemplate(read.diagram)
  } catch (err) {
    io.stderr(
      `${input}: cannot export a CloudFormation template: ${err instanceof Error ? err.message : String(err)}\n`
    )
    return EXIT.unusable
  }
  try {
    await io.writeText(out, exported.text, { overwrite: parsed.flags.has('--force') })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code
    io.stderr(
      code === 'EEXIST'
        ? `${out} exists; pass --force to overwrite it, or give another name with -o.\n`
        : `Cannot write ${out}: ${err instanceof Error ? err.message : String(err)}.\n`
    )
    return EXIT.unusable
  }
  const errors = analyzeDiagram(read.diagram).counts.error
  const json: ExportJson = {
    input,
    output: out,
    ...(read.imported ? { importedFrom: read.imported.report.kind } : {}),
    report: exported.report,
    diagramErrors: errors
  }
  if (parsed.flags.has('--json')) io.stdout(`${JSON.stringify(json, null, 2)}\n`)
  else io.stdout(formatExportText(json))
  return errors > 0 ? EXIT.problems : EXIT.ok
}

function formatExportText(json: ExportJson): string {
  const { report } = json
  const from = json.importedFrom ? ` (imported from a ${KIND_NAMES[json.importedFrom]})` : ''
  const lines = [
    `${basename(json.input)}${from} → ${json.output}: ${report.resources.length} resource${report.resources.length === 1 ? '' : 's'}, ${report.skipped.length} node${report.skipped.length === 1 ? '' : 's'} skipped, ${report.parameters.length} parameter${report.parameters.length === 1 ? '' : 's'}`
  ]
  if (report.resources.length > 0) {
    lines.push('', 'Resources:')
    const width = Math.min(40, Math.max(...report.resources.map((r) => r.nodeId.length)))
    for (const r of report.resources)
      lines.push(`  ${r.nodeId.padEnd(width)}  → ${r.logicalId} (${r.type})`)
  }
  if (report.external.length > 0) {
    lines.push('', 'External (taken as parameters, not created):')
    for (const x of report.external) lines.push(`  ${x.nodeId}  → ${x.logicalId} (${x.reference})`)
  }
  const byOutcome = (outcome: ExportReport['edges'][number]['outcome']) =>
    report.edges.filter((e) => e.outcome === outcome)
  if (report.edges.length > 0) {
    lines.push(
      '',
      `Edges: ${byOutcome('wired').length} wired, ${byOutcome('implicit').length} implicit (the resources alone do it), ${byOutcome('left').length} left to you`
    )
    for (const e of byOutcome('left')) lines.push(`  ${e.edgeId}: ${e.detail}`)
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Not exported (no CloudFormation resource type):')
    for (const s of report.skipped) lines.push(`  ${s.nodeId}: ${s.reason}`)
  }
  if (report.parameters.length > 0) lines.push('', `Parameters: ${report.parameters.join(', ')}`)
  if (report.leftToUser.length > 0) {
    lines.push('', 'Left to you before the stack deploys (also in the template’s Metadata):')
    for (const item of report.leftToUser) lines.push(`  - ${item}`)
  }
  if (json.diagramErrors > 0)
    lines.push(
      '',
      `The diagram has ${json.diagramErrors} error${json.diagramErrors === 1 ? '' : 's'}: the template is written as the diagram is; run pipewright validate on it for the fixes.`
    )
  return `${lines.join('\n')}\n`
}
