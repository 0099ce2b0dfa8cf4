import { describe, expect, it } from 'vitest'
import {
  toFlowEdges,
  toFlowNodes,
  withDragPositions
} from '../../../src/renderer/src/canvas/flowMapping'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import { validateDiagram } from '../../../src/shared/validation/validator'
import type { Analysis } from '../../../src/renderer/src/store/analysis'
import { diagram, edge, node } from '../helpers'

const NO_SELECTION = { nodeIds: new Set<string>(), edgeIds: new Set<string>() }

/** What the store's analysis holds, made afresh: every estimate object is new. */
function analyse(d: Diagram): Analysis {
  const validation = validateDiagram(d)
  return {
    validation,
    estimate: estimateDiagram(d),
    problems: [],
    ignored: [],
    nodeProblems: new Map(validation.nodeProblems),
    counts: { error: 0, warning: 0, info: 0 }
  }
}

const pipelineAt = (x: number) =>
  diagram(
    [
      node('p', 'producer-app', { x, config: { recordsPerSecond: 500 } }),
      node('k', 'kinesis-data-streams', { x: x + 300 })
    ],
    [edge('p', 'k')]
  )

describe('toFlowNodes and toFlowEdges reuse what shows the same', () => {
  it('keeps the flow objects when the diagram is replaced by an equal one and re-analysed (a layout committed where its preview put the nodes)', () => {
    const first = pipelineAt(0)
    const nodes = toFlowNodes(first, analyse(first), {}, {}, NO_SELECTION)
    const edges = toFlowEdges(first, analyse(first).validation, NO_SELECTION)
    const again = structuredClone(first)
    const analysis = analyse(again)
    expect(toFlowNodes(again, analysis, {}, {}, NO_SELECTION)).toEqual(nodes)
    toFlowNodes(again, analysis, {}, {}, NO_SELECTION).forEach((n, i) => expect(n).toBe(nodes[i]))
    toFlowEdges(again, analysis.validation, NO_SELECTION).forEach((e, i) =>
      expect(e).toBe(edges[i])
    )
  })

  it('makes new ones for whatever changed: a position, a label, the throughput, a selection', () => {
    const first = pipelineAt(0)
    const [p0, k0] = toFlowNodes(first, analyse(first), {}, {}, NO_SELECTION)
    const moved = pipelineAt(40)
    const [p1] = toFlowNodes(moved, analyse(moved), {}, {}, NO_SELECTION)
    expect(p1).not.toBe(p0)
    expect(p1!.position).toEqual({ x: 40, y: 0 })

    const relabelled = structuredClone(moved)
    relabelled.nodes[1]!.label = 'orders'
    const [, k2] = toFlowNodes(relabelled, analyse(relabelled), {}, {}, NO_SELECTION)
    expect(k2).not.toBe(k0)
    expect(k2!.data).toMatchObject({ label: 'orders' })

    const busier = structuredClone(relabelled)
    busier.nodes[0]!.config = { recordsPerSecond: 5000 }
    const before = toFlowNodes(relabelled, analyse(relabelled), {}, {}, NO_SELECTION)[1]!
    const after = toFlowNodes(busier, analyse(busier), {}, {}, NO_SELECTION)[1]!
    expect(after).not.toBe(before)
    expect(after.data).toMatchObject({ throughput: { inRecordsPerSecond: 5000 } })

    const e0 = toFlowEdges(busier, analyse(busier).validation, NO_SELECTION)[0]
    const e1 = toFlowEdges(busier, analyse(busier).validation, {
      nodeIds: new Set(),
      edgeIds: new Set(['p:k'])
    })[0]
    expect(e1).not.toBe(e0)
    expect(e1!.selected).toBe(true)
  })
})

describe('withDragPositions lays a drag over the placed nodes', () => {
  const placed = () => {
    const d = diagram(
      [node('a', 's3', { x: 0 }), node('b', 's3', { x: 300 }), node('c', 's3', { x: 600 })],
      []
    )
    return toFlowNodes(d, analyse(d), {}, {}, NO_SELECTION)
  }

  it('gives only the dragged node a new object, at its live position', () => {
    const nodes = placed()
    const moved = withDragPositions(nodes, { b: { x: 333, y: 44 } })
    expect(moved.map((n) => n.position)).toEqual([
      nodes[0]!.position,
      { x: 333, y: 44 },
      nodes[2]!.position
    ])
    expect(moved[0]).toBe(nodes[0])
    expect(moved[2]).toBe(nodes[2])
    expect(moved[1]).not.toBe(nodes[1])
    expect(nodes[1]!.position).toEqual({ x: 300, y: 0 })
  })

  it('returns the same array when nothing is dragged or nothing moved, and ignores unknown ids', () => {
    const nodes = placed()
    expect(withDragPositions(nodes, {})).toBe(nodes)
    expect(withDragPositions(nodes, { b: { x: 300, y: 0 } })).toBe(nodes)
    expect(withDragPositions(nodes, { gone: { x: 1, y: 1 } })).toBe(nodes)
  })
})

describe('level of detail (zoomed out)', () => {
  it('draws a measured card as icon and name in the box it measured, and an unmeasured one in full', () => {
    const d = diagram([node('a', 's3'), node('b', 's3', { x: 300 })], [])
    const measured = { a: { width: 214, height: 58 } }
    const lite = toFlowNodes(d, analyse(d), {}, measured, NO_SELECTION, {}, true)
    expect(lite.map((n) => (n.type === 'service' ? n.data.lite : 'other'))).toEqual([
      { width: 214, height: 58 },
      undefined
    ])
    const full = toFlowNodes(d, analyse(d), {}, measured, NO_SELECTION, {}, false)
    expect(full.map((n) => (n.type === 'service' ? n.data.lite : 'other'))).toEqual([
      undefined,
      undefined
    ])
  })
})

describe('external nodes', () => {
  it('carry their reference to the card, and a changed reference makes a new flow node', () => {
    const plain = pipelineAt(0)
    const [, k0] = toFlowNodes(plain, analyse(plain), {}, {}, NO_SELECTION)
    expect(k0!.data).not.toHaveProperty('external')
    const marked = structuredClone(plain)
    marked.nodes[1]!.external = { reference: 'Parameter ClickStreamArn' }
    const [p1, k1] = toFlowNodes(marked, analyse(marked), {}, {}, NO_SELECTION)
    expect(k1).not.toBe(k0)
    expect(k1!.data).toMatchObject({ external: 'Parameter ClickStreamArn' })
    expect(p1!.data).not.toHaveProperty('external')
    const renamed = structuredClone(marked)
    renamed.nodes[1]!.external = { reference: 'Parameter OtherArn' }
    const [, k2] = toFlowNodes(renamed, analyse(renamed), {}, {}, NO_SELECTION)
    expect(k2!.data).toMatchObject({ external: 'Parameter OtherArn' })
  })
})
