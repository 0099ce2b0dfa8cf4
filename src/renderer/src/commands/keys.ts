/** Shortcuts are written as people read them, e.g. "Mod+Shift+Z"; Mod is Ctrl, or ⌘ on a Mac. */

export const isMac =
  typeof navigator !== 'undefined' &&
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- every browser and Electron still fill it; its replacement is Chromium-only
  /Mac/.test(navigator.platform)

/** What a shortcut check reads of a keyboard event (a plain object in tests). */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>

export function keyLabel(key: string): string {
  return isMac ? key.replace('Mod+', '⌘').replace('Shift+', '⇧') : key.replace('Mod+', 'Ctrl+')
}

/** Does this keyboard event press this shortcut? */
export function matchesKey(event: KeyPress, key: string, mac = isMac): boolean {
  const parts = key.split('+')
  const main = parts.pop() ?? ''
  const wantMod = parts.includes('Mod')
  const wantShift = parts.includes('Shift')
  const mod = mac ? event.metaKey : event.ctrlKey
  if (main === '?') return event.key === '?' && !mod
  if (mod !== wantMod || event.altKey) return false
  if (main === '1' && wantShift)
    return event.shiftKey && (event.key === '!' || event.code === 'Digit1')
  if (event.shiftKey !== wantShift) return false
  return event.key.toLowerCase() === main.toLowerCase()
}
