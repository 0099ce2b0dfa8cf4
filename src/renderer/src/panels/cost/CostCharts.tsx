import { serviceName } from '../../../../shared/catalog/services'
import { multiplierText } from '../../../../shared/estimation/whatIf'
import { useEditor } from '../../store/diagramStore'
import { ServiceBreakdown } from './ServiceBreakdown'
import { StreamChart } from './StreamChart'
import { useChartedStream } from './useChartedStream'
import { useCostCurves } from './useCostCurves'

/** The Cost tab's charts; loaded with recharts only when the tab is first shown. */
export default function CostCharts() {
  const { curves, stale } = useCostCurves()
  const nodes = useEditor((s) => s.diagram.nodes)
  const titles = new Map(nodes.map((n) => [n.id, n.label ?? serviceName(n.service)]))
  const shown = (curves ?? []).filter((c) => titles.has(c.nodeId))
  const [chartedId, chooseStream] = useChartedStream(shown)
  const charted = shown.find((c) => c.nodeId === chartedId)
  const streams = nodes.some((n) => n.service === 'kinesis-data-streams')
  const crossing = shown.filter((c) => c.crossovers.length > 0).length
  return (
    <div className="cost-charts" data-testid="cost-charts" aria-busy={stale}>
      <ServiceBreakdown />
      {streams && shown.length === 0 ? (
        <p className="muted">Working out the stream cost curves…</p>
      ) : null}
      {charted ? (
        <div className="stream-chart-pick">
          {shown.length > 1 ? (
            <label className="field stream-pick">
              <span>
                Stream ({shown.length}, {crossing} with a crossover)
              </span>
              <select value={charted.nodeId} onChange={(e) => chooseStream(e.target.value)}>
                {shown.map((c) => (
                  <option key={c.nodeId} value={c.nodeId}>
                    {titles.get(c.nodeId)}
                    {c.crossovers.length > 0
                      ? ` — crossover at ${c.crossovers.map((x) => multiplierText(x.multiplier)).join(', ')}`
                      : ''}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <StreamChart key={charted.nodeId} curve={charted} title={titles.get(charted.nodeId)!} />
        </div>
      ) : null}
      {charted ? (
        <p className="muted cost-chart-note">
          The stream&apos;s lines: what it would cost in each capacity mode with every source&apos;s
          traffic times the multiplier; a ring marks where the cheapest mode changes, the dashed
          line the what-if multiplier in use.{stale ? ' Updating…' : ''}
        </p>
      ) : null}
    </div>
  )
}
