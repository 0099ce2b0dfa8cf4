import { bySeverity, type Problem } from '../validation/problems'
import type { Counts } from '../validation/validationResult'
import type { ProblemChange, ProblemDiff } from './diffModel'

/**
 * What makes two problems "the same problem": the rule and what it is about, never the message
 * (messages carry numbers: "needs 10 shards" is still the same under-provisioned stream). A
 * setting's path loses its array index, which moves when nodes are reordered; the node id is
 * in the key already. `edgeKey` maps an edge id to the id it is matched by (see matchEdges).
 */
function problemKey(p: Problem, edgeKey: (id: string) => string): string {
  const path = p.path?.replace(/^(nodes|edges)\[\d+\]/, '$1') ?? ''
  const edge = p.edgeId === undefined ? '' : edgeKey(p.edgeId)
  return JSON.stringify([p.code, p.nodeId ?? '', edge, path])
}

function countsOf(problems: readonly Problem[]): Counts {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const p of problems) counts[p.severity]++
  return counts
}

/**
 * Problems new, resolved, changed and still there. Several problems with one key (a rule that
 * fires twice on a node) are paired in order.
 */
export function problemChanges(
  before: readonly Problem[],
  after: readonly Problem[],
  afterEdgeKey: (id: string) => string
): ProblemDiff {
  const waiting = new Map<string, Problem[]>()
  for (const p of before) {
    const key = problemKey(p, (id) => id)
    const list = waiting.get(key)
    if (list) list.push(p)
    else waiting.set(key, [p])
  }
  const added: Problem[] = []
  const changed: ProblemChange[] = []
  let unchanged = 0
  for (const p of after) {
    const match = waiting.get(problemKey(p, afterEdgeKey))?.shift()
    if (!match) added.push(p)
    else if (match.message === p.message && match.severity === p.severity) unchanged++
    else changed.push({ before: match, after: p })
  }
  const resolved = [...waiting.values()].flat()
  return {
    new: added.sort(bySeverity),
    resolved: resolved.sort(bySeverity),
    changed: changed.sort((a, b) => bySeverity(a.after, b.after)),
    unchanged,
    before: countsOf(before),
    after: countsOf(after)
  }
}
