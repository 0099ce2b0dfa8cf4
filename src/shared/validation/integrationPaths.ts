import { getService, SERVICE_IDS, type ServiceId } from '../catalog/services'
import { allOptions, pairOptions, type PairOption } from '../mechanisms/derive'
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
  'eventbridge-pipes': 0.15,
  eventbridge: 0.25,
  athena: 0.4,
  redshift: 0.5,
  'kinesis-data-analytics': 0.5,
  emr: 0.6,
  'kcl-app': 0.6,
  'producer-app': 0.9
}
const DEFAULT_PENALTY = 0.5
/** A hop that is code the user writes costs a little more than a managed one with as many hops. */
const CUSTOM_CODE_PENALTY = 0.15
const HOP_WEIGHT = 10
/** Three services inserted at most: a longer chain is a redesign, not a fix. */
const MAX_HOPS = 4

/**
 * Compute that reads the object a notification names, so that data flows on after it.
 * A notification into anything else still carries only the event.
 */
const READS_NOTIFIED_OBJECTS: ReadonlySet<ServiceId> = new Set<ServiceId>(['lambda'])

/** Topics, queues and buses pass a notification on unchanged, to compute that reads the object. */
const RELAYS_NOTIFICATIONS: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'sns',
  'sqs',
  'eventbridge'
])

/**
 * Where a state-change event ("the Glue job finished") is worth delivering: something that acts
 * on it or tells a person. A stream or a bucket would only store the event.
 */
const HANDLES_EVENTS: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'lambda',
  'step-functions',
  'sns',
  'sqs',
  'http-endpoint',
  'cloudwatch-logs'
])

/** Orchestrators and job runners whose work data may start (a pipe submits a Batch job). */
const STARTS_WITH_DATA: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'step-functions',
  'batch',
  'glue-crawler',
  'mwaa'
])

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

/**
 * What is in flight at a service along a chain: data (records or objects), a notification on
 * its way to compute that reads the object, or table metadata (after a crawler or a job wrote
 * tables), or keys.
 */
type Flow =
  'origin' | 'data' | 'notification' | 'event' | 'delivered' | 'started' | 'metadata' | 'keys'

/**
 * Whether a fix may use this option as a hop at all: never a transformation hook, a deleted or
 * closed mechanism, or a one-off import. (A `notABridge` hop may only end a chain.)
 */
export function isUsableHop(option: PairOption): boolean {
  return !(
    option.verdict === 'error' ||
    option.link.lifecycle ||
    option.link.oneOff ||
    option.mechanism.hook
  )
}

/**
 * What flows after the hop, given what flowed before it; `undefined` when the hop cannot follow.
 * - Data moves only through mechanisms that carry it onward.
 * - A notification that names data (an S3 object) travels on only through topics, queues and
 *   buses, into Lambda, which reads the data and carries it on, or into the chain's last service
 *   (`delivered`: it receives the event and nothing goes on from there).
 * - A state-change event (a Glue job finished) names no data: relays pass it on, anything else
 *   is where it is delivered, Lambda included.
 * - A control edge into Lambda (a Step Functions task) hands it the input, so data goes on; into
 *   an orchestrator or job runner it ends the chain (`started`: the data starts the work).
 * - Metadata never turns back into data; keys only follow keys. `origin` starts a notification
 *   chain: its first hop must be the notification itself.
 */
function flowAfter(before: Flow, option: PairOption): Flow | undefined {
  const carries: Carries = option.carries
  const to = option.target
  if (before === 'delivered' || before === 'started') return undefined
  if (before === 'keys' || carries === 'keys')
    return before === 'keys' && carries === 'keys' ? 'keys' : undefined
  if (carries === 'checkpoints') return undefined
  if (carries === 'control') {
    if (before !== 'data') return undefined
    return READS_NOTIFIED_OBJECTS.has(to)
      ? 'data'
      : STARTS_WITH_DATA.has(to)
        ? 'started'
        : undefined
  }
  if (carries === 'metadata')
    return before === 'data' || before === 'metadata' ? 'metadata' : undefined
  if (before === 'metadata') return undefined
  if (before === 'notification' || before === 'event') return eventOnward(before, to)
  if (carries === 'notification')
    return eventOnward(option.mechanism.namesData ? 'notification' : 'event', to)
  return before === 'origin' ? undefined : 'data'
}

/** Where an event in flight goes next: on through a relay, into Lambda, or delivered. */
function eventOnward(event: 'notification' | 'event', to: ServiceId): Flow | undefined {
  if (RELAYS_NOTIFICATIONS.has(to)) return event
  // Only a notification that names data lets the Lambda it invokes carry the data on.
  if (event === 'notification') return READS_NOTIFIED_OBJECTS.has(to) ? 'data' : 'delivered'
  return HANDLES_EVENTS.has(to) ? 'delivered' : undefined
}

/**
 * Retired services (and those closed to new customers) are never suggested, nor "your
 * application", which could be anything and so explains nothing.
 */
function canBridge(id: ServiceId): boolean {
  return id !== 'producer-app' && !getService(id).retired
}

interface Hop {
  option: PairOption
  cost: number
}

let hopsFrom: Map<ServiceId, Hop[]> | undefined

function adjacency(): Map<ServiceId, Hop[]> {
  if (hopsFrom) return hopsFrom
  hopsFrom = new Map(SERVICE_IDS.map((id) => [id, []]))
  for (const option of allOptions()) {
    if (!isUsableHop(option)) continue
    hopsFrom
      .get(option.source)!
      .push({ option, cost: option.link.customCode ? CUSTOM_CODE_PENALTY : 0 })
  }
  return hopsFrom
}

interface State {
  service: ServiceId
  flow: Flow
  cost: number
  hops: number
  previous?: State
  terminal?: boolean
}

interface Arrival {
  services: ServiceId[]
  cost: number
}

const arrivals = new Map<string, Map<ServiceId, Arrival>>()

/**
 * The cheapest chain from `from` to every service it can reach in at most `MAX_HOPS`, whose
 * flow starts as `start` and ends in one of `end`; `okOnly` leaves out hops with a caveat. A hop
 * costs more than any sum of penalties, so the cheapest chain is the cheapest of the shortest: a
 * breadth-first search by hops, keeping the cheapest way into each (service, flow) state, finds
 * it without a priority queue, and one search from a source answers every target.
 */
function chainsFrom(
  from: ServiceId,
  start: Flow,
  end: readonly Flow[],
  okOnly: boolean
): Map<ServiceId, Arrival> {
  const cacheKey = `${from}:${start}:${end.join(',')}:${okOnly}`
  const cached = arrivals.get(cacheKey)
  if (cached) return cached
  const found = new Map<ServiceId, Arrival>()
  const seen = new Set<string>([`${from}:${start}:false`])
  let layer: State[] = [{ service: from, flow: start, cost: 0, hops: 0 }]
  for (let hops = 1; hops <= MAX_HOPS && layer.length > 0; hops++) {
    const next = new Map<string, State>()
    for (const current of layer) {
      if (current.service !== from && !canBridge(current.service)) continue
      for (const hop of adjacency().get(current.service) ?? []) {
        const option = hop.option
        if (okOnly && option.verdict !== 'ok') continue
        if (option.mechanism.membersOnly && current.service !== from) continue
        if (option.target === from || onPath(current, option.target)) continue
        const flow = flowAfter(current.flow, option)
        if (flow === undefined) continue
        // A hop that may only end a chain leads to a state nothing goes on from.
        const terminal =
          option.link.notABridge === true || flow === 'delivered' || flow === 'started'
        const key = `${option.target}:${flow}:${terminal}`
        if (seen.has(key)) continue
        // The penalty is for inserting a service; the chain's last service is not inserted.
        const cost = current.cost + HOP_WEIGHT + hop.cost
        const known = next.get(key)
        if (!known || cost < known.cost)
          next.set(key, { service: option.target, flow, cost, hops, previous: current, terminal })
      }
    }
    for (const state of next.values()) {
      if (!end.includes(state.flow)) continue
      // Layers come in order of hops: an arrival from an earlier layer is shorter, so it stays.
      const known = found.get(state.service)
      if (!known || (known.services.length - 1 === hops && state.cost < known.cost))
        found.set(state.service, { services: pathOf(state), cost: state.cost })
    }
    layer = []
    for (const [key, state] of next) {
      seen.add(key)
      // Going on through this service inserts it: charge its penalty now.
      if (!state.terminal)
        layer.push({
          ...state,
          cost: state.cost + (BRIDGE_PENALTY[state.service] ?? DEFAULT_PENALTY)
        })
    }
  }
  arrivals.set(cacheKey, found)
  return found
}

function shortest(
  from: ServiceId,
  to: ServiceId,
  start: Flow,
  end: readonly Flow[],
  okOnly: boolean,
  maxHops: number
): Arrival | null {
  const arrival = chainsFrom(from, start, end, okOnly).get(to)
  return arrival && arrival.services.length - 1 <= maxHops ? arrival : null
}

function onPath(state: State, service: ServiceId): boolean {
  for (let s: State | undefined = state; s; s = s.previous) if (s.service === service) return true
  return false
}

function pathOf(state: State): ServiceId[] {
  const path: ServiceId[] = []
  for (let s: State | undefined = state; s; s = s.previous) path.unshift(s.service)
  return path
}

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
