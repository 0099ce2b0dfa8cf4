import { useEffect } from 'react'
import { platform } from '../platform/platform'
import { COMMANDS, type CommandContext } from './commands'
import { dispatchKey, dispatchMenu } from './dispatch'
import { hasOwnUndo, isTypingIn } from './focus'

/**
 * The one way into the commands: a key press on the page, or a command from the application
 * menu (the desktop menu's accelerators arrive this way), both through the same list.
 */
export function useCommands(ctx: CommandContext): void {
  useEffect(() => {
    const kind = platform().kind
    const onKey = (event: KeyboardEvent) => {
      dispatchKey(
        COMMANDS,
        event,
        { platform: kind, typing: isTypingIn(event.target), ownUndo: hasOwnUndo(event.target) },
        ctx
      )
    }
    window.addEventListener('keydown', onKey)
    const offMenu = platform().onMenuCommand((name) => {
      dispatchMenu(COMMANDS, name, ctx)
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      offMenu()
    }
  }, [ctx])
}
