import type { DiagramIgnore } from '../diagram/types'
import type { Problem } from '../validation/problems'

/** A problem a suppression hid, with the reason given for it and whose suppression it was. */
export interface IgnoredProblem {
  problem: Problem
  reason: string
  /** `file`: an `ignore` entry in the diagram; `command line`: `--ignore CODE`. */
  by: 'file' | 'command line'
  /** Which entry hid it: `ignore[entry]` in the file, or the nth --ignore. */
  entry: number
}

export interface IgnoreOutcome {
  kept: Problem[]
  ignored: IgnoredProblem[]
  /** Indexes of the entries that matched no problem: stale, or naming a node that is gone. */
  unused: number[]
}

/** An entry without a node or an edge covers every problem of its code. */
function matches(entry: DiagramIgnore, problem: Problem): boolean {
  if (entry.code !== problem.code) return false
  if (entry.nodeId !== undefined && entry.nodeId !== problem.nodeId) return false
  if (entry.edgeId !== undefined && entry.edgeId !== problem.edgeId) return false
  return true
}

/** Splits problems into the kept and the ignored; the first entry that matches gives the reason. */
export function applyIgnores(
  problems: readonly Problem[],
  entries: readonly DiagramIgnore[],
  by: IgnoredProblem['by']
): IgnoreOutcome {
  const used = new Set<number>()
  const kept: Problem[] = []
  const ignored: IgnoredProblem[] = []
  for (const problem of problems) {
    const index = entries.findIndex((e) => matches(e, problem))
    if (index < 0) {
      kept.push(problem)
      continue
    }
    used.add(index)
    ignored.push({ problem, reason: entries[index]!.reason, by, entry: index })
  }
  const unused = entries.flatMap((_, i) => (used.has(i) ? [] : [i]))
  return { kept, ignored, unused }
}

function subject(entry: DiagramIgnore): string {
  if (entry.edgeId !== undefined) return ` on edge ${entry.edgeId}`
  if (entry.nodeId !== undefined) return ` on node ${entry.nodeId}`
  return ''
}

/**
 * A suppression left behind after its problem was fixed would hide the problem's return: say so,
 * as linters report an unused disable comment.
 */
export function unusedIgnoreProblem(entry: DiagramIgnore, index: number): Problem {
  const gone =
    entry.nodeId !== undefined || entry.edgeId !== undefined ? ' (or what it names is gone)' : ''
  return {
    severity: 'warning',
    code: 'unused-ignore',
    message: `The ignore entry for ${entry.code}${subject(entry)} matches no problem${gone}: remove it from the diagram's ignore list, so the problem is reported if it comes back.`,
    path: `ignore[${index}]`
  }
}
