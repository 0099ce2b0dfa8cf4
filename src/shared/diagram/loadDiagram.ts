import { findDuplicateKey } from './duplicateKeys'
import { isTooLarge, tooLargeMessage } from './fileLimits'
import { utf8ByteLength } from './load/byteLength'
import { checkFormatAndVersion } from './load/formatVersion'
import { fail, type LoadResult } from './load/loadError'
import { formatPath, MAX_KEY_IN_PATH, shorten } from './load/messages'
import { parseJson } from './load/parseJson'
import { checkReferences } from './load/references'
import { checkTree } from './load/safeTree'
import { schemaError } from './load/schemaError'
import { migrateToCurrent } from './migrations'
import { diagramSchema } from './schema'
import type { Diagram } from './types'

export type { LoadErrorCode, LoadResult } from './load/loadError'
export { utf8ByteLength } from './load/byteLength'
export { formatPath } from './load/messages'
export { closestServiceId } from './load/suggestions'

/**
 * The one way a diagram enters the program (open, drop, CLI, template, recovery): parse,
 * check, migrate, validate. It never throws and never mutates anything it was given.
 */
export function loadDiagram(input: string): LoadResult {
  // Every UTF-16 unit takes at least one UTF-8 byte, so the cheap length test goes first.
  const bytes = isTooLarge(input.length) ? input.length : utf8ByteLength(input)
  if (isTooLarge(bytes)) return fail({ code: 'too-large', message: tooLargeMessage(bytes) })
  const parsed = parseJson(input)
  if (!parsed.ok) return parsed
  const duplicate = findDuplicateKey(input)
  if (duplicate) {
    const where = [...duplicate.path, duplicate.key]
    return fail({
      code: 'duplicate-key',
      message: `The key "${shorten(duplicate.key, MAX_KEY_IN_PATH)}" appears twice in one object at ${formatPath(duplicate.path)}; a JSON reader would keep only the last. Remove one of them.`,
      path: formatPath(where)
    })
  }
  return loadDiagramValue(parsed.value)
}

/** The steps after parsing, for a tree already parsed (a PNG's or SVG's embedded diagram). */
export function loadDiagramValue(value: unknown): LoadResult {
  const treeError = checkTree(value)
  if (treeError) return fail(treeError)
  const checked = checkFormatAndVersion(value)
  if (!checked.ok) return fail(checked.error)
  const migrated = migrateToCurrent(checked.doc, checked.version)
  const result = diagramSchema.safeParse(migrated)
  if (!result.success) return fail(schemaError(result.error.issues))
  const refError = checkReferences(result.data)
  if (refError) return fail(refError)
  return { ok: true, diagram: result.data as Diagram }
}
