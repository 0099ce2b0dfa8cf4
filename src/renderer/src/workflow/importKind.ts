import { extractDiagramFromPng, isPng } from '../../../shared/interchange/pngEmbed'
import { sniffImportKind } from '../../../shared/interchange/import/sniffImportKind'

const lenient = new TextDecoder('utf-8')
const latin1 = new TextDecoder('latin1')

/**
 * Whether a file handed to the window (dropped, or from outside) is one to import rather than to
 * open: a CloudFormation/SAM template or a draw.io file. A Pipewright diagram, or a PNG or SVG that
 * Pipewright exported, opens as before; so does anything unrecognised, so that Open's own message
 * says what is wrong with it.
 */
export function isImportable(name: string, bytes: Uint8Array): boolean {
  if (isPng(bytes)) {
    if (extractDiagramFromPng(bytes).ok) return false
    // draw.io keeps its diagram in a text chunk keyed `mxfile`.
    return /\.drawio\.png$/i.test(name) || latin1.decode(bytes).includes('mxfile')
  }
  const kind = sniffImportKind(lenient.decode(bytes), name)
  return kind === 'cloudformation' || kind === 'drawio'
}
