import { analyzeDiagram, type DiagramAnalysis } from '../../../shared/analysis/analyzeDiagram'
import type { Diagram } from '../../../shared/diagram/types'
import { createValidator } from '../../../shared/validation/validator'
import { useEditor } from './diagramStore'

/** Everything derived from the diagram: integration checks, estimate, and their problems together. */
export type Analysis = DiagramAnalysis

/**
 * One validator for the window: it remembers the previous diagram, so an edit re-checks only
 * what it touched; the last analysis is shared by every component that asks for the same
 * diagram. Positions change only when a drag ends, so none of this runs per drag frame.
 */
const validator = createValidator()
let lastDiagram: Diagram | undefined
let lastAnalysis: Analysis | undefined

/**
 * A user-timing mark per analysis, so that a DevTools timeline (and the end-to-end tests) can see
 * when it runs: never during a drag. Old marks are dropped now and then; a session of edits
 * should not grow the timeline without end.
 */
const ANALYSIS_MARK = 'pipewright:analysis'
let marks = 0

function markAnalysis(): void {
  if (++marks > 1000) {
    performance.clearMarks(ANALYSIS_MARK)
    marks = 1
  }
  performance.mark(ANALYSIS_MARK)
}

function analyse(diagram: Diagram): Analysis {
  markAnalysis()
  return analyzeDiagram(diagram, { validate: (d) => validator.validate(d) })
}

export function analysisFor(diagram: Diagram): Analysis {
  if (diagram !== lastDiagram || !lastAnalysis) {
    lastAnalysis = analyse(diagram)
    lastDiagram = diagram
  }
  return lastAnalysis
}

export function useAnalysis(): Analysis {
  return analysisFor(useEditor((s) => s.diagram))
}
