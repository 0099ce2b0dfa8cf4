/**
 * The files of the CI benchmark (issue 17): `node --import tsx bench/write-ci-files.ts DIR COUNT`
 * writes COUNT diagrams into DIR, as a repository of pipelines would hold them: the gallery's
 * reference architectures, and generated diagrams of 8 to 120 services (a third of them with an
 * undocumented connection, so validate has errors to report and locate). Each one is checked to load.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadDiagram } from '../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../src/shared/diagram/saveDiagram'
import type { Diagram } from '../src/shared/diagram/types'
import { generateDiagram } from './lib/generate'

const [dir, countText] = process.argv.slice(2)
const count = Number(countText)
if (!dir || !Number.isInteger(count) || count < 1)
  throw new Error('usage: write-ci-files.ts DIR COUNT')
mkdirSync(dir, { recursive: true })

// The benchmark runs from the checkout's root (bench/run.mjs sets the working directory).
const GALLERY = resolve('resources/templates')
const gallery = readdirSync(GALLERY)
  .filter((f) => f.endsWith('.pipewright.json'))
  .sort()
  .map((f) => readFileSync(join(GALLERY, f), 'utf8'))
const SIZES = [8, 15, 25, 40, 60, 120]

/** Kinesis straight into S3: not an integration, so the file has an error to report. */
function withUndocumentedEdge(d: Diagram, i: number): Diagram {
  const stream = d.nodes.find((n) => n.service === 'kinesis-data-streams')
  const bucket = d.nodes.find((n) => n.service === 's3')
  if (!stream || !bucket) return d
  return {
    ...d,
    edges: [...d.edges, { id: `bench-wrong-${i}`, source: stream.id, target: bucket.id }]
  }
}

for (let i = 0; i < count; i++) {
  let text: string
  if (i % 4 === 0) text = gallery[(i / 4) % gallery.length]!
  else {
    const d = generateDiagram({ nodes: SIZES[i % SIZES.length]!, seed: 1700 + i })
    text = serializeDiagram(i % 3 === 0 ? withUndocumentedEdge(d, i) : d)
  }
  const loaded = loadDiagram(text)
  if (!loaded.ok) throw new Error(`file ${i} does not load: ${loaded.error.message}`)
  writeFileSync(join(dir, `pipeline-${String(i).padStart(3, '0')}.pipewright.json`), text)
}
