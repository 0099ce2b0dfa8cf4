import { escapeXml } from './xml'

/** The small pieces every part of the exported picture draws with: numbers, text, sizes. */

export interface Size {
  width: number
  height: number
}

/** Width of a line of text in diagram units; the app measures with the canvas's own font. */
export type TextMeasure = (text: string, font: { size: number; bold: boolean }) => number

export /** A rough width for when nothing can measure: average glyph widths of a sans-serif face. */
const estimateTextWidth: TextMeasure = (text, font) => {
  let em = 0
  for (const c of text) {
    if (/[ijlI.,:;'|!\s]/.test(c)) em += 0.3
    else if (/[mwMW@]/.test(c)) em += 0.88
    else if (/[A-Z]/.test(c)) em += 0.68
    else if (/[0-9]/.test(c)) em += 0.58
    else em += 0.56
  }
  return em * font.size * (font.bold ? 1.07 : 1)
}

export function n(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** Cuts text to fit a width, ending in an ellipsis, as CSS text-overflow does. */
export function fit(
  text: string,
  width: number,
  font: { size: number; bold: boolean },
  measure: TextMeasure
): string {
  if (measure(text, font) <= width) return text
  const chars = Array.from(text)
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= width) low = mid
    else high = mid - 1
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`
}

/** Word-wrapped lines, as the browser wraps a block of the given width (long words break). */
export function wrap(
  text: string,
  width: number,
  font: { size: number; bold: boolean },
  measure: TextMeasure
): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/(?<=\s)/)) {
      const candidate = line + word
      if (line === '' || measure(candidate.trimEnd(), font) <= width) {
        line = candidate
        continue
      }
      lines.push(line.trimEnd())
      line = word
    }
    // A single word wider than the block breaks where it overflows.
    while (line.length > 1 && measure(line.trimEnd(), font) > width) {
      const chars = Array.from(line)
      let take = chars.length - 1
      while (take > 1 && measure(chars.slice(0, take).join(''), font) > width) take--
      lines.push(chars.slice(0, take).join(''))
      line = chars.slice(take).join('')
    }
    lines.push(line.trimEnd())
  }
  return lines
}

/** Alphabetic baseline of a line box: about where a browser puts it for common sans-serif faces. */
export function baseline(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * 0.35
}

export function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs}>${escapeXml(content)}</text>`
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

export function bounds(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 }
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  return { x, y, width: right - x, height: bottom - y }
}
