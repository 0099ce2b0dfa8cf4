import type { ElkNode } from 'elkjs/lib/elk-api'
import type { Placed } from '../../../shared/layout/layoutGraph'

export type LayoutReply = { id: number; placed: Placed[] } | { id: number; error: string }

let worker: Worker | undefined
let nextId = 1
const pending = new Map<
  number,
  { resolve: (placed: Placed[]) => void; reject: (err: Error) => void }
>()

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err)
  pending.clear()
}

/**
 * One worker, started on first use and kept for the next layout (ELK's code is ~2.6 MB to load and
 * compile); cancelling terminates it, since ELK cannot be interrupted, and the next layout starts afresh.
 */
function getWorker(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pipewright-layout'
  })
  w.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if ('error' in reply) p.reject(new Error(reply.error))
    else p.resolve(reply.placed)
  }
  w.onerror = (event) => {
    event.preventDefault()
    stop(w)
    failAll(new Error(`The layout worker stopped: ${event.message || 'it could not be loaded'}`))
  }
  worker = w
  return w
}

function stop(w: Worker): void {
  w.terminate()
  if (worker === w) worker = undefined
}

function abortError(): Error {
  return new DOMException('The layout was cancelled.', 'AbortError')
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError'
}

/** Runs ELK off the page's thread; aborting the signal stops the worker and rejects with an AbortError. */
export function layoutInWorker(graph: ElkNode, signal?: AbortSignal): Promise<Placed[]> {
  if (signal?.aborted) return Promise.reject(abortError())
  const w = getWorker()
  const id = nextId++
  return new Promise<Placed[]>((resolve, reject) => {
    const onAbort = () => {
      pending.delete(id)
      stop(w)
      // Anything else that was waiting on this worker (there is one layout at a time) goes too.
      failAll(abortError())
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    pending.set(id, {
      resolve: (placed) => {
        signal?.removeEventListener('abort', onAbort)
        resolve(placed)
      },
      reject: (err) => {
        signal?.removeEventListener('abort', onAbort)
        reject(err)
      }
    })
    w.postMessage({ id, graph })
  })
}
