import { useState } from 'react'
import { serviceName } from '../../../../shared/catalog/services'
import { checkServicePair } from '../../../../shared/validation/edgeCheck'
import { useEditor } from '../../store/diagramStore'

/** Connecting without a mouse: pick a target, see its verdict, connect. */
export function ConnectTo({ nodeId }: { nodeId: string }) {
  const nodes = useEditor((s) => s.diagram.nodes)
  const edges = useEditor((s) => s.diagram.edges)
  const connect = useEditor((s) => s.connect)
  const [target, setTarget] = useState('')
  const source = nodes.find((n) => n.id === nodeId)
  if (!source) return null
  const candidates = nodes.filter(
    (n) => n.id !== nodeId && !edges.some((e) => e.source === nodeId && e.target === n.id)
  )
  if (candidates.length === 0) return null
  const chosen = candidates.find((n) => n.id === target)
  const check = chosen ? checkServicePair(source.service, chosen.service) : undefined
  return (
    <div className="field connect-to">
      <label htmlFor={`connect-${nodeId}`}>Connect to</label>
      <div className="connect-row">
        <select
          id={`connect-${nodeId}`}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value)
          }}
        >
          <option value="">Choose a service…</option>
          {candidates.map((n) => {
            const v = checkServicePair(source.service, n.service).verdict
            return (
              <option key={n.id} value={n.id}>
                {v === 'ok' ? '✓' : v === 'warning' ? '⚠' : '✗'} {n.label ?? serviceName(n.service)}
              </option>
            )
          })}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            if (chosen) connect(nodeId, chosen.id)
            setTarget('')
          }}
        >
          Connect
        </button>
      </div>
      {check ? (
        <span className={`field-help verdict-text-${check.verdict}`}>{check.reason}</span>
      ) : null}
    </div>
  )
}
