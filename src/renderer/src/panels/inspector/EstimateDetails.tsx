import { costLineText } from '../../../../shared/estimation/costLine'
import type { NodeEstimate } from '../../../../shared/estimation/nodeEstimate'
import { labelledFigures } from '../../../../shared/estimation/figureLabels'
import { formatRate, formatUsd } from '../../format'
import { PriceSource } from '../PriceSource'

/** Peaks within a hundredth of a percent of the average are the average (rounding in the engine). */
function differs(peak: number, average: number): boolean {
  return Math.abs(peak - average) > 1e-4 * Math.max(Math.abs(peak), Math.abs(average), 1e-9)
}

/** "Average in … · Peak in …" when a peak is set upstream; the one figure otherwise. */
function Rate(props: {
  side: 'in' | 'out'
  mbps: number
  records: number
  peakMBps: number
  peakRecords: number
}) {
  const { side } = props
  if (!differs(props.peakRecords, props.records) && !differs(props.peakMBps, props.mbps)) {
    return <dd data-testid={`throughput-${side}`}>{formatRate(props.mbps, props.records)}</dd>
  }
  return (
    // One line each: the inspector is too narrow for both on one.
    <dd data-testid={`throughput-${side}`} className="rate-pair">
      <span data-testid={`throughput-${side}-average`}>
        Average {side} {formatRate(props.mbps, props.records)}
      </span>
      <span className="visually-hidden"> · </span>
      <span data-testid={`throughput-${side}-peak`}>
        Peak {side} {formatRate(props.peakMBps, props.peakRecords)}
      </span>
    </dd>
  )
}

export function EstimateDetails({ estimate }: { estimate: NodeEstimate }) {
  const t = estimate.throughput
  const peaked =
    differs(t.peakInRecordsPerSecond, t.inRecordsPerSecond) ||
    differs(t.peakInMBps, t.inMBps) ||
    differs(t.peakOutRecordsPerSecond, t.outRecordsPerSecond) ||
    differs(t.peakOutMBps, t.outMBps)
  return (
    <div className="estimate-details">
      <h3>Traffic</h3>
      <dl className="figures">
        <dt>In</dt>
        <Rate
          side="in"
          mbps={t.inMBps}
          records={t.inRecordsPerSecond}
          peakMBps={t.peakInMBps}
          peakRecords={t.peakInRecordsPerSecond}
        />
        <dt>Out</dt>
        <Rate
          side="out"
          mbps={t.outMBps}
          records={t.outRecordsPerSecond}
          peakMBps={t.peakOutMBps}
          peakRecords={t.peakOutRecordsPerSecond}
        />
        {labelledFigures(estimate.capacity).map((f) => (
          <div key={f.key} className="figure-row" data-figure={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {peaked ? (
        <p className="muted" data-testid="peak-note">
          Provisioned capacity (shards, capacity units, concurrency) is sized for the peak; usage
          prices (per GB, per request, per record) are charged on the average.
        </p>
      ) : null}
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
