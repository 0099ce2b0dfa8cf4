import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ServiceId } from '../../src/shared/catalog/services'
import type { Config, Diagram, DiagramEdge, DiagramNode } from '../../src/shared/diagram/types'
import type { Problem } from '../../src/shared/validation/problems'
import type { ValidationResult } from '../../src/shared/validation/validator'

/** Builders so that a test reads as the diagram it describes: `diagram([node('a', 's3')], [edge('a', 'b')])`. */

/**
 * Diagrams are read-only everywhere in the program. A test builds its own and may adjust it
 * before use (`d.nodes.push(...)`), so the builders hand theirs out as this writable twin.
 */
export type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T

export function node(
  id: string,
  service: ServiceId,
  extra: { x?: number; y?: number; label?: string; config?: Config } = {}
): Mutable<DiagramNode> {
  const n: DiagramNode = {
    id,
    service,
    position: { x: extra.x ?? 0, y: extra.y ?? 0 },
    ...(extra.label !== undefined ? { label: extra.label } : {}),
    ...(extra.config !== undefined ? { config: extra.config } : {})
  }
  return n as Mutable<DiagramNode>
}

/** Edge ids default to `source:target`, which the file schema accepts. */
export function edge(
  source: string,
  target: string,
  extra: { id?: string; config?: Config } = {}
): Mutable<DiagramEdge> {
  const e: DiagramEdge = {
    id: extra.id ?? `${source}:${target}`,
    source,
    target,
    ...(extra.config !== undefined ? { config: extra.config } : {})
  }
  return e as Mutable<DiagramEdge>
}

export function diagram(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[] = [],
  name = 'Test diagram'
): Mutable<Diagram> {
  const d: Diagram = { format: 'pipewright/diagram', version: 5, name, nodes, edges }
  return d as Mutable<Diagram>
}

/** A straight pipeline where the node id is the service id: `pipeline('s3', 'glue-crawler', ...)`. */
export function pipeline(...services: ServiceId[]): Mutable<Diagram> {
  const nodes = services.map((s, i) => node(s, s, { x: i * 250 }))
  const edges = services.slice(1).map((s, i) => edge(services[i]!, s))
  return diagram(nodes, edges)
}

export function withCode(result: ValidationResult, code: string): Problem[] {
  return result.problems.filter((p) => p.code === code)
}

export function codes(result: ValidationResult): string[] {
  return result.problems.map((p) => p.code)
}

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/diagrams/', import.meta.url))
export const SEEDS_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url))
export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url))

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES_DIR}${name}`, 'utf8')
}

/** A valid diagram file as text, for loader tests that change one thing at a time. */
export function fileText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      format: 'pipewright/diagram',
      version: 5,
      name: 'Loader test',
      nodes: [
        { id: 'src', service: 's3', position: { x: 0, y: 0 } },
        { id: 'dst', service: 'athena', position: { x: 250, y: 0 } }
      ],
      edges: [{ id: 'e1', source: 'src', target: 'dst' }],
      ...overrides
    },
    null,
    2
  )
}
