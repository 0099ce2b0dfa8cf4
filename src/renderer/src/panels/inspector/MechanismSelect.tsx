import type { ServiceId } from '../../../../shared/catalog/services'
import type { DiagramEdge } from '../../../../shared/diagram/types'
import { mechanismChoiceText } from '../../../../shared/validation/carriesText'
import { checkServicePair } from '../../../../shared/validation/edgeCheck'
import { useEditor } from '../../store/diagramStore'

/**
 * Which documented mechanism the edge is, when AWS documents several for the pair. Choosing the
 * default removes the setting, as every other setting in the inspector does.
 */
export function MechanismSelect({
  edge,
  sourceService,
  targetService,
  current
}: {
  edge: DiagramEdge
  sourceService: ServiceId
  targetService: ServiceId
  current: string | undefined
}) {
  const updateEdgeConfig = useEditor((s) => s.updateEdgeConfig)
  const choices = checkServicePair(sourceService, targetService).choices
  if (!choices || choices.length < 2) return null
  const defaultId = choices[0]!.id
  const chosen = choices.find((c) => c.id === current) ?? choices[0]!
  const id = `mechanism-${edge.id}`
  return (
    <div className="field">
      <label htmlFor={id}>Mechanism</label>
      <select
        id={id}
        // The inspector is narrow: the whole choice is in the tooltip and in "Carries" below.
        title={mechanismChoiceText(chosen, chosen.id === defaultId)}
        value={chosen.id}
        onChange={(e) => {
          const next = { ...edge.config }
          if (e.target.value === defaultId) delete next.mechanism
          else next.mechanism = e.target.value
          updateEdgeConfig(edge.id, next)
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {mechanismChoiceText(c, c.id === defaultId)}
          </option>
        ))}
      </select>
      <span className="field-help">
        AWS documents {choices.length} ways to connect these services; the verdict and the edge
        label follow the one chosen.
      </span>
    </div>
  )
}
