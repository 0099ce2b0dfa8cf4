import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import type { Diagram } from '../../../../src/shared/diagram/types'
import { exportTemplate } from '../../../../src/shared/interchange/cloudformation/exportTemplate'
import { importSource } from '../../../../src/shared/interchange/import/importSource'
import { randomDiagram } from './randomDiagrams'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const GALLERY = join(__dirname, '../../../../resources/templates')

/**
 * What a round trip must keep: every service, and every connection by the services at its ends.
 * Two arrows between the same two nodes come back as one (the importer draws one per pair).
 */
function shape(d: Diagram): { services: string[]; edges: string[] } {
  const service = new Map(d.nodes.map((n) => [n.id, n.service]))
  const pairs = new Map<string, string>()
  for (const e of d.edges)
    pairs.set(
      `${e.source}\u0000${e.target}`,
      `${service.get(e.source) ?? '?'} → ${service.get(e.target) ?? '?'}`
    )
  return { services: d.nodes.map((n) => n.service).sort(), edges: [...pairs.values()].sort() }
}

function roundTrip(d: Diagram): Diagram {
  const exported = exportTemplate(d)
  const imported = importSource(
    new TextEncoder().encode(exported.text),
    'exported.template.yaml',
    (b) => utf8.decode(b)
  )
  if (!imported.ok) throw new Error(imported.message)
  return imported.diagram
}

const gallery = readdirSync(GALLERY).filter((f) => f.endsWith('.pipewright.json'))

describe('CloudFormation round trip: export, then import', () => {
  it.each(gallery)('gives back the services and edges of %s', (file) => {
    const loaded = loadDiagram(readFileSync(join(GALLERY, file), 'utf8'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const back = roundTrip(loaded.diagram)
    expect(shape(back)).toEqual(shape(loaded.diagram))
    // External resources stay external (the importer may also mark the account's default bus so).
    const externals = (d: Diagram) => d.nodes.filter((n) => n.external).map((n) => n.label)
    expect(externals(back)).toEqual(expect.arrayContaining(externals(loaded.diagram)))
  })

  // Found by the random round trip below: a function drawn reading the table (its stream,
  // implicitly) beside a stream node of the table's own came back reading the stream node too.
  it('gives back a function that reads a table beside the table’s stream node', () => {
    const loaded = loadDiagram(
      JSON.stringify({
        format: 'pipewright/diagram',
        version: 5,
        name: 'Table, stream and reader',
        nodes: [
          { id: 'n0', service: 'dynamodb', position: { x: 0, y: 0 } },
          { id: 'n1', service: 'lambda', position: { x: 200, y: 0 } },
          { id: 'n2', service: 'dynamodb-streams', position: { x: 400, y: 0 } }
        ],
        edges: [
          { id: 'e0', source: 'n0', target: 'n1' },
          { id: 'e1', source: 'n0', target: 'n2' }
        ]
      })
    )
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(shape(roundTrip(loaded.diagram))).toEqual(shape(loaded.diagram))
  })

  // External nodes come back as the parameters the template takes, whose service the importer
  // reads from the property that uses them: that mapping is tested on its own (importStreams).
  it('gives back the services and edges of random documented diagrams', () => {
    const ownResources = randomDiagram.map((d) => ({
      ...d,
      nodes: d.nodes.map(({ external: _external, ...n }) => n)
    }))
    fc.assert(
      fc.property(ownResources, (d) => {
        const loaded = loadDiagram(JSON.stringify(d))
        if (!loaded.ok) throw new Error(loaded.error.message)
        expect(shape(roundTrip(loaded.diagram))).toEqual(shape(loaded.diagram))
      }),
      { numRuns: 150 }
    )
  }, 120_000)
})
