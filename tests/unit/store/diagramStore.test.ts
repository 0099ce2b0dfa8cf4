import { beforeEach, describe, expect, it } from 'vitest'
import { emptyDiagram, type Diagram } from '../../../src/shared/diagram/types'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { isUnsaved, redo, undo, useEditor } from '../../../src/renderer/src/store/diagramStore'
import { diagram, edge, node, pipeline } from '../helpers'

const state = () => useEditor.getState()
const pastSteps = () => useEditor.temporal.getState().pastStates.length

function open(d: Diagram): void {
  state().replaceDiagram(d, '/tmp/open.pipewright.json')
}

beforeEach(() => {
  open(emptyDiagram())
  state().setNotice(null)
})

describe('the editor store', () => {
  it('adds a card, selects it, and the change is unsaved until undone', () => {
    const id = state().addNode('s3', { x: 10, y: 20 })
    expect(state().diagram.nodes).toEqual([{ id, service: 's3', position: { x: 10, y: 20 } }])
    expect([...state().selection.nodeIds]).toEqual([id])
    expect(isUnsaved(state())).toBe(true)
    undo()
    expect(state().diagram.nodes).toEqual([])
    expect(isUnsaved(state())).toBe(false)
    redo()
    expect(state().diagram.nodes).toHaveLength(1)
    expect(isUnsaved(state())).toBe(true)
  })

  it('connects once; a second edge the same way is no edit and no undo step', () => {
    open(diagram([node('a', 's3'), node('b', 'athena')]))
    const id = state().connect('a', 'b')
    expect(state().diagram.edges).toEqual([{ id, source: 'a', target: 'b' }])
    const steps = pastSteps()
    expect(state().connect('a', 'b')).toBeUndefined()
    expect(pastSteps()).toBe(steps)
  })

  it('previews a drag without editing, then commits it as one undo step', () => {
    open(diagram([node('a', 's3'), node('b', 'athena', { x: 300 })]))
    const before = state().diagram
    state().dragNodes({ a: { x: 5, y: 5 } })
    state().dragNodes({ a: { x: 50, y: 60 } })
    expect(state().diagram).toBe(before)
    expect(state().dragPositions).toEqual({ a: { x: 50, y: 60 } })
    state().commitDrag({ a: { x: 50, y: 60 } })
    expect(state().dragPositions).toEqual({})
    expect(state().diagram.nodes[0]!.position).toEqual({ x: 50, y: 60 })
    expect(state().diagram.nodes[1]).toBe(before.nodes[1])
    undo()
    expect(state().diagram).toBe(before)
  })

  it('keeps an edit made while the file was being written unsaved', () => {
    state().addNode('s3', { x: 0, y: 0 })
    const written = state().diagram
    state().addNode('lambda', { x: 300, y: 0 })
    state().markSaved('/tmp/orders.pipewright.json', written)
    expect(state().filePath).toBe('/tmp/orders.pipewright.json')
    expect(isUnsaved(state())).toBe(true)
    undo()
    expect(state().diagram).toBe(written)
    expect(isUnsaved(state())).toBe(false)
  })

  it('reads as saved after saving, and again when undo comes back to the saved version', () => {
    state().setName('Orders')
    state().markSaved('/tmp/orders.pipewright.json')
    expect(isUnsaved(state())).toBe(false)
    state().addNode('s3', { x: 0, y: 0 })
    expect(isUnsaved(state())).toBe(true)
    undo()
    expect(state().diagram.name).toBe('Orders')
    expect(isUnsaved(state())).toBe(false)
  })

  it('keeps restored work unsaved', () => {
    state().replaceDiagram(pipeline('s3', 'athena'), undefined, { unsaved: true })
    expect(isUnsaved(state())).toBe(true)
  })

  it('folds quick changes to the same field into one undo step', () => {
    state().setName('O')
    state().setName('Or')
    state().setName('Orders')
    undo()
    expect(state().diagram.name).toBe('Untitled pipeline')
  })

  it('pastes a fragment with new ids, selected; deleting the selection takes it away', () => {
    open(pipeline('s3', 'athena'))
    const fragment = { nodes: state().diagram.nodes, edges: state().diagram.edges }
    state().pasteFragment(fragment, { x: 40, y: 40 })
    const d = state().diagram
    expect(d.nodes).toHaveLength(4)
    expect(d.edges).toHaveLength(2)
    const pasted = [...state().selection.nodeIds]
    expect(pasted).toHaveLength(2)
    expect(pasted).not.toContain('s3')
    state().deleteSelection()
    expect(state().diagram.nodes.map((n) => n.id)).toEqual(['s3', 'athena'])
    expect(state().diagram.edges.map((e) => e.id)).toEqual(['s3:athena'])
  })

  it('duplicates the selection', () => {
    open(pipeline('s3', 'athena'))
    state().select(['s3', 'athena'], [])
    state().duplicateSelection()
    expect(state().diagram.nodes).toHaveLength(4)
    expect(state().selection.nodeIds.size).toBe(2)
  })

  it('applies a fix, selecting what it added; a stale fix says so and changes nothing', () => {
    open(pipeline('kinesis-data-streams', 'kcl-app'))
    const fix = validateDiagram(state().diagram).problems.find(
      (p) => p.code === 'kcl-lease-table'
    )?.fix
    expect(fix).toBeDefined()
    state().applyFix(fix!)
    expect(state().diagram.nodes).toHaveLength(3)
    expect(state().selection.nodeIds.size).toBe(1)
    expect(state().notice).toEqual({ kind: 'info', text: fix!.description })
    const after = state().diagram
    state().applyFix({
      ...fix!,
      kind: 'add-connected',
      nodeId: 'gone',
      service: 'dynamodb',
      direction: 'out'
    })
    expect(state().diagram).toBe(after)
    expect(state().notice?.kind).toBe('error')
  })

  it('hands out frozen diagrams in tests, so a change in place throws', () => {
    open(diagram([node('a', 's3')], [edge('a', 'a')]))
    const d = state().diagram as unknown as {
      name: string
      nodes: Array<{ position: { x: number } }>
    }
    expect(() => {
      d.nodes[0]!.position.x = 5
    }).toThrow(TypeError)
    expect(() => d.nodes.push({ position: { x: 0 } })).toThrow(TypeError)
    expect(() => {
      d.name = 'changed'
    }).toThrow(TypeError)
    state().addNode('lambda', { x: 0, y: 0 })
    expect(Object.isFrozen(state().diagram.nodes.at(-1)!.position)).toBe(true)
  })
})
