import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Diagram, DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import type { DiagramIndex } from '../../../src/shared/graph/diagramIndex'
import { indexDiagram } from '../../../src/shared/graph/indexDiagram'
import { diagram, edge, node } from '../helpers'

/** Everything an index tells about its own version, as plain data. */
function view(index: DiagramIndex, otherIds: readonly string[] = []) {
  const m = index.edges.length
  const ids = [...index.nodes.map((n) => n.id), ...otherIds]
  const edgeIds = [...index.edges.map((e) => e.id), ...otherIds]
  const arrays = (a: DiagramIndex['adjacency']) => ({
    outStart: [...a.outStart],
    outEdges: [...a.outEdges],
    inStart: [...a.inStart],
    inEdges: [...a.inEdges]
  })
  return {
    nodePositions: ids.map((id) => index.nodePosition(id)),
    edgePositions: edgeIds.map((id) => index.edgePosition(id)),
    from: [...index.ends.from.subarray(0, m)],
    to: [...index.ends.to.subarray(0, m)],
    adjacency: arrays(index.adjacency),
    flowAdjacency: arrays(index.flowAdjacency),
    repeatedNodeIds: index.repeatedNodeIds,
    repeatedEdgeIds: index.repeatedEdgeIds
  }
}

const start = (): Diagram =>
  diagram(
    [node('p', 'producer-app'), node('k', 'kinesis-data-streams'), node('l', 'lambda')],
    [edge('p', 'k'), edge('k', 'l')]
  )

describe('indexDiagram', () => {
  it('hands the same index out again for the very same lists', () => {
    const d = start()
    const index = indexDiagram(d)
    expect(indexDiagram(d, index)).toBe(index)
    const renamed: Diagram = { ...d, name: 'renamed' }
    expect(indexDiagram(renamed, index)).toBe(index)
  })

  it('after edges are appended, shares the maps and gives what a fresh index gives', () => {
    const d = start()
    const before = indexDiagram(d)
    const beforeView = view(before, ['l:p', 'p:p'])
    const next: Diagram = { ...d, edges: [...d.edges, edge('l', 'p'), edge('p', 'p')] }
    const index = indexDiagram(next, before)
    expect(index.appendsTo(before)).toBe(true)
    expect(index.nodeIds).toBe(before.nodeIds)
    expect(index.edgeIds).toBe(before.edgeIds)
    expect(view(index)).toEqual(view(indexDiagram(next)))
    // The earlier version reads only its own part of what it now shares.
    expect(view(before, ['l:p', 'p:p'])).toEqual(beforeView)
  })

  it('does not take the append path when a node changed or an earlier edge is gone', () => {
    const d = start()
    const before = indexDiagram(d)
    const moved: Diagram = {
      ...d,
      nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 5, y: 5 } } : n)),
      edges: [...d.edges, edge('l', 'p')]
    }
    const afterMove = indexDiagram(moved, before)
    expect(afterMove.appendsTo(before)).toBe(false)
    // Same ids in the same places: the node map is kept all the same.
    expect(afterMove.nodeIds).toBe(before.nodeIds)
    expect(view(afterMove)).toEqual(view(indexDiagram(moved)))
    const removed: Diagram = { ...d, edges: [d.edges[1]!, edge('l', 'p')] }
    const afterRemove = indexDiagram(removed, before)
    expect(afterRemove.appendsTo(before)).toBe(false)
    expect(view(afterRemove)).toEqual(view(indexDiagram(removed)))
  })

  it('gives two versions derived from the same one their own maps (an undo, then another edit)', () => {
    const d = start()
    const base = indexDiagram(d)
    const one = indexDiagram({ ...d, nodes: [...d.nodes, node('x', 's3')] }, base)
    const other = indexDiagram({ ...d, nodes: [...d.nodes, node('y', 'dynamodb')] }, base)
    expect(other.nodeIds).not.toBe(one.nodeIds)
    expect(other.repeatedNodeIds).toBe(false)
    expect(one.nodePosition('x')).toBe(3)
    expect(one.nodePosition('y')).toBe(-1)
    expect(other.nodePosition('y')).toBe(3)
    expect(other.nodePosition('x')).toBe(-1)
  })

  it('marks repeated ids, the last one winning, as the validator and estimator expect', () => {
    const d = diagram(
      [node('a', 's3'), node('b', 'lambda'), node('a', 'dynamodb')],
      [edge('b', 'a', { id: 'e' }), edge('a', 'b', { id: 'e' })]
    )
    const index = indexDiagram(d)
    expect(index.repeatedNodeIds).toBe(true)
    expect(index.repeatedEdgeIds).toBe(true)
    expect(index.nodePosition('a')).toBe(2)
    expect(index.edgePosition('e')).toBe(1)
    expect([...index.ends.from.subarray(0, 2)]).toEqual([1, 2])
  })

  it('after any sequence of edits, derived from any earlier version, equals a fresh index', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    const anEdit = fc.oneof(
      fc.record({ kind: fc.constant('connect' as const), s: fc.nat(7), t: fc.nat(7) }),
      fc.record({ kind: fc.constant('add-node' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('remove-node' as const), at: fc.nat(7) }),
      fc.record({ kind: fc.constant('remove-edge' as const), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(7) }),
      fc.record({ kind: fc.constant('reverse' as const) }),
      fc.record({ kind: fc.constant('copy-lists' as const) }),
      // Go back to an earlier version (an undo) and derive the next one from its index.
      fc.record({ kind: fc.constant('back' as const), steps: fc.nat(4) })
    )
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 30 }), (edits) => {
        const history: Array<{ d: Diagram; index: DiagramIndex }> = []
        let d: Diagram = diagram(
          [node('a', 's3'), node('b', 'lambda')],
          [edge('a', 'b', { id: 'e0' })]
        )
        let index = indexDiagram(d)
        history.push({ d, index })
        const seen = new Set<string>(['e0', 'x'])
        edits.forEach((e, step) => {
          const nodes: DiagramNode[] = [...d.nodes]
          const edges: DiagramEdge[] = [...d.edges]
          const idAt = (i: number) => nodes[i % Math.max(1, nodes.length)]?.id ?? 'x'
          switch (e.kind) {
            case 'connect': {
              // Ids repeat now and then: a fresh one, or one seen before.
              const id = step % 5 === 4 ? 'e0' : `e${step + 1}`
              seen.add(id)
              d = { ...d, edges: [...d.edges, edge(idAt(e.s), idAt(e.t), { id })] }
              break
            }
            case 'add-node':
              seen.add(e.id)
              d = { ...d, nodes: [...d.nodes, node(e.id, 'kinesis-data-streams')] }
              break
            case 'remove-node':
              nodes.splice(e.at % Math.max(1, nodes.length), 1)
              d = { ...d, nodes }
              break
            case 'remove-edge':
              edges.splice(e.at % Math.max(1, edges.length), 1)
              d = { ...d, edges }
              break
            case 'move': {
              const i = e.at % Math.max(1, nodes.length)
              if (nodes[i]) nodes[i] = { ...nodes[i], position: { x: step, y: step } }
              d = { ...d, nodes }
              break
            }
            case 'reverse':
              d = { ...d, nodes: nodes.reverse(), edges: edges.reverse() }
              break
            case 'copy-lists':
              d = { ...d, nodes, edges }
              break
            case 'back': {
              const earlier = history[Math.max(0, history.length - 1 - e.steps)]!
              d = earlier.d
              index = earlier.index
              return
            }
          }
          index = indexDiagram(d, index)
          history.push({ d, index })
          expect(view(index, [...seen])).toEqual(view(indexDiagram(d), [...seen]))
        })
        // Every earlier version still reads as it did, whatever was derived from it since.
        for (const h of history) {
          expect(view(h.index, [...seen])).toEqual(view(indexDiagram(h.d), [...seen]))
        }
      }),
      { numRuns: 200 }
    )
  })
})
