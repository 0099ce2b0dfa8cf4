/** What an importable text is, from its first bytes and its name, without parsing it whole. */
export type SniffedKind = 'cloudformation' | 'drawio' | 'pipewright' | 'unknown'

export function sniffImportKind(text: string, fileName: string): SniffedKind {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096)
  const name = fileName.toLowerCase()
  if (head.startsWith('<'))
    // draw.io's SVG export keeps the diagram in the root's `content` attribute, escaped or (in
    // older versions) compressed whole, so any such attribute marks a draw.io file.
    return /<mxfile|<mxGraphModel|<svg\b[^>]*\scontent=/i.test(text.slice(0, 1_000_000)) ||
      name.endsWith('.drawio') ||
      name.endsWith('.drawio.svg')
      ? 'drawio'
      : 'unknown'
  if (/"format"\s*:\s*"pipewright\/diagram"/.test(head)) return 'pipewright'
  // A template's sections may come in any order; Resources is the one every template has.
  if (
    /(^|\n)\s*"?Resources"?\s*:/.test(text) ||
    /"AWSTemplateFormatVersion"|AWSTemplateFormatVersion\s*:/.test(head)
  )
    return 'cloudformation'
  return 'unknown'
}
