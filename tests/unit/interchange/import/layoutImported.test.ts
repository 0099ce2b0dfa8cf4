import { describe, expect, it } from 'vitest'
import { layoutImported } from '../../../../src/shared/interchange/import/layoutImported'
import type { ImportResult } from '../../../../src/shared/interchange/import/importReport'
import { runElk } from '../../../../src/shared/layout/runElk'
import { diagram as diagramOf } from '../../helpers'

function imported(kind: 'cloudformation' | 'drawio'): ImportResult {
  // Every node on one spot, as an importer without positions leaves them.
  const diagram = diagramOf(
    [
      { id: 'Stream', service: 'kinesis-data-streams', position: { x: 0, y: 0 } },
      { id: 'Delivery', service: 'kinesis-firehose', position: { x: 0, y: 0 } },
      { id: 'Lake', service: 's3', position: { x: 0, y: 0 } }
    ],
    [
      { id: 'e1', source: 'Stream', target: 'Delivery' },
      { id: 'e2', source: 'Delivery', target: 'Lake' }
    ]
  )
  return {
    diagram,
    report: { kind, fileName: 'x', entries: [], suggestions: [], remarks: [] }
  }
}

describe('layoutImported', () => {
  it('lays a template out left to right in data-flow order', async () => {
    const laid = await layoutImported(imported('cloudformation'), runElk)
    const x = (id: string) => laid.nodes.find((n) => n.id === id)!.position.x
    expect(x('Stream')).toBeLessThan(x('Delivery'))
    expect(x('Delivery')).toBeLessThan(x('Lake'))
  })

  it('keeps the positions a draw.io author gave', async () => {
    const result = imported('drawio')
    expect(await layoutImported(result, runElk)).toBe(result.diagram)
  })
})
