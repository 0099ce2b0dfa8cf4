import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import {
  parseNumberField,
  stepNumberField,
  type ConfigField
} from '../../../../shared/estimation/configFields'
import type { DiagramNode } from '../../../../shared/diagram/types'
import { newId, useEditor } from '../../store/diagramStore'
import { registerPendingEdit } from '../../forms/pendingEdits'
import { formatNumber } from '../../format'

type NumberConfigField = Extract<ConfigField, { kind: 'number' }>

/**
 * A value typed key by key is committed once the typing pauses this long (so the estimate
 * follows along), and at once on Enter or when the field loses focus. Never per keystroke:
 * "1." or the "20" on the way to "200" is not a value anyone meant.
 */
const LIVE_COMMIT_MS = 600

/**
 * Refused text by field (node id and setting), so that the refusal is still there, with its
 * message, when the person selects the node again: it stays until they fix it.
 */
const refused = new Map<string, { text: string; error: string }>()

export function fieldLabel(field: ConfigField): string {
  return field.meta.unit ? `${field.meta.label} (${field.meta.unit})` : field.meta.label
}

/**
 * A number box that keeps what the person typed while they type, commits only complete,
 * in-range values, and says why it refuses one (keeping the value in use) until it is fixed.
 */
export function NumberField({ node, field }: { node: DiagramNode; field: NumberConfigField }) {
  const setNodeSetting = useEditor((s) => s.setNodeSetting)
  const stored = node.config?.[field.key]
  const current = typeof stored === 'number' ? stored : undefined
  const id = `cfg-${node.id}-${field.key}`
  const [draft, setDraftState] = useState<{ text: string; error?: string } | undefined>(() =>
    refused.get(id)
  )
  // finish() runs from blur, unmount and Save; it reads the draft here, not from a stale render.
  const draftRef = useRef(draft)
  const setDraft = useCallback(
    (next: { text: string; error?: string } | undefined) => {
      draftRef.current = next
      if (next?.error) refused.set(id, { text: next.text, error: next.error })
      else refused.delete(id)
      setDraftState(next)
    },
    [id]
  )
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // One edit of this field, from the first key to Enter or leaving it, is one undo step.
  const editId = useRef<string | undefined>(undefined)

  const commit = useCallback(
    (value: number | undefined) => {
      editId.current ??= newId()
      const now = useEditor.getState().diagram.nodes.find((n) => n.id === node.id)?.config?.[
        field.key
      ]
      if (now !== value) setNodeSetting(node.id, field.key, value, editId.current)
    },
    [node.id, field.key, setNodeSetting]
  )

  const cancelTimer = () => {
    if (timer.current !== undefined) clearTimeout(timer.current)
    timer.current = undefined
  }

  // Enter, leaving the field, or a Save while the text is still in the box.
  const finish = useCallback(() => {
    cancelTimer()
    const d = draftRef.current
    if (!d) return
    const parsed = parseNumberField(field, d.text, true)
    if ('error' in parsed) {
      setDraft({ text: d.text, error: parsed.error })
      return
    }
    if ('value' in parsed) commit(parsed.value)
    editId.current = undefined
    setDraft(undefined)
  }, [field, commit, setDraft])

  const latestFinish = useRef(finish)
  latestFinish.current = finish
  useEffect(() => {
    const unregister = registerPendingEdit(() => latestFinish.current())
    return () => {
      unregister()
      latestFinish.current()
    }
  }, [])

  const onChange = (text: string) => {
    cancelTimer()
    const parsed = parseNumberField(field, text, false)
    if ('error' in parsed) {
      setDraft({ text, error: parsed.error })
      return
    }
    setDraft({ text })
    if ('value' in parsed) {
      const value = parsed.value
      timer.current = setTimeout(() => {
        timer.current = undefined
        commit(value)
      }, LIVE_COMMIT_MS)
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      finish()
    } else if (e.key === 'Escape' && draft) {
      // Back to the value in use; the keystroke goes no further (it would close the panel).
      e.preventDefault()
      e.stopPropagation()
      cancelTimer()
      setDraft(undefined)
      editId.current = undefined
    } else if (
      e.key === 'ArrowUp' ||
      e.key === 'ArrowDown' ||
      e.key === 'PageUp' ||
      e.key === 'PageDown'
    ) {
      e.preventDefault()
      cancelTimer()
      const typed = draft ? parseNumberField(field, draft.text, true) : undefined
      const base =
        (typed && 'value' in typed ? typed.value : undefined) ??
        current ??
        field.defaultValue ??
        Math.max(0, field.min)
      const direction = e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : -1
      commit(stepNumberField(field, base, direction, e.key.startsWith('Page')))
      setDraft(undefined)
    }
  }

  const inUse = current ?? field.defaultValue
  return (
    <div className={`field${draft?.error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <input
        id={id}
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft ? draft.text : current === undefined ? '' : String(current)}
        placeholder={
          field.defaultValue !== undefined ? `${field.defaultValue} (default)` : 'automatic'
        }
        aria-valuenow={inUse}
        aria-valuemin={Number.isFinite(field.min) ? field.min : undefined}
        aria-valuemax={Number.isFinite(field.max) ? field.max : undefined}
        aria-invalid={draft?.error ? true : undefined}
        aria-describedby={draft?.error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={finish}
        onKeyDown={onKeyDown}
      />
      {draft?.error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {draft.error}{' '}
          {inUse === undefined ? 'Nothing is set yet.' : `Still using ${formatNumber(inUse)}.`}
        </span>
      ) : field.meta.help ? (
        <span className="field-help">{field.meta.help}</span>
      ) : null}
    </div>
  )
}
