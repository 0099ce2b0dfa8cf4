/// <reference lib="webworker" />
import type { ElkNode } from 'elkjs/lib/elk-api'
import { runElk } from '../../../shared/layout/runElk'
import type { LayoutReply } from './layoutWorker'

function onLayoutRequest(event: MessageEvent<{ id: number; graph: ElkNode }>): void {
  const { id, graph } = event.data
  const run = runElk(graph)
  // ELK's bundled build loads its worker part the first time an ELK is constructed (inside the
  // runElk call above, synchronously), and that part claims self.onmessage for its own protocol:
  // every later request would go to ELK and never be answered. Take the handler back at once.
  self.onmessage = onLayoutRequest
  run.then(
    (placed) => self.postMessage({ id, placed } satisfies LayoutReply),
    (err: unknown) =>
      self.postMessage({
        id,
        error: err instanceof Error ? err.message : String(err)
      } satisfies LayoutReply)
  )
}

self.onmessage = onLayoutRequest
