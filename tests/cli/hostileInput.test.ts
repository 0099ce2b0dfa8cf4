import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, escapeControls, main, nodeIo, type CliIo } from '../../src/cli/main'
import { onlyFile } from './validateJson'
import { nodeFileOps } from '../../src/main/files/fileOps'
import { readDiagramFile } from '../../src/main/files/readDiagramFile'
import { decodeFile } from '../../src/renderer/src/platform/decodeFile'
import { loadDiagram } from '../../src/shared/diagram/loadDiagram'
import { embedDiagramInPng } from '../../src/shared/interchange/pngEmbed'
import { DIAGRAM_LIMITS } from '../../src/shared/diagram/schema'

const ROOT = resolve(__dirname, '../..')

async function runCli(
  args: string[],
  io: Partial<CliIo> = {}
): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(args, {
    ...nodeIo,
    ...io,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t)
  })
  return { code, out, err }
}

function fileWith(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pipewright-hostile-')), name)
  writeFileSync(path, content)
  return path
}

const ESC = '\u001b'
const diagramJson = (label: string) =>
  JSON.stringify({
    format: 'pipewright/diagram',
    version: 3,
    name: 'n',
    nodes: [{ id: 'a', service: 's3', label, position: { x: 0, y: 0 } }],
    edges: []
  })

describe('the CLI and hostile files (issue 13, part 3)', () => {
  it('prints a label’s terminal control sequences as escapes, in text and in JSON', async () => {
    // ESC ]0; retitles a terminal window; ESC [2J clears the screen; U+202E reverses the text after it.
    const label = `${ESC}]0;owned\u0007${ESC}[2Jlake\u202e`
    const file = fileWith('d.pipewright.json', diagramJson(label))
    const text = await runCli(['validate', file])
    // eslint-disable-next-line no-control-regex -- the control characters are what must not appear
    expect(text.out).not.toMatch(/[\u001b\u0007\u202e]/)
    expect(text.out).toContain('\\u001b]0;owned\\u0007\\u001b[2Jlake\\u202e')
    const json = await runCli(['validate', file, '--json'])
    // eslint-disable-next-line no-control-regex -- as above
    expect(json.out).not.toMatch(/[\u001b\u0007\u202e]/)
    // Still JSON, and the label reads back as it was.
    expect(onlyFile(json.out).problems.find((p) => p.nodeId === 'a')?.message).toContain(label)
    expect(escapeControls('tab\tand\nnewline stay')).toBe('tab\tand\nnewline stay')
  })

  it('refuses a folder, a FIFO and a device with a message instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipewright-hostile-'))
    const fifo = join(dir, 'pipe.pipewright.json')
    execFileSync('mkfifo', [fifo])
    for (const command of ['validate', 'estimate'])
      for (const [path, what] of [
        [fifo, 'a named pipe (FIFO)'],
        ['/dev/zero', 'a device']
      ] as const) {
        const r = await runCli([command, path])
        expect(r.code, path).toBe(EXIT.unusable)
        expect(r.err).toBe(`Cannot read ${path}: it is ${what}, not a file.\n`)
      }
    const folder = await runCli(['estimate', dir])
    expect(folder.err).toBe(`Cannot read ${dir}: it is a folder, not a file.\n`)
    // validate walks a folder, and passes over the FIFO in it rather than open it.
    const walked = await runCli(['validate', dir])
    expect(walked.code).toBe(EXIT.unusable)
    expect(walked.err).toBe(
      `${dir} holds no diagram (.pipewright.json), CloudFormation/SAM template or draw.io file.\n`
    )
  })

  it('reads at most one byte past the limit, even from a file that grows after it was looked at', async () => {
    const asked: number[] = []
    const r = await runCli(['validate', fileWith('d.pipewright.json', diagramJson('x'))], {
      readBytes: (_path, limit) => {
        asked.push(limit)
        return Promise.resolve(new Uint8Array(limit))
      }
    })
    expect(asked).toEqual([DIAGRAM_LIMITS.maxFileBytes + 1])
    expect(r.code).toBe(EXIT.unusable)
    expect(r.err).toMatch(/diagrams are limited to \d+ MB/)
  })

  it('reads the diagram in a PNG the app exported', async () => {
    // A 1×1 PNG, with the diagram in its text chunk as the app's PNG export writes it.
    const pixel = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64'
      )
    )
    const png = fileWith('d.pipewright.png', embedDiagramInPng(pixel, diagramJson('from a png')))
    const r = await runCli(['validate', png, '--json'])
    expect(r.err).toBe('')
    expect(onlyFile(r.out).problems.map((p) => p.code)).toContain('orphan-node')
  })

  it('treats invalid UTF-8, one byte-order mark and two exactly as the app does', async () => {
    const cases: Array<[string, Uint8Array]> = [
      [
        'invalid UTF-8',
        Uint8Array.from([
          ...Buffer.from('{"format":"pipewright/diagram","name":"'),
          0xc3,
          0x28,
          ...Buffer.from('"}')
        ])
      ],
      ['one BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(diagramJson('bom'))])],
      [
        'two BOMs',
        Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...Buffer.from(diagramJson('bom'))])
      ]
    ]
    for (const [what, bytes] of cases) {
      const path = fileWith('d.pipewright.json', bytes)
      const app = await readDiagramFile(nodeFileOps, path)
      const cli = await runCli(['validate', path])
      expect(cli.code === EXIT.unusable, what).toBe(!app.ok)
      // The browser build's open and drop read the same bytes the same way.
      const browser = decodeFile('d.pipewright.json', bytes)
      expect('text' in browser && loadDiagram(browser.text).ok, what).toBe(app.ok)
      if (!app.ok)
        expect(app.error.replace('Cannot open "d.pipewright.json". ', ''), what).toBe(
          cli.err.replace(`${path}: `, '').trim()
        )
    }
  })

  it('exits quietly with the check’s own code when its reader closes the pipe', async () => {
    // 3,000 orphan nodes: far more output than the 1 byte `head -c 1` takes before it closes the pipe.
    const nodes = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`,
      service: 's3',
      position: { x: i, y: 0 }
    }))
    const file = fileWith(
      'big.pipewright.json',
      JSON.stringify({ format: 'pipewright/diagram', version: 3, name: 'big', nodes, edges: [] })
    )
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/pipewright.cjs'), 'validate', file], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((done) =>
      child.on('close', (c) => {
        done(c)
      })
    )
    expect(stderr).toBe('')
    expect(code).toBe(EXIT.ok)
  }, 30_000)
})
