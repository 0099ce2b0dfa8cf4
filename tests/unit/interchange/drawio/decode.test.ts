import { zlibSync } from 'fflate'
import { addMetadata } from 'meta-png'
import { describe, expect, it } from 'vitest'
import { importDrawio } from '../../../../src/shared/interchange/drawio/importDrawio'
import { importSource } from '../../../../src/shared/interchange/import/importSource'
import {
  compressPage,
  imported,
  model,
  mxfile,
  pngWith,
  res,
  svgWith,
  textChunk,
  vertex,
  zTxtChunk
} from './drawioFiles'

const ONE = model(vertex('q', res('sqs'), [0, 0, 78, 78], 'orders'))
const TWO = model(vertex('t', res('sns'), [0, 0, 78, 78], 'alerts'))
const services = (text: string, page?: number) =>
  imported(
    importDrawio({ text }, 'x.drawio', page === undefined ? {} : { page })
  ).diagram.nodes.map((n) => n.service)
const utf8 = (text: string) => new TextEncoder().encode(text)
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

describe('draw.io decoding', () => {
  it('reads uncompressed and compressed pages alike', () => {
    expect(services(mxfile([{ name: 'P', model: ONE }]))).toEqual(['sqs'])
    expect(services(mxfile([{ name: 'P', model: ONE, compressed: true }]))).toEqual(['sqs'])
  })

  it('reads a bare <mxGraphModel> and a page escaped as text', () => {
    expect(services(`<?xml version="1.0"?>\n${ONE}`)).toEqual(['sqs'])
    const escaped = ONE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(services(`<mxfile><diagram name="P">${escaped}</diagram></mxfile>`)).toEqual(['sqs'])
  })

  it('picks a page of a multi-page file and lists them all', () => {
    const file = mxfile([
      { name: 'Orders', model: ONE, compressed: true },
      { name: 'Alerts & <ops>', model: TWO }
    ])
    expect(services(file)).toEqual(['sqs'])
    expect(services(file, 1)).toEqual(['sns'])
    const r = imported(importDrawio({ text: file }, 'two.drawio', { page: 1 }))
    expect(r.report.pages).toEqual([
      { index: 0, name: 'Orders', id: 'p0' },
      { index: 1, name: 'Alerts & <ops>', id: 'p1' }
    ])
    expect(r.report.remarks[0]).toContain('2 pages')
    const missing = importDrawio({ text: file }, 'two.drawio', { page: 2 })
    expect(missing.ok ? '' : missing.message).toMatch(/has 2 pages; page 2 does not exist/)
  })

  it('reads the mxfile in a .drawio.svg content attribute, compressed or not', () => {
    expect(services(svgWith(mxfile([{ name: 'P', model: ONE }])))).toEqual(['sqs'])
    expect(services(svgWith(mxfile([{ name: 'P', model: ONE, compressed: true }])))).toEqual([
      'sqs'
    ])
    const plain = importDrawio(
      { text: '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>' },
      'a.svg'
    )
    expect(plain.ok ? '' : plain.message).toMatch(/without a draw\.io diagram/)
  })

  it('reads the mxfile in a .drawio.png tEXt chunk, as draw.io (and meta-png) write it', () => {
    const file = mxfile([{ name: 'P', model: ONE, compressed: true }])
    const png = addMetadata(pngWith(), 'mxfile', encodeURIComponent(file))
    const r = imported(importDrawio({ png }, 'x.drawio.png'))
    expect(r.diagram.nodes.map((n) => n.service)).toEqual(['sqs'])
    expect(r.diagram.name).toBe('x')
  })

  it('reads zTXt chunks and the older mxGraphModel keyword', () => {
    const file = mxfile([{ name: 'P', model: TWO }])
    const z = pngWith(zTxtChunk('mxfile', encodeURIComponent(file)))
    expect(imported(importDrawio({ png: z }, 'z.png')).diagram.nodes[0]!.service).toBe('sns')
    const old = pngWith(
      textChunk('Software', 'draw.io'),
      textChunk('mxGraphModel', encodeURIComponent(TWO))
    )
    expect(imported(importDrawio({ png: old }, 'old.png')).diagram.nodes[0]!.service).toBe('sns')
  })

  it('reads iTXt chunks, compressed or not', () => {
    const value = encodeURIComponent(mxfile([{ name: 'P', model: ONE }]))
    const bytes = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0))
    const plain = pngWith(['iTXt', bytes(`mxfile\0\0\0en\0\0${value}`)])
    expect(imported(importDrawio({ png: plain }, 'i.png')).diagram.nodes[0]!.service).toBe('sqs')
    const packed = pngWith([
      'iTXt',
      new Uint8Array([...bytes('mxfile\0\x01\0\0\0'), ...zlibSync(bytes(value))])
    ])
    expect(imported(importDrawio({ png: packed }, 'i.png')).diagram.nodes[0]!.service).toBe('sqs')
  })

  it('comes through importSource for text and PNG bytes', () => {
    const file = mxfile([{ name: 'P', model: ONE, compressed: true }])
    const viaText = importSource(utf8(file), 'x.drawio', decode)
    expect(viaText.ok && viaText.report.kind).toBe('drawio')
    const viaSvg = importSource(utf8(svgWith(file)), 'x.drawio.svg', decode)
    expect(viaSvg.ok && viaSvg.diagram.nodes.length).toBe(1)
    // An SVG whose content attribute holds the whole mxfile compressed, under a plain name.
    const whole = `<svg xmlns="http://www.w3.org/2000/svg" content="${compressPage(file)}"><g/></svg>`
    const viaOldSvg = importSource(utf8(whole), 'architecture.svg', decode)
    expect(viaOldSvg.ok && viaOldSvg.diagram.nodes.map((n) => n.service)).toEqual(['sqs'])
    const viaPng = importSource(
      pngWith(textChunk('mxfile', encodeURIComponent(file))),
      'x.drawio.png',
      decode
    )
    expect(viaPng.ok && viaPng.diagram.nodes.length).toBe(1)
  })

  it('keeps a compressed page that holds non-ASCII labels', () => {
    const xml = model(vertex('s', res('s3'), [0, 0, 78, 78], 'Données brutes – 数据'))
    const r = imported(
      importDrawio({ text: mxfile([{ name: 'P', model: xml, compressed: true }]) }, 'u.drawio')
    )
    expect(r.diagram.nodes[0]!.label).toBe('Données brutes – 数据')
    expect(compressPage(xml)).toMatch(/^[A-Za-z0-9+/=]+$/)
  })
})
