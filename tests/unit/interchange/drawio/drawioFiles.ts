/**
 * Builds draw.io files the way draw.io writes them, for tests: compressed pages (raw deflate of
 * the URI-encoded XML, base64), mxfiles with several pages, .drawio.svg and .drawio.png wrappers.
 * Decoding here uses fflate and Node directly, independent of the importer under test.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { deflateSync, inflateSync, strToU8, zlibSync } from 'fflate'
import { expect } from 'vitest'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import type { Diagram } from '../../../../src/shared/diagram/types'
import type {
  ImportOutcomeResult,
  ImportResult
} from '../../../../src/shared/interchange/import/importReport'
import { validateDiagram } from '../../../../src/shared/validation/validator'

const DRAWIO_FIXTURES = fileURLToPath(new URL('../../../fixtures/drawio/', import.meta.url))

export function fixture(name: string): string {
  return readFileSync(DRAWIO_FIXTURES + name, 'utf8')
}

export function compressPage(xml: string): string {
  return Buffer.from(deflateSync(strToU8(encodeURIComponent(xml)), { level: 9 })).toString('base64')
}

function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export interface PageSpec {
  name: string
  model: string
  compressed?: boolean
}

export function mxfile(pages: PageSpec[]): string {
  const body = pages
    .map(
      (p, i) =>
        `<diagram id="p${String(i)}" name="${escapeAttr(p.name)}">${p.compressed ? compressPage(p.model) : p.model}</diagram>`
    )
    .join('')
  return `<mxfile host="app.diagrams.net" pages="${String(pages.length)}">${body}</mxfile>`
}

/** A page model: the root and layer cells, then the given cells. */
export function model(cells: string): string {
  return `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel>`
}

export function vertex(
  id: string,
  style: string,
  [x, y, w, h]: [number, number, number, number],
  value = '',
  parent = '1'
): string {
  return `<mxCell id="${id}" value="${escapeAttr(value)}" style="${escapeAttr(style)}" vertex="1" parent="${parent}"><mxGeometry x="${String(x)}" y="${String(y)}" width="${String(w)}" height="${String(h)}" as="geometry"/></mxCell>`
}

export function arrow(
  id: string,
  ends: {
    source?: string
    target?: string
    sourcePoint?: [number, number]
    targetPoint?: [number, number]
  },
  style = 'edgeStyle=orthogonalEdgeStyle;html=1;',
  value = '',
  parent = '1'
): string {
  const attrs =
    (ends.source ? ` source="${ends.source}"` : '') +
    (ends.target ? ` target="${ends.target}"` : '')
  const point = (p: [number, number] | undefined, as: string) =>
    p ? `<mxPoint x="${String(p[0])}" y="${String(p[1])}" as="${as}"/>` : ''
  return `<mxCell id="${id}" value="${escapeAttr(value)}" style="${escapeAttr(style)}" edge="1" parent="${parent}"${attrs}><mxGeometry relative="1" as="geometry">${point(ends.sourcePoint, 'sourcePoint')}${point(ends.targetPoint, 'targetPoint')}</mxGeometry></mxCell>`
}

export const res = (icon: string) =>
  `sketch=0;outlineConnect=0;fontColor=#232F3E;strokeColor=#ffffff;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${icon};`
export const shape = (name: string) =>
  `outlineConnect=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;aspect=fixed;shape=${name};`
export const group = (icon: string) =>
  `outlineConnect=0;html=1;whiteSpace=wrap;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.${icon};fillColor=none;verticalAlign=top;align=left;spacingLeft=30;`

/** A .drawio.svg: the mxfile in the root's content attribute, as draw.io exports it. */
export function svgWith(mxfileXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100px" height="100px" content="${escapeAttr(mxfileXml)}"><g/></svg>`
}

function chunk(type: string, data: Uint8Array): number[] {
  const n = data.length
  // CRCs are not checked by the importer (nor by meta-png); zeros keep the builder small.
  return [
    (n >>> 24) & 255,
    (n >>> 16) & 255,
    (n >>> 8) & 255,
    n & 255,
    ...strToU8(type),
    ...data,
    0,
    0,
    0,
    0
  ]
}

const IHDR = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])

/** A 1×1 PNG with the given text chunks before IEND. */
export function pngWith(...chunks: Array<[string, Uint8Array]>): Uint8Array {
  return new Uint8Array([
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', IHDR),
    ...chunks.flatMap(([type, data]) => chunk(type, data)),
    ...chunk('IEND', new Uint8Array())
  ])
}

const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))

export function textChunk(keyword: string, text: string): [string, Uint8Array] {
  return ['tEXt', latin1Bytes(`${keyword}\0${text}`)]
}

export function zTxtChunk(keyword: string, text: string): [string, Uint8Array] {
  return [
    'zTXt',
    new Uint8Array([...latin1Bytes(`${keyword}\0\0`), ...zlibSync(latin1Bytes(text))])
  ]
}

/** The ids of every vertex and edge cell of a file's pages, read with a plain regex and fflate. */
export function cellIds(file: string, page = 0): string[] {
  const pages = [...file.matchAll(/<diagram\b[^>]*>([\s\S]*?)<\/diagram>/g)].map((m) =>
    m[1]!.trim()
  )
  let xml = pages.length > 0 ? pages[page]! : file
  if (!xml.startsWith('<'))
    xml = decodeURIComponent(
      String.fromCharCode(...inflateSync(Uint8Array.from(Buffer.from(xml, 'base64'))))
    )
  const ids: string[] = []
  let wrapper: string | undefined
  for (const m of xml.matchAll(/<(mxCell|UserObject|object)\b((?:[^>"]|"[^"]*")*)>/g)) {
    const attrs = m[2]!
    const id = /\sid="([^"]*)"/.exec(attrs)?.[1]
    if (m[1] !== 'mxCell') {
      wrapper = id
      continue
    }
    if (/\s(vertex|edge)="1"/.test(attrs)) ids.push(id ?? wrapper!)
    wrapper = undefined
  }
  return ids
}

export function imported(result: ImportOutcomeResult): ImportResult {
  if (!result.ok) throw new Error(result.message)
  return result
}

/** The report has exactly one entry per cell of the page. */
export function expectEveryCellExplained(result: ImportResult, ids: string[]): void {
  expect(result.report.entries.map((e) => e.sourceId).sort()).toEqual([...ids].sort())
}

/** The diagram passes the one load path, and no documented edge is an error. */
export function expectLoadsWithoutEdgeErrors(diagram: Diagram): void {
  const loaded = loadDiagram(JSON.stringify(diagram))
  expect(loaded.ok ? 'loads' : loaded).toBe('loads')
  const errors = validateDiagram(diagram).problems.filter((p) => p.severity === 'error')
  expect(errors).toEqual([])
}

export function servicesOf(diagram: Diagram): Record<string, string> {
  return Object.fromEntries(diagram.nodes.map((n) => [n.id, n.service]))
}

export function edgesOf(diagram: Diagram): string[] {
  return diagram.edges.map((e) => `${e.source}->${e.target}`).sort()
}
