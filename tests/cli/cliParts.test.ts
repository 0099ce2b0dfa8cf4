import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addMetadata } from 'meta-png'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args'
import { drawioPageNames } from '../../src/cli/drawioPages'
import { nodeIo } from '../../src/cli/main'
import { pageOutputs, stemOf } from '../../src/cli/outputPath'
import { decodeUtf8 } from '../../src/cli/readInput'
import { mxfileWithPages } from './importedFakes'

const bytes = (text: string) => new TextEncoder().encode(text)
// A 1×1 PNG.
const PIXEL = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64'
  )
)

describe('draw.io page names', () => {
  it('reads each <diagram name> of an mxfile, entities decoded, unnamed pages numbered', () => {
    const text = mxfileWithPages(['Ingest', 'Serving & BI']).replace(
      '</mxfile>',
      '<diagram id="x">compressed</diagram><diagram name="&#x1F4C8; &lt;KPIs&gt;"></diagram></mxfile>'
    )
    expect(drawioPageNames(bytes(text), decodeUtf8)).toEqual([
      'Ingest',
      'Serving & BI',
      'Page-3',
      '📈 <KPIs>'
    ])
  })

  it('reads the mxfile in a .drawio.svg’s content attribute and in a .drawio.png’s mxfile chunk', () => {
    const mxfile = mxfileWithPages(['One', 'Two & three'])
    const escaped = mxfile
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" content="${escaped}"><g/></svg>`
    expect(drawioPageNames(bytes(svg), decodeUtf8)).toEqual(['One', 'Two & three'])
    const png = addMetadata(PIXEL, 'mxfile', encodeURIComponent(mxfile))
    expect(drawioPageNames(png, decodeUtf8)).toEqual(['One', 'Two & three'])
  })

  it('gives no pages for a bare mxGraphModel, a template, a PNG without a diagram or bad bytes', () => {
    expect(drawioPageNames(bytes('<mxGraphModel><root/></mxGraphModel>'), decodeUtf8)).toEqual([])
    expect(
      drawioPageNames(bytes('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'), decodeUtf8)
    ).toEqual([])
    expect(drawioPageNames(PIXEL, decodeUtf8)).toEqual([])
    expect(drawioPageNames(addMetadata(PIXEL, 'mxfile', '%E0%A4%A'), decodeUtf8)).toEqual([])
    expect(drawioPageNames(Uint8Array.from([0xff, 0xfe, 0x3c]), decodeUtf8)).toEqual([])
  })
})

describe('output names', () => {
  it.each([
    ['infra/stack.template.yaml', 'stack'],
    ['stack.yml', 'stack'],
    ['stack.json', 'stack'],
    ['flows.drawio.png', 'flows'],
    ['flows.drawio', 'flows'],
    ['pipeline.pipewright.json', 'pipeline'],
    ['Makefile', 'Makefile'],
    ['.yaml', '.yaml']
  ])('the stem of %s is %s', (path, stem) => {
    expect(stemOf(path)).toBe(stem)
  })

  it('names one file per page after OUT and the page, unique, a nameless page by its number', () => {
    expect(
      pageOutputs('out/team.pipewright.json', '.pipewright.json', [
        'Ingest',
        'Ingest',
        '★',
        'Ärger über Ü'
      ])
    ).toEqual([
      'out/team-ingest.pipewright.json',
      'out/team-ingest-2.pipewright.json',
      'out/team-page-3.pipewright.json',
      'out/team-arger-uber-u.pipewright.json'
    ])
  })
})

describe('the command-line parser', () => {
  const spec = { flags: ['--json'], options: [['--output', '-o'], ['--page']] }

  it('takes flags, options with a value (spaced or with =) and files, -- ending the options', () => {
    const parsed = parseArgs(['a', '--json', '-o', 'x', '--page=2', '--', '-odd-name'], spec)
    expect(parsed).toEqual({
      positionals: ['a', '-odd-name'],
      flags: new Set(['--json']),
      options: new Map([
        ['--output', 'x'],
        ['--page', '2']
      ])
    })
  })
})

describe('nodeIo.writeText', () => {
  it('writes whole files, refuses an existing one without overwrite, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipewright-write-'))
    const path = join(dir, 'out.pipewright.json')
    await nodeIo.writeText(path, 'first', { overwrite: false })
    expect(readFileSync(path, 'utf8')).toBe('first')
    await expect(nodeIo.writeText(path, 'second', { overwrite: false })).rejects.toMatchObject({
      code: 'EEXIST'
    })
    expect(readFileSync(path, 'utf8')).toBe('first')
    await nodeIo.writeText(path, 'third', { overwrite: true })
    expect(readFileSync(path, 'utf8')).toBe('third')
    expect(readdirSync(dir)).toEqual(['out.pipewright.json'])
  })

  it('fails without touching anything when the folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipewright-write-'))
    writeFileSync(join(dir, 'keep'), 'x')
    await expect(
      nodeIo.writeText(join(dir, 'missing', 'out.json'), 'text', { overwrite: true })
    ).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(dir)).toEqual(['keep'])
  })
})
