import { getService, SERVICE_IDS, type ServiceId } from '../catalog/services'
import { allOptions, type PairOption } from '../mechanisms/derive'
import type { Carries } from '../mechanisms/types'

/**
 * How much we prefer a service as the thing to insert between two others: managed, no-code
 * bridges first, custom code last. Always below 1 so that fewer hops always win. Lambda sits
 * below Glue because a stream → database fix an architect gives is an event source mapping.
 */
const BRIDGE_PENALTY: Partial<Record<ServiceId, number>> = {
  'kinesis-firehose': 0,
  'glue-crawler': 0.05,
  'glue-data-catalog': 0.05,
  'iot-core': 0.05,
  'dynamodb-streams': 0.05,
  'kinesis-data-streams': 0.1,
  s3: 0.15,
  lambda: 0.2,
  dms: 0.3,
  sqs: 0.3,
  sns: 0.35,
  'glue-etl': 0.4,
  'opensearch-ingestion': 0.1,
  athena: 0.4,
  redshift: 0.5,
  'kinesis-data-analytics': 0.5,
  emr: 0.6,
  'kcl-app': 0.6,
  'producer-app': 0.9,
}
const DEFAULT_PENALTY = 0.5
/** A hop that is code the user writes costs a little more than a managed one with as many hops. */
const CUSTOM_CODE_PENALTY = 0.15
const HOP_WEIGHT = 10
const MAX_HOPS = 6

/**
 * Compute that reads the object a notification names, so that data flows on after it.
 * A notification into anything else (a queue, a topic, a bus) still carries only the event.
 */
export const READS_NOTIFIED_OBJECTS: ReadonlySet<ServiceId> = new Set<ServiceId>(['lambda'])

/** The kinds a fix chain may be made of, tried in this order. */
export const CHAIN_KINDS = ['data', 'metadata', 'keys'] as const
export type ChainKind = (typeof CHAIN_KINDS)[number]

/**
 * Whether a fix may use this option as a hop of a chain of `kind`. Data moves only through
 * mechanisms that carry it onward: a notification only into compute that reads the object, never
 * through a transformation hook, a deleted or closed mechanism, or a one-off bulk import.
 */
export function isChainHop(option: PairOption, kind: ChainKind): boolean {
  if (option.verdict === 'error' || option.link.lifecycle || option.link.notABridge || option.mechanism.hook) return false
  const carries: Carries = option.carries
  if (kind === 'data') return carries === 'data' || (carries === 'notification' && READS_NOTIFIED_OBJECTS.has(option.target))
  return carries === kind
}

/** Retired services (and those closed to new customers) are never suggested. */
function canBridge(id: ServiceId): boolean {
  return !getService(id).retired
}

interface Hop {
  to: ServiceId
  cost: number
  ok: boolean
}

type Adjacency = Map<ServiceId, Hop[]>

const adjacencies = new Map<string, Adjacency>()

function adjacency(kind: ChainKind, okOnly: boolean): Adjacency {
  const key = `${kind}:${okOnly}`
  let found = adjacencies.get(key)
  if (found) return found
  found = new Map(SERVICE_IDS.map((id) => [id, []]))
  const best = new Map<string, Hop>()
  for (const option of allOptions()) {
    if (!isChainHop(option, kind)) continue
    if (okOnly && option.verdict !== 'ok') continue
    const cost = option.link.customCode ? CUSTOM_CODE_PENALTY : 0
    const pair = `${option.source}>${option.target}`
    const previous = best.get(pair)
    if (previous && previous.cost <= cost) continue
    const hop: Hop = { to: option.target, cost, ok: option.verdict === 'ok' }
    if (previous) found.get(option.source)!.splice(found.get(option.source)!.indexOf(previous), 1, hop)
    else found.get(option.source)!.push(hop)
    best.set(pair, hop)
  }
  adjacencies.set(key, found)
  return found
}

function shortest(graph: Adjacency, from: ServiceId, to: ServiceId): ServiceId[] | null {
  const cost = new Map<ServiceId, number>([[from, 0]])
  const previous = new Map<ServiceId, ServiceId>()
  const hops = new Map<ServiceId, number>([[from, 0]])
  const done = new Set<ServiceId>()
  for (;;) {
    let current: ServiceId | undefined
    let best = Infinity
    for (const id of SERVICE_IDS) {
      const c = cost.get(id)
      if (c !== undefined && c < best && !done.has(id)) {
        best = c
        current = id
      }
    }
    if (current === undefined) return null
    if (current === to) break
    done.add(current)
    if (current !== from && !canBridge(current)) continue
    if ((hops.get(current) ?? 0) >= MAX_HOPS) continue
    for (const hop of graph.get(current) ?? []) {
      if (done.has(hop.to)) continue
      const penalty = hop.to === to ? 0 : (BRIDGE_PENALTY[hop.to] ?? DEFAULT_PENALTY)
      const candidate = best + HOP_WEIGHT + penalty + hop.cost
      if (candidate < (cost.get(hop.to) ?? Infinity)) {
        cost.set(hop.to, candidate)
        previous.set(hop.to, current)
        hops.set(hop.to, (hops.get(current) ?? 0) + 1)
      }
    }
  }
  const path: ServiceId[] = [to]
  let step = to
  while (step !== from) {
    step = previous.get(step)!
    path.unshift(step)
  }
  return path
}

export interface Chain {
  services: ServiceId[]
  kind: ChainKind
}

const memo = new Map<string, Chain | null>()

/**
 * The chain of documented mechanisms an architect would insert between two services, ends
 * included: data moved by data mechanisms first, else table metadata, else keys. Within a kind,
 * chains of plain `ok` hops win over chains with a caveat. `null` when no sensible chain exists.
 */
export function suggestChainOf(from: ServiceId, to: ServiceId): Chain | null {
  const key = `${from}>${to}`
  const cached = memo.get(key)
  if (cached !== undefined) return cached
  let found: Chain | null = null
  if (from !== to) {
    for (const kind of CHAIN_KINDS) {
      const services = shortest(adjacency(kind, true), from, to) ?? shortest(adjacency(kind, false), from, to)
      if (services) {
        found = { services, kind }
        break
      }
    }
  }
  memo.set(key, found)
  return found
}

export function suggestChain(from: ServiceId, to: ServiceId): ServiceId[] | null {
  return suggestChainOf(from, to)?.services ?? null
}
