import { addMetadata, getMetadata } from 'meta-png'

/**
 * An exported PNG carries the diagram's JSON in a tEXt chunk, so opening the image gives back
 * the editable diagram (as draw.io does). tEXt holds Latin-1 only, hence the URI encoding.
 */
const PNG_DIAGRAM_KEY = 'pipewright-diagram'
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

export function embedDiagramInPng(png: Uint8Array, diagramJson: string): Uint8Array {
  return addMetadata(png, PNG_DIAGRAM_KEY, encodeURIComponent(diagramJson))
}

export type PngExtractResult = { ok: true; text: string } | { ok: false; message: string }

/** The diagram JSON in an exported PNG, or why there is none. Never throws. */
export function extractDiagramFromPng(bytes: Uint8Array): PngExtractResult {
  if (!isPng(bytes)) return { ok: false, message: 'This file is not a PNG image.' }
  let value: string | undefined
  try {
    value = getMetadata(bytes, PNG_DIAGRAM_KEY)
  } catch {
    return { ok: false, message: 'This PNG image is damaged: its chunks cannot be read.' }
  }
  if (value === undefined) {
    return {
      ok: false,
      message:
        "This PNG has no Pipewright diagram in it. Open a PNG exported by Pipewright, or the diagram's .json file."
    }
  }
  try {
    return { ok: true, text: decodeURIComponent(value) }
  } catch {
    return { ok: false, message: 'The diagram inside this PNG is damaged and cannot be decoded.' }
  }
}
