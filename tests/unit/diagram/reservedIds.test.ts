import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'

const RESERVED = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__'
]

function doc(ids: { node?: string; edge?: string; group?: string; note?: string }) {
  return {
    format: 'pipewright/diagram',
    version: 5,
    name: 'ids',
    nodes: [
      { id: ids.node ?? 'a', service: 'producer-app', position: { x: 0, y: 0 } },
      { id: 'b', service: 'kinesis-data-streams', position: { x: 200, y: 0 } }
    ],
    edges: [{ id: ids.edge ?? 'e', source: ids.node ?? 'a', target: 'b' }],
    groups: [
      {
        id: ids.group ?? 'g',
        kind: 'region',
        label: 'G',
        position: { x: 0, y: 0 },
        size: { width: 400, height: 200 }
      }
    ],
    notes: [{ id: ids.note ?? 'n', text: 'note', position: { x: 0, y: 300 } }]
  }
}

describe('ids that every JavaScript object already has (issue 13, part 3)', () => {
  it.each(RESERVED)('refuses "%s" as a node, edge, group or note id, naming the place', (id) => {
    for (const [kind, path] of [
      ['node', 'nodes[0].id'],
      ['edge', 'edges[0].id'],
      ['group', 'groups[0].id'],
      ['note', 'notes[0].id']
    ] as const) {
      // JSON.stringify writes "__proto__" as an ordinary key; the loader sees the text as a file has it.
      const r = loadDiagram(JSON.stringify(doc({ [kind]: id })))
      expect(r.ok, `${kind} ${id}`).toBe(false)
      if (!r.ok) expect(r.error, `${kind} ${id}`).toMatchObject({ code: 'reserved-id', path })
    }
  })

  it('loads, saves and reopens any other id unchanged', () => {
    const id = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constantFrom('proto', '__proto', 'Constructor', 'toString2', 'a.b', '0')
    )
    fc.assert(
      fc.property(id, id, (node, edge) => {
        fc.pre(
          node !== 'b' &&
            node !== edge &&
            edge !== 'b' &&
            ![node, edge].some((x) => RESERVED.includes(x) || x in Object.prototype)
        )
        fc.pre(node !== 'g' && node !== 'n' && edge !== 'g' && edge !== 'n')
        const first = loadDiagram(JSON.stringify(doc({ node, edge })))
        if (!first.ok) return // other rules (lengths, characters) may refuse an id; never silently
        const again = loadDiagram(serializeDiagram(first.diagram))
        expect(again.ok).toBe(true)
        if (again.ok) {
          expect(again.diagram.nodes[0]!.id).toBe(node)
          expect(again.diagram.edges[0]!.id).toBe(edge)
        }
      }),
      { numRuns: 200 }
    )
  })
})
