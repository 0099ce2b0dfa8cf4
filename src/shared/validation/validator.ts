import type { Diagram } from '../diagram/types'
import type { DiagramIndex } from '../graph/diagramIndex'
import { indexDiagram } from '../graph/indexDiagram'
import { validateAppendedEdges } from './appendedEdges'
import { validateChanged } from './changedDiagram'
import { emptySnapshot, type ValidatorStats } from './snapshot'
import type { ValidationResult } from './validationResult'

export type { EdgeResult } from './edgeVerdicts'
export type { ValidationResult } from './validationResult'

/**
 * Validates a diagram and remembers what it found, so that the next call re-checks only the
 * edges that changed and the nodes whose neighbourhood changed. Diagrams are treated as
 * immutable: a changed edge, node or list of them is a new object.
 *
 * `index` is the diagram version's index (graph/diagramIndex.ts), shared with the estimate of
 * the same version; without one the validator derives it from the index of the diagram it saw
 * last. Connecting two nodes, the editor's commonest edit, takes a path of its own
 * (appendedEdges.ts): when the index says the nodes are the same and edges were only appended,
 * the new edges and their ends are checked and everything else is extended in place. Any other
 * edit compares node by node (changedDiagram.ts).
 */
export function createValidator() {
  let last = emptySnapshot()
  const stats: ValidatorStats = { edgesChecked: 0, nodesChecked: 0 }

  function validate(diagram: Diagram, given?: DiagramIndex): ValidationResult {
    stats.edgesChecked = 0
    stats.nodesChecked = 0
    const index =
      given && given.nodes === diagram.nodes && given.edges === diagram.edges
        ? given
        : indexDiagram(diagram, last.index)
    if (last.result && index === last.index) return last.result
    if (last.result && index.appendsTo(last.index)) return validateAppendedEdges(last, index, stats)
    last = validateChanged(last, index, stats)
    return last.result!
  }

  return { validate, stats }
}

/** One-shot validation, for the CLI and tests; `index` when the caller has the version's. */
export function validateDiagram(diagram: Diagram, index?: DiagramIndex): ValidationResult {
  return createValidator().validate(diagram, index)
}
