import { useEffect } from 'react'
import { platform } from '../platform/platform'
import { COMMANDS, matchesKey, type CommandContext } from './commands'
import { hasOwnUndo, isTypingIn } from './focus'

/** File commands reach the desktop app through its menu's accelerators, not the page. */
const MENU_OWNED = new Set([
  'open',
  'save',
  'save-as',
  'new',
  'undo',
  'redo',
  'select-all',
  'duplicate',
  'layout'
])
/** Keys a text field has no use for: Ctrl+S while typing a value saves it (the field commits first). */
const WHILE_TYPING = new Set(['open', 'save', 'save-as'])
/** Undo and redo go to the diagram from a field with no text history (a select, a checkbox). */
const HISTORY = new Set(['undo', 'redo'])

export function useShortcuts(ctx: CommandContext): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Typing in a field keeps its own keys (Ctrl+Z undoes the text, not the diagram).
      if (event.defaultPrevented) return
      const typing = isTypingIn(event.target)
      const ownUndo = hasOwnUndo(event.target)
      for (const command of COMMANDS) {
        const fieldKeeps =
          typing && !WHILE_TYPING.has(command.id) && !(HISTORY.has(command.id) && !ownUndo)
        if (command.listedOnly || fieldKeeps) continue
        if (platform().kind === 'desktop' && MENU_OWNED.has(command.id)) continue
        if (command.keys.some((k) => matchesKey(event, k))) {
          event.preventDefault()
          command.run(ctx)
          return
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ctx])
}
