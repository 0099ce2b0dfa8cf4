import type { Fix } from '../diagram/edits/fixes'

export type Severity = 'error' | 'warning' | 'info'

export type { Fix }

export interface Problem {
  severity: Severity
  /** Stable identifier of the rule, e.g. `not-integrated`. */
  code: string
  message: string
  nodeId?: string
  edgeId?: string
  /** For a bad setting: where it is in the file, e.g. `nodes[2].config.recordsPerSecond`. */
  path?: string
  /** Where the rule comes from, formatted for people. */
  citation?: string
  fix?: Fix
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

export function bySeverity(a: Problem, b: Problem): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
}

/**
 * A problem as every JSON output gives it (`validate`, `estimate`, `diff`): fields in one order,
 * absent ones left out, so the outputs are stable and diff well.
 */
export function problemToJson(p: Problem): Problem {
  const out: Problem = { severity: p.severity, code: p.code, message: p.message }
  if (p.nodeId !== undefined) out.nodeId = p.nodeId
  if (p.edgeId !== undefined) out.edgeId = p.edgeId
  if (p.path !== undefined) out.path = p.path
  if (p.citation !== undefined) out.citation = p.citation
  if (p.fix !== undefined) out.fix = p.fix
  return out
}
