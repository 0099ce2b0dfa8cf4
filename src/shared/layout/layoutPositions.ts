import type { ElkNode } from 'elkjs/lib/elk-api'
import { placeAt, toLayoutGraph, type LayoutInput, type Placed, type Point } from './layoutGraph'

/** Where ELK runs: the app's layout worker, or the calling thread (the CLI, tests) with runElk. */
export type RunLayout = (graph: ElkNode) => Promise<Placed[]>

/**
 * New top-left positions, left to right in data-flow order. The laid-out block keeps the top-left
 * corner of the nodes it replaces, so the diagram (or the selection) does not jump across the canvas.
 */
export async function layoutPositions(
  input: LayoutInput,
  run: RunLayout
): Promise<Map<string, Point>> {
  const prepared = toLayoutGraph(input)
  if (!prepared) return new Map()
  return placeAt(prepared.anchor, await run(prepared.graph))
}
