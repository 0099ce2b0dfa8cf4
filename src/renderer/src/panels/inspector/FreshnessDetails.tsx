import { formatCitation } from '../../../../shared/catalog/citations'
import type { DiagramFreshness } from '../../../../shared/estimation/freshness'
import { formatDelay } from '../../../../shared/estimation/freshnessStep'

/**
 * How old the data is when it is available at this node: the worst case from any source, the
 * average, and the steps of the worst path with the source of each figure.
 */
export function FreshnessDetails({
  nodeId,
  freshness
}: {
  nodeId: string
  freshness: DiagramFreshness | undefined
}) {
  const f = freshness?.byId.get(nodeId)
  if (!f || (f.worstSeconds === 0 && !f.badged)) return null
  const steps = freshness!.breakdown(nodeId)
  return (
    <div className="freshness-details" data-testid="freshness-details">
      <h3>Freshness</h3>
      <p data-testid="freshness-summary">
        Data is up to <strong>{formatDelay(f.worstSeconds)}</strong> old when it is available here (
        {formatDelay(f.averageSeconds)} on average), along the slowest path from a source.
      </p>
      {steps.length > 0 ? (
        <ol className="freshness-steps">
          {steps.map((s, i) => (
            <li key={`${s.nodeId}-${s.edgeId ?? ''}-${i}`} data-testid="freshness-step">
              <span className="freshness-step-time">{formatDelay(s.seconds)}</span>
              <span className="freshness-step-what">{s.what}.</span>
              {s.assumption ? (
                <span className="freshness-step-assumption">Assumption: {s.assumption}.</span>
              ) : null}
              {s.citation ? (
                <span className="citation">Source: {formatCitation(s.citation)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
