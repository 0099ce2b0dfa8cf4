import { extractDiagramFromPng, isPng } from '../../../shared/diagram/pngEmbed'
import { DIAGRAM_LIMITS } from '../../../shared/diagram/schema'
import type { OpenResult } from './platform'

/** Turns a picked or dropped file into diagram text: an exported PNG gives back its diagram. */
export function decodeFile(name: string, bytes: Uint8Array): OpenResult {
  if (bytes.length > DIAGRAM_LIMITS.maxFileBytes * (isPng(bytes) ? 20 : 1)) {
    return { canceled: false, error: `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / 1048576} MB.` }
  }
  if (isPng(bytes)) {
    const extracted = extractDiagramFromPng(bytes)
    return extracted.ok ? { canceled: false, name, text: extracted.text } : { canceled: false, error: `${name}: ${extracted.message}` }
  }
  try {
    return { canceled: false, name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { canceled: false, error: `${name} is not a text file: it cannot be a Pipewright diagram.` }
  }
}
