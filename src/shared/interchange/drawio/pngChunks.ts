import { DRAWIO_LIMITS } from './drawioLimits'
import { latin1, unzlibBounded } from './inflateBounded'

/**
 * A .drawio.png carries its mxfile in a text chunk: tEXt with the keyword `mxfile` (draw.io
 * today), or zTXt/iTXt, or the keyword `mxGraphModel` (older versions); the value is URI-encoded.
 * Chunks are read here, with every length checked against the file, rather than trusted.
 */
const KEYWORDS = new Set(['mxfile', 'mxGraphModel'])

export type PngTextResult = { ok: true; text: string } | { ok: false; message: string }

function u32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  )
}

function zeroAt(bytes: Uint8Array, from: number): number {
  const i = bytes.indexOf(0, from)
  return i < 0 ? bytes.length : i
}

type ChunkText = { keyword: string; text: string } | { keyword: string; message: string }

function readTextChunk(type: string, data: Uint8Array): ChunkText | undefined {
  const end = zeroAt(data, 0)
  const keyword = latin1(data.subarray(0, end))
  if (!KEYWORDS.has(keyword)) return undefined
  if (type === 'tEXt') return { keyword, text: latin1(data.subarray(end + 1)) }
  if (type === 'zTXt') {
    const inflated = unzlibBounded(data.subarray(end + 2))
    return inflated.ok
      ? { keyword, text: latin1(inflated.bytes) }
      : { keyword, message: `its compressed text chunk ${inflated.message}` }
  }
  // iTXt: keyword, compression flag and method, language tag, translated keyword, text.
  const compressed = data[end + 1] === 1
  const language = zeroAt(data, end + 3)
  const translated = zeroAt(data, language + 1)
  const value = data.subarray(translated + 1)
  if (!compressed) return { keyword, text: latin1(value) }
  const inflated = unzlibBounded(value)
  return inflated.ok
    ? { keyword, text: latin1(inflated.bytes) }
    : { keyword, message: `its compressed text chunk ${inflated.message}` }
}

const noDiagram: PngTextResult = {
  ok: false,
  message:
    'is a PNG image without a draw.io diagram in it (no "mxfile" text chunk). Export it from draw.io with "Include a copy of my diagram" ticked.'
}

/** The mxfile XML embedded in a PNG, or why there is none. Never throws. */
export function drawioTextFromPng(bytes: Uint8Array): PngTextResult {
  if (bytes.length > DRAWIO_LIMITS.maxInputBytes)
    return {
      ok: false,
      message: `is larger than ${String(DRAWIO_LIMITS.maxInputBytes / (1024 * 1024))} MB.`
    }
  let at = 8
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at)
    const type = latin1(bytes.subarray(at + 4, at + 8))
    const start = at + 8
    if (length > bytes.length - start - 4)
      return { ok: false, message: 'is a damaged PNG: a chunk runs past the end of the file.' }
    if (type === 'IEND') return noDiagram
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const found = readTextChunk(type, bytes.subarray(start, start + length))
      if (found) {
        if ('message' in found) return { ok: false, message: found.message }
        let text = found.text
        try {
          text = decodeURIComponent(found.text)
        } catch {
          if (!found.text.trimStart().startsWith('<'))
            return { ok: false, message: 'has a draw.io chunk whose text is not URI-encoded XML.' }
        }
        return { ok: true, text }
      }
    }
    at = start + length + 4
  }
  return { ok: false, message: 'is a damaged PNG: it ends before its IEND chunk.' }
}
