import { describe, expect, it } from 'vitest'
import { groupEdges, hasSelfLoops } from '../../../src/shared/graph/adjacency'

/** Node i's outgoing and incoming edge positions, as plain lists. */
function lists(a: ReturnType<typeof groupEdges>, nodeCount: number) {
  const out: number[][] = []
  const into: number[][] = []
  for (let i = 0; i < nodeCount; i++) {
    out.push([...a.outEdges.subarray(a.outStart[i], a.outStart[i + 1])])
    into.push([...a.inEdges.subarray(a.inStart[i], a.inStart[i + 1])])
  }
  return { out, into }
}

describe('groupEdges', () => {
  // 0 → 1 twice (a duplicate), 1 → 2, a self-loop on 2, and an edge with a missing end.
  const from = Int32Array.from([0, 0, 1, 2, -1, 0, 0])
  const to = Int32Array.from([1, 1, 2, 2, -1, 0, 0])

  it('keeps duplicates, in diagram order, and leaves dangling edges out', () => {
    const { out, into } = lists(groupEdges(3, from, to, 5, false), 3)
    expect(out).toEqual([[0, 1], [2], []])
    expect(into).toEqual([[], [0, 1], [2]])
  })

  it('counts a self-loop as outgoing only when asked to, never as incoming', () => {
    const kept = groupEdges(3, from, to, 5, true)
    expect(lists(kept, 3).out).toEqual([[0, 1], [2], [3]])
    expect(lists(kept, 3).into).toEqual([[], [0, 1], [2]])
    expect(hasSelfLoops(kept)).toBe(true)
    expect(hasSelfLoops(groupEdges(3, from, to, 5, false))).toBe(false)
  })

  it('reads only the first edgeCount ends: the rest is room for edges appended later', () => {
    const { out, into } = lists(groupEdges(3, from, to, 3, true), 3)
    expect(out).toEqual([[0, 1], [2], []])
    expect(into).toEqual([[], [0, 1], [2]])
  })

  it('groups no edges of no nodes', () => {
    const a = groupEdges(0, new Int32Array(0), new Int32Array(0), 0, true)
    expect([...a.outStart]).toEqual([0])
    expect(a.outEdges.length + a.inEdges.length).toBe(0)
  })
})
