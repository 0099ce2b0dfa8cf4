import { useCallback, useRef, type KeyboardEvent } from 'react'
import {
  parseNumberField,
  stepNumberField,
  type ConfigField
} from '../../../../shared/estimation/configFields'
import type { DiagramNode } from '../../../../shared/diagram/types'
import { newId, useEditor } from '../../store/diagramStore'
import { type NumberDraft, useNumberDraft } from '../../forms/useNumberDraft'
import { formatNumber } from '../../format'

type NumberConfigField = Extract<ConfigField, { kind: 'number' }>

/** Typing that pauses this long commits the value, so the estimate follows along. */
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
  const editId = useRef<string | undefined>(undefined)

  const commit = useCallback(
    (value: number | undefined) => {
      // One edit of this field, from the first key to Enter or leaving it, is one undo step.
      editId.current ??= newId()
      const now = useEditor.getState().diagram.nodes.find((n) => n.id === node.id)?.config?.[
        field.key
      ]
      if (now !== value) setNodeSetting(node.id, field.key, value, editId.current)
    },
    [node.id, field.key, setNodeSetting]
  )
  const keepRefusal = useCallback(
    (next: NumberDraft | undefined) => {
      if (next?.error) refused.set(id, { text: next.text, error: next.error })
      else refused.delete(id)
    },
    [id]
  )
  const endEdit = useCallback(() => {
    editId.current = undefined
  }, [])
  const { draft, onChange, finish, clear, onKeyDown } = useNumberDraft({
    field,
    pauseMs: LIVE_COMMIT_MS,
    commit,
    initial: refused.get(id),
    onDraft: keepRefusal,
    onSettled: endEdit,
    pendingEdit: true
  })

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (onKeyDown(e)) return
    if (
      e.key === 'ArrowUp' ||
      e.key === 'ArrowDown' ||
      e.key === 'PageUp' ||
      e.key === 'PageDown'
    ) {
      e.preventDefault()
      const typed = draft ? parseNumberField(field, draft.text, true) : undefined
      const base =
        (typed && 'value' in typed ? typed.value : undefined) ??
        current ??
        field.defaultValue ??
        Math.max(0, field.min)
      const direction = e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : -1
      commit(stepNumberField(field, base, direction, e.key.startsWith('Page')))
      clear()
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
        onChange={(e) => {
          onChange(e.target.value)
        }}
        onBlur={finish}
        onKeyDown={onKey}
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
