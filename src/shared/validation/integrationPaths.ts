import type { ServiceId } from '../catalog/services'
import { pairOptions } from '../mechanisms/derive'
import type { Flow } from './chainFlow'
import { MAX_HOPS, shortest } from './chainSearch'

/** The fix chain to suggest between two services: which kind of chain, and which one wins. */

/**
 * Jobs and workflows whose natural output is "it finished": for these, relaying the state-change
 * event is as good an answer as moving data. For a stream or a database, an edge means records,
 * so its events are offered only when no data path exists.
 */
const JOB_EVENT_SOURCES: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'glue-etl',
  'glue-crawler',
  'glue-databrew',
  'emr',
  'batch',
  'athena',
  'dms',
  'sagemaker',
  'datasync',
  'step-functions',
  'mwaa'
])

/** The kinds a fix chain may be made of; at equal length, the first listed wins. */
export const CHAIN_KINDS = ['data', 'metadata', 'notification', 'keys'] as const
export type ChainKind = (typeof CHAIN_KINDS)[number]

export interface Chain {
  services: ServiceId[]
  kind: ChainKind
}

const memo = new Map<string, Chain | null>()

/** Whether a notification chain starts with a notification that names data (an S3 object). */
function namesDataFirst(services: readonly ServiceId[]): boolean {
  return pairOptions(services[0]!, services[1]!).some(
    (o) => o.carries === 'notification' && o.mechanism.namesData === true
  )
}

/** The flow a chain of each kind starts and ends with: a metadata chain may begin by moving data. */
const FLOWS: Record<ChainKind, [Flow, readonly Flow[]]> = {
  data: ['data', ['data', 'started']],
  metadata: ['data', ['metadata']],
  notification: ['origin', ['notification', 'event', 'delivered']],
  keys: ['keys', ['keys']]
}

/**
 * The chain of documented mechanisms an architect would insert between two services, ends
 * included: the shortest of a data chain, a metadata chain (data, then tables written about it),
 * a notification chain (the source's event, relayed to the target) and a key chain, at equal
 * length in that order. Within a kind, chains of plain `ok` hops win over chains with a caveat.
 * `null` when no sensible chain exists.
 */
export function suggestChainOf(
  from: ServiceId,
  to: ServiceId,
  kinds: readonly ChainKind[] = CHAIN_KINDS
): Chain | null {
  const key = `${from}>${to}>${kinds.join(',')}`
  const cached = memo.get(key)
  if (cached !== undefined) return cached
  let found: Chain | null = null
  if (from !== to) {
    let lastResort: Chain | null = null
    for (const kind of kinds) {
      const [start, end] = FLOWS[kind]
      // Fewer hops win; at equal length the kind listed first (data before a relayed event), so a
      // later kind need only be searched for chains shorter than the one found.
      const maxHops: number = found ? found.services.length - 2 : MAX_HOPS
      if (maxHops < 1) break
      const path: { services: ServiceId[] } | null =
        shortest(from, to, start, end, true, maxHops) ??
        shortest(from, to, start, end, false, maxHops)
      if (!path) continue
      if (
        kind === 'notification' &&
        !JOB_EVENT_SOURCES.has(from) &&
        !namesDataFirst(path.services)
      ) {
        if (!found) lastResort = { services: path.services, kind }
        continue
      }
      found = { services: path.services, kind }
    }
    found ??= lastResort
  }
  memo.set(key, found)
  return found
}

export function suggestChain(from: ServiceId, to: ServiceId): ServiceId[] | null {
  return suggestChainOf(from, to)?.services ?? null
}
