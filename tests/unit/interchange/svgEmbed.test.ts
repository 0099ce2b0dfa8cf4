import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import { diagramMetadata, extractDiagramFromSvg } from '../../../src/shared/interchange/svgEmbed'
import { diagram, node } from '../helpers'

const svgWith = (inner: string, prolog = '') =>
  `${prolog}<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}<rect width="10" height="10"/></svg>`

describe('diagram inside an SVG', () => {
  const json = serializeDiagram(
    diagram([node('a', 's3', { label: 'a ]]> b & <c>' })], [], 'Round trip')
  )

  it('round-trips the JSON exactly, ]]> and markup characters included', () => {
    const svg = svgWith(diagramMetadata(json), '<?xml version="1.0" encoding="UTF-8"?>\n')
    expect(extractDiagramFromSvg(svg)).toEqual({ ok: true, text: json })
  })

  it('still reads the diagram when an editor re-saved the CDATA as escaped text', () => {
    const escaped = json
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
    const svg = svgWith(
      `<metadata><pipewright:diagram xmlns:pipewright="urn:pipewright:diagram">${escaped}</pipewright:diagram></metadata>`
    )
    const extracted = extractDiagramFromSvg(svg)
    expect(extracted).toEqual({ ok: true, text: json })
    expect(loadDiagram(json).ok).toBe(true)
  })

  it('refuses a plain SVG with a reason that says what to open instead', () => {
    expect(extractDiagramFromSvg(svgWith('<circle r="4"/>'))).toEqual({
      ok: false,
      message:
        "This SVG has no Pipewright diagram in it. Open an SVG exported by Pipewright, or the diagram's .json file."
    })
  })

  it('refuses text that is not an SVG', () => {
    expect(extractDiagramFromSvg('{"format": "pipewright/diagram"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This file is not an SVG image/)
    })
    expect(extractDiagramFromSvg('<html><body>hi</body></html>')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an SVG image/)
    })
  })

  it('refuses a DOCTYPE (entity expansion) without expanding anything', () => {
    const hostile =
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "${'x'.repeat(10)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
      svgWith(
        `<metadata><pipewright:diagram xmlns:pipewright="urn:pipewright:diagram">&b;</pipewright:diagram></metadata>`
      )
    expect(extractDiagramFromSvg(hostile)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/declares a DOCTYPE/)
    })
  })

  it('refuses markup or unknown entities inside the diagram element, and two diagrams', () => {
    const inside = (content: string) =>
      svgWith(
        `<metadata><pipewright:diagram xmlns:pipewright="urn:pipewright:diagram">${content}</pipewright:diagram></metadata>`
      )
    expect(extractDiagramFromSvg(inside('<script>alert(1)</script>'))).toEqual({
      ok: false,
      message: 'The diagram inside this SVG is damaged and cannot be read.'
    })
    expect(extractDiagramFromSvg(inside('&nbsp;'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/)
    })
    expect(extractDiagramFromSvg(inside('<![CDATA[{"a": 1}'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/)
    })
    expect(
      extractDiagramFromSvg(svgWith(diagramMetadata(json) + diagramMetadata(json)))
    ).toMatchObject({ ok: false, message: expect.stringMatching(/holds 2 Pipewright diagrams/) })
  })

  it('hands a hostile diagram to loadDiagram, which refuses it with its own reason', () => {
    const svg = svgWith(
      diagramMetadata('{"__proto__": {"polluted": true}, "format": "pipewright/diagram"}')
    )
    const extracted = extractDiagramFromSvg(svg)
    expect(extracted.ok).toBe(true)
    const loaded = loadDiagram(extracted.ok ? extracted.text : '')
    expect(loaded).toMatchObject({ ok: false, error: { code: 'forbidden-key' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
