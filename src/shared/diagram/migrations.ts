import { CURRENT_DIAGRAM_VERSION } from './schema'

/**
 * Each migration takes a document of version N (already parsed, untrusted shape) and returns
 * version N + 1. Versions go up by exactly one and are never renumbered. There is none yet:
 * version 1 is the first format.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export function migrateToCurrent(doc: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = doc
  for (let version = fromVersion; version < CURRENT_DIAGRAM_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`No migration from diagram version ${version} to ${version + 1}`)
    current = { ...step(current), version: version + 1 }
  }
  return current
}
