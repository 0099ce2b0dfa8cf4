/** One step of a node's freshness path, and the helpers that make one from a figure or without. */
import type { Citation } from '../catalog/citations'
import { FRESHNESS_FIGURES, type FreshnessFigureId } from './freshnessFigures'
import { formatNumber, SECONDS_PER_HOUR } from './units'

/** One delay on the way to a node: an edge's or the node's own, with the figure it rests on. */
export interface FreshnessStep {
  nodeId: string
  /** Set when the step is an edge's (stream propagation, event delivery). */
  edgeId?: string
  /** What happens, with its arithmetic: "5 MiB at 0.01 MiB/s would take 500 s; the 300 s interval comes first". */
  what: string
  /** Worst case, in seconds. */
  seconds: number
  /** Average case, in seconds. */
  averageSeconds: number
  /** The figure from the table this step rests on, when it rests on one. */
  figure?: FreshnessFigureId
  citation?: Citation
  /** Set when the figure is Pipewright's assumption, not AWS's number: why. */
  assumption?: string
}

export const F = FRESHNESS_FIGURES

/** "70 ms", "2.5 s", "65 s", "5 min", "1.5 h", "24 h". */
export function formatDelay(seconds: number): string {
  if (seconds < 1) return `${formatNumber(Math.round(seconds * 1000))} ms`
  if (seconds < 10) return `${formatNumber(Math.round(seconds * 10) / 10)} s`
  if (seconds < 120) return `${formatNumber(Math.round(seconds))} s`
  if (seconds < 2 * SECONDS_PER_HOUR) return `${formatNumber(Math.round(seconds / 6) / 10)} min`
  return `${formatNumber(Math.round(seconds / 360) / 10)} h`
}

export function figureStep(
  nodeId: string,
  what: string,
  seconds: number,
  averageSeconds: number,
  figure: FreshnessFigureId,
  edgeId?: string
): FreshnessStep {
  const row = F[figure] as { citation: Citation; assumption?: string }
  const step: FreshnessStep = {
    nodeId,
    what,
    seconds,
    averageSeconds,
    figure,
    citation: row.citation
  }
  if (edgeId !== undefined) step.edgeId = edgeId
  if (row.assumption) step.assumption = row.assumption
  return step
}

/** A step that adds no delay because Pipewright cannot estimate it; `what` says why. */
export function uncounted(nodeId: string, what: string): FreshnessStep {
  return { nodeId, what, seconds: 0, averageSeconds: 0 }
}
