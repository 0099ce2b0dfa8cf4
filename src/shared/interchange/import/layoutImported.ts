import { DEFAULT_CARD_SIZE } from '../../diagram/freeSpot'
import type { Diagram } from '../../diagram/types'
import type { RunLayout } from '../../layout/layoutPositions'
import { layoutPositions } from '../../layout/layoutPositions'
import type { ImportResult } from './importReport'

/**
 * A template has no positions, so an imported one is laid out left to right in data-flow order
 * (ELK's layered layout, as Auto-layout does). A draw.io diagram keeps the positions its author gave.
 * `run` is the app's layout worker, or `runElk` on the calling thread in the CLI.
 */
export async function layoutImported(result: ImportResult, run: RunLayout): Promise<Diagram> {
  const { diagram } = result
  if (result.report.kind !== 'cloudformation' || diagram.nodes.length === 0) return diagram
  const placed = await layoutPositions(
    {
      nodes: diagram.nodes.map((n) => ({ id: n.id, ...DEFAULT_CARD_SIZE, position: n.position })),
      edges: diagram.edges
    },
    run
  )
  return {
    ...diagram,
    nodes: diagram.nodes.map((n) => {
      const to = placed.get(n.id)
      return to ? { ...n, position: to } : n
    })
  }
}
