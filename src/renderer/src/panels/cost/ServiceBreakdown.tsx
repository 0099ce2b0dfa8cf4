import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { costByService } from '../../../../shared/estimation/costBreakdown'
import { formatUsd } from '../../format'
import { useAnalysis } from '../../store/analysis'
import { compactUsd, useChartColours } from './chartStyle'

export function ServiceBreakdown() {
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
