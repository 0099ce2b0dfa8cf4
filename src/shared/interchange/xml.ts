/**
 * Text for XML 1.0 documents. Characters XML cannot hold at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) would make the whole file unreadable, so they are replaced.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids are the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** Safe as element text and inside a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\ufffd').replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/**
 * JSON text inside CDATA. Characters XML cannot hold become JSON \u escapes (JSON syntax outside
 * strings is ASCII, so they can only be inside strings, where the escape means the same), and
 * a `]]>` in a string is split across two CDATA sections.
 */
export function jsonCdata(json: string): string {
  const safe = json.replace(
    NOT_XML_CHAR,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return `<![CDATA[${safe.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export type XmlTextResult = { ok: true; text: string } | { ok: false }

/**
 * The character data of an element's content: CDATA sections and text with the predefined and
 * numeric entities (an editor that re-saves the file may turn CDATA into escaped text). Markup or
 * any other entity is refused rather than guessed at.
 */
export function xmlTextContent(content: string): XmlTextResult {
  let out = ''
  let i = 0
  while (i < content.length) {
    if (content.startsWith('<![CDATA[', i)) {
      const end = content.indexOf(']]>', i + 9)
      if (end < 0) return { ok: false }
      out += content.slice(i + 9, end)
      i = end + 3
    } else if (content[i] === '<') {
      return { ok: false }
    } else if (content[i] === '&') {
      const end = content.indexOf(';', i)
      if (end < 0 || end - i > 12) return { ok: false }
      const name = content.slice(i + 1, end)
      const code = /^#x[0-9a-f]+$/i.test(name)
        ? parseInt(name.slice(2), 16)
        : /^#[0-9]+$/.test(name)
          ? parseInt(name.slice(1), 10)
          : undefined
      if (code !== undefined) {
        if (code > 0x10ffff) return { ok: false }
        out += String.fromCodePoint(code)
      } else if (NAMED_ENTITIES[name] !== undefined) out += NAMED_ENTITIES[name]
      else return { ok: false }
      i = end + 1
    } else {
      const next = content.slice(i).search(/[<&]/)
      const stop = next < 0 ? content.length : i + next
      out += content.slice(i, stop)
      i = stop
    }
  }
  return { ok: true, text: out }
}
