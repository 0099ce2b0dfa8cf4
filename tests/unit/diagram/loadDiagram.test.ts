import { afterEach, describe, expect, it } from 'vitest'
import {
  closestServiceId,
  formatPath,
  loadDiagram,
  loadDiagramValue,
  type LoadResult,
  utf8ByteLength
} from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import { fileText } from '../helpers'

function error(result: LoadResult) {
  if (result.ok) throw new Error('expected the loader to refuse this input')
  return result.error
}

const validNode = { id: 'lake', service: 's3', position: { x: 0, y: 0 } }

/** The text of a valid file with one node whose config is `config` (written raw, so keys stay as typed). */
function withNodeConfig(configJson: string): string {
  return `{"format":"pipewright/diagram","version":1,"name":"x","nodes":[{"id":"lake","service":"s3","position":{"x":0,"y":0},"config":${configJson}}],"edges":[]}`
}

describe('loadDiagram', () => {
  afterEach(() => {
    // Nothing a file says may reach Object.prototype.
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('loads a valid file', () => {
    const result = loadDiagram(fileText())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.diagram.nodes.map((n) => n.service)).toEqual(['s3', 'athena'])
    expect(result.diagram.edges).toEqual([{ id: 'e1', source: 'src', target: 'dst' }])
  })

  describe('JSON syntax', () => {
    it('names the line and column of a missing comma', () => {
      const text = '{\n  "format": "pipewright/diagram",\n  "version": 1\n  "name": "x"\n}'
      //                                                              line 4, column 3 ↑
      const e = error(loadDiagram(text))
      expect(e.code).toBe('invalid-json')
      expect(e.line).toBe(4)
      expect(e.column).toBe(3)
      expect(e.message).toMatch(/^Not valid JSON at line 4, column 3: /)
      expect(e.message).not.toMatch(/position \d+/)
    })

    // V8 reports "Unexpected token" without a position, only with context around the token; the
    // loader must still find the place, not fall back to the end of the file.
    it.each<[string, string, number, number]>([
      ['in a short file', '{"a": tru}', 1, 10],
      ['near the start', '{"a": x, "format": "pipewright/diagram", "version": 1 }', 1, 7],
      [
        'mid-file',
        '{\n  "format": "pipewright/diagram",\n  "version": x,\n  "name": "n",\n  "nodes": []\n}',
        3,
        14
      ],
      [
        'near the end',
        '{\n  "format": "pipewright/diagram",\n  "version": 1,\n  "name": x\n}',
        4,
        11
      ],
      [
        'at a single-quoted value',
        '{\n  "format": \'pipewright/diagram\',\n  "version": 1,\n  "name": "n"\n}',
        2,
        13
      ]
    ])('finds an unexpected token %s', (_what, text, line, column) => {
      const e = error(loadDiagram(text))
      expect(e.code).toBe('invalid-json')
      expect([e.line, e.column]).toEqual([line, column])
      expect(e.message).toContain(`line ${line}, column ${column}`)
      expect(e.message).not.toContain('is not valid JSON')
      expect(e.message).not.toContain('\n')
    })

    it('points at the end of a truncated file', () => {
      const text = '{\n  "nodes": [\n'
      const e = error(loadDiagram(text))
      expect(e.code).toBe('invalid-json')
      expect(e.line).toBe(3)
    })

    it('finds a missing comma, which V8 reports with a position', () => {
      const e = error(loadDiagram('{\n  "a": [1, 2, 3],\n  "b": [1, 2 3]\n}'))
      expect([e.line, e.column]).toEqual([3, 14])
    })

    it('finds a comment', () => {
      const e = error(
        loadDiagram('{\n  "format": "pipewright/diagram",\n  // the version\n  "version": 1\n}')
      )
      expect([e.line, e.column]).toEqual([3, 3])
    })

    it('refuses an empty file', () => {
      expect(error(loadDiagram('')).code).toBe('invalid-json')
    })
  })

  describe('shape', () => {
    it.each(['null', '[]', '42', '"diagram"', 'true'])('refuses %s as not a diagram', (text) => {
      expect(error(loadDiagram(text)).code).toBe('not-a-diagram')
    })

    it('refuses a JSON object of another format', () => {
      const e = error(loadDiagram(fileText({ format: 'drawio' })))
      expect(e.code).toBe('not-a-diagram')
      expect(e.message).toContain('pipewright/diagram')
    })

    it.each([0, -1, 1.5, '1', null])('refuses version %j', (version) => {
      expect(error(loadDiagram(fileText({ version }))).code).toBe('bad-version')
    })

    it('says a newer Pipewright made the file, before looking at fields it does not know', () => {
      const e = error(loadDiagram(fileText({ version: 99, groups: [] })))
      expect(e.code).toBe('newer-version')
      expect(e.message).toContain('made by a newer Pipewright (version 99)')
      expect(e.message).toMatch(/reads up to version 5\b/)
    })
  })

  describe('schema', () => {
    it('names the path of a wrong type', () => {
      const e = error(
        loadDiagram(fileText({ nodes: [{ ...validNode, position: { x: '10', y: 0 } }] }))
      )
      expect(e.code).toBe('schema')
      expect(e.path).toBe('nodes[0].position.x')
      expect(e.message).toContain('nodes[0].position.x')
    })

    it('names the path of a missing field', () => {
      const e = error(
        loadDiagram(fileText({ edges: [{ id: 'e1', source: 'lake' }], nodes: [validNode] }))
      )
      expect(e.path).toBe('edges[0].target')
    })

    it('says how many more problems there are', () => {
      const e = error(
        loadDiagram(fileText({ nodes: [{ ...validNode, position: { x: 'a', y: 'b' } }] }))
      )
      expect(e.message).toMatch(/and 1 more problem\b/)
    })

    it('names an unknown top-level field', () => {
      const e = error(loadDiagram(fileText({ extraStuff: true })))
      expect(e.code).toBe('schema')
      expect(e.message).toContain('extraStuff')
    })

    it('names an unknown node field', () => {
      const e = error(
        loadDiagram(fileText({ nodes: [{ ...validNode, colour: 'red' }], edges: [] }))
      )
      expect(e.message).toContain('colour')
      expect(e.path).toBe('nodes[0]')
    })

    it.each([1e300, -1e300, Infinity])('refuses an absurd coordinate (%d)', (x) => {
      const text = fileText({
        nodes: [{ ...validNode, position: { x: 0, y: 0 } }],
        edges: []
      }).replace('"x": 0', `"x": ${x === Infinity ? '1e400' : String(x)}`)
      const e = error(loadDiagram(text))
      expect(e.code).toBe('schema')
      expect(e.path).toBe('nodes[0].position.x')
    })

    it('refuses an absurd number in a config', () => {
      const e = error(loadDiagram(withNodeConfig('{"shards": 1e300}')))
      expect(e.code).toBe('schema')
      expect(e.path).toMatch(/^nodes\[0\]\.config/)
    })

    it('accepts coordinates up to the limit and negative ones', () => {
      expect(
        loadDiagram(
          fileText({ nodes: [{ ...validNode, position: { x: -5000.5, y: 9_999_999 } }], edges: [] })
        ).ok
      ).toBe(true)
    })

    it('refuses an overlong label and accepts a long one', () => {
      const long = (n: number) =>
        fileText({ nodes: [{ ...validNode, label: 'x'.repeat(n) }], edges: [] })
      expect(loadDiagram(long(200)).ok).toBe(true)
      const e = error(loadDiagram(long(201)))
      expect(e.path).toBe('nodes[0].label')
      expect(e.message).toMatch(/200/)
    })

    it('refuses an id with characters that could break a selector or a path', () => {
      const e = error(loadDiagram(fileText({ nodes: [{ ...validNode, id: '../x' }], edges: [] })))
      expect(e.path).toBe('nodes[0].id')
    })
  })

  describe('references', () => {
    it('names an unknown service and suggests the closest id', () => {
      const e = error(
        loadDiagram(fileText({ nodes: [{ ...validNode, service: 'kinesis-firehos' }], edges: [] }))
      )
      expect(e.code).toBe('unknown-service')
      expect(e.path).toBe('nodes[0].service')
      expect(e.message).toContain('"kinesis-firehos"')
      expect(e.message).toContain('Did you mean "kinesis-firehose"?')
    })

    it('makes no suggestion when nothing is close', () => {
      const e = error(
        loadDiagram(fileText({ nodes: [{ ...validNode, service: 'quantum-annealer' }], edges: [] }))
      )
      expect(e.code).toBe('unknown-service')
      expect(e.message).not.toContain('Did you mean')
    })

    it('names a duplicate node id and where it was first used', () => {
      const e = error(
        loadDiagram(
          fileText({ nodes: [validNode, { ...validNode, service: 'athena' }], edges: [] })
        )
      )
      expect(e.code).toBe('duplicate-id')
      expect(e.path).toBe('nodes[1].id')
      expect(e.message).toContain('"lake"')
      expect(e.message).toContain('nodes[0]')
    })

    it('treats an edge reusing a node id as a duplicate', () => {
      const e = error(
        loadDiagram(
          fileText({ nodes: [validNode], edges: [{ id: 'lake', source: 'lake', target: 'lake' }] })
        )
      )
      expect(e.code).toBe('duplicate-id')
      expect(e.path).toBe('edges[0].id')
    })

    it('names a dangling edge end', () => {
      const e = error(
        loadDiagram(
          fileText({
            nodes: [validNode],
            edges: [{ id: 'e1', source: 'lake', target: 'warehouse' }]
          })
        )
      )
      expect(e.code).toBe('dangling-edge')
      expect(e.path).toBe('edges[0].target')
      expect(e.message).toContain('"warehouse"')
      expect(e.message).toContain('"e1"')
    })
  })

  describe('hostile input', () => {
    it.each(['__proto__', 'constructor', 'prototype'])(
      'refuses a "%s" key in a node config',
      (key) => {
        const e = error(loadDiagram(withNodeConfig(`{"${key}": {"polluted": true}}`)))
        expect(e.code).toBe('forbidden-key')
        expect(e.path).toBe(`nodes[0].config.${key}`)
        expect(e.message).toContain(`"${key}"`)
      }
    )

    it('refuses "constructor" with a prototype inside (the secure-json-parse path)', () => {
      const e = error(
        loadDiagram(withNodeConfig('{"constructor": {"prototype": {"polluted": true}}}'))
      )
      expect(e.code).toBe('forbidden-key')
      expect(e.path).toBe('nodes[0].config.constructor')
    })

    it('refuses a __proto__ key spelt with unicode escapes', () => {
      const e = error(loadDiagram(withNodeConfig('{"\\u005f_proto__": {"polluted": true}}')))
      expect(e.code).toBe('forbidden-key')
    })

    it('refuses a top-level __proto__', () => {
      const text = fileText().replace('{', '{"__proto__": {"polluted": true},')
      expect(error(loadDiagram(text)).code).toBe('forbidden-key')
    })

    it('refuses forbidden keys given as a value, too', () => {
      const value = JSON.parse(withNodeConfig('{"__proto__": {"polluted": true}}')) as unknown
      expect(error(loadDiagramValue(value)).code).toBe('forbidden-key')
    })

    it('refuses config nested 100 deep without overflowing the stack', () => {
      const deep = '{"a":'.repeat(100) + '1' + '}'.repeat(100)
      const e = error(loadDiagram(withNodeConfig(deep)))
      expect(e.code).toBe('too-deep')
      expect(e.path).toMatch(/^nodes\[0\]\.config\.a\.a/)
    })

    it('refuses arrays nested 100,000 deep without overflowing the stack', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000)
      expect(error(loadDiagram(withNodeConfig(`{"a": ${deep}}`))).code).toBe('too-deep')
    })

    it('accepts ordinary nested config', () => {
      expect(
        loadDiagram(
          withNodeConfig('{"tags": {"team": "data", "cost": {"centre": 42}}, "list": [1, [2]]}')
        ).ok
      ).toBe(true)
    })

    it('refuses oversized input before parsing it', () => {
      const text = fileText().replace('{', `{${' '.repeat(10 * 1024 * 1024)}`)
      const e = error(loadDiagram(text))
      expect(e.code).toBe('too-large')
      expect(e.message).toMatch(/10 MB/)
    })

    it('measures the limit in UTF-8 bytes, not characters', () => {
      // 4 million "é" are 4 million characters but 8 MB of UTF-8; 6 million are 12 MB.
      const label = (n: number) => fileText().replace('{', `{"padding": "${'é'.repeat(n)}",`)
      expect(error(loadDiagram(label(6_000_000))).code).toBe('too-large')
      expect(error(loadDiagram(label(4_000_000))).code).not.toBe('too-large')
      expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4)
    })

    it('never throws, whatever it is given', () => {
      for (const text of [
        '{',
        '}',
        '\u0000',
        '{"format":"pipewright/diagram","version":1e400}',
        '[[[[',
        '"\\ud800"'
      ]) {
        expect(() => loadDiagram(text)).not.toThrow()
      }
      for (const value of [
        undefined,
        null,
        1,
        Symbol('x'),
        () => 1,
        new Date(),
        Object.create(null)
      ]) {
        expect(() => loadDiagramValue(value)).not.toThrow()
      }
    })

    it('does not change the value it is given', () => {
      const value = JSON.parse(fileText()) as Record<string, unknown>
      const copy = structuredClone(value)
      loadDiagramValue(value)
      expect(value).toEqual(copy)
    })
  })
})

describe('closestServiceId', () => {
  it.each([
    ['kinesis-firehos', 'kinesis-firehose'],
    ['S3', 's3'],
    ['dynamo-db', 'dynamodb'],
    ['lamda', 'lambda'],
    ['kinesis-data-stream', 'kinesis-data-streams']
  ])('suggests %s → %s', (typo, id) => {
    expect(closestServiceId(typo)).toBe(id)
  })

  it('suggests nothing for an unrelated word', () => {
    expect(closestServiceId('mainframe-tape-library')).toBeUndefined()
  })
})

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['nodes', 3, 'position', 'x'])).toBe('nodes[3].position.x')
    expect(formatPath([])).toBe('(document)')
  })
})

describe('loadDiagram messages quote the file sparingly', () => {
  it('cuts a huge unknown key and a very deep path short', async () => {
    const { loadDiagram: load } = await import('../../../src/shared/diagram/loadDiagram')
    const hugeKey = 'k'.repeat(100_000)
    const unknown = load(
      `{"format":"pipewright/diagram","version":2,"name":"x","nodes":[],"edges":[],"${hugeKey}":1}`
    )
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.error.message.length).toBeLessThan(600)
    const deepKey = 'd'.repeat(5000)
    let nested = '1'
    for (let i = 0; i < 40; i++) nested = `{"${deepKey}":${nested}}`
    const deep = load(
      `{"format":"pipewright/diagram","version":2,"name":"x","nodes":[],"edges":[],"extra":${nested}}`
    )
    expect(deep.ok).toBe(false)
    if (!deep.ok) {
      expect(deep.error.code).toBe('too-deep')
      expect(deep.error.message.length).toBeLessThan(600)
    }
  })
})

describe('groups and notes in files (format 3)', () => {
  const base = (extra: object) =>
    JSON.stringify({
      format: 'pipewright/diagram',
      version: 3,
      name: 'g',
      nodes: [{ id: 'fn', service: 'lambda', position: { x: 10, y: 10 }, parentId: 'vpc' }],
      edges: [],
      ...extra
    })
  const vpc = {
    id: 'vpc',
    kind: 'vpc',
    label: 'VPC',
    position: { x: 0, y: 0 },
    size: { width: 400, height: 300 }
  }

  it('loads groups, notes and parent links, and re-saves them', async () => {
    const { loadDiagram: load } = await import('../../../src/shared/diagram/loadDiagram')
    const { serializeDiagram } = await import('../../../src/shared/diagram/saveDiagram')
    const r = load(
      base({ groups: [vpc], notes: [{ id: 'n', text: '<i>hi</i>', position: { x: 500, y: 0 } }] })
    )
    if (!r.ok) throw new Error(r.error.message)
    expect(r.diagram.groups).toHaveLength(1)
    expect(r.diagram.nodes[0]!.parentId).toBe('vpc')
    expect(load(serializeDiagram(r.diagram))).toEqual(r)
  })

  it('refuses a parent that is not a group, an unknown group kind, a group inside itself and a shared id', async () => {
    const { loadDiagram: load } = await import('../../../src/shared/diagram/loadDiagram')
    const dangling = load(base({}))
    expect(dangling.ok || dangling.error.code).toBe('dangling-parent')
    const kind = load(base({ groups: [{ ...vpc, kind: 'subnet' }] }))
    expect(kind.ok || kind.error.path).toBe('groups[0].kind')
    const loop = load(
      base({
        groups: [
          { ...vpc, parentId: 'az' },
          { ...vpc, id: 'az', kind: 'availability-zone', parentId: 'vpc' }
        ]
      })
    )
    expect(loop.ok || loop.error.code).toBe('group-cycle')
    const shared = load(
      base({ groups: [vpc], notes: [{ id: 'vpc', text: '', position: { x: 0, y: 0 } }] })
    )
    expect(shared.ok || shared.error.code).toBe('duplicate-id')
  })
})

describe('external resources in files (format 4)', () => {
  const msk = {
    id: 'cluster',
    service: 'msk',
    position: { x: 0, y: 0 },
    label: 'MSKClusterArn',
    external: { reference: 'Parameter MSKClusterArn' }
  }

  it('loads a node marked external and re-saves the mark', () => {
    const r = loadDiagram(fileText({ nodes: [msk], edges: [] }))
    if (!r.ok) throw new Error(r.error.message)
    expect(r.diagram.nodes[0]!.external).toEqual({ reference: 'Parameter MSKClusterArn' })
    expect(serializeDiagram(r.diagram)).toContain('"external": {\n        "reference"')
    expect(loadDiagram(serializeDiagram(r.diagram))).toEqual(r)
  })

  it('refuses an external mark without a reference, or with fields it does not know', () => {
    const empty = loadDiagram(
      fileText({ nodes: [{ ...msk, external: { reference: '' } }], edges: [] })
    )
    expect(empty.ok || empty.error.path).toBe('nodes[0].external.reference')
    const extra = loadDiagram(
      fileText({ nodes: [{ ...msk, external: { reference: 'x', arn: 'y' } }], edges: [] })
    )
    expect(extra.ok || extra.error.code).toBe('schema')
  })

  it('migrates a version 3 file to the current version with its content unchanged', () => {
    const v3 = loadDiagram(fileText({ version: 3, nodes: [validNode], edges: [] }))
    if (!v3.ok) throw new Error(v3.error.message)
    expect(v3.diagram.version).toBe(5)
    expect(v3.diagram.nodes).toEqual([validNode])
  })

  it('migrates a version 4 file to version 5 with its content unchanged, and no ignore list', () => {
    const v4 = loadDiagram(fileText({ version: 4, nodes: [validNode], edges: [] }))
    if (!v4.ok) throw new Error(v4.error.message)
    expect(v4.diagram.version).toBe(5)
    expect(v4.diagram.nodes).toEqual([validNode])
    expect(v4.diagram.ignore).toBeUndefined()
  })

  it('keeps a well-formed ignore list found in a version 4 file rather than dropping it', () => {
    const ignore = [{ code: 'orphan-node', reason: 'filled by another account' }]
    const v4 = loadDiagram(fileText({ version: 4, nodes: [validNode], edges: [], ignore }))
    expect(v4.ok && v4.diagram.ignore).toEqual(ignore)
  })
})
