import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../unit/estimation/csvReader'

const ROOT = resolve(__dirname, '../..')
const BIN = resolve(ROOT, 'bin/pipewright.cjs')
const TEMPLATE = resolve(ROOT, 'resources/templates/clickstream-data-lake.pipewright.json')
const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures/bom', name), 'utf8')

/** `node bin/pipewright.cjs …`, as a person or CI runs it. */
function bin(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function writeDiagram(doc: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'pipewright-bom-'))
  const file = join(dir, 'd.pipewright.json')
  writeFileSync(file, JSON.stringify(doc))
  return file
}

describe('pipewright estimate --format (through the bin)', () => {
  it('csv prints the reviewed bill of materials, CRLF and all, and nothing else', () => {
    const r = bin(['estimate', TEMPLATE, '--format', 'csv'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toBe(fixture('clickstream-data-lake.csv'))
    expect(readCsv(r.out)[0]![0]).toBe('Label')
  })

  it('markdown prints the reviewed bill of materials', () => {
    const r = bin(['estimate', TEMPLATE, '--format=markdown'])
    expect(r.code).toBe(0)
    expect(r.out).toBe(fixture('clickstream-data-lake.md'))
  })

  it('json is the estimate --json gives, and table the text output', () => {
    const json = bin(['estimate', TEMPLATE, '--format', 'json'])
    expect(json.code).toBe(0)
    expect(json.out).toBe(bin(['estimate', TEMPLATE, '--json']).out)
    const parsed = JSON.parse(json.out) as { totalMonthlyCostUSD: number }
    const csvTotal = readCsv(fixture('clickstream-data-lake.csv')).at(-1)!
    expect(Number(csvTotal[9])).toBe(parsed.totalMonthlyCostUSD)
    const table = bin(['estimate', TEMPLATE, '--format', 'table'])
    expect(table.code).toBe(0)
    expect(table.out).toBe(bin(['estimate', TEMPLATE]).out)
    expect(table.out).toMatch(/^clickstream-data-lake\.pipewright\.json: \$1,594\.48 per month/)
  })

  it('keeps the exit code of an analysis with errors, and says so on stderr only', () => {
    const file = writeDiagram({
      format: 'pipewright/diagram',
      version: 4,
      name: 'Too small',
      nodes: [
        {
          id: 'p',
          service: 'producer-app',
          position: { x: 0, y: 0 },
          config: { recordsPerSecond: 5000 }
        },
        {
          id: 'k',
          service: 'kinesis-data-streams',
          label: '=cmd|calc',
          position: { x: 300, y: 0 },
          config: { shards: 1 }
        }
      ],
      edges: [{ id: 'e', source: 'p', target: 'k' }]
    })
    const r = bin(['estimate', file, '--format', 'csv'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^1 error\(s\), \d+ warning\(s\) in the analysis/)
    const rows = readCsv(r.out)
    expect(rows.find((row) => row[3]!.startsWith('Shard hours'))![0]).toBe("'=cmd|calc")
    const md = bin(['estimate', file, '--format', 'markdown'])
    expect(md.code).toBe(1)
    expect(md.out).toContain('**=cmd\\|calc** (Kinesis Data Streams)')
  })

  it('refuses an unknown format, naming the allowed ones', () => {
    const r = bin(['estimate', TEMPLATE, '--format', 'xlsx'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/^--format takes table, json, csv or markdown, not "xlsx"\./)
    expect(r.err).toContain('Usage: pipewright')
  })

  it('refuses --json with another --format, and a --format without a value', () => {
    const both = bin(['estimate', TEMPLATE, '--json', '--format', 'csv'])
    expect(both.code).toBe(2)
    expect(both.err).toMatch(/^--json asks for JSON and --format for csv: give one of them\./)
    expect(bin(['estimate', TEMPLATE, '--json', '--format', 'json']).code).toBe(0)
    const empty = bin(['estimate', TEMPLATE, '--format'])
    expect(empty.code).toBe(2)
    expect(empty.err).toMatch(/^--format needs a value\./)
    const twice = bin(['estimate', TEMPLATE, '--format', 'csv', '--format', 'csv'])
    expect(twice.code).toBe(2)
    expect(twice.err).toMatch(/^--format is given twice\./)
  })

  it('documents the formats in estimate --help', () => {
    const r = bin(['estimate', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /^Usage: pipewright estimate FILE \[--format table\|json\|csv\|markdown\]/
    )
    for (const f of ['table', 'json', 'csv', 'markdown']) expect(r.out).toContain(`${f}:`)
  })
}, 60_000)
