import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDiagram, type LoadErrorCode } from '../../../src/shared/diagram/loadDiagram'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { FIXTURES_DIR, readFixture } from '../helpers'

/** The shared fixtures (also used by the CLI and end-to-end tests) and what each must produce. */
const VALID: Record<string, { error: number; warning: number; codes: string[] }> = {
  'valid-clickstream.pipewright.json': { error: 0, warning: 0, codes: [] },
  'invalid-edge.pipewright.json': { error: 1, warning: 0, codes: ['not-integrated'] },
  'warnings-only.pipewright.json': { error: 0, warning: 1, codes: ['integration-caveat'] },
  'v1-format.pipewright.json': { error: 0, warning: 0, codes: [] },
  'many-errors.pipewright.json': {
    error: 6,
    warning: 0,
    codes: [
      'self-loop',
      'not-integrated',
      'not-integrated',
      'kcl-lease-table',
      'firehose-destinations',
      'kds-efo-consumers'
    ]
  }
}

const REFUSED: Record<string, { code: LoadErrorCode; text: string[]; path?: string }> = {
  'broken-json.json': { code: 'invalid-json', text: ['line 7, column 5'] },
  'unknown-service.json': {
    code: 'unknown-service',
    text: ['"kinesis-firehos"', 'Did you mean "kinesis-firehose"?'],
    path: 'nodes[1].service'
  },
  'dangling-edge.json': { code: 'dangling-edge', text: ['"warehouse"'], path: 'edges[1].target' },
  'duplicate-id.json': { code: 'duplicate-id', text: ['"lake"'], path: 'nodes[1].id' },
  'newer-version.json': {
    code: 'newer-version',
    text: ['made by a newer Pipewright (version 99)'],
    path: 'version'
  },
  'proto-pollution.json': {
    code: 'forbidden-key',
    text: ['"__proto__"'],
    path: 'nodes[0].config.__proto__'
  },
  'schema-error.json': {
    code: 'schema',
    text: ['nodes[0].position.x'],
    path: 'nodes[0].position.x'
  }
}

describe('shared diagram fixtures', () => {
  it('are all accounted for here', () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json'))
    expect(files.sort()).toEqual([...Object.keys(VALID), ...Object.keys(REFUSED)].sort())
  })

  it.each(Object.entries(VALID))('%s loads and validates as expected', (file, expected) => {
    const loaded = loadDiagram(readFixture(file))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const result = validateDiagram(loaded.diagram)
    expect(result.counts).toEqual({ error: expected.error, warning: expected.warning, info: 0 })
    expect(result.problems.map((p) => p.code)).toEqual(expected.codes)
  })

  it('valid-clickstream has every edge ok', () => {
    const loaded = loadDiagram(readFixture('valid-clickstream.pipewright.json'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.diagram.edges).toHaveLength(8)
    expect([...validateDiagram(loaded.diagram).edges.values()].map((e) => e.verdict)).toEqual(
      Array(8).fill('ok')
    )
  })

  it('invalid-edge is flagged on the stream → S3 edge with the Firehose fix', () => {
    const loaded = loadDiagram(readFixture('invalid-edge.pipewright.json'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const [problem] = validateDiagram(loaded.diagram).problems
    expect(problem).toMatchObject({
      edgeId: 'stream-lake',
      fix: { kind: 'insert-services', services: ['kinesis-firehose'] }
    })
  })

  it.each(Object.entries(REFUSED))(
    '%s is refused with a message that names the problem',
    (file, expected) => {
      const loaded = loadDiagram(readFixture(file))
      expect(loaded.ok).toBe(false)
      if (loaded.ok) return
      expect(loaded.error.code).toBe(expected.code)
      for (const t of expected.text) expect(loaded.error.message).toContain(t)
      if (expected.path) expect(loaded.error.path).toBe(expected.path)
    }
  )

  it('broken-json reports the line and column of the missing comma', () => {
    const loaded = loadDiagram(readFixture('broken-json.json'))
    if (loaded.ok) throw new Error('broken-json.json loaded')
    expect([loaded.error.line, loaded.error.column]).toEqual([7, 5])
  })

  it('proto-pollution leaves Object.prototype alone', () => {
    loadDiagram(readFixture('proto-pollution.json'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
