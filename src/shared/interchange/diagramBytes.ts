import { extractDiagramFromSvg, looksLikeXml } from './svgEmbed'
import { extractDiagramFromPng, isPng } from './pngEmbed'

/**
 * A diagram's text from a file's bytes, as the app and the CLI both read it: the JSON itself, or
 * the diagram embedded in a PNG or SVG that Pipewright exported. One byte-order mark is stripped
 * (Windows editors write one); invalid UTF-8 is refused, not replaced, so a re-save cannot
 * quietly alter text the user never saw. `fromImage`: the file is an image, never to be
 * overwritten with JSON.
 */
export type DiagramBytesResult =
  { ok: true; text: string; fromImage: boolean } | { ok: false; message: string }

/** Strict UTF-8 decoding that throws on invalid bytes and strips one BOM (`new TextDecoder('utf-8', { fatal: true })`); shared code has no TextDecoder of its own. */
export type Utf8Decoder = (bytes: Uint8Array) => string

export function diagramTextFromBytes(
  bytes: Uint8Array,
  extension: string,
  decodeUtf8: Utf8Decoder
): DiagramBytesResult {
  const ext = extension.toLowerCase()
  if (isPng(bytes) || ext === '.png') {
    const extracted = extractDiagramFromPng(bytes)
    return extracted.ok
      ? { ok: true, text: extracted.text, fromImage: true }
      : { ok: false, message: extracted.message }
  }
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch {
    return {
      ok: false,
      message: 'It is neither UTF-8 text nor a PNG or SVG image exported by Pipewright.'
    }
  }
  if (ext === '.svg' || looksLikeXml(text)) {
    const extracted = extractDiagramFromSvg(text)
    return extracted.ok
      ? { ok: true, text: extracted.text, fromImage: true }
      : { ok: false, message: extracted.message }
  }
  return { ok: true, text, fromImage: false }
}
