import { useState } from 'react'
import { configFields, parseNumberField, type ConfigField } from '../../../../shared/estimation/configFields'
import { SERVICE_CONFIG } from '../../../../shared/estimation/serviceConfig'
import { TRAFFIC_SOURCE_NOTES } from '../../../../shared/estimation/trafficSources'
import type { DiagramNode } from '../../../../shared/diagram/types'
import { useEditor } from '../../store/diagramStore'

function fieldLabel(field: ConfigField): string {
  return field.meta.unit ? `${field.meta.label} (${field.meta.unit})` : field.meta.label
}

/** A number box that keeps what the person typed until it is valid, and says why when it is not. */
function NumberField({ node, field }: { node: DiagramNode; field: Extract<ConfigField, { kind: 'number' }> }) {
  const setNodeSetting = useEditor((s) => s.setNodeSetting)
  const stored = node.config?.[field.key]
  const shown = typeof stored === 'number' ? String(stored) : ''
  const [draft, setDraft] = useState<{ text: string; error?: string } | undefined>()
  const id = `cfg-${node.id}-${field.key}`
  const onChange = (text: string) => {
    const parsed = parseNumberField(field, text)
    if ('error' in parsed) {
      setDraft({ text, error: parsed.error })
      return
    }
    setDraft(undefined)
    setNodeSetting(node.id, field.key, parsed.value)
  }
  return (
    <div className={`field${draft?.error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft ? draft.text : shown}
        placeholder={field.defaultValue !== undefined ? `${field.defaultValue} (default)` : 'automatic'}
        aria-invalid={draft?.error ? true : undefined}
        aria-describedby={draft?.error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setDraft(undefined)}
      />
      {draft?.error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {draft.error} The last valid value is kept.
        </span>
      ) : field.meta.help ? (
        <span className="field-help">{field.meta.help}</span>
      ) : null}
    </div>
  )
}

function ChoiceField({ node, field }: { node: DiagramNode; field: Extract<ConfigField, { kind: 'choice' }> }) {
  const setNodeSetting = useEditor((s) => s.setNodeSetting)
  const stored = node.config?.[field.key]
  const id = `cfg-${node.id}-${field.key}`
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <select
        id={id}
        value={typeof stored === 'string' ? stored : (field.defaultValue ?? '')}
        onChange={(e) => setNodeSetting(node.id, field.key, e.target.value === field.defaultValue ? undefined : e.target.value)}
      >
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
            {o === field.defaultValue ? ' (default)' : ''}
          </option>
        ))}
      </select>
      {field.meta.help ? <span className="field-help">{field.meta.help}</span> : null}
    </div>
  )
}

/** The node's settings, generated from its service's zod schema. */
export function ConfigForm({ node }: { node: DiagramNode }) {
  const fields = configFields(SERVICE_CONFIG[node.service])
  const fed = useEditor((s) => s.diagram.edges.some((e) => e.target === node.id && e.source !== node.id))
  if (fields.length === 0) {
    const note = fed ? undefined : TRAFFIC_SOURCE_NOTES.get(node.service)
    return <p className="muted">{note ? `No settings. ${note}` : 'No settings: its traffic comes from what feeds it.'}</p>
  }
  return (
    <div className="config-form">
      {fields.map((field) =>
        field.kind === 'number' ? (
          <NumberField key={`${node.id}-${field.key}`} node={node} field={field} />
        ) : field.kind === 'choice' ? (
          <ChoiceField key={`${node.id}-${field.key}`} node={node} field={field} />
        ) : null,
      )}
    </div>
  )
}
