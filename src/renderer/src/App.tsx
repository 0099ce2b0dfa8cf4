import { ReactFlowProvider } from '@xyflow/react'
import { Canvas } from './canvas/Canvas'
import { UnsavedChangesDialog } from './dialogs/UnsavedChangesDialog'
import { BottomPanel } from './panels/BottomPanel'
import { Inspector } from './panels/Inspector'
import { Palette } from './panels/Palette'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'
import { RecoveryBanner } from './workflow/RecoveryBanner'
import { useFileWorkflow } from './workflow/useFileWorkflow'

function Workspace() {
  useFileWorkflow()
  return (
    <div className="app">
      <Toolbar />
      <RecoveryBanner />
      <div className="workspace">
        <Palette />
        <main className="centre">
          <Canvas />
          <BottomPanel />
        </main>
        <Inspector />
      </div>
      <StatusBar />
      <UnsavedChangesDialog />
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
