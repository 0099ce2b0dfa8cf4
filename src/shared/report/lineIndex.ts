import type { SourcePosition } from './checkRun'

/**
 * Offsets → 1-based line and column. Lines end at LF, CRLF or a lone CR (as SARIF and YAML
 * count them); columns count UTF-16 code units, SARIF's default `columnKind` and what a
 * JavaScript string's offsets already are, so an astral character takes two columns.
 */
export interface LineIndex {
  positionAt(offset: number): SourcePosition
}

export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return {
    positionAt(offset) {
      const at = Math.max(0, Math.min(offset, text.length))
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid]! <= at) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: at - starts[lo]! + 1 }
    }
  }
}
