import type { ReadonlyLookup } from '../graph/positionMap'
import type { EdgeResult } from './edgeVerdicts'
import type { Problem } from './problems'

export interface ValidationResult {
  /** Errors, then warnings, then notes; within each, edges in order, then nodes. */
  readonly problems: Problem[]
  readonly edges: ReadonlyLookup<EdgeResult>
  /** Problems attached to each node (rules about the node and its neighbours). */
  readonly nodeProblems: ReadonlyLookup<Problem[]>
  readonly counts: Counts
}

export type Counts = { error: number; warning: number; info: number }

export function tally(counts: Counts, list: readonly Problem[] | undefined, sign: 1 | -1): void {
  if (list) for (const p of list) counts[p.severity] += sign
}

/** What a result's problem list is made from, up to the result's own lengths. */
export interface Found {
  edgeCount: number
  edgeProblems: ReadonlyArray<readonly Problem[] | undefined>
  duplicates: ReadonlyArray<Problem | undefined>
  nodeCount: number
  nodeProblems: ReadonlyArray<Problem[] | undefined>
}

function problemList(found: Found): Problem[] {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const infos: Problem[] = []
  const add = (p: Problem) =>
    (p.severity === 'error' ? errors : p.severity === 'warning' ? warnings : infos).push(p)
  for (let k = 0; k < found.edgeCount; k++) {
    const list = found.edgeProblems[k]
    if (list) for (const p of list) add(p)
    const duplicate = found.duplicates[k]
    if (duplicate) add(duplicate)
  }
  for (let i = 0; i < found.nodeCount; i++) {
    const list = found.nodeProblems[i]
    if (list) for (const p of list) add(p)
  }
  for (const p of warnings) errors.push(p)
  for (const p of infos) errors.push(p)
  return errors
}

/**
 * A validation result. The flat problem list is put together when first read: an edit changes
 * a handful of entries, and listing every problem of a large diagram again would cost more
 * than the edit's re-check.
 */
export class Result implements ValidationResult {
  #problems: Problem[] | undefined
  readonly #found: Found

  constructor(
    readonly edges: ReadonlyLookup<EdgeResult>,
    readonly nodeProblems: ReadonlyLookup<Problem[]>,
    readonly counts: Counts,
    found: Found
  ) {
    this.#found = found
  }

  get problems(): Problem[] {
    return (this.#problems ??= problemList(this.#found))
  }
}
