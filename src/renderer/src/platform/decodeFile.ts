import { extractDiagramFromPng, isPng } from '../../../shared/diagram/pngEmbed'
import { DIAGRAM_LIMITS } from '../../../shared/diagram/schema'
import { extractDiagramFromSvg, looksLikeXml } from '../../../shared/interchange/svgEmbed'
import type { OpenResult } from './platform'

/** An image carries its drawing besides the diagram, so it may be larger than a diagram file. */
const IMAGE_SIZE_FACTOR = 20

function isSvgFile(name: string, text: string | undefined): boolean {
  return name.toLowerCase().endsWith('.svg') || (text !== undefined && looksLikeXml(text))
}

/** Turns a picked or dropped file into diagram text: an exported PNG or SVG gives back its diagram. */
export function decodeFile(name: string, bytes: Uint8Array): OpenResult {
  const image = isPng(bytes) || name.toLowerCase().endsWith('.svg')
  if (bytes.length > DIAGRAM_LIMITS.maxFileBytes * (image ? IMAGE_SIZE_FACTOR : 1)) {
    return { canceled: false, error: `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / 1048576} MB.` }
  }
  if (isPng(bytes)) {
    const extracted = extractDiagramFromPng(bytes)
    return extracted.ok ? { canceled: false, name, text: extracted.text } : { canceled: false, error: `${name}: ${extracted.message}` }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { canceled: false, error: `${name} is not a text file: it cannot be a Pipewright diagram.` }
  }
  if (isSvgFile(name, text)) {
    const extracted = extractDiagramFromSvg(text)
    return extracted.ok ? { canceled: false, name, text: extracted.text } : { canceled: false, error: `${name}: ${extracted.message}` }
  }
  return { canceled: false, name, text }
}
