import { execFileSync, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, main, nodeIo, type CliIo } from '../../src/cli/main'

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
    const json = JSON.parse(r.out)
    expect(Object.keys(json).sort()).toEqual(['edges', 'problems'])
    const problem = json.problems.find((p: { code: string }) => p.code === 'not-integrated')
    expect(problem).toMatchObject({ severity: 'error', edgeId: expect.any(String) })
    expect(problem.fix).toMatchObject({ kind: 'insert-services', services: ['kinesis-firehose'] })
    for (const edge of json.edges) {
      expect(Object.keys(edge).every((k) => ['id', 'verdict', 'reason', 'citation'].includes(k))).toBe(true)
      expect(['ok', 'warning', 'error']).toContain(edge.verdict)
    }
    const ok = await runCli(['validate', fixture('valid-clickstream.pipewright.json'), '--json'])
    const okJson = JSON.parse(ok.out)
    expect(okJson.edges.length).toBeGreaterThan(0)
    expect(okJson.edges.every((e: { citation?: string }) => typeof e.citation === 'string')).toBe(true)
  })

  it.each([
    ['broken-json.json', /line \d+, column \d+/],
    ['unknown-service.json', /Unknown service id/],
    ['dangling-edge.json', /does not exist/],
    ['duplicate-id.json', /Duplicate id/],
    ['newer-version.json', /newer Pipewright \(version 99\)/],
    ['proto-pollution.json', /__proto__/],
  ])('exits 2 with a message naming the problem for %s', async (name, message) => {
    const r = await runCli(['validate', fixture(name)])
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toMatch(message)
    expect(r.out).toBe('')
  })

  it('exits 2 for a missing file, a folder, or bad usage', async () => {
    expect((await runCli(['validate', fixture('does-not-exist.json')])).err).toContain('no such file')
    expect((await runCli(['validate', ROOT])).code).toBe(EXIT.unusable)
    expect((await runCli(['validate'])).code).toBe(EXIT.unusable)
    expect((await runCli(['validate', 'a.json', '--yaml'])).err).toContain('Unknown option --yaml')
    expect((await runCli(['frobnicate'])).code).toBe(EXIT.unusable)
    expect((await runCli(['--help'])).code).toBe(EXIT.ok)
  })
})

describe('npx pipewright (the installed bin)', () => {
  it('runs from the checkout and returns the exit codes of validate', () => {
    const bin = resolve(ROOT, 'bin/pipewright.cjs')
    const ok = spawnSync(process.execPath, [bin, 'validate', fixture('valid-clickstream.pipewright.json')], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
    const bad = spawnSync(process.execPath, [bin, 'validate', fixture('invalid-edge.pipewright.json'), '--json'], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(JSON.parse(bad.stdout).problems[0].code).toBe('not-integrated')
    const broken = spawnSync(process.execPath, [bin, 'validate', fixture('broken-json.json')], { encoding: 'utf8' })
    expect(broken.status).toBe(2)
    // npm links the package's own bin, so `npx pipewright` resolves to the same script.
    const viaNpx = execFileSync('npx', ['--no-install', 'pipewright', '--help'], { cwd: ROOT, encoding: 'utf8' })
    expect(viaNpx).toContain('validate FILE')
  }, 30_000)
})
