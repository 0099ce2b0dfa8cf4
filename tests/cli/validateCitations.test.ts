import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, main, nodeIo, type CliIo } from '../../src/cli/main'
import { onlyFile } from './validateJson'
import { SERVICE_IDS } from '../../src/shared/catalog/services'
import { CARRIES_KINDS } from '../../src/shared/mechanisms/types'
import { checkServicePair } from '../../src/shared/validation/edgeCheck'
import { DIAGRAM_RULES_DOC } from '../../src/shared/validation/ownRules'

/** One error of every kind the validator emits (see tests/fixtures/diagrams/README.md). */
const MANY_ERRORS = resolve(__dirname, '../fixtures/diagrams/many-errors.pipewright.json')
const ERROR_CODES = [
  'self-loop',
  'not-integrated',
  'kcl-lease-table',
  'firehose-destinations',
  'kds-efo-consumers'
]

async function validateFile(
  file: string,
  ...args: string[]
): Promise<{ code: number; out: string }> {
  let out = ''
  const io: CliIo = { ...nodeIo, stdout: (t) => (out += t), stderr: (t) => (out += t) }
  const code = await main(['validate', file, ...args], io)
  return { code, out }
}

const validate = (...args: string[]) => validateFile(MANY_ERRORS, ...args)

/** One node per service of the catalog and an edge for every ordered pair, self-loops included. */
function everyPairFile(): string {
  const nodes = SERVICE_IDS.map((service, i) => ({
    id: service,
    service,
    position: { x: 300 * (i % 8), y: 200 * Math.floor(i / 8) }
  }))
  const edges = SERVICE_IDS.flatMap((source) =>
    SERVICE_IDS.map((target) => ({ id: `${source}:${target}`, source, target }))
  )
  const path = join(mkdtempSync(join(tmpdir(), 'pipewright-pairs-')), 'pairs.pipewright.json')
  writeFileSync(
    path,
    JSON.stringify({ format: 'pipewright/diagram', version: 3, name: 'every pair', nodes, edges })
  )
  return path
}

describe('pipewright validate: every error cites its source', () => {
  it('prints a source line under every error in the text output', async () => {
    const r = await validate()
    expect(r.code).toBe(EXIT.problems)
    // Each problem is a block: "  error   CODE  WHERE", the message, then fix and source lines.
    const blocks = r.out.split('\n\n').slice(1)
    const errors = blocks.filter((b) => b.startsWith('  error '))
    expect(errors.map((b) => b.split(/\s+/)[2])).toEqual(expect.arrayContaining(ERROR_CODES))
    expect(errors).toHaveLength(6)
    for (const block of errors) expect(block, block).toMatch(/\n {10}source: \S.{10,}/)
  })

  it('gives every error, and every edge that is an error, a citation in --json', async () => {
    const r = await validate('--json')
    expect(r.code).toBe(EXIT.problems)
    const json = onlyFile(r.out)
    const errors = json.problems.filter((p) => p.severity === 'error')
    expect(new Set(errors.map((p) => p.code))).toEqual(new Set(ERROR_CODES))
    for (const p of errors) expect(p.citation, p.code).toMatch(/\S.{10,}/)
    const errorEdges = json.edges.filter((e) => e.verdict === 'error')
    expect(errorEdges.map((e) => e.id).sort()).toEqual([
      'clicks-lake',
      'clicks-loop',
      'delivery-flink'
    ])
    for (const e of errorEdges) expect(e.citation, e.id).toMatch(/\S.{10,}/)
  })

  it('cites Pipewright’s own rule, as Pipewright’s, for a self-loop', async () => {
    const json = onlyFile((await validate('--json')).out)
    const loop = json.problems.find((p) => p.code === 'self-loop')
    expect(loop?.citation).toContain(`${DIAGRAM_RULES_DOC}#self-loop`)
    expect(loop?.citation).toMatch(/Pipewright's own .*not an AWS statement/)
    expect(json.edges.find((e) => e.id === 'clicks-loop')?.citation).toBe(loop?.citation)
  })

  it('gives each edge its mechanism, mechanism id and what it carries in --json', async () => {
    const json = onlyFile((await validate('--json')).out)
    const edge = (id: string) => json.edges.find((e) => e.id === id)
    const stream = checkServicePair('kinesis-data-streams', 'kinesis-firehose')
    expect(edge('clicks-delivery')).toMatchObject({
      verdict: stream.verdict,
      mechanism: stream.mechanism,
      mechanismId: stream.mechanismId,
      carries: stream.carries
    })
    // A deleted mechanism still names itself; a pair no mechanism connects names none.
    const deleted = checkServicePair('kinesis-firehose', 'kinesis-data-analytics')
    expect(edge('delivery-flink')).toMatchObject({
      verdict: 'error',
      mechanismId: deleted.mechanismId,
      carries: deleted.carries
    })
    expect(edge('clicks-lake')).not.toHaveProperty('mechanismId')
    for (const e of json.edges) {
      if (e.mechanismId === undefined) continue
      expect(typeof e.mechanism, e.id).toBe('string')
      expect(CARRIES_KINDS, e.id).toContain(e.carries)
    }
    expect(
      json.edges
        .filter((e) => e.id.startsWith('fanout-fn'))
        .every((e) => e.mechanismId && e.carries === 'data')
    ).toBe(true)
  })

  it('cites a source for every error over every ordered pair of the catalog', async () => {
    const r = await validateFile(everyPairFile(), '--json')
    expect(r.code).toBe(EXIT.problems)
    const json = onlyFile(r.out)
    const uncited = [
      ...json.problems
        .filter((p) => p.severity === 'error' && !p.citation)
        .map((p) => `${p.code} ${p.edgeId ?? p.nodeId}`),
      ...json.edges.filter((e) => e.verdict === 'error' && !e.citation).map((e) => `edge ${e.id}`)
    ]
    expect(uncited).toEqual([])
    expect(json.problems.filter((p) => p.code === 'not-integrated').length).toBeGreaterThan(1000)
  }, 30_000)
})
