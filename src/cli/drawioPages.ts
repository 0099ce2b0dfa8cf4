import { getMetadata } from 'meta-png'
import { isPng } from '../shared/interchange/pngEmbed'

/**
 * The page names of a draw.io file, in order, for `import --page`: from the `<diagram name=…>`
 * elements of its mxfile, which stay readable when the pages' content is compressed. The mxfile
 * may be the file itself, the `content` attribute of a .drawio.svg, or the `mxfile` text chunk
 * of a .drawio.png. A bare <mxGraphModel> (no pages) gives an empty list: it is one page.
 */
export function drawioPageNames(
  bytes: Uint8Array,
  decodeUtf8: (b: Uint8Array) => string
): string[] {
  let text: string | undefined
  try {
    text = isPng(bytes) ? pngMxfile(bytes) : decodeUtf8(bytes)
  } catch {
    return []
  }
  if (text === undefined) return []
  if (!/<diagram[\s>]/.test(text)) {
    const content = /\scontent="([^"]*)"/.exec(text)?.[1]
    if (content) text = decodeEntities(content)
  }
  return [...text.matchAll(/<diagram\b([^>]*)>/g)].map((m, i) => {
    const name = /\sname="([^"]*)"/.exec(m[1]!)?.[1]
    return name === undefined ? `Page-${i + 1}` : decodeEntities(name)
  })
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return safeCodePoint(Number.parseInt(body.slice(2), 16), whole)
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), whole)
    return ENTITIES[body.toLowerCase()] ?? whole
  })
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback
}

/** draw.io writes the mxfile into a PNG as a tEXt chunk keyed `mxfile`, URI-encoded. */
function pngMxfile(png: Uint8Array): string | undefined {
  const value = getMetadata(png, 'mxfile')
  return value === undefined ? undefined : decodeURIComponent(value)
}
