import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/**
 * The CLI as one CommonJS file with its dependencies inside (out/cli/pipewright.cjs), for the
 * packaged app: an installed app has neither tsx nor the TypeScript sources, and its Electron
 * cannot act as Node (the RunAsNode fuse is off), so the file is shipped beside app.asar and run
 * with the user's own Node. The entry is bin/pipewright.cjs itself, with its `require('tsx/cjs')`
 * made a no-op: the sources are compiled here instead, and the launcher stays one file.
 */
const ROOT = resolve(import.meta.dirname, '..')

export default defineConfig({
  root: ROOT,
  // No public/ folder, no .env files: nothing but the entry's imports goes in.
  publicDir: false,
  envDir: false,
  logLevel: 'warn',
  resolve: { alias: { 'tsx/cjs': resolve(ROOT, 'build/empty.cjs') } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(ROOT, 'bin/pipewright.cjs'),
    outDir: resolve(ROOT, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'pipewright.cjs' } }
  }
})
