import type { Diagram } from '../types'

/** What the loader says when it refuses a file, and what it returns either way. */
export type LoadErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'forbidden-key'
  | 'duplicate-key'
  | 'too-deep'
  | 'not-a-diagram'
  | 'newer-version'
  | 'bad-version'
  | 'schema'
  | 'unknown-service'
  | 'duplicate-id'
  | 'reserved-id'
  | 'dangling-edge'
  | 'dangling-parent'
  | 'group-cycle'

export interface LoadError {
  code: LoadErrorCode
  /** A sentence a person can act on: what is wrong, where, and what to do. */
  message: string
  /** JSON path of the offending value, e.g. `nodes[3].service`. */
  path?: string
  line?: number
  column?: number
}

export type LoadResult = { ok: true; diagram: Diagram } | { ok: false; error: LoadError }

export function fail(error: LoadError): LoadResult {
  return { ok: false, error }
}
