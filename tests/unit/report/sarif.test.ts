import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toSarif } from '../../../src/shared/report/sarif'
import { problemCodeAnchor } from '../../../src/shared/report/problemCodes'
import { REPO_DIR, diagram, edge, node } from '../helpers'
import { checkRunOf, checkedFileOf, checkedRepoFile } from './checkRunOf'
import { expectValid, validate } from './sarifSchema'

const HOSTILE = 'Evil <b>&amp; ]]> "quoted" \u0007 😀 line\nbreak %0A ::error::'
const hostileText = JSON.stringify(
  diagram(
    [
      node('producer', 'producer-app', { label: HOSTILE }),
      node('stream', 'kinesis-data-streams', { label: HOSTILE }),
      node('lake', 's3'),
      node('alone', 'sqs', { label: HOSTILE })
    ],
    [edge('producer', 'stream', { id: 'p-s' }), edge('stream', 'lake', { id: 'stream-lake' })]
  ),
  null,
  2
)

describe('toSarif', () => {
  const files = [
    checkedRepoFile('tests/fixtures/diagrams/many-errors.pipewright.json'),
    checkedRepoFile('tests/fixtures/diagrams/warnings-only.pipewright.json'),
    checkedRepoFile('tests/fixtures/report/stream-processor.template.yaml'),
    checkedRepoFile('tests/fixtures/report/stream-processor.template.json'),
    checkedFileOf(hostileText, 'odd dir/hostile #1 <x>.pipewright.json', 'diagram', [
      { code: 'orphan-node', reason: 'kept for the <demo> & "later"', by: 'file' }
    ]),
    checkedFileOf(hostileText, '/abs/path/copy.pipewright.json', 'diagram', [
      { code: 'not-integrated', reason: 'known', by: 'command line' }
    ]),
    ...readFileSync(`${REPO_DIR}resources/templates/index.json`, 'utf8')
      .match(/[a-z0-9-]+\.pipewright\.json/g)!
      .map((f) => checkedRepoFile(`resources/templates/${f}`))
  ]
  const run = checkRunOf(files, {
    unreadable: [{ path: '<stdin>', error: 'stdin: JSON syntax error at line 1 <&>' }]
  })
  const log = toSarif(run, { version: '0.1.0', informationUri: 'https://pipewright.invalid/' })
  const sarif = log.runs[0]

  it('is valid SARIF 2.1.0', () => {
    expectValid(log)
    // The schema does check: a level SARIF has not is refused.
    const broken = structuredClone(log)
    ;(broken.runs[0].results[0] as { level: string }).level = 'fatal'
    expect(validate(broken)).toBe(false)
    expect(log.version).toBe('2.1.0')
    expect(sarif.tool.driver.name).toBe('Pipewright')
    expect(sarif.tool.driver.version).toBe('0.1.0')
  })

  it('has one rule per code the run uses, each result pointing at its rule', () => {
    const used = new Set(
      files.flatMap((f) => [...f.problems, ...f.ignored.map((i) => i.problem)].map((p) => p.code))
    )
    expect(new Set(sarif.tool.driver.rules.map((r) => r.id))).toEqual(used)
    expect(sarif.tool.driver.rules.length).toBe(used.size)
    for (const r of sarif.results) expect(sarif.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)
    const rule = sarif.tool.driver.rules.find((r) => r.id === 'not-integrated')!
    expect(rule.defaultConfiguration.level).toBe('error')
    expect(rule.help.markdown).toContain(
      `(docs/integrations.md#${problemCodeAnchor('not-integrated')})`
    )
    // No absolute address for the docs was given: no helpUri.
    expect(rule.helpUri).toBeUndefined()
    expect(
      sarif.tool.driver.rules.find((r) => r.id === 'orphan-node')!.defaultConfiguration.level
    ).toBe('warning')
  })

  it('gives a helpUri when the docs have an absolute address', () => {
    const withDocs = toSarif(run, {
      version: '0.1.0',
      docsUri: 'https://example.com/pipewright/docs/integrations.md'
    })
    expectValid(withDocs)
    expect(withDocs.runs[0].tool.driver.rules[0]!.helpUri).toBe(
      `https://example.com/pipewright/docs/integrations.md#${problemCodeAnchor(withDocs.runs[0].tool.driver.rules[0]!.id)}`
    )
  })

  it('has one result per problem, at its level, and a suppressed one per ignored problem', () => {
    const problems = files.flatMap((f) => f.problems)
    const ignored = files.flatMap((f) => f.ignored)
    expect(sarif.results.filter((r) => !r.suppressions)).toHaveLength(problems.length)
    const suppressed = sarif.results.filter((r) => r.suppressions)
    expect(suppressed).toHaveLength(ignored.length)
    expect(ignored.length).toBeGreaterThan(0)
    const inSource = suppressed.find((r) => r.ruleId === 'orphan-node')!
    expect(inSource.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'kept for the <demo> & "later"' }
    ])
    expect(suppressed.find((r) => r.ruleId === 'not-integrated')!.suppressions![0]!.kind).toBe(
      'external'
    )
    const levels = { error: 'error', warning: 'warning', info: 'note' }
    problems.forEach((p, i) => {
      const r = sarif.results.filter((x) => !x.suppressions)[i]!
      expect(r.ruleId).toBe(p.code)
      expect(r.level).toBe(levels[p.severity])
      expect(r.message.text.startsWith(p.message)).toBe(true)
    })
  })

  it('locates a result on the line and column where its node is written', () => {
    const yaml = readFileSync(
      `${REPO_DIR}tests/fixtures/report/stream-processor.template.yaml`,
      'utf8'
    ).split('\n')
    const orphan = sarif.results.find(
      (r) =>
        r.ruleId === 'orphan-node' &&
        r.locations[0]!.physicalLocation!.artifactLocation.uri.endsWith('.template.yaml')
    )!
    const region = orphan.locations[0]!.physicalLocation!.region!
    expect(yaml[region.startLine - 1]!.slice(region.startColumn! - 1)).toBe('ForgottenBucket:')
    expect(orphan.locations[0]!.logicalLocations).toEqual([
      { name: 'ForgottenBucket', kind: 'node', fullyQualifiedName: 'nodes/ForgottenBucket' }
    ])
    // many-errors: the self-loop is on its edge's id line.
    const text = readFileSync(
      `${REPO_DIR}tests/fixtures/diagrams/many-errors.pipewright.json`,
      'utf8'
    ).split('\n')
    for (const r of sarif.results.filter(
      (x) => x.locations[0]!.physicalLocation!.artifactLocation.index === 0
    )) {
      const { startLine, startColumn } = r.locations[0]!.physicalLocation!.region!
      const logical = r.locations[0]!.logicalLocations![0]!.name
      expect(text[startLine - 1]!.slice(startColumn! - 1), r.ruleId).toMatch(
        new RegExp(`^${JSON.stringify(logical).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
      )
    }
  })

  it('names files by relative URIs against %SRCROOT%, encoded, and lists them as artifacts', () => {
    const uris = sarif.artifacts.map((a) => a.location)
    expect(uris[0]).toEqual({
      uri: 'tests/fixtures/diagrams/many-errors.pipewright.json',
      uriBaseId: '%SRCROOT%'
    })
    expect(uris).toContainEqual({
      uri: 'odd%20dir/hostile%20%231%20%3Cx%3E.pipewright.json',
      uriBaseId: '%SRCROOT%'
    })
    expect(uris).toContainEqual({ uri: 'file:///abs/path/copy.pipewright.json' })
    expect(uris).toContainEqual({ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' })
  })

  it('reports an unreadable file as a tool notification, and the execution as unsuccessful', () => {
    const invocation = sarif.invocations[0]!
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications).toHaveLength(1)
    expect(invocation.toolExecutionNotifications![0]!.message.text).toBe(
      'stdin: JSON syntax error at line 1 <&>'
    )
    const clean = toSarif(checkRunOf([files[0]!]), { version: '0.1.0' })
    expectValid(clean)
    expect(clean.runs[0].invocations[0]!.executionSuccessful).toBe(true)
  })

  it('is valid for an empty run and puts a diagram-wide problem on line 1', () => {
    expectValid(toSarif(checkRunOf([]), { version: 'dev build' }))
    const file = checkedFileOf(hostileText, 'd.json')
    const wide = {
      ...file,
      problems: [{ severity: 'info' as const, code: 'made-up', message: 'x' }]
    }
    const log2 = toSarif(checkRunOf([wide]), { version: '1' })
    expectValid(log2)
    expect(log2.runs[0].results[0]!.locations[0]!.physicalLocation!.region).toEqual({
      startLine: 1
    })
    expect(log2.runs[0].results[0]!.level).toBe('note')
    expect(log2.runs[0].tool.driver.rules[0]!.id).toBe('made-up')
  })
})
