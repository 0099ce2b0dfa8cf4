import type { ReactFlowInstance } from '@xyflow/react'
import { useEditor, undo, redo } from '../store/diagramStore'
import { useViewPrefs } from '../store/viewPrefs'
import type { Command as GenericCommand } from './dispatch'
import {
  closeDiagram,
  exportDiagram,
  newDiagram,
  openDiagram,
  saveDiagram,
  saveDiagramAs,
  type ExportFormat
} from './fileCommands'
import { exportBillOfMaterials } from './bomExport'
import { exportCloudFormation } from './cloudFormationExport'
import { hasOwnUndo, isTypingIn } from './focus'
import { importFromPicker } from './importCommands'
import { autoLayout } from './layoutCommand'

/** What commands act on besides the stores: the canvas, and the window's sheets. */
export interface CommandContext {
  flow: ReactFlowInstance
  showShortcuts(): void
  showTemplates(): void
}

export type Command = GenericCommand<CommandContext>

/**
 * A text field keeps its own edit commands: from the menu, Undo there undoes the typing (a select
 * or a checkbox has no text history, so Undo there undoes the diagram edit it just made).
 */
function editCommand(name: 'undo' | 'redo' | 'selectAll', onDiagram: () => void): () => void {
  const fieldKeeps = name === 'selectAll' ? isTypingIn : hasOwnUndo
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to ask a field to undo its own typing
    if (fieldKeeps(document.activeElement)) document.execCommand(name)
    else onDiagram()
  }
}

function canTravel(direction: 'pastStates' | 'futureStates'): boolean {
  return hasOwnUndo(document.activeElement) || useEditor.temporal.getState()[direction].length > 0
}

function exportAs(format: ExportFormat): Command['run'] {
  return (c) => void exportDiagram(format, c.flow.getNodes())
}

/** Every command, in the order the shortcuts sheet lists them. */
export const COMMANDS: Command[] = [
  {
    id: 'new',
    label: 'New diagram',
    group: 'File',
    keys: [],
    run: () => void newDiagram(),
    menu: 'new',
    menuAccelerator: true
  },
  {
    id: 'templates',
    label: 'New from template…',
    group: 'File',
    keys: [],
    run: (c) => {
      c.showTemplates()
    }
  },
  {
    id: 'open',
    label: 'Open…',
    group: 'File',
    keys: ['Mod+O'],
    run: () => void openDiagram(),
    menu: 'open',
    menuAccelerator: true,
    whileTyping: 'always'
  },
  {
    id: 'import',
    label: 'Import template or draw.io…',
    group: 'File',
    keys: ['Mod+I'],
    run: () => void importFromPicker(),
    menu: 'import',
    menuAccelerator: true,
    whileTyping: 'always'
  },
  {
    id: 'save',
    label: 'Save',
    group: 'File',
    keys: ['Mod+S'],
    run: () => void saveDiagram(),
    menu: 'save',
    menuAccelerator: true,
    whileTyping: 'always'
  },
  {
    id: 'save-as',
    label: 'Save As…',
    group: 'File',
    keys: ['Mod+Shift+S'],
    run: () => void saveDiagramAs(),
    menu: 'save-as',
    menuAccelerator: true,
    whileTyping: 'always'
  },
  {
    id: 'export-png',
    label: 'Export PNG',
    group: 'File',
    keys: [],
    run: exportAs('png'),
    menu: 'export-png'
  },
  {
    id: 'export-png-2x',
    label: 'Export PNG (2×)',
    group: 'File',
    keys: [],
    run: exportAs('png-2x'),
    menu: 'export-png-2x'
  },
  {
    id: 'export-svg',
    label: 'Export SVG',
    group: 'File',
    keys: [],
    run: exportAs('svg'),
    menu: 'export-svg'
  },
  {
    id: 'export-json',
    label: 'Export JSON',
    group: 'File',
    keys: [],
    run: exportAs('json'),
    menu: 'export-json'
  },
  {
    id: 'export-cloudformation',
    label: 'Export CloudFormation template…',
    group: 'File',
    keys: [],
    run: () => void exportCloudFormation(),
    menu: 'export-cloudformation'
  },
  {
    id: 'export-bom-csv',
    label: 'Export bill of materials (CSV)…',
    group: 'File',
    keys: [],
    run: () => void exportBillOfMaterials('csv'),
    menu: 'export-bom-csv'
  },
  {
    id: 'export-bom-md',
    label: 'Export bill of materials (Markdown)…',
    group: 'File',
    keys: [],
    run: () => void exportBillOfMaterials('md'),
    menu: 'export-bom-md'
  },
  {
    id: 'close',
    label: 'Close',
    group: 'File',
    keys: [],
    run: () => void closeDiagram(),
    menu: 'close',
    menuAccelerator: true
  },
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    keys: ['Mod+Z'],
    run: editCommand('undo', undo),
    enabled: () => canTravel('pastStates'),
    menu: 'undo',
    menuAccelerator: true,
    whileTyping: 'without-own-undo'
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    run: editCommand('redo', redo),
    enabled: () => canTravel('futureStates'),
    menu: 'redo',
    menuAccelerator: true,
    whileTyping: 'without-own-undo'
  },
  {
    id: 'select-all',
    label: 'Select all',
    group: 'Edit',
    keys: ['Mod+A'],
    run: editCommand('selectAll', () => {
      useEditor.getState().selectAll()
    }),
    menu: 'select-all',
    menuAccelerator: true
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'Edit',
    keys: ['Mod+C'],
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- runs the page's own clipboard handlers (useClipboard)
    run: () => void document.execCommand('copy'),
    listedOnly: true
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'Edit',
    keys: ['Mod+X'],
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- runs the page's own clipboard handlers (useClipboard)
    run: () => void document.execCommand('cut'),
    listedOnly: true
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'Edit',
    keys: ['Mod+V'],
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- runs the page's own clipboard handlers (useClipboard)
    run: () => void document.execCommand('paste'),
    listedOnly: true
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    keys: ['Mod+D'],
    run: () => {
      useEditor.getState().duplicateSelection()
    },
    enabled: () => useEditor.getState().selection.nodeIds.size > 0,
    menu: 'duplicate',
    menuAccelerator: true
  },
  {
    id: 'delete',
    label: 'Delete selection',
    group: 'Edit',
    keys: ['Delete', 'Backspace'],
    run: () => {
      useEditor.getState().deleteSelection()
    },
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
    id: 'auto-layout',
    label: 'Auto-layout (selection or all)',
    group: 'Edit',
    keys: ['Mod+Shift+L'],
    run: (c) => void autoLayout(c.flow),
    menu: 'auto-layout',
    menuAccelerator: true
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
    run: () => {
      useViewPrefs.getState().set({ snapToGrid: !useViewPrefs.getState().snapToGrid })
    }
  },
  {
    id: 'edge-labels',
    label: 'Edge labels on/off',
    group: 'View',
    keys: ['Shift+E'],
    run: () => {
      useViewPrefs.getState().set({ showEdgeLabels: !useViewPrefs.getState().showEdgeLabels })
    }
  },
  {
    id: 'theme',
    label: 'Switch light / dark theme',
    group: 'View',
    keys: ['Shift+T'],
    run: () => {
      toggleTheme()
    }
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    keys: ['?'],
    run: (c) => {
      c.showShortcuts()
    },
    menu: 'shortcuts'
  }
]

function toggleTheme(): void {
  const prefs = useViewPrefs.getState()
  const dark =
    prefs.theme === 'dark' ||
    (prefs.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  prefs.set({ theme: dark ? 'light' : 'dark' })
}
