import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT } from '../schema'
import type { LoadError } from './loadError'

/**
 * A tree that is a Pipewright diagram of a version this build reads: an object with our
 * `format` and a whole `version` from 1 up to the current one. A newer file gets its own error,
 * so the person knows to update rather than that the file is broken.
 */
export function checkFormatAndVersion(
  value: unknown
): { ok: true; doc: Record<string, unknown>; version: number } | { ok: false; error: LoadError } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: {
        code: 'not-a-diagram',
        message: 'This file is not a Pipewright diagram: it should be a JSON object.'
      }
    }
  }
  const doc = value as Record<string, unknown>
  if (doc.format !== DIAGRAM_FORMAT) {
    return {
      ok: false,
      error: {
        code: 'not-a-diagram',
        message: `This file is not a Pipewright diagram: "format" should be "${DIAGRAM_FORMAT}".`,
        path: 'format'
      }
    }
  }
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: {
        code: 'bad-version',
        message: 'The diagram\'s "version" must be a whole number from 1 up.',
        path: 'version'
      }
    }
  }
  if (version > CURRENT_DIAGRAM_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-version',
        message: `This diagram was made by a newer Pipewright (version ${version}); this one reads up to version ${CURRENT_DIAGRAM_VERSION}. Update Pipewright to open it.`,
        path: 'version'
      }
    }
  }
  return { ok: true, doc, version }
}
