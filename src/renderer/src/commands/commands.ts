import type { ReactFlowInstance } from '@xyflow/react'
import { useEditor, undo, redo } from '../store/diagramStore'
import { useViewPrefs } from '../store/viewPrefs'
import { exportDiagram, newDiagram, openDiagram, saveDiagram, saveDiagramAs } from './fileCommands'
import { autoLayout } from './layoutCommand'

/**
 * Every user action as data: one list drives keyboard shortcuts, context menus and the `?`
 * shortcuts sheet, so a shortcut shown is a shortcut that works.
 */
export interface CommandContext {
  flow: ReactFlowInstance<any, any>
  showShortcuts(): void
  showTemplates(): void
}

export interface Command {
  id: string
  label: string
  group: 'File' | 'Edit' | 'View' | 'Help'
  /** Shortcuts as shown to people, e.g. "Mod+Z"; Mod is Ctrl, or ⌘ on a Mac. */
  keys: string[]
  run(ctx: CommandContext): void
  /** Handled by the browser's clipboard events or React Flow; listed for the sheet only. */
  listedOnly?: boolean
}

export const COMMANDS: Command[] = [
  { id: 'new', label: 'New diagram', group: 'File', keys: [], run: () => void newDiagram() },
  {
    id: 'templates',
    label: 'New from template…',
    group: 'File',
    keys: [],
    run: (c) => c.showTemplates()
  },
  { id: 'open', label: 'Open…', group: 'File', keys: ['Mod+O'], run: () => void openDiagram() },
  { id: 'save', label: 'Save', group: 'File', keys: ['Mod+S'], run: () => void saveDiagram() },
  {
    id: 'save-as',
    label: 'Save As…',
    group: 'File',
    keys: ['Mod+Shift+S'],
    run: () => void saveDiagramAs()
  },
  {
    id: 'export-png',
    label: 'Export PNG',
    group: 'File',
    keys: [],
    run: (c) => void exportDiagram('png', c.flow.getNodes())
  },
  { id: 'undo', label: 'Undo', group: 'Edit', keys: ['Mod+Z'], run: () => undo() },
  { id: 'redo', label: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], run: () => redo() },
  {
    id: 'select-all',
    label: 'Select all',
    group: 'Edit',
    keys: ['Mod+A'],
    run: () => useEditor.getState().selectAll()
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'Edit',
    keys: ['Mod+C'],
    run: () => document.execCommand('copy'),
    listedOnly: true
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'Edit',
    keys: ['Mod+X'],
    run: () => document.execCommand('cut'),
    listedOnly: true
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'Edit',
    keys: ['Mod+V'],
    run: () => document.execCommand('paste'),
    listedOnly: true
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    keys: ['Mod+D'],
    run: () => useEditor.getState().duplicateSelection()
  },
  {
    id: 'delete',
    label: 'Delete selection',
    group: 'Edit',
    keys: ['Delete', 'Backspace'],
    run: () => useEditor.getState().deleteSelection(),
    listedOnly: true
  },
  {
    id: 'nudge',
    label: 'Nudge selection',
    group: 'Edit',
    keys: ['Arrow keys'],
    run: () => {},
    listedOnly: true
  },
  {
    id: 'context-menu',
    label: 'Menu of the focused node or edge',
    group: 'Edit',
    keys: ['Shift+F10'],
    run: () => {},
    listedOnly: true
  },
  {
    id: 'layout',
    label: 'Auto-layout (selection or all)',
    group: 'Edit',
    keys: ['Mod+Shift+L'],
    run: (c) => void autoLayout(c.flow)
  },
  {
    id: 'fit',
    label: 'Fit view',
    group: 'View',
    keys: ['Shift+1'],
    run: (c) => void c.flow.fitView({ padding: 0.2, maxZoom: 1.2, duration: 300 })
  },
  {
    id: 'snap',
    label: 'Snap to grid on/off',
    group: 'View',
    keys: ['Shift+G'],
    run: () => useViewPrefs.getState().set({ snapToGrid: !useViewPrefs.getState().snapToGrid })
  },
  {
    id: 'edge-labels',
    label: 'Edge labels on/off',
    group: 'View',
    keys: ['Shift+E'],
    run: () =>
      useViewPrefs.getState().set({ showEdgeLabels: !useViewPrefs.getState().showEdgeLabels })
  },
  {
    id: 'theme',
    label: 'Switch light / dark theme',
    group: 'View',
    keys: ['Shift+T'],
    run: () => toggleTheme()
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    keys: ['?'],
    run: (c) => c.showShortcuts()
  }
]

function toggleTheme(): void {
  const prefs = useViewPrefs.getState()
  const dark =
    prefs.theme === 'dark' ||
    (prefs.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  prefs.set({ theme: dark ? 'light' : 'dark' })
}

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

export function keyLabel(key: string): string {
  return isMac ? key.replace('Mod+', '⌘').replace('Shift+', '⇧') : key.replace('Mod+', 'Ctrl+')
}

/** Does this keyboard event press this shortcut? */
export function matchesKey(event: KeyboardEvent, key: string): boolean {
  const parts = key.split('+')
  const main = parts.pop()!
  const wantMod = parts.includes('Mod')
  const wantShift = parts.includes('Shift')
  const mod = isMac ? event.metaKey : event.ctrlKey
  if (main === '?') return event.key === '?' && !mod
  if (mod !== wantMod || event.altKey) return false
  if (main === '1' && wantShift)
    return event.shiftKey && (event.key === '!' || event.code === 'Digit1')
  if (event.shiftKey !== wantShift) return false
  return event.key.toLowerCase() === main.toLowerCase()
}
