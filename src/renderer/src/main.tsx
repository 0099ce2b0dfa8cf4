// The colour variables come from the palette the SVG export also paints with (electron.vite.config.ts).
import 'virtual:palette.css'
import '@xyflow/react/dist/style.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { platform } from './platform/platform'

// Connect to the desktop shell before the first render, so no event it sends early is lost.
platform()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
