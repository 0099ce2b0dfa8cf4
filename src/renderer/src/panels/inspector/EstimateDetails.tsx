import { costLineText } from '../../../../shared/estimation/costLine'
import type { NodeEstimate } from '../../../../shared/estimation/estimate'
import { labelledFigures } from '../../../../shared/estimation/figureLabels'
import { formatRate, formatUsd } from '../../format'
import { PriceSource } from '../PriceSource'

export function EstimateDetails({ estimate }: { estimate: NodeEstimate }) {
  const t = estimate.throughput
  return (
    <div className="estimate-details">
      <h3>Traffic</h3>
      <dl className="figures">
        <dt>In</dt>
        <dd data-testid="throughput-in">{formatRate(t.inMBps, t.inRecordsPerSecond)}</dd>
        <dt>Out</dt>
        <dd data-testid="throughput-out">{formatRate(t.outMBps, t.outRecordsPerSecond)}</dd>
        {labelledFigures(estimate.capacity).map((f) => (
          <div key={f.key} className="figure-row" data-figure={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {estimate.explanations.length > 0 ? (
        <ul className="explanations">
          {estimate.explanations.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <h3>
        Cost <span className="inspector-cost">{formatUsd(estimate.monthlyCostUSD)}/month</span>
      </h3>
      {estimate.lineItems.length > 0 ? (
        <ul className="line-items">
          {estimate.lineItems.map((i) => (
            <li key={i.item}>
              <span className="line-item-name">{i.item}</span>
              <span className="line-item-cost">{formatUsd(i.costUSD)}</span>
              <span className="line-item-math">{costLineText(i)}</span>
              <PriceSource item={i} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No charge from this service in the estimate.</p>
      )}
      {estimate.alternatives ? (
        <ul className="alternatives">
          {estimate.alternatives.map((a) => (
            <li key={a.label} className={a.chosen ? 'chosen' : ''}>
              {a.chosen ? 'Chosen: ' : 'Instead: '}
              {a.label} — {formatUsd(a.monthlyCostUSD)}/month
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
