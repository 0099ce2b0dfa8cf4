import { memo, useState } from 'react'
import {
  Bar,
  BarChart,
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
import { serviceName } from '../../../../shared/catalog/services'
import { costByService } from '../../../../shared/estimation/costBreakdown'
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
import { useAnalysis } from '../../store/analysis'
import { useEditor } from '../../store/diagramStore'
import { useResolvedTheme } from '../../store/viewPrefs'
import { useWhatIf } from '../../store/whatIf'
import { PALETTES } from '../../../../shared/theme/palette'
import { useCostCurves } from './useCostCurves'

/** Line colours that keep 3:1 against the panel in each theme; dashes tell them apart without colour. */
const SERIES = {
  light: ['#1d4fd0', '#b45309', '#15803d', '#7e22ce'],
  dark: ['#8db4ff', '#fbbf24', '#4ade80', '#d8b4fe']
}
const DASHES = [undefined, '6 3', '2 3', '10 3 2 3']

/** "$12", "$1.2k", "$35k": axis ticks, where a bill's cents are noise. */
function compactUsd(usd: number): string {
  if (usd >= 1e6) return `$${Number((usd / 1e6).toPrecision(2))}M`
  if (usd >= 1e3) return `$${Number((usd / 1e3).toPrecision(2))}k`
  return `$${Number(usd.toPrecision(2))}`
}

/** Ticks at 1, 2 and 5 times the powers of ten that fall inside the range. */
function usdTicks(min: number, max: number): number[] {
  const ticks: number[] = []
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const f of [1, 2, 5]) {
      const v = f * 10 ** e
      if (v >= min && v <= max) ticks.push(v)
    }
  }
  return ticks.length > 6 ? ticks.filter((v) => Math.log10(v) % 1 === 0) : ticks
}

function useChartColours() {
  const theme = useResolvedTheme()
  const p = PALETTES[theme]
  return {
    series: SERIES[theme],
    text: p.text,
    muted: p.muted,
    grid: p.border,
    panel: p.panel,
    accent: p.accentText
  }
}

const StreamChart = memo(function StreamChart({
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

function ServiceBreakdown() {
  const { estimate } = useAnalysis()
  const colours = useChartColours()
  const rows = costByService(estimate.nodes)
  if (rows.length === 0) return null
  const height = 28 + rows.length * 22
  return (
    <figure className="cost-chart" data-testid="service-cost-chart">
      <figcaption>
        <strong>Monthly cost by service</strong>
      </figcaption>
      <BarChart
        width={400}
        height={height}
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        role="img"
        aria-label={`Monthly cost by service: ${rows.map((r) => `${r.name} ${formatUsd(r.monthlyCostUSD)}`).join(', ')}`}
      >
        <CartesianGrid stroke={colours.grid} strokeDasharray="2 4" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={compactUsd}
          stroke={colours.muted}
          tick={{ fill: colours.muted, fontSize: 11 }}
        />
        <YAxis
          type="category"
          dataKey={(r: (typeof rows)[number]) =>
            r.nodes > 1 && r.service ? `${r.name} ×${r.nodes}` : r.name
          }
          width={170}
          stroke={colours.muted}
          tick={{ fill: colours.text, fontSize: 11 }}
          interval={0}
        />
        <Tooltip
          formatter={(value) => `${formatUsd(Number(value))}/month`}
          contentStyle={{
            background: colours.panel,
            borderColor: colours.grid,
            color: colours.text,
            fontSize: 12
          }}
          cursor={{ fill: colours.grid, opacity: 0.4 }}
          isAnimationActive={false}
        />
        <Bar
          dataKey="monthlyCostUSD"
          name="Monthly cost"
          fill={colours.series[0]}
          isAnimationActive={false}
          label={{
            position: 'right',
            fill: colours.text,
            fontSize: 11,
            formatter: (v: unknown) => compactUsd(Number(v))
          }}
        />
      </BarChart>
    </figure>
  )
}

/**
 * Which stream to chart: the one chosen in the list, else a selected stream, else the dearest.
 * One chart at a time: thirty recharts charts take seconds to draw on every change of multiplier.
 */
function useChartedStream(
  curves: readonly CostCurve[]
): [string | undefined, (id: string) => void] {
  const [chosen, setChosen] = useState<string | undefined>()
  const selected = useEditor((s) =>
    s.selection.nodeIds.size === 1 ? [...s.selection.nodeIds][0] : undefined
  )
  const { estimate } = useAnalysis()
  const ids = new Set(curves.map((c) => c.nodeId))
  if (chosen && ids.has(chosen)) return [chosen, setChosen]
  if (selected && ids.has(selected)) return [selected, setChosen]
  let best: string | undefined
  let bestCost = -Infinity
  for (const c of curves) {
    const cost = estimate.byId.get(c.nodeId)?.monthlyCostUSD ?? 0
    if (cost > bestCost) {
      best = c.nodeId
      bestCost = cost
    }
  }
  return [best, setChosen]
}

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
