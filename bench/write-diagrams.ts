/**
 * Writes the benchmark diagrams as files: `node --import tsx bench/write-diagrams.ts DIR N…`
 * writes DIR/bench-N.pipewright.json for each size, and DIR/drag-N.pipewright.json, the same
 * diagram with frames (what the drag benchmark crosses), through the app's own serialiser, and
 * checks that each one loads.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDiagram } from '../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../src/shared/diagram/saveDiagram'
import { generateDiagram } from './lib/generate'

const [dir, ...sizes] = process.argv.slice(2)
if (!dir || sizes.length === 0) throw new Error('usage: write-diagrams.ts DIR N…')
mkdirSync(dir, { recursive: true })
for (const size of sizes.map(Number)) {
  for (const [name, frames] of [
    ['bench', false],
    ['drag', true]
  ] as const) {
    const text = serializeDiagram(generateDiagram({ nodes: size, frames }))
    const loaded = loadDiagram(text)
    if (!loaded.ok) throw new Error(`${name}-${size} does not load: ${loaded.error.message}`)
    writeFileSync(join(dir, `${name}-${size}.pipewright.json`), text)
  }
}
