import { jsonCdata, xmlTextContent } from './xml'

/**
 * An exported SVG carries the diagram's JSON in its <metadata>, so opening the image gives back
 * the editable diagram, as an exported PNG does. The element has a namespace of its own, which
 * vector editors keep when they re-save a file.
 */
const SVG_DIAGRAM_NAMESPACE = 'urn:pipewright:diagram'
const ELEMENT = 'pipewright:diagram'

export function diagramMetadata(diagramJson: string): string {
  return `<metadata><${ELEMENT} xmlns:pipewright="${SVG_DIAGRAM_NAMESPACE}">${jsonCdata(diagramJson)}</${ELEMENT}></metadata>`
}

/** Markup rather than JSON: the first thing in the file (after a byte-order mark and white space) is `<`. */
export function looksLikeXml(text: string): boolean {
  return /^\ufeff?\s*</.test(text)
}

export type SvgExtractResult = { ok: true; text: string } | { ok: false; message: string }

const OPEN_HINT = "Open an SVG exported by Pipewright, or the diagram's .json file."

/** The diagram JSON in an exported SVG, or why there is none. Never throws, never expands entities. */
export function extractDiagramFromSvg(svg: string): SvgExtractResult {
  if (!looksLikeXml(svg) || !/<svg[\s>]/.test(svg))
    return { ok: false, message: `This file is not an SVG image. ${OPEN_HINT}` }
  // Pipewright writes no DOCTYPE; one in a file is where entity tricks (billion laughs) live.
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) {
    return {
      ok: false,
      message: `This SVG declares a DOCTYPE, which SVGs exported by Pipewright never do, so it is not opened. ${OPEN_HINT}`
    }
  }
  const found = [
    ...svg.matchAll(new RegExp(`<${ELEMENT}\\b[^>]*>([\\s\\S]*?)</${ELEMENT}\\s*>`, 'g'))
  ]
  if (found.length === 0)
    return { ok: false, message: `This SVG has no Pipewright diagram in it. ${OPEN_HINT}` }
  if (found.length > 1)
    return {
      ok: false,
      message: `This SVG holds ${found.length} Pipewright diagrams, so it is not clear which to open. ${OPEN_HINT}`
    }
  const content = xmlTextContent(found[0]![1]!)
  if (!content.ok)
    return { ok: false, message: 'The diagram inside this SVG is damaged and cannot be read.' }
  return { ok: true, text: content.text }
}
