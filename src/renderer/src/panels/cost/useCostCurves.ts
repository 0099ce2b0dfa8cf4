import { useEffect, useReducer } from 'react'
import {
  costCurveSteps,
  sameCurveInputs,
  type CostCurve
} from '../../../../shared/estimation/costCurves'
import type { Diagram } from '../../../../shared/diagram/types'
import { useEditor } from '../../store/diagramStore'

/**
 * The chart's cost curves are some sixty estimates of the part of the diagram that feeds the
 * streams (about 20 ms at 1,000 nodes). They are worked out only while the Cost tab is shown,
 * once per version of what they depend on, a moment after the last edit (a burst of typing makes
 * one computation), and a few milliseconds at a time so the page never stalls.
 */
const SETTLE_MS = 300
const SLICE_MS = 6
const MARK = 'pipewright:cost-curves'

let last: { diagram: Diagram; curves: CostCurve[] } | undefined

export function useCostCurves(): { curves: CostCurve[] | undefined; stale: boolean } {
  const diagram = useEditor((s) => s.diagram)
  const [, done] = useReducer((n: number) => n + 1, 0)
  const fresh = last !== undefined && sameCurveInputs(last.diagram, diagram)
  useEffect(() => {
    if (last && sameCurveInputs(last.diagram, diagram)) return
    let cancelled = false
    let timer: ReturnType<typeof setTimeout>
    const steps = costCurveSteps(diagram, { overrides: diagram.pricing?.overrides ?? {} })
    const slice = () => {
      const start = performance.now()
      while (!cancelled) {
        const r = steps.next()
        if (r.done) {
          last = { diagram, curves: r.value }
          performance.mark(MARK)
          done()
          return
        }
        if (performance.now() - start > SLICE_MS) {
          timer = setTimeout(slice, 0)
          return
        }
      }
    }
    timer = setTimeout(slice, last ? SETTLE_MS : 0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [diagram])
  return { curves: last?.curves, stale: !fresh }
}
