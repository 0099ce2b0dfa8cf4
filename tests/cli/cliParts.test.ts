import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args'
import { nodeIo } from '../../src/cli/main'
import { pageOutputs, stemOf } from '../../src/cli/outputPath'

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
      ]),
      lists: new Map()
    })
  })

  it('gathers a repeatable option’s values in order, and still refuses others given twice', () => {
    const many = { ...spec, options: [...spec.options, ['--ignore']], repeatable: ['--ignore'] }
    const parsed = parseArgs(['--ignore', 'a', 'f', '--ignore=b', '--page', '1'], many)
    expect(parsed).toMatchObject({
      positionals: ['f'],
      lists: new Map([['--ignore', ['a', 'b']]])
    })
    expect(parseArgs(['--page', '1', '--page', '2'], many)).toBe('--page is given twice.')
    expect(parseArgs(['--ignore'], many)).toBe('--ignore needs a value.')
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
