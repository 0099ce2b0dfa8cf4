import { DIAGRAM_LIMITS } from '../schema'
import type { LoadError } from './loadError'
import { forbiddenKeyError, formatPath } from './messages'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Rejects prototype-polluting keys anywhere and nesting deeper than any real diagram needs. */
export function checkTree(value: unknown): LoadError | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[]; depth: number }> = [
    { value, path: [], depth: 0 }
  ]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (item.depth > DIAGRAM_LIMITS.maxDepth) {
      return {
        code: 'too-deep',
        message: `The file nests deeper than ${DIAGRAM_LIMITS.maxDepth} levels at ${formatPath(item.path)}; a diagram never needs that. Flatten or remove that value.`,
        path: formatPath(item.path)
      }
    }
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) =>
        stack.push({ value: child, path: [...item.path, i], depth: item.depth + 1 })
      )
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const key of Object.keys(item.value)) {
        if (FORBIDDEN_KEYS.has(key)) return forbiddenKeyError(formatPath([...item.path, key]), key)
        stack.push({
          value: (item.value as Record<string, unknown>)[key],
          path: [...item.path, key],
          depth: item.depth + 1
        })
      }
    }
  }
  return undefined
}
