import { DRAWIO_LIMITS } from './drawioLimits'
import { decodeBase64, inflateRawBounded, latin1 } from './inflateBounded'
import { xmlAttributeText } from './labelText'
import { attr, child, hasEntityDeclarations, parseXml, textOf, type XmlNode } from './xmlTree'

/** A page of a draw.io file, as the report lists it so the caller can offer the others. */
export interface DrawioPage {
  index: number
  name: string
  id?: string
}

export type DecodedFile =
  { ok: true; pages: DrawioPage[]; page: number; model: XmlNode } | { ok: false; message: string }

const fail = (message: string): DecodedFile => ({ ok: false, message })

/** The name of the first element, after the XML declaration, comments and a DOCTYPE. */
function rootName(text: string): string | undefined {
  const m =
    /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(
      text
    )
  return m?.[1]
}

/**
 * A .drawio.svg keeps the mxfile in the root element's `content` attribute, entity-escaped (the
 * drawing itself is plain SVG). Read by hand, so the SVG's own markup never reaches the parser.
 */
function svgContent(text: string): { ok: true; text: string } | { ok: false; message: string } {
  const tag = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(text)?.[0]
  const content = tag ? /\scontent\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag) : null
  const raw = content?.[2] ?? content?.[3]
  if (raw === undefined)
    return {
      ok: false,
      message:
        'is an SVG image without a draw.io diagram in it (no "content" attribute on its <svg> element). Export it from draw.io with "Include a copy of my diagram" ticked.'
    }
  return { ok: true, text: xmlAttributeText(raw).trim() }
}

/**
 * A compressed page: base64 of raw-deflated, URI-encoded XML (draw.io's `compressXml`). Very old
 * files deflated the XML without the URI encoding; both are read.
 */
function inflatePage(base64: string): { ok: true; xml: string } | { ok: false; message: string } {
  const bytes = decodeBase64(base64)
  if (!bytes.ok) return { ok: false, message: `the compressed data ${bytes.message}` }
  const inflated = inflateRawBounded(bytes.bytes)
  if (!inflated.ok) return { ok: false, message: `the compressed data ${inflated.message}` }
  const text = latin1(inflated.bytes)
  let xml = text
  try {
    xml = decodeURIComponent(text)
  } catch {
    if (!text.trimStart().startsWith('<'))
      return {
        ok: false,
        message: 'the compressed data does not decode to XML (bad URI encoding).'
      }
  }
  if (!xml.trimStart().startsWith('<'))
    return { ok: false, message: 'the compressed data does not decode to XML.' }
  return { ok: true, xml }
}

function modelOf(xml: string): { ok: true; model: XmlNode } | { ok: false; message: string } {
  const parsed = parseXml(xml)
  if (!parsed.ok) return { ok: false, message: `its XML ${parsed.message}` }
  const model = child(parsed.tree, 'mxGraphModel')
  if (!model) return { ok: false, message: 'it holds no <mxGraphModel>.' }
  return { ok: true, model }
}

function pageModel(
  diagram: unknown
): { ok: true; model: XmlNode } | { ok: false; message: string } {
  if (typeof diagram === 'object' && diagram !== null) {
    const inline = child(diagram as XmlNode, 'mxGraphModel')
    if (inline) return { ok: true, model: inline }
  }
  const text = xmlAttributeText(textOf(diagram)).trim()
  if (text === '') return { ok: true, model: {} }
  // Some writers escape the uncompressed XML as text instead of nesting it.
  if (text.startsWith('<')) return modelOf(text)
  const inflated = inflatePage(text)
  return inflated.ok ? modelOf(inflated.xml) : inflated
}

/**
 * The chosen page of a draw.io file as a parsed <mxGraphModel>, and the list of every page:
 * an <mxfile> (pages compressed or not), a bare <mxGraphModel>, or a .drawio.svg holding one.
 */
export function decodeDrawioText(text: string, page = 0, depth = 0): DecodedFile {
  if (text.length > DRAWIO_LIMITS.maxInputBytes)
    return fail(`is larger than ${String(DRAWIO_LIMITS.maxInputBytes / (1024 * 1024))} MB.`)
  const body = text.replace(/^\uFEFF/, '')
  if (hasEntityDeclarations(body)) {
    const refused = parseXml(body)
    return refused.ok ? fail('declares XML entities.') : refused
  }
  const root = rootName(body)
  if (root === 'svg' && depth === 0) {
    const content = svgContent(body)
    if (!content.ok) return content
    // Some versions compress the whole mxfile inside the attribute.
    if (content.text.startsWith('<')) return decodeDrawioText(content.text, page, 1)
    const inflated = inflatePage(content.text)
    return inflated.ok ? decodeDrawioText(inflated.xml, page, 1) : inflated
  }
  if (root !== 'mxfile' && root !== 'mxGraphModel')
    return fail(
      root === undefined
        ? 'is not XML, so not a draw.io diagram.'
        : `is XML whose root is <${root}>, not a draw.io diagram (<mxfile> or <mxGraphModel>).`
    )
  const parsed = parseXml(body)
  if (!parsed.ok) return parsed
  if (root === 'mxGraphModel') {
    const model = child(parsed.tree, 'mxGraphModel') ?? {}
    return { ok: true, pages: [{ index: 0, name: 'Page-1' }], page: 0, model }
  }
  const file = child(parsed.tree, 'mxfile') ?? {}
  const raw = file.diagram
  const diagrams: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  if (diagrams.length === 0) return fail('is an <mxfile> with no pages (<diagram> elements).')
  if (diagrams.length > DRAWIO_LIMITS.maxPages)
    return fail(
      `has ${String(diagrams.length)} pages, more than the ${String(DRAWIO_LIMITS.maxPages)} read.`
    )
  const pages = diagrams.map((d, index): DrawioPage => {
    const node = typeof d === 'object' && d !== null ? (d as XmlNode) : {}
    const name = attr(node, 'name')
    const id = attr(node, 'id')
    return {
      index,
      name:
        name !== undefined && name.trim() !== ''
          ? xmlAttributeText(name)
          : `Page-${String(index + 1)}`,
      ...(id !== undefined ? { id: xmlAttributeText(id) } : {})
    }
  })
  if (!Number.isInteger(page) || page < 0 || page >= pages.length)
    return fail(
      `has ${String(pages.length)} page${pages.length === 1 ? '' : 's'}; page ${String(page)} does not exist (pages are numbered from 0).`
    )
  const model = pageModel(diagrams[page])
  if (!model.ok)
    return fail(
      `has a page that cannot be read, page ${String(page)} (“${pages[page]!.name}”): ${model.message}`
    )
  return { ok: true, pages, page, model: model.model }
}
