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

/**
 * draw.io writes the mxfile into a PNG as a tEXt chunk keyed `mxfile`, URI-encoded. Chunk
 * lengths are checked against the file, never trusted. (A compressed zTXt chunk is not inflated
 * here, where nothing bounds its size: such a file is imported as one page.)
 */
function pngMxfile(png: Uint8Array): string | undefined {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  // Chunk text is Latin-1; draw.io's is ASCII (URI-encoded), which every reading of it agrees on.
  const decoder = new TextDecoder('latin1')
  const latin1 = (from: number, to: number) => decoder.decode(png.subarray(from, to))
  let at = 8
  while (at + 8 <= png.byteLength) {
    const length = view.getUint32(at)
    const type = latin1(at + 4, at + 8)
    const start = at + 8
    const end = start + length
    if (end > png.byteLength) return undefined
    if (type === 'tEXt') {
      const zero = png.indexOf(0, start)
      if (zero > start && zero < end && latin1(start, zero) === 'mxfile') {
        return decodeURIComponent(latin1(zero + 1, end))
      }
    }
    if (type === 'IEND') return undefined
    at = end + 4
  }
  return undefined
}
