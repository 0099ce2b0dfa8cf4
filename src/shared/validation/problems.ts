import type { ServiceId } from '../catalog/services'

export type Severity = 'error' | 'warning' | 'info'

/** A change the user can apply in one click. */
export type Fix =
  | {
      kind: 'insert-services'
      edgeId: string
      /** Services to put between the edge's ends, in data-flow order. */
      services: ServiceId[]
      description: string
    }
  | {
      kind: 'add-connected'
      nodeId: string
      service: ServiceId
      /** `in`: the new service feeds the node; `out`: the node feeds the new service. */
      direction: 'in' | 'out'
      description: string
    }

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
