import { useDeferredValue } from 'react'
import { analyzeDiagram, type DiagramAnalysis } from '../../../shared/analysis/analyzeDiagram'
import type { Diagram } from '../../../shared/diagram/types'
import type { DiagramIndex } from '../../../shared/graph/diagramIndex'
import { indexDiagram } from '../../../shared/graph/indexDiagram'
import { createValidator } from '../../../shared/validation/validator'
import { useEditor } from './diagramStore'
import { useWhatIf } from './whatIf'

/** Everything derived from the diagram: integration checks, estimate, and their problems together. */
export type Analysis = DiagramAnalysis

/**
 * One validator for the window: it remembers the previous diagram, so an edit re-checks only
 * what it touched; the last analysis is shared by every component that asks for the same
 * diagram. Positions change only when a drag ends, so none of this runs per drag frame.
 */
const validator = createValidator()
/** The last diagram version's index: the next one is derived from it (see graph/diagramIndex.ts). */
let lastIndex: DiagramIndex | undefined
let lastDiagram: Diagram | undefined
let lastMultiplier = 1
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

function analyse(diagram: Diagram, trafficMultiplier: number): Analysis {
  markAnalysis()
  // One index per diagram version, shared by the validation and the estimate.
  lastIndex = indexDiagram(diagram, lastIndex)
  return analyzeDiagram(
    diagram,
    { validate: (d, index) => validator.validate(d, index), trafficMultiplier },
    lastIndex
  )
}

/**
 * The analysis at the what-if multiplier in force (1× unless the person set one): problems,
 * badges and cost all follow it. A change of multiplier re-estimates; the validator, given the
 * same diagram, re-checks nothing.
 */
export function analysisFor(
  diagram: Diagram,
  trafficMultiplier = useWhatIf.getState().trafficMultiplier
): Analysis {
  if (diagram !== lastDiagram || trafficMultiplier !== lastMultiplier || !lastAnalysis) {
    lastAnalysis = analyse(diagram, trafficMultiplier)
    lastDiagram = diagram
    lastMultiplier = trafficMultiplier
  }
  return lastAnalysis
}

/**
 * The multiplier is read deferred: a slider step re-renders a 1,000-node canvas and cost table
 * (about 300 ms here), so React renders that in the background and drops it for the next step,
 * while the slider and its box follow the key at once.
 */
export function useAnalysis(): Analysis {
  const diagram = useEditor((s) => s.diagram)
  const multiplier = useDeferredValue(useWhatIf((s) => s.trafficMultiplier))
  return analysisFor(diagram, multiplier)
}
