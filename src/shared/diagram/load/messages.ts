import type { LoadError } from './loadError'

/** Text from the file quoted in a message is cut short, so a hostile key cannot flood it. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** How much of a key a path in a message quotes. */
export const MAX_KEY_IN_PATH = 40
const MAX_PATH = 160

/** A JSON path for a message, `nodes[3].position.x`, its keys and its length cut short. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else {
      const key = shorten(String(part), MAX_KEY_IN_PATH)
      out += out ? `.${key}` : key
    }
  }
  if (out.length > MAX_PATH) out = `${out.slice(0, 60)}…${out.slice(out.length - (MAX_PATH - 61))}`
  return out || '(document)'
}

export function forbiddenKeyError(path: string, key: string): LoadError {
  return {
    code: 'forbidden-key',
    message: `The key "${key}" at ${path} is not allowed in a diagram file (it could alter object prototypes). Remove it.`,
    path
  }
}
