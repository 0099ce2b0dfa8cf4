import { pagesRemark } from '../shared/interchange/drawio/importDrawio'
import { basename } from 'node:path'
import { analyzeDiagram, type DiagramAnalysis } from '../shared/analysis/analyzeDiagram'
import { loadDiagram } from '../shared/diagram/loadDiagram'
import { serializeDiagram } from '../shared/diagram/saveDiagram'
import type { Diagram } from '../shared/diagram/types'
import type { ImportReport, ImportResult } from '../shared/interchange/import/importReport'
import { layoutImported } from '../shared/interchange/import/layoutImported'
import { sniffImportKind } from '../shared/interchange/import/sniffImportKind'
import { isPng } from '../shared/interchange/pngEmbed'
import { runElk } from '../shared/layout/runElk'
import { parseArgs } from './args'
import type { CliIo } from './cliIo'
import { EXIT } from './exitCodes'
import { formatImportReport, KIND_NAMES } from './importText'
import { besideInput, outputRefusal, pageOutputs } from './outputPath'
import { decodeUtf8, importPage, pageNamesOf, readInputBytes } from './readInput'
import { formatValidationText, validationToJson, type ValidateJson } from './validateCommand'

const DIAGRAM_ENDING = '.pipewright.json'

/** What `import --json` prints for each file written. */
export interface ImportJson {
  input: string
  output: string
  /** 1-based, for a draw.io file. */
  page?: number
  report: ImportReport
  validation: ValidateJson & { counts: DiagramAnalysis['counts'] }
}

/** `--page`: a 1-based page number for people, 0-based for the importer; or every page. */
export function parsePage(
  value: string | undefined,
  allowAll: boolean
): { page?: number | 'all' } | { error: string } {
  if (value === undefined) return {}
  if (value === 'all' && allowAll) return { page: 'all' }
  if (/^[1-9][0-9]{0,5}$/.test(value)) return { page: Number(value) - 1 }
  return {
    error: `--page takes a page number (1 for the first)${allowAll ? ' or all' : ''}, not "${value}".`
  }
}

interface Written {
  json: ImportJson
  text: string
  errors: number
}

/**
 * `pipewright import FILE [-o OUT] [--json] [--page N|all] [--force]`: a template or draw.io file
 * as a laid-out diagram next to it, the report of what became of every resource or cell, and the
 * new diagram's validation at once.
 */
export async function importCommand(args: string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseArgs(args, {
    flags: ['--json', '--force'],
    options: [['--output', '-o'], ['--page']]
  })
  if (typeof parsed === 'string' || parsed.positionals.length !== 1) {
    io.stderr(
      `${typeof parsed === 'string' ? parsed : 'import takes exactly one FILE.'}\n\n${usage}`
    )
    return EXIT.unusable
  }
  const pageArg = parsePage(parsed.options.get('--page'), true)
  if ('error' in pageArg) {
    io.stderr(`${pageArg.error}\n`)
    return EXIT.unusable
  }
  const { page } = pageArg
  const input = parsed.positionals[0]!
  const json = parsed.flags.has('--json')
  const force = parsed.flags.has('--force')
  const out = parsed.options.get('--output') ?? besideInput(input, DIAGRAM_ENDING)

  const read = await readInputBytes(input, io)
  if ('error' in read) {
    io.stderr(`${read.error}\n`)
    return EXIT.unusable
  }
  if (page !== undefined && !isDrawio(read.bytes, input)) {
    io.stderr(`${input} is not a draw.io file: --page is for draw.io files.\n`)
    return EXIT.unusable
  }
  if (page !== 'all') {
    const refusal = await outputRefusal(out, input, force, io)
    if (refusal) {
      io.stderr(`${refusal}\n`)
      return EXIT.unusable
    }
  }
  const first = importPage(read.bytes, input, page === 'all' ? 0 : page, true)
  if (!first.ok) {
    io.stderr(`${first.message}\n`)
    return EXIT.unusable
  }
  const pageNames = pageNamesOf(first.report)
  const indexes = page === 'all' ? pageNames.map((_, i) => i) : [page ?? 0]
  if (indexes.length === 0) indexes.push(0)
  const outputs =
    page === 'all'
      ? pageOutputs(out, DIAGRAM_ENDING, pageNames.length > 0 ? pageNames : ['Page-1'])
      : [out]
  if (page === 'all') {
    for (const target of outputs) {
      const refusal = await outputRefusal(target, input, force, io)
      if (refusal) {
        io.stderr(`${refusal}\n`)
        return EXIT.unusable
      }
    }
  }

  const written: Written[] = []
  let failed = false
  for (const [i, index] of indexes.entries()) {
    const result = i === 0 ? first : importPage(read.bytes, input, index, true)
    if (!result.ok) {
      io.stderr(`${result.message}\n`)
      failed = true
      continue
    }
    const report =
      page === undefined && pageNames.length > 1
        ? withOtherPages(result.report, pageNames)
        : result.report
    const done = await writeImported(
      { ...result, report },
      { input, output: outputs[i]!, force, io },
      page === undefined && pageNames.length <= 1 ? undefined : index + 1
    )
    if (typeof done === 'string') {
      io.stderr(`${done}\n`)
      failed = true
      continue
    }
    written.push(done)
  }

  if (json) {
    const body =
      page === 'all'
        ? { input, kind: 'drawio', pages: written.map((w) => w.json) }
        : written[0]?.json
    if (body) io.stdout(`${JSON.stringify(body, null, 2)}\n`)
  } else io.stdout(written.map((w) => w.text).join('\n'))
  if (failed) return EXIT.unusable
  return written.some((w) => w.errors > 0) ? EXIT.problems : EXIT.ok
}

function isDrawio(bytes: Uint8Array, path: string): boolean {
  if (isPng(bytes)) return true
  try {
    return sniffImportKind(decodeUtf8(bytes), path) === 'drawio'
  } catch {
    return false
  }
}

/** The first page of several was imported: say which, and how to get the others. */
function withOtherPages(report: ImportReport, pageNames: readonly string[]): ImportReport {
  const others = pageNames
    .slice(1)
    .map((name, i) => `"${name}" (--page ${i + 2})`)
    .join(', ')
  // This remark says the same with the CLI's --page numbers, so the importer's own is left out.
  const own = report.pages ? pagesRemark(report.pages, report.page ?? 0) : undefined
  return {
    ...report,
    remarks: [
      ...report.remarks.filter((r) => r !== own),
      `Page 1 of ${pageNames.length}, "${pageNames[0]!}", was imported; the others are ${others}. --page all writes one diagram per page.`
    ]
  }
}

async function writeImported(
  result: ImportResult,
  where: { input: string; output: string; force: boolean; io: CliIo },
  page: number | undefined
): Promise<Written | string> {
  let diagram: Diagram
  try {
    diagram = await layoutImported(result, runElk)
  } catch (err) {
    return `${where.input}: the imported diagram could not be laid out, so nothing was written (${err instanceof Error ? err.message : String(err)}).`
  }
  const text = serializeDiagram(diagram)
  // What is written must open: an importer that made something the loader refuses is caught here.
  const loaded = loadDiagram(text)
  if (!loaded.ok)
    return `${where.input}: the imported diagram does not load, so nothing was written (${loaded.error.message}). This is a bug in the importer; please report it with the file.`
  try {
    await where.io.writeText(where.output, text, { overwrite: where.force })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code
    return code === 'EEXIST'
      ? `${where.output} exists; pass --force to overwrite it, or give another name with -o.`
      : `Cannot write ${where.output}: ${err instanceof Error ? err.message : String(err)}.`
  }
  const analysis = analyzeDiagram(loaded.diagram)
  const { report } = result
  const heading = `${basename(where.input)}${page === undefined ? '' : `, page ${page}`} (${KIND_NAMES[report.kind]}) → ${where.output}`
  const textOut = [
    heading,
    '',
    ...formatImportReport(report),
    '',
    formatValidationText(basename(where.output), loaded.diagram, analysis)
  ].join('\n')
  return {
    json: {
      input: where.input,
      output: where.output,
      ...(page === undefined ? {} : { page }),
      report,
      validation: { counts: analysis.counts, ...validationToJson(analysis) }
    },
    text: textOut,
    errors: analysis.counts.error
  }
}
