import { useReactFlow } from '@xyflow/react'
import { useState } from 'react'
import { formatCitation } from '../../../shared/catalog/citations'
import type {
  ImportOutcome,
  ImportReport,
  ImportReportEntry,
  SuggestedConnection
} from '../../../shared/interchange/import/importReport'
import { importPage } from '../commands/importCommands'
import { useEditor } from '../store/diagramStore'
import { type ImportSession, useImportSession } from '../store/importSession'
import { focusElement } from './focusElement'

/** Outcomes in the order the summary and the filter list them, with the words they are shown as. */
const OUTCOMES: ReadonlyArray<{ outcome: ImportOutcome; label: string; many: string }> = [
  { outcome: 'node', label: 'node', many: 'nodes' },
  { outcome: 'edge', label: 'connection', many: 'connections' },
  { outcome: 'setting', label: 'setting', many: 'settings' },
  { outcome: 'external', label: 'external', many: 'external' },
  { outcome: 'frame', label: 'frame', many: 'frames' },
  { outcome: 'note', label: 'note', many: 'notes' },
  { outcome: 'not-pipeline', label: 'not a pipeline resource', many: 'not pipeline resources' },
  { outcome: 'unknown', label: 'unknown type', many: 'of unknown types' }
]

const LABEL = Object.fromEntries(OUTCOMES.map((o) => [o.outcome, o.label])) as Record<
  ImportOutcome,
  string
>

function outcomeCounts(report: ImportReport): Map<ImportOutcome, number> {
  const counts = new Map<ImportOutcome, number>()
  for (const e of report.entries) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1)
  return counts
}

function summary(report: ImportReport): string {
  const counts = outcomeCounts(report)
  const what = report.kind === 'cloudformation' ? 'resource' : 'cell'
  const parts = OUTCOMES.filter((o) => counts.has(o.outcome)).map((o) => {
    const n = counts.get(o.outcome) ?? 0
    return `${String(n)} ${n === 1 ? o.label : o.many}`
  })
  const total = report.entries.length
  return `${String(total)} ${total === 1 ? what : `${what}s`}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
}

/** A suggestion names its ends by node id or by the source id the report lists them under. */
function nodeFor(ref: string, report: ImportReport): string | undefined {
  const { nodes } = useEditor.getState().diagram
  if (nodes.some((n) => n.id === ref)) return ref
  const entry = report.entries.find((e) => e.sourceId === ref && e.nodeIds?.length)
  const id = entry?.nodeIds?.[0]
  return id !== undefined && nodes.some((n) => n.id === id) ? id : undefined
}

/**
 * `AWS::KinesisFirehose::DeliveryStream` or `mxgraph.aws4.resourceIcon;mxgraph.aws4.lambda` wraps
 * after a `::`, `;` or `.` rather than mid-word.
 */
function breakable(type: string) {
  return type.split(/(?<=::|;|\.)/).map((part, i) => (
    <span key={`${String(i)}-${part}`}>
      {i > 0 ? <wbr /> : null}
      {part}
    </span>
  ))
}

function EntryRow({ entry }: { entry: ImportReportEntry }) {
  const flow = useReactFlow()
  // Frames and notes are canvas nodes too: selecting one shows it like a service.
  const nodeId = entry.nodeIds?.[0] ?? entry.groupIds?.[0] ?? entry.noteIds?.[0]
  const edgeId = entry.edgeIds?.[0]
  const target = nodeId !== undefined ? { nodeId } : edgeId !== undefined ? { edgeId } : undefined
  return (
    <tr className={`import-entry outcome-${entry.outcome}`} data-source-id={entry.sourceId}>
      <th scope="row">
        {target ? (
          <button
            type="button"
            className="link-button"
            title={nodeId !== undefined ? 'Select and show the node' : 'Select and show the edge'}
            onClick={() => {
              focusElement(flow, target)
            }}
          >
            {entry.sourceId}
          </button>
        ) : (
          entry.sourceId
        )}
      </th>
      <td>
        <code>{breakable(entry.sourceType)}</code>
      </td>
      <td>
        <span className={`outcome-tag outcome-${entry.outcome}`}>{LABEL[entry.outcome]}</span>
      </td>
      <td title={entry.citation ? `Source: ${formatCitation(entry.citation)}` : undefined}>
        {entry.detail}
      </td>
    </tr>
  )
}

function Suggestion({
  suggestion,
  index,
  session
}: {
  suggestion: SuggestedConnection
  index: number
  session: ImportSession
}) {
  const markAdded = useImportSession((s) => s.markAdded)
  // Re-rendered on every edit, so the button follows nodes that were deleted or undone.
  const diagram = useEditor((s) => s.diagram)
  const source = nodeFor(suggestion.source, session.report)
  const target = nodeFor(suggestion.target, session.report)
  const connected =
    source !== undefined &&
    target !== undefined &&
    diagram.edges.some((e) => e.source === source && e.target === target)
  const added = session.added.has(index) && connected
  return (
    <li className="import-suggestion">
      <div>
        <strong>
          {suggestion.source} → {suggestion.target}
        </strong>
        <p className="muted">{suggestion.evidence}</p>
      </div>
      <button
        type="button"
        disabled={source === undefined || target === undefined || connected}
        title={
          source === undefined || target === undefined
            ? 'One end is not on the canvas'
            : connected
              ? 'Already connected'
              : undefined
        }
        onClick={() => {
          if (source === undefined || target === undefined) return
          const state = useEditor.getState()
          if (state.connect(source, target) === undefined) {
            state.setNotice({
              kind: 'error',
              text: `${suggestion.source} → ${suggestion.target} could not be added.`
            })
            return
          }
          markAdded(index)
          state.setNotice({
            kind: 'info',
            text: `Added ${suggestion.source} → ${suggestion.target} (Undo takes it back).`
          })
        }}
      >
        {added ? 'Added' : connected ? 'Connected' : 'Add connection'}
      </button>
    </li>
  )
}

export function ImportReportPanel({ session }: { session: ImportSession }) {
  const { report, pages, page } = session
  const [filter, setFilter] = useState<ImportOutcome | 'all'>('all')
  const counts = outcomeCounts(report)
  const entries =
    filter === 'all' ? report.entries : report.entries.filter((e) => e.outcome === filter)
  return (
    <section className="import-report" aria-label="Import report">
      <div className="import-header">
        <p className="import-summary" data-testid="import-summary">
          <strong>{report.fileName}</strong> (
          {report.kind === 'drawio' ? 'draw.io' : 'CloudFormation'}
          ): {summary(report)}
        </p>
        {pages.length > 1 ? (
          <label className="import-control">
            Page
            <select value={page} onChange={(e) => void importPage(Number(e.target.value))}>
              {pages.map((name, i) => (
                <option key={`${String(i)}-${name}`} value={i}>
                  {i + 1}. {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="import-control">
          Show
          <select
            value={filter}
            onChange={(e) => setFilter(e.target.value as ImportOutcome | 'all')}
          >
            <option value="all">All outcomes ({report.entries.length})</option>
            {OUTCOMES.filter((o) => counts.has(o.outcome)).map((o) => (
              <option key={o.outcome} value={o.outcome}>
                {o.label} ({counts.get(o.outcome)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">Source id</th>
            <th scope="col">Type</th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            <EntryRow key={`${entry.sourceId}-${String(i)}`} entry={entry} />
          ))}
        </tbody>
      </table>
      {report.suggestions.length > 0 ? (
        <>
          <h3>Suggested connections</h3>
          <p className="muted">
            Seen only in IAM policies or environment variables, so not drawn: add the ones that
            carry data.
          </p>
          <ul className="import-suggestions">
            {report.suggestions.map((s, i) => (
              <Suggestion
                key={`${s.source}-${s.target}-${String(i)}`}
                suggestion={s}
                index={i}
                session={session}
              />
            ))}
          </ul>
        </>
      ) : null}
      {report.remarks.length > 0 ? (
        <>
          <h3>Remarks</h3>
          <ul className="import-remarks">
            {report.remarks.map((r, i) => (
              <li key={`${String(i)}-${r}`}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
