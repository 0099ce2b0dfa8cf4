import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importTemplate } from '../../../../src/shared/interchange/cloudformation/importTemplate'
import type { ImportResult } from '../../../../src/shared/interchange/import/importReport'

/** Helpers so each test reads as the template it imports and what came of it. */
export function fixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../fixtures/cloudformation/${name}`, import.meta.url)),
    'utf8'
  )
}

export function imported(text: string, fileName = 'template.yaml'): ImportResult {
  const result = importTemplate(text, fileName)
  if (!result.ok) throw new Error(`import refused: ${result.message}`)
  return result
}

/** A template of the given resources (YAML text indented under `Resources:`), with optional sections before it. */
export function template(resources: string, head = ''): ImportResult {
  return imported(`${head}\nResources:\n${resources}`)
}

/** Edges as `source>target`, sorted. */
export function edgesOf(result: ImportResult): string[] {
  return result.diagram.edges.map((e) => `${e.source}>${e.target}`).sort()
}

export function nodeOf(result: ImportResult, id: string) {
  const n = result.diagram.nodes.find((x) => x.id === id)
  if (!n)
    throw new Error(`no node ${id}; nodes: ${result.diagram.nodes.map((x) => x.id).join(', ')}`)
  return n
}

export function entryOf(result: ImportResult, id: string) {
  const e = result.report.entries.find((x) => x.sourceId === id)
  if (!e) throw new Error(`no report entry for ${id}`)
  return e
}

export function edge(result: ImportResult, source: string, target: string) {
  return result.diagram.edges.find((e) => e.source === source && e.target === target)
}
