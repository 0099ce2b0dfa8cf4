import { diagramTextFromBytes } from '../../../shared/interchange/diagramBytes'
import { isPng } from '../../../shared/interchange/pngEmbed'
import { DIAGRAM_LIMITS } from '../../../shared/diagram/schema'
import { tooLargeMessage } from '../../../shared/diagram/fileLimits'
import type { OpenResult } from './types'

/** An image carries its drawing besides the diagram, so it may be larger than a diagram file. */
const IMAGE_SIZE_FACTOR = 20

/** TextDecoder strips one byte-order mark, as the desktop and the CLI do (they share diagramTextFromBytes). */
const strictUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

/** Turns a picked or dropped file into diagram text: an exported PNG or SVG gives back its diagram. */
export function decodeFile(name: string, bytes: Uint8Array): OpenResult {
  const image = isPng(bytes) || /\.(png|svg)$/i.test(name)
  if (bytes.length > DIAGRAM_LIMITS.maxFileBytes * (image ? IMAGE_SIZE_FACTOR : 1)) {
    return {
      canceled: false,
      error: tooLargeMessage(bytes.length, name)
    }
  }
  const dot = name.lastIndexOf('.')
  const read = diagramTextFromBytes(bytes, dot >= 0 ? name.slice(dot) : '', strictUtf8)
  return read.ok
    ? { canceled: false, name, text: read.text }
    : { canceled: false, error: `${name}: ${read.message}` }
}
