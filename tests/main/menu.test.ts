import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.label ?? item.role)
}

describe('application menu', () => {
  it('has File, Edit, View and Help with quit, the edit roles and about', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'linux' })
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'help'])
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'about']))
  })

  it('offers reload and devtools only in development', () => {
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'linux' })).filter((r) => /reload|devtools/i.test(r))).toEqual([])
    expect(roles(buildMenuTemplate({ isPackaged: false, platform: 'linux' }))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    )
  })

  it('puts the app menu first on macOS', () => {
    const template = buildMenuTemplate({ isPackaged: true, platform: 'darwin' })
    expect(template[0]).toEqual({ role: 'appMenu' })
  })
})
