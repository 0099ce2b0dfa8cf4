import { beforeEach, describe, expect, it } from 'vitest'
import { useEditor } from '../../../src/renderer/src/store/diagramStore'
import { diagram, edge, node } from '../helpers'

const state = () => useEditor.getState()
const pastSteps = () => useEditor.temporal.getState().pastStates.length

beforeEach(() => {
  state().replaceDiagram(
    diagram([node('a', 's3'), node('b', 'athena')], [edge('a', 'b', { id: 'e' })])
  )
  state().setNotice(null)
})

describe("the store's view-only actions", () => {
  it('select, drag previews, sizes, notices and resize previews make no undo step', () => {
    const before = state().diagram
    state().select(['a'], ['e'])
    state().setSelected('node', 'b', true)
    state().selectAll()
    state().dragNodes({ a: { x: 5, y: 5 } })
    state().dropDragPreview(['a'])
    state().setMeasured({ a: { width: 200, height: 60 } })
    state().previewResize('a', { width: 300, height: 200 })
    state().previewResize('a', undefined)
    state().setNotice({ kind: 'info', text: 'hello' })
    expect(state().diagram).toBe(before)
    expect(pastSteps()).toBe(0)
    expect(state().dragPositions).toEqual({})
    expect(state().resizePreview).toEqual({})
    expect(state().measured).toEqual({ a: { width: 200, height: 60 } })
  })

  it('ignores a selection of something the diagram no longer has', () => {
    state().select([], [])
    state().setSelected('node', 'gone', true)
    state().setSelected('edge', 'e', true)
    expect([...state().selection.nodeIds]).toEqual([])
    expect([...state().selection.edgeIds]).toEqual(['e'])
  })

  it('gives the selected nodes as a fragment, or nothing when none is selected', () => {
    expect(state().selectedFragment()).toBeUndefined()
    state().select(['a', 'b'], [])
    expect(
      state()
        .selectedFragment()
        ?.nodes.map((n) => n.id)
    ).toEqual(['a', 'b'])
  })
})
