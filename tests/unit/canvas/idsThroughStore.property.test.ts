import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { useEditor } from '../../../src/renderer/src/store/diagramStore'
import { SERVICE_IDS } from '../../../src/shared/catalog/services'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
// Imported after the code under test, which adds globals of its own while loading.
import { assertNoPoisoning } from '@fast-check/poisoning'

/**
 * Issue 13, part 3: ids such as `__proto__`, `constructor` or `toString` once loaded, then lost
 * their positions on the canvas and made the next save fail. Generated ids, those names among
 * them, go through what a user does: open → the canvas store → drag → save → open again.
 */

// Every name a plain object already answers to, and some that only look dangerous.
const OBJECT_NAMES = ['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]
const HARMLESS_LOOKALIKES = [
  'prototype',
  'length',
  'name',
  'then',
  'constructor_',
  '__proto',
  'Object',
  'toJSON',
  'key',
  '0',
  '-1',
  '1e3'
]
const RESERVED = new Set(OBJECT_NAMES)

const idArb = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...OBJECT_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...HARMLESS_LOOKALIKES) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/) }
)

const DELTA = { x: 37, y: -19 }

const documentArb = fc
  .record({
    ids: fc.uniqueArray(idArb, { minLength: 2, maxLength: 12 }),
    services: fc.array(fc.constantFrom(...SERVICE_IDS), { minLength: 12, maxLength: 12 }),
    nodeCount: fc.integer({ min: 1, max: 6 }),
    groupCount: fc.integer({ min: 0, max: 2 }),
    noteCount: fc.integer({ min: 0, max: 2 })
  })
  .map(({ ids, services, nodeCount, groupCount, noteCount }) => {
    const take = (n: number) => ids.splice(0, Math.min(n, ids.length))
    const nodeIds = take(nodeCount)
    const groupIds = take(groupCount)
    const noteIds = take(noteCount)
    const nodes = nodeIds.map((id, i) => ({
      id,
      service: services[i]!,
      position: { x: 400 * i, y: 1200 }
    }))
    // What is left names the edges, each from one node to the next.
    const edges = ids
      .slice(0, Math.max(0, nodeIds.length - 1))
      .map((id, i) => ({ id, source: nodeIds[i]!, target: nodeIds[i + 1]! }))
    const groups = groupIds.map((id, i) => ({
      id,
      kind: 'custom',
      label: `frame ${i}`,
      position: { x: 600 * i, y: -2000 },
      size: { width: 300, height: 200 }
    }))
    const notes = noteIds.map((id, i) => ({
      id,
      text: `note ${i}`,
      position: { x: 500 * i, y: -800 }
    }))
    return {
      format: 'pipewright/diagram',
      version: 5,
      name: 'ids',
      nodes,
      edges,
      ...(groups.length ? { groups } : {}),
      ...(notes.length ? { notes } : {})
    }
  })

describe('any id through load → canvas store → drag → save → reopen', () => {
  it('refuses an id every object already has, naming it; every other id survives with its moves', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = JSON.stringify(doc)
        const all = [...doc.nodes, ...doc.edges, ...(doc.groups ?? []), ...(doc.notes ?? [])].map(
          (item) => item.id
        )
        const reserved = all.filter((id) => RESERVED.has(id))
        const loaded = loadDiagram(text)
        if (reserved.length > 0) {
          expect(loaded.ok).toBe(false)
          if (!loaded.ok) {
            expect(loaded.error.code).toBe('reserved-id')
            expect(reserved).toContain(/The id "([^"]+)"/.exec(loaded.error.message)![1])
          }
          return
        }
        expect(loaded.ok, loaded.ok ? '' : loaded.error.message).toBe(true)
        if (!loaded.ok) return

        const store = useEditor.getState()
        store.replaceDiagram(loaded.diagram)
        const moved = Object.fromEntries(
          loaded.diagram.nodes.map((n) => [
            n.id,
            { x: n.position.x + DELTA.x, y: n.position.y + DELTA.y }
          ])
        )
        useEditor
          .getState()
          .setMeasured(
            Object.fromEntries(loaded.diagram.nodes.map((n) => [n.id, { width: 180, height: 64 }]))
          )
        useEditor.getState().select(Object.keys(moved), [])
        // A drag shows live positions, then commits them.
        useEditor.getState().dragNodes(moved)
        expect(Object.keys(useEditor.getState().dragPositions).sort()).toEqual(
          Object.keys(moved).sort()
        )
        useEditor.getState().commitDrag(moved)
        expect(Object.keys(useEditor.getState().dragPositions)).toEqual([])
        expect([...useEditor.getState().selection.nodeIds].sort()).toEqual(
          Object.keys(moved).sort()
        )

        const reopened = loadDiagram(serializeDiagram(useEditor.getState().diagram))
        expect(reopened.ok, reopened.ok ? '' : reopened.error.message).toBe(true)
        if (!reopened.ok) return
        const d = reopened.diagram
        expect(d.nodes.map((n) => [n.id, n.position])).toEqual(
          loaded.diagram.nodes.map((n) => [n.id, moved[n.id]])
        )
        expect(d.edges.map((e) => [e.id, e.source, e.target])).toEqual(
          loaded.diagram.edges.map((e) => [e.id, e.source, e.target])
        )
        expect((d.groups ?? []).map((g) => g.id)).toEqual(
          (loaded.diagram.groups ?? []).map((g) => g.id)
        )
        expect((d.notes ?? []).map((n) => n.id)).toEqual(
          (loaded.diagram.notes ?? []).map((n) => n.id)
        )
      }),
      { numRuns: 600 }
    )
    assertNoPoisoning({
      ignoredRootRegex: /^(__vitest_\w+|AbortController|TextEncoder|TextDecoder)$/
    })
  })
})
