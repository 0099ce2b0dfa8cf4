/** Diagram files end in this; the JSON export writes the same format. */
export const DIAGRAM_EXTENSION = '.pipewright.json'

const FALLBACK_STEM = 'Untitled pipeline'

/**
 * A bare file name stem from a diagram's name: no folder separators or characters Windows refuses
 * (so a name cannot steer a save dialog to another folder), no leading or trailing dots and spaces,
 * and no extension of ours (so "x.json" does not become "x.json.pipewright.json").
 */
export function safeFileStem(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  return (
    (cleaned || FALLBACK_STEM).replace(
      /((\.pipewright)?\.json|\.png|\.svg|\.ya?ml|\.csv|\.md)$/i,
      ''
    ) || FALLBACK_STEM
  )
}

/** The file name a diagram is saved under by default. */
export function diagramFileName(name: string): string {
  return `${safeFileStem(name)}${DIAGRAM_EXTENSION}`
}
