import { describe, expect, it } from 'vitest'
import { decodeFile } from '../../../src/renderer/src/platform/decodeFile'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { exportLikeApp, loadTemplate } from '../interchange/svgSample'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('decodeFile (browser open and drop)', () => {
  it('gives back the diagram of an exported SVG, by name or by content', () => {
    const template = loadTemplate('s3-event-driven.pipewright.json')
    const svg = exportLikeApp(template)
    for (const name of ['export.svg', 'export.txt']) {
      const opened = decodeFile(name, bytes(svg))
      expect(opened).toMatchObject({ canceled: false, name })
      const loaded = loadDiagram('text' in opened ? opened.text : '')
      expect(loaded).toEqual({ ok: true, diagram: template })
    }
  })

  it('refuses a plain SVG with the reason', () => {
    expect(decodeFile('logo.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      canceled: false,
      error:
        "logo.svg: This SVG has no Pipewright diagram in it. Open an SVG exported by Pipewright, or the diagram's .json file."
    })
  })

  it('passes diagram JSON through untouched', () => {
    expect(decodeFile('d.json', bytes('{"a": 1}'))).toEqual({
      canceled: false,
      name: 'd.json',
      text: '{"a": 1}'
    })
  })
})
