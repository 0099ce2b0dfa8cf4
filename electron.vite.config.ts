import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { paletteCss } from './src/shared/theme/palette'

/**
 * `import 'virtual:palette.css'` is the palette's CSS variables as a style sheet of the build, so
 * the page needs no <style> element of its own (the CSP allows no inline style: 'unsafe-inline').
 */
function palette(): Plugin {
  const id = 'virtual:palette.css'
  return {
    name: 'pipewright-palette',
    resolveId: (source) => (source === id ? id : undefined),
    load(loaded) {
      if (loaded !== id) return undefined
      this.addWatchFile(resolve(__dirname, 'src/shared/theme/palette.ts'))
      return paletteCss()
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [palette(), react()],
  },
})
