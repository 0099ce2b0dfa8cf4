import type {
  ImportOutcome,
  ImportResult,
  ImportSourceKind
} from '../shared/interchange/import/importReport'
import { KIND_NAMES, outcomeCounts, outcomeSummary } from './importText'

/** Added to `validate --json` and `estimate --json` when the input was imported in memory. */
export interface ImportedJson {
  imported: {
    kind: ImportSourceKind
    /** How many resources (or cells) had each outcome; `pipewright import` lists them one by one. */
    outcomes: Partial<Record<ImportOutcome, number>>
    /** Connections seen only in IAM policies or environment variables: not drawn, so not checked. */
    suggestedConnections: number
    remarks: string[]
  }
}

export function importedJson(imported: ImportResult | undefined): ImportedJson | object {
  if (!imported) return {}
  const { report } = imported
  return {
    imported: {
      kind: report.kind,
      outcomes: outcomeCounts(report),
      suggestedConnections: report.suggestions.length,
      remarks: report.remarks
    }
  } satisfies ImportedJson
}

/** The lines above a text report that say the file was imported, and what that left out. */
export function importedLines(imported: ImportResult | undefined): string {
  if (!imported) return ''
  const { report } = imported
  const lines = [
    `${report.fileName}: imported in memory from a ${KIND_NAMES[report.kind]} (${outcomeSummary(report)}); node ids are its ${report.kind === 'drawio' ? 'cell ids' : 'logical ids'}.`
  ]
  if (report.suggestions.length > 0)
    lines.push(
      `${report.suggestions.length} suggested connection${report.suggestions.length === 1 ? ' is' : 's are'} not drawn and not checked: pipewright import lists ${report.suggestions.length === 1 ? 'it' : 'them'} with the evidence.`
    )
  for (const remark of report.remarks) lines.push(`Note: ${remark}`)
  return `${lines.join('\n')}\n`
}
