/**
 * A small, strict XML 1.0 reader for tests (no DTDs): it throws on anything a conforming parser
 * would reject that an SVG writer could get wrong (unbalanced or unquoted markup, stray `<` or
 * `&`, unknown entities, characters XML cannot hold, duplicate attributes).
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
}

const NAME = /^[A-Za-z_][\w.:-]*/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
// The characters XML 1.0 forbids are control characters: matching them is the point.
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex -- see above
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function decode(text: string, where: number): string {
  if (text.includes('<')) throw new Error(`"<" in character data near ${where}`)
  return text.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare "&" near ${where}`)
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (/^#\d+$/.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 10))
    const value = ENTITIES[name]
    if (value === undefined) throw new Error(`unknown entity ${match} near ${where}`)
    return value
  })
}

export function parseXml(xml: string): XmlElement {
  const bad = BAD_CHAR.exec(xml)
  if (bad)
    throw new Error(
      `character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML (at ${bad.index})`
    )
  let i = 0
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  const append = (child: XmlElement | string) => {
    const parent = stack.at(-1)
    if (parent) parent.children.push(child)
    else if (typeof child === 'string') {
      if (child.trim()) throw new Error(`text outside the root element near ${i}`)
    } else {
      if (root) throw new Error('more than one root element')
      root = child
    }
  }
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>')
    if (end < 0) throw new Error('unterminated XML declaration')
    i = end + 2
  }
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4)
      if (end < 0) throw new Error('unterminated comment')
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (!stack.length) throw new Error('CDATA outside the root element')
      const end = xml.indexOf(']]>', i + 9)
      if (end < 0) throw new Error('unterminated CDATA')
      append(xml.slice(i + 9, end))
      i = end + 3
    } else if (xml.startsWith('<!', i) || xml.startsWith('<?', i)) {
      throw new Error(`declaration or processing instruction near ${i}`)
    } else if (xml.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(i, i + 200))
      if (!m) throw new Error(`bad end tag near ${i}`)
      const open = stack.pop()
      if (!open || open.name !== m[1])
        throw new Error(`</${m[1]}> closes <${open?.name}> near ${i}`)
      append(open)
      i += m[0].length
    } else if (xml[i] === '<') {
      i++
      const name = NAME.exec(xml.slice(i, i + 200))?.[0]
      if (!name) throw new Error(`bad tag name near ${i}`)
      i += name.length
      const element: XmlElement = { name, attributes: {}, children: [] }
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))![0].length
        i += ws
        if (xml.startsWith('/>', i)) {
          i += 2
          append(element)
          break
        }
        if (xml[i] === '>') {
          i++
          stack.push(element)
          break
        }
        if (!ws) throw new Error(`attributes must be separated by white space near ${i}`)
        const m = /^([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(
          xml.slice(i, i + 200_000)
        )
        if (!m) throw new Error(`bad attribute in <${name}> near ${i}`)
        if (m[1]! in element.attributes) throw new Error(`duplicate attribute ${m[1]} in <${name}>`)
        element.attributes[m[1]!] = decode(m[2] ?? m[3]!, i)
        i += m[0].length
      }
    } else {
      const next = xml.indexOf('<', i)
      const end = next < 0 ? xml.length : next
      const text = xml.slice(i, end)
      if (text.includes(']]>')) throw new Error(`"]]>" in character data near ${i}`)
      append(decode(text, i))
      i = end
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`)
  if (!root) throw new Error('no root element')
  return root
}

export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (e: XmlElement) => {
    if (e.name === name) out.push(e)
    for (const c of e.children) if (typeof c !== 'string') walk(c)
  }
  walk(root)
  return out
}

export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
