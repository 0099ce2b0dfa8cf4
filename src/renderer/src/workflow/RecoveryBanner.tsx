import { discardDraft, restoreDraft, saveDraftAs } from '../commands/draftCommands'
import type { DraftSummary } from '../platform/platform'
import { useDraftOffer } from './recovery'

function when(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? 'earlier'
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

function DraftRow({ draft }: { draft: DraftSummary }) {
  const name = draft.name || 'Untitled'
  return (
    <li className="draft-row">
      <span className="draft-name">{name}</span>
      <span className="draft-meta">
        {draft.path ? <span title={draft.path}>{draft.path} · </span> : <span>never saved · </span>}
        <span>autosaved {when(draft.savedAt)}</span>
      </span>
      <span className="draft-actions">
        <button
          type="button"
          className="primary"
          aria-label={`Restore ${name}`}
          onClick={() => void restoreDraft(draft)}
        >
          Restore
        </button>
        <button
          type="button"
          aria-label={`Save As… ${name}`}
          onClick={() => void saveDraftAs(draft)}
        >
          Save As…
        </button>
        <button
          type="button"
          aria-label={`Discard ${name}`}
          onClick={() => void discardDraft(draft)}
        >
          Discard
        </button>
      </span>
    </li>
  )
}

/** Every draft earlier sessions left, each with what it was, when, and what to do with it. */
export function RecoveryBanner() {
  const drafts = useDraftOffer((s) => s.drafts)
  const hidden = useDraftOffer((s) => s.hidden)
  if (drafts.length === 0 || hidden) return null
  const one = drafts.length === 1
  return (
    <div className="recovery-banner" role="region" aria-label="Unsaved work found">
      <div className="recovery-head">
        <span>
          {one
            ? 'A diagram you were editing was not saved.'
            : `${drafts.length} diagrams you were editing were not saved.`}{' '}
          Nothing is deleted until you discard it (or after 30 days).
        </span>
        <button
          type="button"
          onClick={() => useDraftOffer.setState({ hidden: true })}
          title="Hide this list; the drafts are offered again next time"
        >
          Later
        </button>
      </div>
      <ul className="draft-list">
        {drafts.map((draft) => (
          <DraftRow key={draft.id} draft={draft} />
        ))}
      </ul>
    </div>
  )
}
