import { randomBytes } from 'node:crypto'
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
    }
  }
}

/**
 * Development only: Vite's dev server injects each imported CSS file as a <style> element (and its
 * error overlay's styles, and inline scripts such as React's refresh preamble), which the page's
 * CSP refuses. Vite marks all of them with `html.cspNonce`; this adds that nonce, new for every dev
 * server, to script-src and style-src of the served page. The build is untouched: its policy has no
 * nonce and needs none.
 */
function devCspNonce(nonce = randomBytes(18).toString('base64')): Plugin {
  return {
    name: 'pipewright-dev-csp-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
          (_all, start: string, policy: string) => {
            const withNonce = policy.replace(
              /\b(script-src|style-src) 'self'/g,
              `$1 'self' 'nonce-${nonce}'`
            )
            return `${start}${withNonce}"`
          }
        )
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [palette(), devCspNonce(), react()]
  }
})
