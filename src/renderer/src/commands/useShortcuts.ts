import { useEffect } from 'react'
import { platform } from '../platform/platform'
import { COMMANDS, matchesKey, type CommandContext } from './commands'
import { isTypingIn } from './focus'


/** File commands reach the desktop app through its menu's accelerators, not the page. */
const MENU_OWNED = new Set(['open', 'save', 'save-as', 'new', 'undo', 'redo', 'select-all', 'duplicate', 'layout'])

export function useShortcuts(ctx: CommandContext): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Typing in a field keeps its own keys (Ctrl+Z undoes the text, not the diagram).
      if (isTypingIn(event.target) || event.defaultPrevented) return
      for (const command of COMMANDS) {
        if (command.listedOnly) continue
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
