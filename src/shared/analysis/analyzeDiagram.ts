import type { Diagram } from '../diagram/types'
import { estimateDiagram, type DiagramEstimate, type EstimateOptions } from '../estimation/estimate'
import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { bySeverity, type Problem } from '../validation/problems'
import { applyIgnores, unusedIgnoreProblem, type IgnoredProblem } from './ignores'
import { validateDiagram, type ValidationResult } from '../validation/validator'

/**
 * Everything Pipewright knows about a diagram: its connections and rules, and its traffic,
 * capacity and cost, with their problems together. The app, `pipewright validate` and
 * `pipewright estimate` all read this one analysis, so none of them can say "No problems found"
 * where another knows a stream is under-provisioned.
 */
export interface DiagramAnalysis {
  validation: ValidationResult
  estimate: DiagramEstimate
  /** Every problem the diagram's `ignore` list does not hide, errors first. */
  problems: Problem[]
  /** Each node's problems from both parts, errors first, the ignored left out. */
  nodeProblems: Map<string, Problem[]>
  counts: { error: number; warning: number; info: number }
  /** The problems the diagram's `ignore` entries hide, with their reasons. */
  ignored: IgnoredProblem[]
}

export interface AnalysisOptions extends EstimateOptions {
  /** The app passes its incremental validator; the CLI validates from scratch. */
  validate?: (diagram: Diagram, index: DiagramIndex) => ValidationResult
}

/**
 * `index` is the diagram version's (graph/diagramIndex.ts): the app derives each from the last,
 * the CLI lets one be built. Validation and the estimate both read it.
 */
export function analyzeDiagram(
  diagram: Diagram,
  options: AnalysisOptions = {},
  index: DiagramIndex = indexDiagram(diagram)
): DiagramAnalysis {
  const { validate = validateDiagram, ...estimateOptions } = options
  const validation = validate(diagram, index)
  const estimate = estimateDiagram(
    diagram,
    { overrides: diagram.pricing?.overrides ?? {}, ...estimateOptions },
    index
  )
  const found = [...validation.problems, ...estimate.problems].sort(bySeverity)
  const entries = diagram.ignore ?? []
  const { kept, ignored, unused } = applyIgnores(found, entries, 'file')
  const problems =
    unused.length === 0
      ? kept
      : [...kept, ...unused.map((i) => unusedIgnoreProblem(entries[i]!, i))].sort(bySeverity)
  const hidden = new Set(ignored.map((i) => i.problem))
  // Without suppressions the lists are the validator's own, so nodes whose problems did not
  // change keep the same list and the canvas does not redraw them.
  const nodeProblems = new Map(validation.nodeProblems)
  if (hidden.size > 0)
    for (const [id, list] of nodeProblems) nodeProblems.set(id, unhidden(list, hidden))
  for (const node of estimate.nodes) {
    if (node.problems.length === 0) continue
    nodeProblems.set(
      node.id,
      [...(nodeProblems.get(node.id) ?? []), ...unhidden(node.problems, hidden)].sort(bySeverity)
    )
  }
  const counts = { error: 0, warning: 0, info: 0 }
  for (const p of problems) counts[p.severity]++
  return { validation, estimate, problems, nodeProblems, counts, ignored }
}

function unhidden(list: Problem[], hidden: ReadonlySet<Problem>): Problem[] {
  return hidden.size === 0 ? list : list.filter((p) => !hidden.has(p))
}
