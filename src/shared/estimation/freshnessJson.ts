import { formatCitation } from '../catalog/citations'
import type { DiagramFreshness } from './freshness'

/** Seconds for JSON: to the millisecond. */
function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}

/**
 * The CLI's JSON shape: every node data reaches, with its worst and average delay; sinks and
 * badged nodes also carry the steps of their worst path.
 */
export function freshnessToJson(freshness: DiagramFreshness) {
  const nodes: Array<{
    id: string
    worstSeconds: number
    averageSeconds: number
    sink: boolean
    steps?: Array<{
      nodeId: string
      edgeId?: string
      what: string
      seconds: number
      averageSeconds: number
      source?: string
      assumption?: string
    }>
  }> = []
  for (const [id, f] of freshness.byId) {
    const entry: (typeof nodes)[number] = {
      id,
      worstSeconds: roundSeconds(f.worstSeconds),
      averageSeconds: roundSeconds(f.averageSeconds),
      sink: f.sink
    }
    if (f.badged) {
      entry.steps = freshness.breakdown(id).map((s) => {
        const step: NonNullable<(typeof entry)['steps']>[number] = {
          nodeId: s.nodeId,
          what: s.what,
          seconds: roundSeconds(s.seconds),
          averageSeconds: roundSeconds(s.averageSeconds)
        }
        if (s.edgeId !== undefined) step.edgeId = s.edgeId
        if (s.citation) step.source = formatCitation(s.citation)
        if (s.assumption) step.assumption = s.assumption
        return step
      })
    }
    nodes.push(entry)
  }
  return { nodes }
}
