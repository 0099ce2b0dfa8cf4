import { extractDiagramFromPng, isPng } from '../../../shared/interchange/pngEmbed'
import { sniffImportKind } from '../../../shared/interchange/import/sniffImportKind'
import { DIAGRAM_LIMITS } from '../../../shared/diagram/schema'

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

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name.toLowerCase()] ?? entity
  })
}

/**
 * The page names of a draw.io file, in order, for the report's page picker: an mxfile's
 * `<diagram name="…">` elements, read as text (or from an SVG's escaped `content` attribute)
 * without decompressing anything. Empty for a template or a PNG; one name for a one-page file.
 */
export function drawioPageNames(bytes: Uint8Array): string[] {
  if (isPng(bytes)) return []
  let text = lenient.decode(bytes)
  if (!/<mxfile/i.test(text)) {
    const content = /\scontent="([^"]*)"/.exec(text)?.[1]
    if (!content) return []
    text = unescapeXml(content)
  }
  const names: string[] = []
  for (const match of text.matchAll(/<diagram\b([^>]*)>/gi)) {
    const name = /\bname="([^"]*)"/.exec(match[1] ?? '')?.[1]
    names.push(name ? unescapeXml(name) : `Page ${String(names.length + 1)}`)
  }
  return names
}

/** The imported document's name: the file's, without its extensions, and the page for one of several. */
export function importedName(fileName: string, pageName?: string): string {
  const stem =
    fileName.replace(/(\.drawio)?\.(png|svg|xml)$|\.(drawio|ya?ml|json|template)$/i, '') || fileName
  return (pageName ? `${stem} (${pageName})` : stem).slice(0, DIAGRAM_LIMITS.maxNameLength)
}
