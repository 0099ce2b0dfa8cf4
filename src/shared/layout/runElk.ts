import type { ElkNode } from 'elkjs/lib/elk-api'
import ELK from 'elkjs/lib/elk.bundled.js'
import type { Placed } from './layoutGraph'

interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>
}

let elk: ElkLike | undefined

/**
 * Runs ELK on the calling thread: in the app that is the layout worker (layout.worker.ts), in the
 * unit tests it is Node. The bundled build needs no worker file of its own. Only positions come
 * back; the edge routes ELK also works out are not used (React Flow draws its own).
 */
export async function runElk(graph: ElkNode): Promise<Placed[]> {
  // CommonJS interop differs between Vite (default = module.exports) and some bundlers (default.default).
  type Ctor = new () => ElkLike
  const outer = ELK as unknown as Ctor | { default: Ctor }
  elk ??= new ('default' in outer ? outer.default : outer)()
  const laidOut = await elk.layout(graph)
  return (laidOut.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 }))
}
