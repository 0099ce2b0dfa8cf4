import type { MenuCommand } from '../../../shared/ipc/channels'
import { matchesKey, type KeyPress } from './keys'

/**
 * Every user action as data (excalidraw's actions): one list drives keyboard shortcuts, the
 * application menu's commands, and the `?` shortcuts sheet, so a shortcut shown is one that works.
 */
export interface Command<Ctx> {
  id: string
  label: string
  group: 'File' | 'Edit' | 'View' | 'Help'
  /** Shortcuts as shown to people, e.g. "Mod+Z"; Mod is Ctrl, or ⌘ on a Mac. */
  keys: string[]
  run(ctx: Ctx): void
  /** When false the command does nothing; its shortcut is still taken, so the browser's own does not fire. */
  enabled?(ctx: Ctx): boolean
  /** Handled by the browser's clipboard events or React Flow; listed for the sheet only. */
  listedOnly?: boolean
  /** The application menu item that asks for this command, when there is one. */
  menu?: MenuCommand
  /** The desktop menu has an accelerator for this shortcut, so there the key reaches the page as a menu command. */
  menuAccelerator?: boolean
  /**
   * Whether the shortcut still reaches the command while a field has the focus: `always` (Ctrl+S
   * saves what is being typed, the field commits first), or only when the field has no text history
   * of its own (Ctrl+Z in a select undoes the diagram edit it just made). Otherwise the field keeps it.
   */
  whileTyping?: 'always' | 'without-own-undo'
}

/** Where a key press happened, as far as choosing a command goes. */
export interface KeyScene {
  platform: 'desktop' | 'browser'
  /** The event's target is a field a person types in. */
  typing: boolean
  /** That field keeps its own undo history. */
  ownUndo: boolean
  mac?: boolean
}

/** The command a key press asks for, if any reaches the page's commands. */
export function commandForKey<Ctx>(
  commands: readonly Command<Ctx>[],
  event: KeyPress,
  scene: KeyScene
): Command<Ctx> | undefined {
  for (const command of commands) {
    if (command.listedOnly) continue
    if (scene.typing) {
      const reaches =
        command.whileTyping === 'always' ||
        (command.whileTyping === 'without-own-undo' && !scene.ownUndo)
      if (!reaches) continue
    }
    if (scene.platform === 'desktop' && command.menuAccelerator) continue
    if (command.keys.some((k) => matchesKey(event, k, scene.mac))) return command
  }
  return undefined
}

/** Runs a command unless it is disabled; true when it ran. */
function runCommand<Ctx>(command: Command<Ctx>, ctx: Ctx): boolean {
  if (command.enabled && !command.enabled(ctx)) return false
  command.run(ctx)
  return true
}

/** A key press: the command it names takes the key (no browser default) and runs if enabled. */
export function dispatchKey<Ctx>(
  commands: readonly Command<Ctx>[],
  event: KeyPress & Pick<KeyboardEvent, 'defaultPrevented' | 'preventDefault'>,
  scene: KeyScene,
  ctx: Ctx
): boolean {
  if (event.defaultPrevented) return false
  const command = commandForKey(commands, event, scene)
  if (!command) return false
  event.preventDefault()
  return runCommand(command, ctx)
}

/** A command from the application menu runs the same command its shortcut does. */
export function dispatchMenu<Ctx>(
  commands: readonly Command<Ctx>[],
  name: MenuCommand,
  ctx: Ctx
): boolean {
  const command = commands.find((c) => c.menu === name)
  return command ? runCommand(command, ctx) : false
}
