/// <reference lib="webworker" />
import type { ElkNode } from 'elkjs/lib/elk-api'
import { runElk } from '../../../shared/layout/runElk'
import type { LayoutReply } from './layoutWorker'

// ELK's bundled build, loaded in a worker, claims self.onmessage for its own protocol; this
// assignment runs after it and replaces it with ours.
self.onmessage = (event: MessageEvent<{ id: number; graph: ElkNode }>) => {
  const { id, graph } = event.data
  runElk(graph).then(
    (placed) => self.postMessage({ id, placed } satisfies LayoutReply),
    (err: unknown) =>
      self.postMessage({
        id,
        error: err instanceof Error ? err.message : String(err)
      } satisfies LayoutReply)
  )
}
