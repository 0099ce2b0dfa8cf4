import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from '../../src/main/menu'
import { MENU_COMMANDS } from '../../src/shared/ipc/channels'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.label ?? item.role ?? item.type)
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label} has no submenu`)
  return item.submenu
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((i) => i.label === label)
  if (!item) throw new Error(`no "${label}" in ${labels(items).join(', ')}`)
  return item
}

function click(item: MenuItemConstructorOptions): void {
  ;(item.click as () => void)()
}

function menu(overrides: Partial<MenuOptions> = {}) {
  const actions = {
    command: vi.fn<MenuOptions['actions']['command']>(),
    openRecent: vi.fn<MenuOptions['actions']['openRecent']>(),
    clearRecent: vi.fn<MenuOptions['actions']['clearRecent']>()
  }
  const template = buildMenuTemplate({
    isPackaged: true,
    platform: 'linux',
    recentFiles: [],
    actions,
    ...overrides
  })
  const fileMenu = submenu(template.find((item) => item.label === 'File'))
  return { template, actions, fileMenu, openRecent: submenu(find(fileMenu, 'Open Recent')) }
}

describe('application menu', () => {
  it('has File, Edit, View and Help with quit, the clipboard roles and about', () => {
    const { template } = menu()
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'help'])
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'about'])
    )
  })

  it('Edit sends Undo, Redo, Duplicate, Select All and Auto-layout to the page, with their accelerators', () => {
    const { template, actions } = menu()
    const edit = submenu(find(template, 'Edit'))
    const accelerators = Object.fromEntries(
      edit.filter((i) => i.accelerator).map((i) => [String(i.label), i.accelerator] as const)
    )
    expect(accelerators).toEqual({
      Undo: 'CmdOrCtrl+Z',
      Redo: 'CmdOrCtrl+Y',
      Duplicate: 'CmdOrCtrl+D',
      'Select All': 'CmdOrCtrl+A',
      'Auto-layout': 'Shift+CmdOrCtrl+L'
    })
    for (const item of edit.filter((i) => i.click)) click(item)
    expect(actions.command.mock.calls.map(([c]) => c)).toEqual([
      'undo',
      'redo',
      'duplicate',
      'select-all',
      'auto-layout'
    ])
    expect(
      find(submenu(menu({ platform: 'darwin' }).template.find((i) => i.label === 'Edit')), 'Redo')
        .accelerator
    ).toBe('Shift+CmdOrCtrl+Z')
  })

  it('offers reload and devtools only in development', () => {
    expect(roles(menu().template).filter((r) => /reload|devtools/i.test(r))).toEqual([])
    expect(roles(menu({ isPackaged: false }).template)).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools'])
    )
  })

  it('puts the app menu first on macOS, where File has no Quit', () => {
    const { template, fileMenu } = menu({ platform: 'darwin' })
    expect(template[0]).toEqual({ role: 'appMenu' })
    expect(roles(fileMenu)).toEqual([])
    expect(labels(fileMenu).at(-1)).toBe('Close')
  })

  it('File has the document commands in order, with the platform accelerators', () => {
    const { fileMenu } = menu()
    expect(labels(fileMenu)).toEqual([
      'New',
      'Open…',
      'Open Recent',
      'Import…',
      'separator',
      'Save',
      'Save As…',
      'Export',
      'separator',
      'Close',
      'separator',
      'quit'
    ])
    const accelerators = Object.fromEntries(
      fileMenu.filter((i) => i.accelerator).map((i) => [String(i.label), i.accelerator] as const)
    )
    expect(accelerators).toEqual({
      New: 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      'Import…': 'CmdOrCtrl+I',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'Shift+CmdOrCtrl+S',
      Close: 'CmdOrCtrl+W'
    })
  })

  it('each command item sends its command to the page', () => {
    const { fileMenu, actions, template } = menu()
    const exportMenu = submenu(find(fileMenu, 'Export'))
    expect(labels(exportMenu)).toEqual([
      'PNG (1×)',
      'PNG (2×)',
      'SVG',
      'JSON',
      'CloudFormation template…',
      'separator',
      'Bill of materials (CSV)…',
      'Bill of materials (Markdown)…'
    ])
    for (const item of [
      ...fileMenu.filter((i) => i.click && i.label !== 'Open Recent'),
      ...exportMenu.filter((i) => i.click)
    ])
      click(item)
    const editMenu = submenu(find(template, 'Edit'))
    const helpMenu = submenu(template.find((i) => i.role === 'help'))
    for (const item of [...editMenu, ...helpMenu].filter((i) => i.click)) click(item)
    // Every command the page understands is reachable from the menu, once.
    expect(actions.command.mock.calls.map(([c]) => c).sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('Open Recent lists the recent files, most recent first, then Clear Recently Opened', () => {
    const recentFiles = ['/home/me/b.pipewright.json', '/home/me/a.pipewright.json']
    const { openRecent, actions } = menu({ recentFiles })
    expect(labels(openRecent)).toEqual([...recentFiles, 'separator', 'Clear Recently Opened'])
    click(openRecent[1]!)
    expect(actions.openRecent).toHaveBeenCalledWith('/home/me/a.pipewright.json')
    click(find(openRecent, 'Clear Recently Opened'))
    expect(actions.clearRecent).toHaveBeenCalledTimes(1)
    expect(actions.command).not.toHaveBeenCalled()
  })

  it('Open Recent shows at most 10 and only a disabled Clear when empty', () => {
    const many = Array.from({ length: 12 }, (_, i) => `/d/${i}.json`)
    expect(menu({ recentFiles: many }).openRecent).toHaveLength(12)
    expect(menu().openRecent).toEqual([
      expect.objectContaining({ label: 'Clear Recently Opened', enabled: false })
    ])
  })

  it('doubles & in file names where a single & would mark an access key', () => {
    expect(menu({ recentFiles: ['/d/R&D.json'] }).openRecent[0]!.label).toBe('/d/R&&D.json')
    expect(menu({ recentFiles: ['/d/R&D.json'], platform: 'darwin' }).openRecent[0]!.label).toBe(
      '/d/R&D.json'
    )
  })
})
