import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SourcePosition } from '../../../src/shared/report/checkRun'
import { createLocator } from '../../../src/shared/report/sourceLocator'
import type { Problem } from '../../../src/shared/validation/problems'
import { REPO_DIR, diagram, edge, node } from '../helpers'
import { checkedFileOf, checkedRepoFile } from './checkRunOf'

/** Where `needle` is written (its first character), searched from the first `after` on. */
function positionOf(text: string, needle: string, after = ''): SourcePosition {
  const from = after ? text.indexOf(after) : 0
  const at = text.indexOf(needle, from)
  if (from < 0 || at < 0) throw new Error(`${needle} not in the text`)
  return positionAt(text, at)
}

function positionAt(text: string, at: number): SourcePosition {
  const before = text.slice(0, at)
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
  return { line: before.split(/\r\n|\r|\n/).length, column: at - lineStart + 1 }
}

const problem = (extra: Partial<Problem>): Problem => ({
  severity: 'error',
  code: 'test',
  message: 'm',
  ...extra
})

const HOSTILE = 'Evil <b>&amp; ]]> "quoted" \u0007 😀 line\nbreak'

function hostileDiagramText(space?: number): string {
  const d = diagram(
    [
      node('producer', 'producer-app', { label: HOSTILE, config: { recordsPerSecond: 'lots' } }),
      node('stream', 'kinesis-data-streams', { label: '😀😀' }),
      node('lake', 's3'),
      node('alone', 'sqs', { label: HOSTILE })
    ],
    [edge('producer', 'stream', { id: 'p-s' }), edge('stream', 'lake', { id: 'stream-lake' })]
  )
  return JSON.stringify(d, null, space)
}

describe('createLocator on a diagram file', () => {
  it.each([
    ['pretty-printed', hostileDiagramText(2)],
    ['minified', hostileDiagramText()],
    ['with CRLF line ends', hostileDiagramText(2).replace(/\n/g, '\r\n')]
  ])('puts each node and edge problem where its id is written (%s)', (_, text) => {
    const file = checkedFileOf(text, 'hostile.pipewright.json')
    const codes = new Set(file.problems.map((p) => p.code))
    // Real problems of the analysis: the undocumented edge, the orphan, the bad setting.
    expect(codes).toEqual(new Set(['not-integrated', 'orphan-node', 'invalid-config']))
    for (const p of file.problems) {
      const position = file.locate(p)
      if (p.code === 'not-integrated')
        expect(position).toEqual(positionOf(text, '"stream-lake"', '"edges"'))
      if (p.code === 'orphan-node') expect(position).toEqual(positionOf(text, '"alone"'))
      if (p.code === 'invalid-config') {
        expect(p.path).toBe('nodes[0].config.recordsPerSecond')
        expect(position).toEqual(positionOf(text, '"lots"'))
      }
    }
  })

  it('counts columns in UTF-16 code units, as SARIF does by default', () => {
    const text = hostileDiagramText()
    const file = checkedFileOf(text, 'd.json')
    const at = file.locate(problem({ nodeId: 'lake' }))!
    const offset = text.indexOf('"lake"')
    expect(at).toEqual({ line: 1, column: offset + 1 })
    // The emoji before it are two units each: a count of code points would be smaller.
    expect([...text.slice(0, offset)].length + 1).toBeLessThan(at.column)
  })

  it('does not count a byte-order mark as a column', () => {
    const text = hostileDiagramText(2)
    const plain = checkedFileOf(text, 'd.json').locate(problem({ nodeId: 'stream' }))
    const withBom = createLocator({
      kind: 'diagram',
      text: `\uFEFF${text}`,
      diagram: checkedFileOf(text, 'd.json').diagram
    })(problem({ nodeId: 'stream' }))
    expect(withBom).toEqual(plain)
  })

  it('prefers the setting, then the edge, then the node; a diagram-wide problem has no place', () => {
    const text = hostileDiagramText(2)
    const { locate } = checkedFileOf(text, 'd.json')
    expect(locate(problem({ edgeId: 'p-s', nodeId: 'producer' }))).toEqual(
      positionOf(text, '"p-s"')
    )
    expect(locate(problem({ nodeId: 'producer', path: 'nodes[0].config' }))).toEqual(
      positionOf(text, '{', '"config"')
    )
    // A key that is not in the file: the nearest part of the path that is.
    expect(locate(problem({ nodeId: 'producer', path: 'nodes[0].config.shards' }))).toEqual(
      positionOf(text, '{', '"config"')
    )
    expect(locate(problem({}))).toBeUndefined()
    expect(locate(problem({ nodeId: 'nobody' }))).toBeUndefined()
  })

  it('puts a path naming a whole node on its object, found by the node’s id', () => {
    const path = 'resources/templates/clickstream-data-lake.pipewright.json'
    const file = checkedRepoFile(path)
    const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
    const id = file.diagram.nodes[3]!.id
    const idAt = text.indexOf(`"id": ${JSON.stringify(id)}`)
    const objectStart = text.lastIndexOf('{', idAt)
    expect(file.locate(problem({ path: 'nodes[3]' }))).toEqual(positionAt(text, objectStart))
    expect(file.locate(problem({ nodeId: id }))).toEqual(positionOf(text, JSON.stringify(id)))
  })

  it('locates nothing in a draw.io file or without text (a PNG export)', () => {
    const { diagram: d } = checkedFileOf(hostileDiagramText(2), 'd.json')
    expect(
      createLocator({ kind: 'drawio', text: '<mxfile/>', diagram: d })(problem({ nodeId: 'lake' }))
    ).toBeUndefined()
    expect(
      createLocator({ kind: 'diagram', diagram: d })(problem({ nodeId: 'lake' }))
    ).toBeUndefined()
  })
})

describe('createLocator on a CloudFormation template', () => {
  const YAML = 'tests/fixtures/report/stream-processor.template.yaml'
  const JSON_PATH = 'tests/fixtures/report/stream-processor.template.json'

  it.each([
    [YAML, 'ForgottenBucket:', 'Processor:'],
    [JSON_PATH, '"ForgottenBucket"', '"Processor"']
  ])('puts a node’s problem on its resource’s logical id (%s)', (path, bucket, fn) => {
    const file = checkedRepoFile(path)
    const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
    const orphan = file.problems.find((p) => p.code === 'orphan-node')!
    expect(orphan.nodeId).toBe('ForgottenBucket')
    expect(file.locate(orphan)).toEqual(positionOf(text, bucket, 'Resources'))
    const batch = file.problems.find((p) => p.code === 'lambda-sqs-batch-window')!
    expect(file.locate(batch)).toEqual(positionOf(text, fn, 'Resources'))
  })

  it.each([
    [YAML, 'EventSourceArn', 'StreamMapping', 'From: ClickStream'],
    [JSON_PATH, '"EventSourceArn"', '"StreamMapping"', '"From"']
  ])(
    'puts an edge’s problem on the property that makes it (%s)',
    (path, property, mapping, from) => {
      const file = checkedRepoFile(path)
      const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
      // The mapping resource's EventSourceArn names the stream: that is where the edge is made.
      expect(file.locate(problem({ edgeId: 'ClickStream__Processor' }))).toEqual(
        positionOf(text, property, mapping)
      )
      // The long form (Fn::GetAtt: [WorkQueue, Arn]) gives the property, not the function's key.
      expect(file.locate(problem({ edgeId: 'WorkQueue__Processor' }))).toEqual(
        positionOf(text, property, 'QueueMapping')
      )
      // An edge no resource carries, recorded in Metadata.Pipewright.Connections by an export.
      const undocumented = file.problems.find((p) => p.code === 'not-integrated')!
      expect(undocumented.edgeId).toBe('ClickStream__SessionsTable')
      expect(file.locate(undocumented)).toEqual(
        positionOf(text, from.replace(/: .*/, ''), 'Connections')
      )
    }
  )

  it('finds an edge by its ends’ references without the import report', () => {
    const path = YAML
    const text = readFileSync(`${REPO_DIR}${path}`, 'utf8')
    const file = checkedRepoFile(path)
    const locate = createLocator({ kind: 'cloudformation', text, diagram: file.diagram })
    // No report: the mapping resource is not known, and neither end names the other, so the
    // edge is put on its source; a source that names its target is the place.
    expect(locate(problem({ edgeId: 'WorkQueue__Processor' }))).toEqual(
      positionOf(text, 'WorkQueue:', 'Resources')
    )
    expect(locate(problem({ nodeId: 'SessionsTable' }))).toEqual(
      positionOf(text, 'SessionsTable:', 'Resources')
    )
  })
})

describe('createLocator on any text', () => {
  const base = checkedFileOf(hostileDiagramText(2), 'd.json')
  const template = checkedRepoFile('tests/fixtures/report/stream-processor.template.yaml')
  const questions: Problem[] = [
    problem({ nodeId: 'stream' }),
    problem({ edgeId: 'stream-lake' }),
    problem({ path: 'nodes[0].config.recordsPerSecond' }),
    problem({ edgeId: 'ClickStream__Processor' }),
    problem({ nodeId: 'ForgottenBucket' }),
    problem({ path: 'edges[999].config..x' })
  ]
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        '"',
        ':',
        ',',
        '\n',
        '-',
        ' ',
        '!',
        '&',
        '*',
        'a',
        'id'
      ),
      maxLength: 300
    }),
    // Real files cut and spliced: half a template, a diagram with junk inside.
    fc
      .tuple(
        fc.constantFrom(
          hostileDiagramText(2),
          readFileSync(`${REPO_DIR}tests/fixtures/report/stream-processor.template.yaml`, 'utf8')
        ),
        fc.nat(),
        fc.nat(),
        fc.string({ unit: 'binary', maxLength: 20 })
      )
      .map(([t, a, b, junk]) => {
        const i = a % t.length
        const j = Math.min(t.length, i + (b % 200))
        return t.slice(0, i) + junk + t.slice(j)
      })
  )

  it('never throws, and gives either nothing or a position inside the text', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom('diagram' as const, 'cloudformation' as const),
        (text, kind) => {
          const d = kind === 'diagram' ? base : template
          const locate = createLocator({
            kind,
            text,
            diagram: d.diagram,
            ...(kind === 'cloudformation' ? { imported: undefined } : {})
          })
          const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
          for (const q of questions) {
            const at = locate(q)
            if (at === undefined) continue
            expect(at.line).toBeGreaterThanOrEqual(1)
            expect(at.line).toBeLessThanOrEqual(lines.length)
            expect(at.column).toBeGreaterThanOrEqual(1)
            expect(at.column).toBeLessThanOrEqual(lines[at.line - 1]!.length + 1)
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})
