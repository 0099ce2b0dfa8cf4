import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { diagram, edge, node, readFixture } from '../helpers'

const sample: Diagram = diagram(
  [
    node('lake', 's3', {
      x: 10,
      y: -20.5,
      label: 'Raw events',
      config: { zeta: 1, alpha: { beta: [3, { d: 1, c: 2 }], a: null } }
    }),
    node('athena', 'athena', { x: 300, y: 0 })
  ],
  [edge('lake', 'athena', { id: 'q', config: { b: true, a: 'x' } })],
  'Sample'
)

describe('serializeDiagram', () => {
  it('writes the documented format with 2-space indent, sorted config keys and a final newline', () => {
    const small = diagram(
      [node('a', 's3', { x: 1, y: 2, config: { b: 1, a: { d: true, c: null } } })],
      [edge('a', 'a', { id: 'e', config: { z: 'x', y: [2, 1] } })],
      'N'
    )
    const expected = [
      '{',
      '  "format": "pipewright/diagram",',
      '  "version": 5,',
      '  "name": "N",',
      '  "nodes": [',
      '    {',
      '      "id": "a",',
      '      "service": "s3",',
      '      "position": {',
      '        "x": 1,',
      '        "y": 2',
      '      },',
      '      "config": {',
      '        "a": {',
      '          "c": null,',
      '          "d": true',
      '        },',
      '        "b": 1',
      '      }',
      '    }',
      '  ],',
      '  "edges": [',
      '    {',
      '      "id": "e",',
      '      "source": "a",',
      '      "target": "a",',
      '      "config": {',
      '        "y": [',
      '          2,',
      '          1',
      '        ],',
      '        "z": "x"',
      '      }',
      '    }',
      '  ]',
      '}',
      ''
    ].join('\n')
    expect(serializeDiagram(small)).toBe(expected)
  })

  it('does not depend on the order keys were set in', () => {
    const reordered: Diagram = {
      edges: [{ config: { a: 'x', b: true }, target: 'athena', source: 'lake', id: 'q' }],
      nodes: [
        {
          config: { alpha: { a: null, beta: [3, { c: 2, d: 1 }] }, zeta: 1 },
          label: 'Raw events',
          position: { y: -20.5, x: 10 },
          service: 's3',
          id: 'lake'
        },
        { position: { y: 0, x: 300 }, service: 'athena', id: 'athena' }
      ],
      name: 'Sample',
      version: 5,
      format: 'pipewright/diagram'
    }
    expect(serializeDiagram(reordered)).toBe(serializeDiagram(sample))
  })

  it('keeps array order (arrays are data, not key sets)', () => {
    expect(serializeDiagram(sample)).toMatch(/"beta": \[\s+3,\s+\{\s+"c": 2,\s+"d": 1\s+\}\s+\]/)
  })

  it('leaves out absent labels and empty configs', () => {
    const text = serializeDiagram(diagram([node('a', 's3', { config: {} })], []))
    expect(text).not.toContain('"config"')
    expect(text).not.toContain('"label"')
  })

  it('does not write runtime fields that are not part of the format', () => {
    const withExtras = {
      ...sample,
      nodes: sample.nodes.map((n) => ({ ...n, selected: true, measured: { width: 1 } }))
    }
    const text = serializeDiagram(withExtras)
    expect(text).not.toContain('selected')
    expect(text).not.toContain('measured')
  })

  it('round-trips through loadDiagram', () => {
    const loaded = loadDiagram(serializeDiagram(sample))
    expect(loaded.ok).toBe(true)
    if (loaded.ok) expect(loaded.diagram).toEqual(sample)
  })

  it('re-saves the shared valid fixture byte for byte', () => {
    const text = readFixture('valid-clickstream.pipewright.json')
    const loaded = loadDiagram(text)
    expect(loaded.ok).toBe(true)
    if (loaded.ok) expect(serializeDiagram(loaded.diagram)).toBe(text)
  })
})
