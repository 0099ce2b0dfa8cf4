import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { toJunit } from '../../../src/shared/report/junit'
import { PROBLEM_CODES } from '../../../src/shared/report/problemCodes'
import { diagram, edge, node } from '../helpers'
import { checkRunOf, checkedFileOf, checkedRepoFile } from './checkRunOf'

interface Case {
  '@_name': string
  '@_classname': string
  failure?: { '@_message': string; '@_type': string; '#text': string }
  skipped?: { '@_message': string }
  'system-out'?: string
}
interface Suite {
  '@_name': string
  '@_tests': string
  '@_failures': string
  '@_errors': string
  '@_skipped': string
  testcase: Case[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10; in an attribute) are XML; the parser decodes them only so.
  htmlEntities: true
})

function parse(xml: string): { testsuites: Record<string, string> & { testsuite?: Suite[] } } {
  // `true`: the parser checks the document is well-formed XML first, and throws if not. The
  // separate validator it points to (fast-xml-validator) is not a dependency of the project.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
  return parser.parse(xml, true) as { testsuites: Record<string, string> & { testsuite?: Suite[] } }
}

const HOSTILE = 'Evil <b>&amp; ]]> "q" \u0001\u0007 😀\nnext'
const hostileText = JSON.stringify(
  diagram(
    [
      node('producer', 'producer-app', { label: HOSTILE }),
      node('stream', 'kinesis-data-streams'),
      node('lake', 's3', { label: HOSTILE }),
      node('alone', 'sqs'),
      node('also-alone', 'sns')
    ],
    [edge('producer', 'stream', { id: 'p-s' }), edge('stream', 'lake', { id: 'stream-lake' })]
  ),
  null,
  2
)
const GRAPH_RULES = PROBLEM_CODES.filter((c) => c.family === 'graph')

describe('toJunit', () => {
  it('has one testsuite per file and one testcase per edge, node and graph rule', () => {
    const files = [
      checkedRepoFile('tests/fixtures/diagrams/many-errors.pipewright.json'),
      checkedRepoFile('tests/fixtures/diagrams/valid-clickstream.pipewright.json'),
      checkedRepoFile('tests/fixtures/report/stream-processor.template.yaml')
    ]
    const doc = parse(toJunit(checkRunOf(files)))
    const suites = doc.testsuites.testsuite!
    expect(suites.map((s) => s['@_name'])).toEqual(files.map((f) => f.path))
    let tests = 0
    let failures = 0
    suites.forEach((suite, i) => {
      const file = files[i]!
      const expected = file.diagram.edges.length + file.diagram.nodes.length + GRAPH_RULES.length
      expect(suite.testcase).toHaveLength(expected)
      expect(Number(suite['@_tests'])).toBe(expected)
      const failed = suite.testcase.filter((c) => c.failure)
      expect(Number(suite['@_failures'])).toBe(failed.length)
      expect(Number(suite['@_errors'])).toBe(0)
      // Every error is in exactly one failing testcase, with its code as the type.
      const errors = file.problems.filter((p) => p.severity === 'error')
      const listed = failed.flatMap((c) => c.failure!['#text'].split('\n\n'))
      expect(listed).toHaveLength(errors.length)
      for (const p of errors)
        expect(failed.some((c) => c.failure!['@_type'].split(', ').includes(p.code))).toBe(true)
      tests += expected
      failures += failed.length
    })
    expect(Number(doc.testsuites['@_tests'])).toBe(tests)
    expect(Number(doc.testsuites['@_failures'])).toBe(failures)
    // The clean file passes throughout.
    expect(suites[1]!.testcase.every((c) => !c.failure)).toBe(true)
  })

  it('names an edge’s testcase by its two services and id, and a rule’s by its code', () => {
    const file = checkedRepoFile('tests/fixtures/diagrams/invalid-edge.pipewright.json')
    const suite = parse(toJunit(checkRunOf([file]))).testsuites.testsuite![0]!
    const bad = suite.testcase.find((c) => c['@_name'].includes('(edge stream-lake)'))!
    expect(bad['@_name']).toMatch(/Kinesis Data Streams.* → .*Amazon S3.* \(edge stream-lake\)$/)
    expect(bad.failure!['@_type']).toBe('not-integrated')
    expect(bad['@_classname']).toBe(file.path)
    const orphan = suite.testcase.find((c) => c['@_name'].startsWith('rule orphan-node:'))!
    expect(orphan.failure).toBeUndefined()
  })

  it('fails on warnings only with --fail-on warning, and keeps the others in system-out', () => {
    const file = checkedFileOf(hostileText, 'h.json')
    const orphans = file.problems.filter((p) => p.code === 'orphan-node')
    expect(orphans).toHaveLength(2)
    const onErrors = parse(toJunit(checkRunOf([file]))).testsuites.testsuite![0]!
    const rule = (s: Suite) => s.testcase.find((c) => c['@_name'].startsWith('rule orphan-node:'))!
    expect(rule(onErrors).failure).toBeUndefined()
    expect(rule(onErrors)['system-out']).toContain('warning orphan-node')
    const onWarnings = parse(toJunit(checkRunOf([file], { failOn: 'warning' }))).testsuites
      .testsuite![0]!
    expect(rule(onWarnings).failure!['@_type']).toBe('orphan-node')
    expect(rule(onWarnings).failure!['@_message']).toBe('2 problems: orphan-node, orphan-node')
    expect(Number(onWarnings['@_failures'])).toBeGreaterThan(Number(onErrors['@_failures']))
  })

  it('marks a testcase whose problems were all ignored as skipped, with the reason', () => {
    const file = checkedFileOf(hostileText, 'h.json', 'diagram', [
      { code: 'orphan-node', reason: 'drawn for <later> & "then"' }
    ])
    const suite = parse(toJunit(checkRunOf([file], { failOn: 'warning' }))).testsuites
      .testsuite![0]!
    const rule = suite.testcase.find((c) => c['@_name'].startsWith('rule orphan-node:'))!
    expect(rule.failure).toBeUndefined()
    expect(rule.skipped!['@_message']).toBe('ignored: drawn for <later> & "then"')
    expect(Number(suite['@_skipped'])).toBe(1)
  })

  it('escapes hostile labels and drops the characters XML cannot hold', () => {
    const file = checkedFileOf(hostileText, 'dir/<odd> & "name".json')
    const xml = toJunit(checkRunOf([file]))
    // eslint-disable-next-line no-control-regex -- the point: none may reach the XML
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(xml).not.toContain(']]>')
    const suite = parse(xml).testsuites.testsuite![0]!
    expect(suite['@_name']).toBe('dir/<odd> & "name".json')
    const producerEdge = suite.testcase.find((c) => c['@_name'].includes('(edge p-s)'))!
    // The label comes back as written, less the two control characters; its line break kept.
    expect(producerEdge['@_name']).toContain('Evil <b>&amp; ]]> "q" \ufffd\ufffd 😀\nnext')
  })

  it('reports an unreadable file as a testsuite with an error', () => {
    const doc = parse(
      toJunit(checkRunOf([], { unreadable: [{ path: 'x.json', error: 'bad <json> & worse' }] }))
    )
    const suite = doc.testsuites.testsuite![0]!
    expect(suite['@_errors']).toBe('1')
    expect(doc.testsuites['@_errors']).toBe('1')
    const c = suite.testcase[0] as Case & { error: { '@_message': string; '@_type': string } }
    expect(c.error['@_message']).toBe('bad <json> & worse')
    expect(c.error['@_type']).toBe('unreadable-file')
  })
})
