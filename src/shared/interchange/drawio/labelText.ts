/**
 * draw.io labels as plain text. An attribute's value is XML text (the parser is asked not to
 * expand entities, so no DTD trick can run); an `html=1` label is HTML inside that, with its own
 * entities (`&nbsp;`) and markup (`<br>`, `<div>`, `<b>`), which Pipewright does not render.
 */
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The HTML entities draw.io's editor writes; any other named entity is left as written. */
const HTML_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES,
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rarr: '→',
  larr: '←',
  harr: '↔',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™'
}

function decodeEntities(text: string, named: Record<string, string>): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,10});/gi,
    (match, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10)
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd'
      }
      return named[name.toLowerCase()] ?? match
    }
  )
}

/** An attribute value as the XML text it stands for (predefined and numeric entities). */
export function xmlAttributeText(raw: string): string {
  return decodeEntities(raw, XML_ENTITIES)
}

const LINE_BREAK = /<\s*(br|\/div|\/p|\/li|\/h[1-6]|\/tr)\b[^>]*>/gi

/**
 * A label's text with lines kept (`\n`): markup removed, HTML entities decoded, white space within
 * a line collapsed. `html` says whether the cell's style renders its label as HTML.
 */
export function labelLines(value: string, html: boolean): string {
  let text = value
  if (html) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(LINE_BREAK, '\n')
      .replace(/<[^>]*>/g, '')
    text = decodeEntities(text, HTML_ENTITIES)
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim()
}

/** A label on one line, as a node's or a frame's label. */
export function labelLine(value: string, html: boolean): string {
  return labelLines(value, html).replace(/\n+/g, ' ')
}

/** Text cut to `max` characters, with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
