import { ReactFlowProvider, useReactFlow } from '@xyflow/react'
import { useEffect, useMemo, useState } from 'react'
import { Canvas } from './canvas/Canvas'
import { focusCanvas } from './canvas/canvasFocus'
import { ContextMenu } from './canvas/ContextMenu'
import type { CommandContext } from './commands/commands'
import { useClipboard } from './commands/useClipboard'
import { useCommands } from './commands/useCommands'
import { ShortcutsSheet } from './panels/ShortcutsSheet'
import { TemplateGallery } from './panels/TemplateGallery'
import { useResolvedTheme } from './store/viewPrefs'
import { UnsavedChangesDialog } from './dialogs/UnsavedChangesDialog'
import { BottomPanel } from './panels/BottomPanel'
import { Inspector } from './panels/Inspector'
import { Palette } from './panels/Palette'
import { ProgressStatus } from './panels/ProgressStatus'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'
import { RecoveryBanner } from './workflow/RecoveryBanner'
import { useFileWorkflow } from './workflow/useFileWorkflow'

function Workspace() {
  const flow = useReactFlow()
  const [sheet, setSheet] = useState<'shortcuts' | 'templates' | undefined>()
  const ctx: CommandContext = useMemo(
    () => ({
      flow,
      showShortcuts: () => setSheet('shortcuts'),
      showTemplates: () => setSheet('templates')
    }),
    [flow]
  )
  useFileWorkflow()
  useClipboard()
  useCommands(ctx)
  const theme = useResolvedTheme()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#canvas"
        onClick={(e) => {
          e.preventDefault()
          focusCanvas()
        }}
      >
        Skip to canvas
      </a>
      <Toolbar commands={ctx} />
      <RecoveryBanner />
      <div className="workspace">
        {/* The canvas comes first in the Tab order; styles.css still shows the palette on the left. */}
        <main className="centre">
          <Canvas />
          <ProgressStatus />
          <BottomPanel />
          {/* Fixed-positioned; inside main so it sits in a landmark like everything else. */}
          <ContextMenu />
        </main>
        <Palette />
        <Inspector />
      </div>
      <StatusBar />
      <UnsavedChangesDialog />
      {sheet === 'shortcuts' ? <ShortcutsSheet onClose={() => setSheet(undefined)} /> : null}
      {sheet === 'templates' ? <TemplateGallery onClose={() => setSheet(undefined)} /> : null}
    </div>
  )
}

export function App() {
  return (
    <ReactFlowProvider>
      <Workspace />
    </ReactFlowProvider>
  )
}
