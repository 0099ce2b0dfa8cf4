import { getService, SERVICE_IDS, type ServiceId } from '../catalog/services'
import { allOptions, type PairOption } from '../mechanisms/derive'
import { flowAfter, isUsableHop, type Flow } from './chainFlow'

/** The search for the cheapest chain of hops from a service: penalties, adjacency and the walk. */

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
export const MAX_HOPS = 4

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
export function shortest(
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
