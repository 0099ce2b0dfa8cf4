import { FIGURE_LABELS } from '../estimation/figureLabels'
import { roundUsd } from '../estimation/units'
import { problemToJson } from '../validation/problems'
import { percentChange } from './deltaText'
import type { DiffReport, NodeRef } from './diffModel'

/** Money in cents and a percentage to a tenth, both from the unrounded figures. */
function money(beforeUSD: number, afterUSD: number, deltaUSD: number) {
  const percent = percentChange(beforeUSD, deltaUSD)
  return {
    beforeUSD: roundUsd(beforeUSD),
    afterUSD: roundUsd(afterUSD),
    deltaUSD: roundUsd(deltaUSD),
    ...(percent === undefined ? {} : { percent: Math.round(percent * 10) / 10 })
  }
}

const ref = (n: NodeRef) => ({
  id: n.id,
  service: n.service,
  ...(n.label === undefined ? {} : { label: n.label })
})

/** `pipewright diff --format json`: the shape docs/cli.md documents, keys in that order. */
export function diffToJson(report: DiffReport) {
  const { diff } = report
  const { cost, problems } = diff
  return {
    before: { input: report.before.label, name: report.before.diagram.name },
    after: { input: report.after.label, name: report.after.diagram.name },
    notes: [...report.notes],
    cost: {
      ...money(cost.beforeUSD, cost.afterUSD, cost.deltaUSD),
      pricing: cost.pricing,
      services: cost.services.map((s) => ({
        ...ref(s.node),
        ...money(s.beforeUSD, s.afterUSD, s.deltaUSD)
      }))
    },
    problems: {
      counts: { before: problems.before, after: problems.after },
      new: problems.new.map(problemToJson),
      changed: problems.changed.map((c) => ({
        before: problemToJson(c.before),
        after: problemToJson(c.after)
      })),
      resolved: problems.resolved.map(problemToJson),
      unchanged: problems.unchanged
    },
    nodes: {
      added: diff.nodes.added.map(ref),
      removed: diff.nodes.removed.map(ref),
      changed: diff.nodes.changed.map((n) => ({ ...ref(n), changes: n.changes })),
      moved: diff.nodes.moved
    },
    edges: diff.edges,
    diagram: diff.diagram,
    capacity: diff.capacity.map((c) => ({
      ...ref(c.node),
      figures: c.figures.map(({ key, ...values }) => ({
        key,
        label: FIGURE_LABELS[key].label,
        ...values
      }))
    }))
  }
}

export type DiffJson = ReturnType<typeof diffToJson>
