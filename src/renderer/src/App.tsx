import { ReactFlowProvider } from '@xyflow/react'
import { Canvas } from './canvas/Canvas'
import { Inspector } from './panels/Inspector'
import { Palette } from './panels/Palette'
import { BottomPanel } from './panels/BottomPanel'
import { StatusBar } from './panels/StatusBar'
import { Toolbar } from './panels/Toolbar'

export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="centre">
            <Canvas />
            <BottomPanel />
          </main>
          <Inspector />
        </div>
        <StatusBar />
      </div>
    </ReactFlowProvider>
  )
}
