import { memo } from 'react'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis
} from 'recharts'
import {
  curveSummary,
  type CostCurve,
  type CurvePoint
} from '../../../../shared/estimation/costCurves'
import {
  multiplierText,
  WHAT_IF_MAX,
  WHAT_IF_MIN,
  WHAT_IF_PRESETS
} from '../../../../shared/estimation/whatIf'
import { formatUsd } from '../../format'
import { useWhatIf } from '../../store/whatIf'
import { compactUsd, DASHES, usdTicks, useChartColours } from './chartStyle'

/** One stream's monthly cost in each capacity mode against the what-if traffic multiplier. */
export const StreamChart = memo(function StreamChart({
  curve,
  title
}: {
  curve: CostCurve
  title: string
}) {
  const multiplier = useWhatIf((s) => s.trafficMultiplier)
  const colours = useChartColours()
  const rows = curve.points.map((p: CurvePoint) => ({ multiplier: p.multiplier, ...p.costs }))
  let lo = Infinity
  let hi = 0
  for (const p of curve.points) {
    for (const n of curve.names) {
      const v = p.costs[n]!
      if (v > 0) lo = Math.min(lo, v)
      hi = Math.max(hi, v)
    }
  }
  if (!Number.isFinite(lo) || hi <= 0) return null
  const domain: [number, number] = [lo / 1.3, hi * 1.3]
  const summary = curveSummary(curve, multiplierText)
  return (
    <figure className="cost-chart" data-testid="stream-cost-chart" data-node-id={curve.nodeId}>
      <figcaption>
        <strong>{title}</strong>: monthly cost of each capacity mode against traffic
      </figcaption>
      <LineChart
        width={400}
        height={170}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        role="img"
        aria-label={`${title}: ${summary}`}
      >
        <CartesianGrid stroke={colours.grid} strokeDasharray="2 4" />
        <XAxis
          dataKey="multiplier"
          type="number"
          scale="log"
          domain={[WHAT_IF_MIN, WHAT_IF_MAX]}
          ticks={[...WHAT_IF_PRESETS]}
          tickFormatter={multiplierText}
          stroke={colours.muted}
          tick={{ fill: colours.muted, fontSize: 11 }}
          allowDataOverflow
        />
        <YAxis
          type="number"
          scale="log"
          domain={domain}
          ticks={usdTicks(domain[0], domain[1])}
          tickFormatter={compactUsd}
          stroke={colours.muted}
          tick={{ fill: colours.muted, fontSize: 11 }}
          width={48}
          allowDataOverflow
        />
        <Tooltip
          formatter={(value) => `${formatUsd(Number(value))}/month`}
          labelFormatter={(m) => `${multiplierText(Number(m))} traffic`}
          contentStyle={{
            background: colours.panel,
            borderColor: colours.grid,
            color: colours.text,
            fontSize: 12
          }}
          isAnimationActive={false}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 11, color: colours.text }} />
        {curve.names.map((name, i) => (
          <Line
            key={name}
            name={name}
            type="linear"
            dataKey={(row: Record<string, number>) => row[name]}
            stroke={colours.series[i % colours.series.length]}
            strokeDasharray={DASHES[i % DASHES.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          x={multiplier}
          stroke={colours.accent}
          strokeDasharray="4 2"
          label={{
            value: `now ${multiplierText(multiplier)}`,
            position: multiplier > 20 ? 'insideTopLeft' : 'insideTopRight',
            fill: colours.text,
            fontSize: 11
          }}
        />
        {curve.crossovers.map((c) => (
          <ReferenceDot
            key={`${c.multiplier}-${c.to}`}
            x={c.multiplier}
            y={Math.min(domain[1], Math.max(domain[0], c.costUSD))}
            r={5}
            fill={colours.panel}
            stroke={colours.text}
            strokeWidth={2}
            label={{
              value: multiplierText(c.multiplier),
              position: 'top',
              fill: colours.text,
              fontSize: 11
            }}
            shape={(props: { cx?: number; cy?: number }) => (
              <circle
                data-testid="crossover-marker"
                cx={props.cx}
                cy={props.cy}
                r={5}
                fill={colours.panel}
                stroke={colours.text}
                strokeWidth={2}
              >
                <title>{`${c.to} becomes cheaper than ${c.from} at ${multiplierText(c.multiplier)} (${formatUsd(c.costUSD)}/month)`}</title>
              </circle>
            )}
          />
        ))}
      </LineChart>
      <p className="muted cost-chart-summary" data-testid="stream-cost-summary">
        {summary}
      </p>
    </figure>
  )
})
