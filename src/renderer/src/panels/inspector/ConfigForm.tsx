import { configFields, type ConfigField } from '../../../../shared/estimation/configFields'
import { SERVICE_CONFIG } from '../../../../shared/estimation/serviceConfig'
import { TRAFFIC_SOURCE_NOTES } from '../../../../shared/estimation/trafficSources'
import type { DiagramNode } from '../../../../shared/diagram/types'
import { useEditor } from '../../store/diagramStore'
import { fieldLabel, NumberField } from './NumberField'

function ChoiceField({
  node,
  field
}: {
  node: DiagramNode
  field: Extract<ConfigField, { kind: 'choice' }>
}) {
  const setNodeSetting = useEditor((s) => s.setNodeSetting)
  const stored = node.config?.[field.key]
  const id = `cfg-${node.id}-${field.key}`
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabel(field)}</label>
      <select
        id={id}
        value={typeof stored === 'string' ? stored : (field.defaultValue ?? '')}
        onChange={(e) =>
          setNodeSetting(
            node.id,
            field.key,
            e.target.value === field.defaultValue ? undefined : e.target.value
          )
        }
      >
        {field.options.map((o) => (
          <option key={o} value={o}>
            {field.meta.optionLabels?.[o] ?? o}
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
  const fed = useEditor((s) =>
    s.diagram.edges.some((e) => e.target === node.id && e.source !== node.id)
  )
  if (fields.length === 0) {
    const note = fed ? undefined : TRAFFIC_SOURCE_NOTES.get(node.service)
    return (
      <p className="muted">
        {note ? `No settings. ${note}` : 'No settings: its traffic comes from what feeds it.'}
      </p>
    )
  }
  return (
    <div className="config-form">
      {fields.map((field) =>
        field.kind === 'number' ? (
          <NumberField key={`${node.id}-${field.key}`} node={node} field={field} />
        ) : field.kind === 'choice' ? (
          <ChoiceField key={`${node.id}-${field.key}`} node={node} field={field} />
        ) : null
      )}
    </div>
  )
}
