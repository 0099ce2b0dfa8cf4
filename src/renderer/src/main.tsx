import '@xyflow/react/dist/style.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { paletteCss } from '../../shared/theme/palette'
import { App } from './App'
import { platform } from './platform/platform'

// Connect to the desktop shell before the first render, so no event it sends early is lost.
platform()

// The colour variables come from the palette the SVG export also paints with.
const palette = document.createElement('style')
palette.dataset.palette = ''
palette.textContent = paletteCss()
document.head.prepend(palette)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
