/** Problems with what a diagram sets: unknown or invalid settings, and a source's peak below its average. */
import type { DiagramEdge, DiagramNode } from '../diagram/types'
import { OWN_RULE_CITATIONS } from '../validation/ownRules'
import type { Problem } from '../validation/problems'
import type { z } from 'zod'
import { EDGE_CONFIG, SERVICE_CONFIG, type ServiceConfigOf } from './serviceConfig'
import { STREAM_SOURCES } from './serviceTraffic'
import { formatNumber } from './units'

/** A source's peak below its average: a slip the estimate cannot size for (it uses the average). */
export function peakBelowAverage(
  node: DiagramNode,
  config: Record<string, unknown>,
  position: number
): Problem | undefined {
  if (!STREAM_SOURCES.has(node.service)) return undefined
  const c = config as ServiceConfigOf<'producer-app'>
  if (c.peakRecordsPerSecond === undefined || c.peakRecordsPerSecond >= c.recordsPerSecond)
    return undefined
  return {
    severity: 'error',
    code: 'invalid-config',
    message: `The peak (${formatNumber(c.peakRecordsPerSecond)} records/s) is below the average (${formatNumber(c.recordsPerSecond)} records/s): a peak is the busiest rate. The estimate sizes for the average until you fix it; leave the peak empty if the traffic is steady.`,
    nodeId: node.id,
    path: `nodes[${position}].config.peakRecordsPerSecond`,
    citation: OWN_RULE_CITATIONS['invalid-config']
  }
}

/** The first key of a node's config that its service has no setting for. */
export function unknownSettings(node: DiagramNode): string | undefined {
  if (!node.config) return undefined
  const shape = (SERVICE_CONFIG[node.service] as z.ZodObject).shape
  for (const key of Object.keys(node.config)) if (!(key in shape)) return key
  return undefined
}

/** An edge's settings checked as a node's are: a wrong type is an error, an unknown key a warning. */
export function edgeSettingProblems(edges: readonly DiagramEdge[], problems: Problem[]): void {
  const shape = EDGE_CONFIG.shape
  edges.forEach((edge, k) => {
    if (!edge.config) return
    const parsed = EDGE_CONFIG.safeParse(edge.config)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const key = issue.path.join('.')
      const label =
        // The issue's key need not be one of the shape's (an unknown key), hence the lookup by string.
        (
          (shape as Record<string, z.ZodType | undefined>)[key]?.meta() as
            { label?: string } | undefined
        )?.label ?? key
      problems.push({
        severity: 'error',
        code: 'invalid-config',
        message: `An edge setting is invalid (${label}: ${issue.message}): it is ignored until you fix it.`,
        edgeId: edge.id,
        path: `edges[${k}].config.${key}`,
        citation: OWN_RULE_CITATIONS['invalid-config']
      })
    }
    for (const key of Object.keys(edge.config)) {
      if (key in shape) continue
      problems.push({
        severity: 'warning',
        code: 'unknown-setting',
        message: `"${key}" is not an edge setting, so it is ignored. Edges take enhancedFanOut and mechanism.`,
        edgeId: edge.id,
        path: `edges[${k}].config.${key}`,
        citation: OWN_RULE_CITATIONS['unknown-setting']
      })
      break
    }
  })
}
