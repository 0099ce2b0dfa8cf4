import type { ConfigValue } from '../diagram/schema'
import type { SettingChange } from './diffModel'

type Value = ConfigValue | undefined

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** `config.shards`, `config["a.b"]`: a key that is not a plain name is quoted, so a path reads one way. */
export function childPath(parent: string, key: string): string {
  return PLAIN_KEY.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`
}

// Array.isArray narrows a read-only list to any[]: this keeps the element type.
function isList(v: Value): v is readonly ConfigValue[] {
  return Array.isArray(v)
}

function isRecord(v: Value): v is { readonly [key: string]: ConfigValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const EMPTY: { readonly [key: string]: ConfigValue } = {}

function isRecordOrAbsent(v: Value): v is { readonly [key: string]: ConfigValue } | undefined {
  return v === undefined || isRecord(v)
}

export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true
  if (isList(a) && isList(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]))
    )
  }
  return false
}

/**
 * Every leaf that differs between two values, by path. Objects are walked key by key (a reviewer
 * wants `config.buffer.sizeMB`, not the whole object); a list is one value, compared whole.
 * `before` and `after` are never both undefined here: sameValue caught that.
 */
export function settingChanges(path: string, before: Value, after: Value): SettingChange[] {
  if (sameValue(before, after)) return []
  // An object that appears or goes (no `config` before, say) is walked against an empty one.
  if (isRecordOrAbsent(before) && isRecordOrAbsent(after)) {
    const a = before ?? EMPTY
    const b = after ?? EMPTY
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))]
    return keys.flatMap((k) => settingChanges(childPath(path, k), a[k], b[k]))
  }
  const change: SettingChange = { path }
  if (before !== undefined) change.before = before
  if (after !== undefined) change.after = after
  return [change]
}
