import { useState } from 'react'
import type { Problem } from '../../../../shared/validation/problems'
import { useEditor } from '../../store/diagramStore'

/**
 * Accepting a problem asks why: the reason is saved with the diagram, where a reviewer (and
 * `pipewright validate --show-ignored`) reads it. Enter accepts, Escape puts the form away.
 */
export function IgnoreForm({ problem, onDone }: { problem: Problem; onDone: () => void }) {
  const ignoreProblem = useEditor((s) => s.ignoreProblem)
  const [reason, setReason] = useState('')
  const blank = reason.trim().length === 0
  return (
    <form
      className="ignore-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (blank) return
        ignoreProblem(problem, reason.trim())
        onDone()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onDone()
        }
      }}
    >
      <label>
        <span>Why is this accepted?</span>
        <input
          type="text"
          value={reason}
          maxLength={500}
          // The form opens because the person asked to type a reason.
          autoFocus
          placeholder="e.g. the bucket is filled by another account"
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <button type="submit" disabled={blank} title={blank ? 'Say why first' : undefined}>
        Ignore
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}
