import { CURRENT_DIAGRAM_VERSION } from './schema'

/**
 * Each migration takes a document of version N (already parsed, untrusted shape) and returns
 * version N + 1. Versions go up by exactly one and are never renumbered.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

/**
 * v1 → v2: version 2 adds the optional top-level `pricing` (price overrides). A version 1 file
 * has none, so its content carries over unchanged; a version 1 reader would refuse the new
 * field, which is why files that may hold it say version 2.
 */
export function migrateV1toV2(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 2 }
}

/**
 * v2 → v3: version 3 adds optional `groups`, `notes` and `nodes[].parentId`. A version 2 file
 * has none of them, so its content carries over unchanged.
 */
function migrateV2toV3(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 3 }
}

/**
 * v3 → v4: version 4 adds the optional `nodes[].external` (a resource the diagram uses but does
 * not own, from an imported template). A version 3 file has none, so its content carries over.
 */
function migrateV3toV4(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 4 }
}

/**
 * v4 → v5: version 5 adds the optional top-level `ignore` (problems accepted, each with a
 * reason). A version 4 file has none, so its content carries over unchanged.
 */
function migrateV4toV5(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 5 }
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1toV2,
  2: migrateV2toV3,
  3: migrateV3toV4,
  4: migrateV4toV5
}

export function migrateToCurrent(
  doc: Record<string, unknown>,
  fromVersion: number
): Record<string, unknown> {
  let current = doc
  for (let version = fromVersion; version < CURRENT_DIAGRAM_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`No migration from diagram version ${version} to ${version + 1}`)
    current = { ...step(current), version: version + 1 }
  }
  return current
}
