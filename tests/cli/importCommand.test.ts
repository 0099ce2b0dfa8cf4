import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportJson } from '../../src/cli/importCommand'
import { EXIT, main } from '../../src/cli/main'
import { loadDiagram } from '../../src/shared/diagram/loadDiagram'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'
import type { importSource as realImportSource } from '../../src/shared/interchange/import/importSource'
import { fakeIo } from './fakeIo'
import { drawioImport, mxfileWithPages, pageNamesIn, templateImport } from './importedFakes'

/**
 * The import command's own behaviour with a stand-in importer (importedFakes.ts): arguments,
 * where it writes and what it refuses, pages, the report it prints and its exit codes.
 */
const importSource = vi.hoisted(() => vi.fn<typeof realImportSource>())
vi.mock('../../src/shared/interchange/import/importSource', () => ({ importSource }))

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'

beforeEach(() => {
  importSource.mockReset()
  importSource.mockImplementation((bytes, fileName, _decode, options) =>
    fileName.includes('drawio')
      ? drawioImport(fileName, options?.page ?? 0, pageNamesIn(bytes))
      : templateImport(fileName, fileName.includes('wrong'))
  )
})

async function run(args: string[], files: Parameters<typeof fakeIo>[0]) {
  const fake = fakeIo(files)
  const code = await main(args, fake.io)
  return { code, ...fake.state, fake }
}

describe('pipewright import: the command line', () => {
  it.each([
    [[], 'import takes exactly one FILE.'],
    [['a.yaml', 'b.yaml'], 'import takes exactly one FILE.'],
    [['a.yaml', '--yaml'], 'Unknown option --yaml.'],
    [['a.yaml', '-o'], '--output needs a value.'],
    [['a.yaml', '-o', 'x.json', '--output', 'y.json'], '--output is given twice.'],
    [['a.yaml', '--json=yes'], '--json takes no value.'],
    [['a.drawio', '--page', '0'], '--page takes a page number (1 for the first) or all, not "0".'],
    [['a.drawio', '--page', 'second'], 'not "second"'],
    [['a.drawio', '--page', '-1'], 'one that starts with a dash is written --page=-…'],
    [['a.drawio', '--page=-1'], 'not "-1"']
  ])('exits 2 for import %j and says why', async (args, message) => {
    const r = await run(['import', ...args], {
      'a.yaml': TEMPLATE,
      'a.drawio': mxfileWithPages(['A'])
    })
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toContain(message)
    expect(r.writes).toEqual([])
    expect(importSource).not.toHaveBeenCalled()
  })

  it('lists import and export in the usage text', async () => {
    const r = await run(['--help'], {})
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toContain(
      'import FILE [-o OUT.pipewright.json] [--json] [--page N|all] [--force]'
    )
    expect(r.out).toContain('export cloudformation FILE [-o OUT.template.yaml]')
  })

  it('exits 2 for a missing file, and never opens a FIFO', async () => {
    const missing = await run(['import', 'gone.yaml'], {})
    expect(missing.code).toBe(EXIT.unusable)
    expect(missing.err).toBe('Cannot read gone.yaml: no such file.\n')
    const fifo = await run(['import', 'pipe.yaml'], {
      'pipe.yaml': { what: 'a named pipe (FIFO)' }
    })
    expect(fifo.code).toBe(EXIT.unusable)
    expect(fifo.err).toBe('Cannot read pipe.yaml: it is a named pipe (FIFO), not a file.\n')
    expect(fifo.reads).toEqual([])
    const big = await run(['import', 'big.yaml'], {
      'big.yaml': new Uint8Array(DIAGRAM_LIMITS.maxFileBytes + 1)
    })
    expect(big.code).toBe(EXIT.unusable)
    expect(big.err).toMatch(/^big\.yaml: the file is 10\.0 MB; diagrams are limited to 10 MB\.\n$/)
    expect(big.reads).toEqual([])
  })

  it('exits 2, not a crash, when the importer throws', async () => {
    importSource.mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded')
    })
    const r = await run(['validate', 'deep.yaml'], { 'deep.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toBe(
      'deep.yaml: deep.yaml could not be imported (Maximum call stack size exceeded).\n'
    )
  })

  it('exits 2 with the importer’s message when it cannot import the file', async () => {
    importSource.mockReturnValue({ ok: false, message: 'stack.yaml has no Resources section.' })
    const r = await run(['import', 'in/stack.yaml'], { 'in/stack.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toBe('in/stack.yaml: stack.yaml has no Resources section.\n')
    expect(r.writes).toEqual([])
  })
})

describe('pipewright import: what it writes', () => {
  it('writes a laid-out diagram beside the input and prints the report, then the validation', async () => {
    const r = await run(['import', 'infra/stack.yaml'], { 'infra/stack.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.ok)
    expect(r.writes).toEqual(['infra/stack.pipewright.json'])
    const loaded = loadDiagram(r.fake.text('infra/stack.pipewright.json'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.diagram.nodes.map((n) => n.id)).toEqual([
      'ClickStream',
      'ArchiveDelivery',
      'ArchiveBucket'
    ])
    // Laid out left to right in data-flow order (the stand-in importer put every node at 0, 0).
    const x = (id: string) => loaded.diagram.nodes.find((n) => n.id === id)!.position.x
    expect(x('ClickStream')).toBeLessThan(x('ArchiveDelivery'))
    expect(x('ArchiveDelivery')).toBeLessThan(x('ArchiveBucket'))

    const lines = r.out.split('\n')
    expect(lines[0]).toBe('stack.yaml (CloudFormation template) → infra/stack.pipewright.json')
    expect(lines.find((l) => l.includes('DeliveryRole'))).toMatch(
      /^ {2}DeliveryRole +AWS::IAM::Role +not-pipeline +An IAM role: permissions, not a data flow\.$/
    )
    expect(lines.find((l) => l.trimStart().startsWith('ClickStream '))).toMatch(
      /^ {2}ClickStream +AWS::Kinesis::Stream +node +A kinesis-data-streams node\. \(node ClickStream\)$/
    )
    // Not "(node ArchiveBucket)" again when the sentence names it.
    expect(lines.find((l) => l.trimStart().startsWith('ArchiveBucket '))).toMatch(
      /^ {2}ArchiveBucket +AWS::S3::Bucket +node +Drawn as node ArchiveBucket\.$/
    )
    expect(r.out).toContain(
      'Suggested connections (not drawn; add them if they carry data):\n  ArchiveDelivery → ClickStream: DeliveryRole allows kinesis:GetRecords on !GetAtt ClickStream.Arn'
    )
    expect(r.out).toContain('Remarks:\n  - Condition IsProd was read but not evaluated.')
    expect(r.out).toContain('Summary: 4 resources: 3 node, 1 not-pipeline; 1 suggested connection')
    expect(r.out).toMatch(
      /stack\.pipewright\.json: 0 errors, \d+ warnings?.* — 3 nodes, 2 edges \(2 documented\)/
    )
  })

  it('prints the report, the output path and the validation with --json', async () => {
    const r = await run(['import', 'stack.yaml', '-o', 'out/d.pipewright.json', '--json'], {
      'stack.yaml': TEMPLATE
    })
    expect(r.code).toBe(EXIT.ok)
    const json = JSON.parse(r.out) as ImportJson
    expect(Object.keys(json).sort()).toEqual(['input', 'output', 'report', 'validation'])
    expect(json.input).toBe('stack.yaml')
    expect(json.output).toBe('out/d.pipewright.json')
    const expected = templateImport('stack.yaml')
    expect(json.report).toEqual(expected.ok && expected.report)
    expect(json.validation.counts.error).toBe(0)
    expect(json.validation.edges.map((e) => e.verdict)).toEqual(['ok', 'ok'])
    expect(r.writes).toEqual(['out/d.pipewright.json'])
  })

  it('still writes the diagram but exits 1 when it has errors, naming the logical ids', async () => {
    const r = await run(['import', 'wrong.yaml'], { 'wrong.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.problems)
    expect(r.writes).toEqual(['wrong.pipewright.json'])
    expect(r.out).toContain('not-integrated  edge ClickStream-ArchiveBucket')
  })

  it('refuses to overwrite an existing output unless --force, and the input always', async () => {
    const files = { 'stack.yaml': TEMPLATE, 'stack.pipewright.json': 'mine' }
    const refused = await run(['import', 'stack.yaml'], files)
    expect(refused.code).toBe(EXIT.unusable)
    expect(refused.err).toBe(
      'stack.pipewright.json exists; pass --force to overwrite it, or give another name with -o.\n'
    )
    expect(refused.fake.text('stack.pipewright.json')).toBe('mine')
    expect(importSource).not.toHaveBeenCalled()

    const forced = await run(['import', 'stack.yaml', '--force'], files)
    expect(forced.code).toBe(EXIT.ok)
    expect(loadDiagram(forced.fake.text('stack.pipewright.json')).ok).toBe(true)

    for (const force of [[], ['--force']]) {
      const input = await run(['import', 'stack.yaml', '-o', './stack.yaml', ...force], files)
      expect(input.code).toBe(EXIT.unusable)
      expect(input.err).toContain('is the input file; it is never overwritten')
      expect(input.writes).toEqual([])
    }
    const folder = await run(['import', 'stack.yaml', '-o', 'out', '--force'], {
      ...files,
      out: { what: 'a folder' }
    })
    expect(folder.code).toBe(EXIT.unusable)
    expect(folder.err).toContain('out is a folder, not a file')
  })

  it('reports a file that appeared after the check instead of overwriting it', async () => {
    const fake = fakeIo({ 'stack.yaml': TEMPLATE })
    const write = fake.io.writeText
    fake.io.writeText = async (path, text, options) => {
      await write(path, 'someone else', { overwrite: true })
      return write(path, text, options)
    }
    const code = await main(['import', 'stack.yaml'], fake.io)
    expect(code).toBe(EXIT.unusable)
    expect(fake.state.err).toContain('stack.pipewright.json exists; pass --force')
    expect(fake.text('stack.pipewright.json')).toBe('someone else')
  })
})

describe('pipewright import: draw.io pages', () => {
  const flows = mxfileWithPages(['Ingest', 'Serving & BI', 'Ingest'])

  it('imports the first page by default and names the others', async () => {
    const r = await run(['import', 'flows.drawio', '--json'], { 'flows.drawio': flows })
    expect(r.code).toBe(EXIT.ok)
    expect(importSource.mock.calls[0]![3]).toEqual({ page: undefined })
    const json = JSON.parse(r.out) as ImportJson
    expect(json.page).toBe(1)
    expect(json.report.remarks).toContain(
      'Page 1 of 3, "Ingest", was imported; the others are "Serving & BI" (--page 2), "Ingest" (--page 3). --page all writes one diagram per page.'
    )
    expect(r.writes).toEqual(['flows.pipewright.json'])
  })

  it('takes --page N counted from 1 and hands the importer N - 1', async () => {
    const r = await run(['import', 'flows.drawio', '--page', '2'], { 'flows.drawio': flows })
    expect(r.code).toBe(EXIT.ok)
    expect(importSource.mock.calls[0]![3]).toEqual({ page: 1 })
    expect(r.out.split('\n')[0]).toBe(
      'flows.drawio, page 2 (draw.io diagram) → flows.pipewright.json'
    )
    expect(r.fake.text('flows.pipewright.json')).toContain('"p2-fn"')
    expect(r.out).toMatch(
      /\n {2}p2-vpc +mxgraph\.aws4\.group_vpc +frame +A VPC group\. \(frame p2-vpc\)\n/
    )
    expect(r.out).not.toContain('--page all writes')
  })

  it('refuses a page the file does not have, and --page for a template', async () => {
    const r = await run(['import', 'flows.drawio', '--page', '4'], { 'flows.drawio': flows })
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toBe('flows.drawio has 3 pages; --page takes 1 to 3 or all.\n')
    expect(r.writes).toEqual([])
    importSource.mockClear()
    const template = await run(['import', 'stack.yaml', '--page', 'all'], {
      'stack.yaml': TEMPLATE
    })
    expect(template.code).toBe(EXIT.unusable)
    expect(template.err).toBe('stack.yaml is not a draw.io file: --page is for draw.io files.\n')
    expect(importSource).not.toHaveBeenCalled()
  })

  it('writes one diagram per page with --page all, named after OUT and each page', async () => {
    const r = await run(
      ['import', 'd/flows.drawio', '--page', 'all', '-o', 'out/team.pipewright.json', '--json'],
      {
        'd/flows.drawio': flows
      }
    )
    expect(r.code).toBe(EXIT.ok)
    expect(r.writes).toEqual([
      'out/team-ingest.pipewright.json',
      'out/team-serving-bi.pipewright.json',
      'out/team-ingest-3.pipewright.json'
    ])
    expect(importSource.mock.calls.map((c) => c[3])).toEqual([
      { page: 0 },
      { page: 1 },
      { page: 2 }
    ])
    const json = JSON.parse(r.out) as { input: string; kind: string; pages: ImportJson[] }
    expect(json.kind).toBe('drawio')
    expect(json.pages.map((p) => [p.page, p.output])).toEqual([
      [1, 'out/team-ingest.pipewright.json'],
      [2, 'out/team-serving-bi.pipewright.json'],
      [3, 'out/team-ingest-3.pipewright.json']
    ])
    expect(r.fake.text('out/team-serving-bi.pipewright.json')).toContain('"p2-bucket"')
  })

  it('with --page all writes nothing when one page’s output exists, and goes on past a page it cannot import', async () => {
    const exists = await run(['import', 'flows.drawio', '--page', 'all'], {
      'flows.drawio': flows,
      'flows-serving-bi.pipewright.json': 'mine'
    })
    expect(exists.code).toBe(EXIT.unusable)
    expect(exists.writes).toEqual([])

    importSource.mockImplementation((bytes, fileName, _d, options) =>
      options?.page === 1
        ? { ok: false, message: 'page 2 is empty' }
        : drawioImport(fileName, options?.page, pageNamesIn(bytes))
    )
    const partly = await run(['import', 'flows.drawio', '--page', 'all'], { 'flows.drawio': flows })
    expect(partly.code).toBe(EXIT.unusable)
    expect(partly.err).toBe('flows.drawio: page 2 is empty\n')
    expect(partly.writes).toEqual([
      'flows-ingest.pipewright.json',
      'flows-ingest-3.pipewright.json'
    ])
  })
})
