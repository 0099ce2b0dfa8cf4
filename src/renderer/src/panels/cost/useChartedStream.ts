import { useState } from 'react'
import type { CostCurve } from '../../../../shared/estimation/costCurves'
import { useAnalysis } from '../../store/analysis'
import { useEditor } from '../../store/diagramStore'

/**
 * Which stream to chart: the one chosen in the list, else a selected stream, else the dearest.
 * One chart at a time: thirty recharts charts take seconds to draw on every change of multiplier.
 */
export function useChartedStream(
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
