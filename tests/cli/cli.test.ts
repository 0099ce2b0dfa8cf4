import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, main, nodeIo, type CliIo } from '../../src/cli/main'
import type { ValidateJson } from '../../src/cli/validateCommand'
import { onlyFile } from './validateJson'
import { LINE_ITEM_KEYS, NODE_KEYS, THROUGHPUT_KEYS } from '../unit/estimation/estimateJsonShape'
import type { estimateToJson } from '../../src/shared/estimation/estimateJson'

/** What `estimate --json` prints: the estimate, and the same problems as `validate --json`. */
type EstimateJson = ReturnType<typeof estimateToJson> & Pick<ValidateJson, 'problems'>

const ROOT = resolve(__dirname, '../..')
const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/diagrams', name)

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = { ...nodeIo, stdout: (t) => (out += t), stderr: (t) => (err += t) }
  const code = await main(args, io)
  return { code, out, err }
}

describe('pipewright validate', () => {
  it('exits 0 and says so for a diagram without errors', async () => {
    const r = await runCli(['validate', fixture('valid-clickstream.pipewright.json')])
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toMatch(/0 errors/)
  })

  it('exits 1 and names the problem, the edge and the fix for an undocumented connection', async () => {
    const r = await runCli(['validate', fixture('invalid-edge.pipewright.json')])
    expect(r.code).toBe(EXIT.problems)
    expect(r.out).toContain('not-integrated')
    expect(r.out).toContain('Kinesis Data Streams → Amazon S3')
    expect(r.out).toContain('fix: Insert Data Firehose')
  })

  it('prints the documented JSON shape with --json', async () => {
    const r = await runCli(['validate', fixture('invalid-edge.pipewright.json'), '--json'])
    expect(r.code).toBe(EXIT.problems)
    const json = onlyFile(r.out)
    expect(Object.keys(json).sort()).toEqual(['edges', 'ignored', 'kind', 'path', 'problems'])
    expect(json).toMatchObject({ kind: 'diagram', ignored: [] })
    expect(json.path).toBe(fixture('invalid-edge.pipewright.json'))
    const problem = json.problems.find((p) => p.code === 'not-integrated')
    expect(problem).toMatchObject({ severity: 'error', edgeId: expect.any(String) as unknown })
    expect(problem?.fix).toMatchObject({ kind: 'insert-services', services: ['kinesis-firehose'] })
    for (const edge of json.edges) {
      expect(
        Object.keys(edge).every((k) =>
          ['id', 'verdict', 'reason', 'mechanism', 'mechanismId', 'carries', 'citation'].includes(k)
        )
      ).toBe(true)
      expect(['ok', 'warning', 'error']).toContain(edge.verdict)
    }
    const ok = await runCli(['validate', fixture('valid-clickstream.pipewright.json'), '--json'])
    const okJson = onlyFile(ok.out)
    expect(okJson.edges.length).toBeGreaterThan(0)
    expect(okJson.edges.every((e) => typeof e.citation === 'string')).toBe(true)
  })

  it.each([
    ['broken-json.json', /line \d+, column \d+/],
    ['unknown-service.json', /Unknown service id/],
    ['dangling-edge.json', /does not exist/],
    ['duplicate-id.json', /Duplicate id/],
    ['newer-version.json', /newer Pipewright \(version 99\)/],
    ['proto-pollution.json', /__proto__/]
  ])('exits 2 with a message naming the problem for %s', async (name, message) => {
    const r = await runCli(['validate', fixture(name)])
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toMatch(message)
    expect(r.out).toBe('')
  })

  it('exits 2 for a missing file, a folder, or bad usage', async () => {
    expect((await runCli(['validate', fixture('does-not-exist.json')])).err).toContain(
      'no such file'
    )
    expect((await runCli(['validate', ROOT])).code).toBe(EXIT.unusable)
    expect((await runCli(['validate'])).code).toBe(EXIT.unusable)
    expect((await runCli(['validate', 'a.json', '--yaml'])).err).toContain('Unknown option --yaml')
    expect((await runCli(['frobnicate'])).code).toBe(EXIT.unusable)
    expect((await runCli(['--help'])).code).toBe(EXIT.ok)
  })
})

function writeDiagram(doc: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pipewright-cli-')), 'd.pipewright.json')
  writeFileSync(path, JSON.stringify(doc))
  return path
}

/** producer (2,500 records/s of 1 KB) → stream with the given settings → Lambda. */
function streamDiagram(streamConfig: object, pricing?: object) {
  return {
    format: 'pipewright/diagram',
    version: 2,
    name: 'cli',
    ...(pricing ? { pricing } : {}),
    nodes: [
      {
        id: 'app',
        service: 'producer-app',
        position: { x: 0, y: 0 },
        config: { recordsPerSecond: 2500, recordSizeKB: 1 }
      },
      {
        id: 'stream',
        service: 'kinesis-data-streams',
        position: { x: 300, y: 0 },
        config: streamConfig
      },
      { id: 'fn', service: 'lambda', position: { x: 600, y: 0 } }
    ],
    edges: [
      { id: 'e1', source: 'app', target: 'stream' },
      { id: 'e2', source: 'stream', target: 'fn' }
    ]
  }
}

describe('pipewright estimate', () => {
  it('prints a table with every node, its line items and the total, and exits 0', async () => {
    const r = await runCli(['estimate', fixture('valid-clickstream.pipewright.json')])
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toMatch(/per month \(us-east-1 list prices as of \d{4}-\d{2}-\d{2}/)
    expect(r.out).toContain('Shard hours')
    expect(r.out).toMatch(/Total: \$[\d,]+\.\d\d per month/)
  })

  it('prints exactly the documented JSON shape with --json, totals adding up', async () => {
    const r = await runCli(['estimate', writeDiagram(streamDiagram({})), '--json'])
    expect(r.code).toBe(EXIT.ok)
    const json = JSON.parse(r.out) as EstimateJson
    expect(Object.keys(json).sort()).toEqual([
      'freshness',
      'nodes',
      'pricing',
      'problems',
      'totalMonthlyCostUSD'
    ])
    expect(Object.keys(json.pricing).sort()).toEqual(['asOf', 'region'])
    for (const n of json.nodes) {
      expect(Object.keys(n).sort()).toEqual(
        n.service === 'kinesis-data-streams' ? [...NODE_KEYS, 'modes'].sort() : NODE_KEYS
      )
      expect(Object.keys(n.throughput).sort()).toEqual(THROUGHPUT_KEYS)
      for (const item of n.lineItems) expect(Object.keys(item).sort()).toEqual(LINE_ITEM_KEYS)
    }
    const stream = json.nodes.find((n) => n.id === 'stream')!
    // 2,500 records/s ÷ 1,000 per shard = 2.5 → 3 shards; 3 shards × 730 h × $0.015 = $32.85.
    expect(stream.capacity.shards).toBe(3)
    expect(stream.lineItems[0]).toEqual({
      item: 'Shard hours',
      quantity: 2190,
      unit: 'shard-hour',
      unitPriceUSD: 0.015,
      costUSD: 32.85
    })
    // 3 shards × parallelization factor 1 = 3 concurrent Lambda invocations.
    expect(json.nodes.find((n) => n.id === 'fn')!.capacity.concurrency).toBe(3)
    const sum = json.nodes.reduce((s, n) => s + n.monthlyCostUSD, 0)
    expect(json.totalMonthlyCostUSD).toBeCloseTo(sum, 1)
  })

  it('uses the price overrides saved in the file', async () => {
    const r = await runCli([
      'estimate',
      writeDiagram(
        streamDiagram({}, { region: 'us-east-1', overrides: { 'kds.shardHour': 0.01 } })
      ),
      '--json'
    ])
    const stream = (JSON.parse(r.out) as EstimateJson).nodes.find((n) => n.id === 'stream')!
    // 3 shards × 730 h × $0.01 = $21.90
    expect(stream.lineItems[0]).toMatchObject({ unitPriceUSD: 0.01, costUSD: 21.9 })
  })

  it('exits 1 when capacity is short (a fixed shard count below the need)', async () => {
    const r = await runCli(['estimate', writeDiagram(streamDiagram({ shards: 2 }))])
    expect(r.code).toBe(EXIT.problems)
    expect(r.out).toContain('kds-under-provisioned')
    expect(r.out).toContain('needs 3 shards')
    expect(r.out).toMatch(
      /kds-under-provisioned {2}node stream.*\n {10}.*needs 3 shards.*\n {10}source: \S/
    )
  })

  // One analysis: validate knows what estimate knows (issue 12, part 5).
  it('reports capacity problems from validate too, with the same problems array in both JSON outputs', async () => {
    const file = writeDiagram(streamDiagram({ shards: 2 }))
    const text = await runCli(['validate', file])
    expect(text.code).toBe(EXIT.problems)
    expect(text.out).toContain('kds-under-provisioned')
    expect(text.out).not.toContain('No problems found')
    const validated = onlyFile((await runCli(['validate', file, '--json'])).out)
    const estimated = JSON.parse((await runCli(['estimate', file, '--json'])).out) as EstimateJson
    expect(validated.problems).toEqual(estimated.problems)
    expect(validated.problems.map((p) => p.code)).toContain('kds-under-provisioned')
    const stream = estimated.nodes.find((n) => n.id === 'stream')!
    expect(stream.modes?.map((m) => m.label)).toEqual([
      'Provisioned (3 shards needed; 2 fixed is under-provisioned)',
      'On-demand Standard',
      'On-demand Advantage (25 MiB/s commitment, this stream alone)'
    ])
    expect(stream.modes?.filter((m) => m.chosen)).toHaveLength(1)
  })

  it('exits 2 for a file that is not a diagram', async () => {
    const r = await runCli(['estimate', fixture('broken-json.json')])
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toMatch(/line \d+, column \d+/)
  })
})

describe('--version and --help', () => {
  it('prints the version of package.json and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag])
      expect(r).toEqual({ code: EXIT.ok, out: `pipewright ${version}\n`, err: '' })
    }
  })

  it.each(['validate', 'estimate', 'import', 'export'])(
    'prints the help of %s to stdout and exits 0, reading no file',
    async (command) => {
      const r = await runCli([command, 'no-such-file.json', '--help'])
      expect(r.code).toBe(EXIT.ok)
      expect(r.err).toBe('')
      expect(r.out).toMatch(new RegExp(`^Usage: pipewright ${command} `))
      expect(r.out).toMatch(/Exit codes:/)
      // The whole command list is not repeated: this is the one command's help.
      expect(r.out).not.toMatch(/Commands:/)
    }
  )

  it('reads --help after -- as a file name, and a usage error goes to stderr with the usage', async () => {
    const afterDashes = await runCli(['validate', '--', '--help'])
    expect(afterDashes.code).toBe(EXIT.unusable)
    expect(afterDashes.err).toMatch(/Cannot read --help/)
    const wrong = await runCli(['validate', 'a.json', '--frobnicate'])
    expect(wrong.code).toBe(EXIT.unusable)
    expect(wrong.out).toBe('')
    expect(wrong.err).toMatch(/Unknown option --frobnicate\.[\s\S]*Usage: pipewright/)
  })
})

describe('npx pipewright (the installed bin)', () => {
  it('runs from the checkout and returns the exit codes of validate', () => {
    const bin = resolve(ROOT, 'bin/pipewright.cjs')
    const ok = spawnSync(
      process.execPath,
      [bin, 'validate', fixture('valid-clickstream.pipewright.json')],
      { encoding: 'utf8' }
    )
    expect(ok.status).toBe(0)
    const bad = spawnSync(
      process.execPath,
      [bin, 'validate', fixture('invalid-edge.pipewright.json'), '--json'],
      { encoding: 'utf8' }
    )
    expect(bad.status).toBe(1)
    expect(onlyFile(bad.stdout).problems[0]?.code).toBe('not-integrated')
    const broken = spawnSync(process.execPath, [bin, 'validate', fixture('broken-json.json')], {
      encoding: 'utf8'
    })
    expect(broken.status).toBe(2)
    // npm links the package's own bin, so `npx pipewright` resolves to the same script.
    const viaNpx = execFileSync('npx', ['--no-install', 'pipewright', '--help'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(viaNpx).toContain('validate PATH...')
  }, 30_000)
})
