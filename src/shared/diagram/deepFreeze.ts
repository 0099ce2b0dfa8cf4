/**
 * Freezes a value and everything it holds. Parts already frozen are skipped: diagrams share
 * unchanged parts with the previous version, so freezing the next one touches only what is new.
 * Children are frozen before their parent, so a frozen object always has frozen contents.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  return Object.freeze(value)
}
