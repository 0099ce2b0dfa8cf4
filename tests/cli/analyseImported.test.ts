import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportJson } from '../../src/cli/exportCommand'
import type { ImportedJson } from '../../src/cli/importedInput'
import { EXIT, main } from '../../src/cli/main'
import { onlyFile } from './validateJson'
import type { exportTemplate as realExportTemplate } from '../../src/shared/interchange/cloudformation/exportTemplate'
import type { importSource as realImportSource } from '../../src/shared/interchange/import/importSource'
import { fakeIo } from './fakeIo'
import { drawioImport, mxfileWithPages, pageNamesIn, templateImport } from './importedFakes'

/**
 * validate and estimate given a template or a draw.io file, and export cloudformation, with
 * stand-ins for the importer and the exporter: which files are imported, what the output says
 * about it, what export writes and refuses.
 */
const importSource = vi.hoisted(() => vi.fn<typeof realImportSource>())
vi.mock('../../src/shared/interchange/import/importSource', () => ({ importSource }))
const exportTemplate = vi.hoisted(() => vi.fn<typeof realExportTemplate>())
vi.mock('../../src/shared/interchange/cloudformation/exportTemplate', () => ({ exportTemplate }))

const ROOT = resolve(__dirname, '../..')
const diagramFixture = (name: string) =>
  readFileSync(resolve(ROOT, 'tests/fixtures/diagrams', name), 'utf8')
const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'
// As templates are written (a minified one is not recognised by sniffImportKind today).
const JSON_TEMPLATE = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }, null, 2)

beforeEach(() => {
  importSource.mockReset()
  importSource.mockImplementation((bytes, fileName, _decode, options) =>
    fileName.includes('drawio')
      ? drawioImport(fileName, options?.page ?? 0, pageNamesIn(bytes))
      : templateImport(fileName, fileName.includes('wrong'))
  )
  exportTemplate.mockReset()
  exportTemplate.mockImplementation((diagram) => ({
    text: `# ${diagram.name}\nResources: {}\n`,
    template: { Resources: {} },
    report: {
      resources: diagram.nodes
        .filter((n) => n.service !== 'producer-app' && !n.external)
        .map((n) => ({
          nodeId: n.id,
          logicalId: n.id.replace(/[^A-Za-z0-9]/g, ''),
          type: 'AWS::X::Y',
          citation: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/'
        })),
      skipped: diagram.nodes
        .filter((n) => n.service === 'producer-app')
        .map((n) => ({ nodeId: n.id, reason: 'a producer application has no resource type' })),
      external: [{ nodeId: 'Existing', logicalId: 'ExistingArn', reference: 'MSKClusterArn' }],
      edges: diagram.edges.map((e, i) => ({
        edgeId: e.id,
        outcome: i === 0 ? ('left' as const) : ('wired' as const),
        detail: i === 0 ? 'Add the subscription filter by hand.' : 'Wired.'
      })),
      parameters: ['StreamName'],
      leftToUser: ['Upload the function code.']
    }
  }))
})

async function run(args: string[], files: Parameters<typeof fakeIo>[0]) {
  const fake = fakeIo(files)
  const code = await main(args, fake.io)
  return { code, ...fake.state, fake }
}

describe('validate and estimate given a template or a draw.io file', () => {
  it.each([
    ['stack.yaml', TEMPLATE],
    ['stack.yml', TEMPLATE],
    ['stack.template', TEMPLATE],
    ['stack.json', JSON_TEMPLATE],
    ['flows.drawio', mxfileWithPages(['A'])],
    ['flows.xml', mxfileWithPages(['A'])],
    ['flows.drawio.svg', '<svg content="&lt;mxfile&gt;"/>']
  ])('imports %s in memory before checking it', async (name, content) => {
    const r = await run(['validate', name], { [name]: content })
    expect(importSource).toHaveBeenCalledTimes(1)
    expect(importSource.mock.calls[0]![1]).toBe(name)
    expect(r.code).toBe(EXIT.ok)
    expect(r.out.split('\n')[0]).toMatch(
      new RegExp(
        `^${name.replace(/\./g, '\\.')}: imported in memory from a (CloudFormation template|draw\\.io diagram)`
      )
    )
    expect(r.writes).toEqual([])
  })

  it('reads a Pipewright diagram as before: no import, the same JSON keys', async () => {
    const r = await run(['validate', 'd.pipewright.json', '--json'], {
      'd.pipewright.json': diagramFixture('valid-clickstream.pipewright.json')
    })
    expect(importSource).not.toHaveBeenCalled()
    expect(r.code).toBe(EXIT.ok)
    expect(Object.keys(onlyFile(r.out)).sort()).toEqual([
      'edges',
      'ignored',
      'kind',
      'path',
      'problems'
    ])
  })

  it('names the template’s logical ids in problems and says it imported, exit 1 on an error', async () => {
    const text = await run(['validate', 'wrong.yaml'], { 'wrong.yaml': TEMPLATE })
    expect(text.code).toBe(EXIT.problems)
    expect(text.out).toContain(
      'wrong.yaml: imported in memory from a CloudFormation template (3 node, 1 not-pipeline); node ids are its logical ids.'
    )
    expect(text.out).toContain(
      '1 suggested connection is not drawn and not checked: pipewright import lists it with the evidence.'
    )
    expect(text.out).toContain('Note: Condition IsProd was read but not evaluated.')
    expect(text.out).toContain(
      'not-integrated  edge ClickStream-ArchiveBucket (Kinesis Data Streams → Amazon S3)'
    )
    const json = onlyFile(
      (await run(['validate', 'wrong.yaml', '--json'], { 'wrong.yaml': TEMPLATE })).out
    )
    expect(json.kind).toBe('cloudformation')
    expect(json.imported).toEqual({
      kind: 'cloudformation',
      outcomes: { node: 3, 'not-pipeline': 1 },
      suggestedConnections: 1,
      remarks: ['Condition IsProd was read but not evaluated.']
    })
    expect(json.problems.find((p) => p.code === 'not-integrated')?.edgeId).toBe(
      'ClickStream-ArchiveBucket'
    )
  })

  it('estimates an imported template, its nodes under their logical ids', async () => {
    const r = await run(['estimate', 'stack.yaml', '--json'], { 'stack.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.ok)
    const json = JSON.parse(r.out) as ImportedJson & { nodes: { id: string }[] }
    expect(json.imported.kind).toBe('cloudformation')
    expect(json.nodes.map((n) => n.id).sort()).toEqual([
      'ArchiveBucket',
      'ArchiveDelivery',
      'ClickStream'
    ])
    const text = await run(['estimate', 'stack.yaml'], { 'stack.yaml': TEMPLATE })
    expect(text.out.startsWith('stack.yaml: imported in memory')).toBe(true)
    expect(text.out).toMatch(/\nstack\.yaml: \$[\d,.]+ per month/)
  })

  it('passes --page N to the importer as N - 1, and refuses it for a Pipewright diagram', async () => {
    const r = await run(['validate', 'flows.drawio', '--page', '2'], {
      'flows.drawio': mxfileWithPages(['A', 'B'])
    })
    expect(r.code).toBe(EXIT.ok)
    expect(importSource.mock.calls[0]![3]).toEqual({ page: 1 })
    const missing = await run(['validate', 'flows.drawio', '--page', '3'], {
      'flows.drawio': mxfileWithPages(['A', 'B'])
    })
    expect(missing.code).toBe(EXIT.unusable)
    expect(missing.err).toBe('flows.drawio has 2 pages; --page takes 1 to 2.\n')
    const all = await run(['validate', 'flows.drawio', '--page', 'all'], { 'flows.drawio': '' })
    expect(all.code).toBe(EXIT.unusable)
    expect(all.err).toBe('--page takes a page number (1 for the first), not "all".\n')
    const diagram = await run(['estimate', 'd.pipewright.json', '--page', '1'], {
      'd.pipewright.json': diagramFixture('valid-clickstream.pipewright.json')
    })
    expect(diagram.code).toBe(EXIT.unusable)
    expect(diagram.err).toBe(
      'd.pipewright.json is a Pipewright diagram: --page is for draw.io files.\n'
    )
  })

  it('exits 2 with the importer’s message for a file it cannot import', async () => {
    importSource.mockReturnValue({
      ok: false,
      message: 'x.yaml: CloudFormation import is not written yet.'
    })
    const r = await run(['estimate', 'x.yaml'], { 'x.yaml': TEMPLATE })
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toBe('x.yaml: x.yaml: CloudFormation import is not written yet.\n')
    expect(r.out).toBe('')
  })
})

describe('pipewright export cloudformation', () => {
  it.each([
    [[], 'export needs a format'],
    [['terraform', 'd.pipewright.json'], 'export does not know the format "terraform"'],
    [['cloudformation'], 'export cloudformation takes exactly one FILE.'],
    [['cloudformation', 'a', 'b'], 'export cloudformation takes exactly one FILE.'],
    [['cloudformation', 'a', '--zip'], 'Unknown option --zip.']
  ])('exits 2 for export %j', async (args, message) => {
    const r = await run(['export', ...args], {})
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toContain(message)
    expect(exportTemplate).not.toHaveBeenCalled()
  })

  it('writes the template beside the diagram and prints what was exported, skipped and left to do', async () => {
    const source = diagramFixture('valid-clickstream.pipewright.json')
    const r = await run(['export', 'cloudformation', 'p/click.pipewright.json'], {
      'p/click.pipewright.json': source
    })
    expect(r.code).toBe(EXIT.ok)
    expect(r.writes).toEqual(['p/click.template.yaml'])
    const exported = exportTemplate.mock.calls[0]![0]
    expect(exported.nodes.map((n) => n.id)).toEqual(
      (JSON.parse(source) as { nodes: { id: string }[] }).nodes.map((n) => n.id)
    )
    expect(r.fake.text('p/click.template.yaml')).toBe(`# ${exported.name}\nResources: {}\n`)
    const skipped = exported.nodes.filter((n) => n.service === 'producer-app').length
    expect(r.out).toContain(
      `click.pipewright.json → p/click.template.yaml: ${exported.nodes.length - skipped} resources, ${skipped} node${skipped === 1 ? '' : 's'} skipped, 1 parameter`
    )
    expect(r.out).toContain('Not exported (no CloudFormation resource type):')
    expect(r.out).toContain('Parameters: StreamName')
    expect(r.out).toContain(
      'External (taken as parameters, not created):\n  Existing  → ExistingArn (MSKClusterArn)'
    )
    expect(r.out).toContain(
      `Edges: ${exported.edges.length - 1} wired, 0 implicit (the resources alone do it), 1 left to you\n  ${exported.edges[0]!.id}: Add the subscription filter by hand.`
    )
    expect(r.out).toContain(
      'Left to you before the stack deploys (also in the template’s Metadata):\n  - Upload the function code.'
    )
  })

  it('imports a template first, says so in --json, and refuses to overwrite without --force', async () => {
    const files = { 'stack.yaml': TEMPLATE, 'stack.template.yaml': 'old' }
    const refused = await run(['export', 'cloudformation', 'stack.yaml'], files)
    expect(refused.code).toBe(EXIT.unusable)
    expect(refused.err).toContain('stack.template.yaml exists; pass --force to overwrite it')
    expect(refused.fake.text('stack.template.yaml')).toBe('old')

    const forced = await run(['export', 'cloudformation', 'stack.yaml', '--force', '--json'], files)
    expect(forced.code).toBe(EXIT.ok)
    const json = JSON.parse(forced.out) as ExportJson
    expect(json).toMatchObject({
      input: 'stack.yaml',
      output: 'stack.template.yaml',
      importedFrom: 'cloudformation',
      diagramErrors: 0
    })
    expect(json.report.resources.map((r) => r.nodeId)).toEqual([
      'ClickStream',
      'ArchiveDelivery',
      'ArchiveBucket'
    ])
    expect(forced.fake.text('stack.template.yaml')).toBe('# clickstream\nResources: {}\n')

    const input = await run(
      ['export', 'cloudformation', 'stack.yaml', '-o', 'stack.yaml', '--force'],
      files
    )
    expect(input.code).toBe(EXIT.unusable)
    expect(input.err).toContain('is the input file; it is never overwritten')
  })

  it('writes but exits 1 for a diagram with errors, and exits 2 when the exporter fails', async () => {
    const bad = await run(['export', 'cloudformation', 'bad.pipewright.json', '-o', 'bad.yaml'], {
      'bad.pipewright.json': diagramFixture('invalid-edge.pipewright.json')
    })
    expect(bad.code).toBe(EXIT.problems)
    expect(bad.writes).toEqual(['bad.yaml'])
    expect(bad.out).toMatch(
      /The diagram has \d+ errors?: the template is written as the diagram is/
    )

    exportTemplate.mockImplementation(() => {
      throw new Error('CloudFormation export is not written yet.')
    })
    const failed = await run(['export', 'cloudformation', 'ok.pipewright.json'], {
      'ok.pipewright.json': diagramFixture('valid-clickstream.pipewright.json')
    })
    expect(failed.code).toBe(EXIT.unusable)
    expect(failed.err).toBe(
      'ok.pipewright.json: cannot export a CloudFormation template: CloudFormation export is not written yet.\n'
    )
    expect(failed.writes).toEqual([])
  })
})
