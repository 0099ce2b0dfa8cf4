import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DRAWIO_LIMITS } from '../../../../src/shared/interchange/drawio/drawioLimits'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import { inflateRawBounded } from '../../../../src/shared/interchange/drawio/inflateBounded'
import { model, pngWith, res, textChunk, vertex } from './drawioFiles'

const message = (r: ReturnType<typeof importDrawio>) => (r.ok ? 'imported' : r.message)
const text = (t: string, name = 'bad.drawio') => message(importDrawio({ text: t }, name))

describe('hostile and broken draw.io input', () => {
  it('refuses a deflate bomb without inflating it whole', () => {
    const zeros = new Uint8Array(DRAWIO_LIMITS.maxInflatedBytes + 1024 * 1024)
    const bomb = Buffer.from(deflateSync(zeros, { level: 9 })).toString('base64')
    expect(bomb.length).toBeLessThan(200_000)
    expect(text(`<mxfile><diagram name="P">${bomb}</diagram></mxfile>`)).toMatch(
      /expands to more than 40 MB .*refused/
    )
  })

  it('stops inflating at the given ceiling', () => {
    const data = deflateSync(new Uint8Array(1_000_000).fill(97))
    const r = inflateRawBounded(data, 64 * 1024)
    expect(r.ok).toBe(false)
    const ok = inflateRawBounded(data, 2_000_000)
    expect(ok.ok && ok.bytes.length).toBe(1_000_000)
  })

  it('refuses entity declarations (billion laughs) before parsing', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE mxfile [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<mxfile><diagram name="&lol3;">${model('')}</diagram></mxfile>`
    expect(text(laughs)).toMatch(/declares XML entities/)
    expect(text(`<svg content="x"><!ENTITY a "b"></svg>`, 'a.drawio.svg')).toMatch(
      /declares XML entities/
    )
  })

  it('reports broken base64, truncated deflate and undecodable pages', () => {
    expect(text('<mxfile><diagram name="P">@@not base64@@</diagram></mxfile>')).toMatch(
      /page 0 \(“P”\): the compressed data is not valid base64/
    )
    const full = Buffer.from(
      deflateSync(new TextEncoder().encode(encodeURIComponent(model(''))))
    ).toString('base64')
    expect(text(`<mxfile><diagram name="P">${full.slice(0, 12)}</diagram></mxfile>`)).toMatch(
      /compressed data/
    )
    const notXml = Buffer.from(deflateSync(new TextEncoder().encode('hello'))).toString('base64')
    expect(text(`<mxfile><diagram name="P">${notXml}</diagram></mxfile>`)).toMatch(
      /does not decode to XML/
    )
  })

  it('names what a file is when it is not an mxfile', () => {
    expect(text('{"Resources": {}}')).toMatch(/is not XML/)
    expect(text('<html><body/></html>')).toMatch(/root is <html>, not a draw\.io diagram/)
    expect(
      text('<mxfile><diagram name="P"><mxGraphModel><root></mxGraphModel></diagram></mxfile>')
    ).toMatch(/not well-formed XML \(line 1/)
    expect(text('<mxfile></mxfile>')).toMatch(/no pages/)
    expect(message(importDrawio({ png: pngWith() }, 'p.png'))).toMatch(/no "mxfile" text chunk/)
    const damaged = pngWith(textChunk('mxfile', 'x')).slice(0, 40)
    expect(message(importDrawio({ png: damaged }, 'p.png'))).toMatch(/damaged PNG/)
  })

  it('refuses oversized input and pages with more cells than a diagram holds', () => {
    expect(text(' '.repeat(DRAWIO_LIMITS.maxInputBytes + 1))).toMatch(/larger than 10 MB/)
    const cells = '<mxCell/>'.repeat(DRAWIO_LIMITS.maxCells + 1)
    expect(text(`<mxGraphModel><root>${cells}</root></mxGraphModel>`)).toMatch(/150001 cells/)
  })

  it('refuses XML nested deeper than the parser allows, with a message', () => {
    const deep = `<mxGraphModel><root>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</root></mxGraphModel>`
    expect(text(deep)).toMatch(/cannot be read as XML \(Maximum nested tags exceeded\)/)
  })

  it('never throws on odd but well-formed pages', () => {
    const odd = model(
      `<mxCell id="a" vertex="1" parent="a"/>${vertex('b', res('sqs'), [Number.NaN, 1e30, -5, 10], 'x', 'zz')}<mxCell id="c" edge="1" parent="1" source="c" target="nowhere"/>`
    )
    const r = importDrawio({ text: odd }, 'odd.drawio')
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.report.entries).toHaveLength(3)
  })
})
