import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * draw.io XML as plain objects. Entities are never expanded by the parser (attribute and text
 * values come back as written and are decoded by `labelText.xmlAttributeText`), and a document
 * with an internal DTD subset is refused before parsing: that is where entity bombs live.
 */
export type XmlNode = Record<string, unknown>

const ATTR = '@'

const REPEATED = new Set(['diagram', 'mxCell', 'UserObject', 'object', 'mxPoint', 'mxGraphModel'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name)
})

export type XmlResult = { ok: true; tree: XmlNode } | { ok: false; message: string }

/** Refused markup: a DTD with an internal subset or an entity declaration. */
export function hasEntityDeclarations(text: string): boolean {
  return /<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text)
}

export function parseXml(text: string): XmlResult {
  if (hasEntityDeclarations(text))
    return {
      ok: false,
      message:
        'declares XML entities (a DOCTYPE with an internal subset), which draw.io never writes; it is not read, as entity expansion is how such files exhaust memory.'
    }
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor (fast-xml-validator) is not among src/shared's allowed packages
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    return {
      ok: false,
      message: `is not well-formed XML (line ${String(valid.err.line)}: ${valid.err.msg})`
    }
  try {
    return { ok: true, tree: parser.parse(text) as XmlNode }
  } catch (e) {
    return {
      ok: false,
      message: `cannot be read as XML (${e instanceof Error ? e.message : 'unknown error'}).`
    }
  }
}

export function attr(node: XmlNode, name: string): string | undefined {
  const v = node[ATTR + name]
  return typeof v === 'string' ? v : undefined
}

export function children(node: XmlNode, name: string): XmlNode[] {
  const v = node[name]
  if (Array.isArray(v)) return v.filter((c): c is XmlNode => typeof c === 'object' && c !== null)
  return typeof v === 'object' && v !== null ? [v as XmlNode] : []
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node, name)[0]
}

/** An element's character data: a string when it has no attributes, `#text` when it has. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node
  if (typeof node === 'object' && node !== null) {
    const t = (node as XmlNode)['#text']
    return typeof t === 'string' ? t : ''
  }
  return ''
}
