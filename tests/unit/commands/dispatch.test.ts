import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../../../src/shared/ipc/channels'
import {
  commandForKey,
  dispatchKey,
  dispatchMenu,
  type Command,
  type KeyScene
} from '../../../src/renderer/src/commands/dispatch'
import { matchesKey } from '../../../src/renderer/src/commands/keys'
import type { CommandContext } from '../../../src/renderer/src/commands/commands'

type Ctx = { ran: string[] }

function press(key: string, mods: { ctrl?: boolean; shift?: boolean; meta?: boolean } = {}) {
  return {
    key,
    code: `Key${key.toUpperCase()}`,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: false,
    defaultPrevented: false,
    preventDefault: vi.fn()
  }
}

const browser: KeyScene = { platform: 'browser', typing: false, ownUndo: false, mac: false }

function command(id: string, extra: Partial<Command<Ctx>> = {}): Command<Ctx> {
  return {
    id,
    label: id,
    group: 'Edit',
    keys: [],
    run: (c) => c.ran.push(id),
    ...extra
  }
}

const save = command('save', {
  keys: ['Mod+S'],
  menu: 'save',
  menuAccelerator: true,
  whileTyping: 'always'
})
const undo = command('undo', {
  keys: ['Mod+Z'],
  menu: 'undo',
  menuAccelerator: true,
  whileTyping: 'without-own-undo'
})
const duplicate = command('duplicate', {
  keys: ['Mod+D'],
  menu: 'duplicate',
  enabled: () => false
})
const fit = command('fit', { keys: ['Shift+1'] })
const copy = command('copy', { keys: ['Mod+C'], listedOnly: true })
const commands = [save, undo, duplicate, fit, copy]

describe('the command list', () => {
  it('runs the same command for its shortcut and for its menu item', () => {
    const ctx: Ctx = { ran: [] }
    const event = press('s', { ctrl: true })
    expect(dispatchKey(commands, event, browser, ctx)).toBe(true)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(dispatchMenu(commands, 'save', ctx)).toBe(true)
    expect(ctx.ran).toEqual(['save', 'save'])
  })

  it('runs no disabled command, from a key or the menu, but still takes its key', () => {
    const ctx: Ctx = { ran: [] }
    const event = press('d', { ctrl: true })
    expect(dispatchKey(commands, event, browser, ctx)).toBe(false)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(dispatchMenu(commands, 'duplicate', ctx)).toBe(false)
    expect(ctx.ran).toEqual([])
  })

  it('leaves keys of listed-only commands, and keys already handled, to others', () => {
    const ctx: Ctx = { ran: [] }
    const handled = { ...press('s', { ctrl: true }), defaultPrevented: true }
    expect(dispatchKey(commands, handled, browser, ctx)).toBe(false)
    expect(commandForKey(commands, press('c', { ctrl: true }), browser)).toBeUndefined()
    expect(ctx.ran).toEqual([])
  })

  it('lets a field keep its keys, except saving, and undo from a field with no text history', () => {
    const typing: KeyScene = { ...browser, typing: true, ownUndo: true }
    expect(commandForKey(commands, press('s', { ctrl: true }), typing)).toBe(save)
    expect(commandForKey(commands, press('z', { ctrl: true }), typing)).toBeUndefined()
    const inSelect: KeyScene = { ...browser, typing: true, ownUndo: false }
    expect(commandForKey(commands, press('z', { ctrl: true }), inSelect)).toBe(undo)
  })

  it('in the desktop app leaves keys the menu has accelerators for to the menu', () => {
    const desktop: KeyScene = { ...browser, platform: 'desktop' }
    expect(commandForKey(commands, press('s', { ctrl: true }), desktop)).toBeUndefined()
    expect(
      commandForKey(commands, { ...press('!', { shift: true }), code: 'Digit1' }, desktop)
    ).toBe(fit)
  })

  it('reads Mod as ⌘ on a Mac and Ctrl elsewhere', () => {
    expect(matchesKey(press('z', { meta: true }), 'Mod+Z', true)).toBe(true)
    expect(matchesKey(press('z', { ctrl: true }), 'Mod+Z', true)).toBe(false)
    expect(matchesKey(press('Z', { ctrl: true, shift: true }), 'Mod+Shift+Z', false)).toBe(true)
  })
})

describe('the app’s commands', () => {
  it('answer every command the application menu sends, each with a distinct id', async () => {
    const { COMMANDS } = await import('../../../src/renderer/src/commands/commands')
    for (const name of MENU_COMMANDS)
      expect(COMMANDS.filter((c) => c.menu === name).map((c) => c.id)).toHaveLength(1)
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length)
  })
  it('duplicate the selection from Ctrl+D and from the menu alike, and not with nothing selected', async () => {
    const { COMMANDS } = await import('../../../src/renderer/src/commands/commands')
    const { useEditor } = await import('../../../src/renderer/src/store/diagramStore')
    const { pipeline } = await import('../helpers')
    // Duplicate reads only the store, so the canvas and the sheets can stay out of it.
    const ctx = {} as CommandContext
    useEditor.getState().replaceDiagram(pipeline('s3', 'athena'))
    useEditor.getState().select(['s3'], [])
    dispatchKey(COMMANDS, press('d', { ctrl: true }), browser, ctx)
    expect(useEditor.getState().diagram.nodes).toHaveLength(3)
    dispatchMenu(COMMANDS, 'duplicate', ctx)
    expect(useEditor.getState().diagram.nodes).toHaveLength(4)
    useEditor.getState().select([], [])
    expect(dispatchMenu(COMMANDS, 'duplicate', ctx)).toBe(false)
    expect(useEditor.getState().diagram.nodes).toHaveLength(4)
  })
})
