import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc/channels'

const MAX_RECENT_IN_MENU = 10

export interface MenuActions {
  /** Asks the focused window's page to run a command. */
  command(command: MenuCommand): void
  openRecent(path: string): void
  clearRecent(): void
}

export interface MenuOptions {
  isPackaged: boolean
  platform: NodeJS.Platform
  /** Most recent first. */
  recentFiles: readonly string[]
  actions: MenuActions
}

/** On Windows and Linux a single & marks the access key, so a path's own & must be doubled. */
function menuLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&')
}

function fileMenu({ platform, recentFiles, actions }: MenuOptions): MenuItemConstructorOptions {
  const command = (
    label: string,
    id: MenuCommand,
    accelerator?: string
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => {
      actions.command(id)
    }
  })
  const recent = recentFiles.slice(0, MAX_RECENT_IN_MENU)
  const openRecent: MenuItemConstructorOptions[] = [
    ...recent.map((path) => ({
      label: menuLabel(path, platform),
      click: () => {
        actions.openRecent(path)
      }
    })),
    ...(recent.length > 0 ? [{ type: 'separator' as const }] : []),
    {
      label: 'Clear Recently Opened',
      enabled: recent.length > 0,
      click: () => {
        actions.clearRecent()
      }
    }
  ]
  return {
    label: 'File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: openRecent },
      command('Import…', 'import', 'CmdOrCtrl+I'),
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      {
        label: 'Export',
        submenu: [
          command('PNG (1×)', 'export-png'),
          command('PNG (2×)', 'export-png-2x'),
          command('SVG', 'export-svg'),
          command('JSON', 'export-json'),
          command('CloudFormation template…', 'export-cloudformation'),
          { type: 'separator' },
          command('Bill of materials (CSV)…', 'export-bom-csv'),
          command('Bill of materials (Markdown)…', 'export-bom-md')
        ]
      },
      { type: 'separator' },
      command('Close', 'close', 'CmdOrCtrl+W'),
      // macOS has Quit in the app menu.
      ...(platform === 'darwin' ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }])
    ]
  }
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isPackaged, platform, actions } = options
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' }
      ]
  return [
    // macOS shows the first menu under the app's name whatever its label, so give it its own.
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    fileMenu(options),
    {
      label: 'Edit',
      // Undo, Redo, Select All and Duplicate act on the diagram: the page decides, and hands
      // them to a text field when one has focus. Cut, Copy and Paste stay native: they raise the
      // clipboard events the page handles.
      submenu: [
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          click: () => {
            actions.command('undo')
          }
        },
        {
          label: 'Redo',
          accelerator: platform === 'darwin' ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
          click: () => {
            actions.command('redo')
          }
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        {
          label: 'Duplicate',
          accelerator: 'CmdOrCtrl+D',
          click: () => {
            actions.command('duplicate')
          }
        },
        {
          label: 'Select All',
          accelerator: 'CmdOrCtrl+A',
          click: () => {
            actions.command('select-all')
          }
        },
        { type: 'separator' },
        {
          label: 'Auto-layout',
          accelerator: 'Shift+CmdOrCtrl+L',
          click: () => {
            actions.command('auto-layout')
          }
        }
      ]
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          click: () => {
            actions.command('shortcuts')
          }
        },
        { role: 'about' }
      ]
    }
  ]
}
