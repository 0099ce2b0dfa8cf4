import { integrationRows } from '../mechanisms/integrationMatrix'
import { getService, SERVICE_IDS, serviceName, type ServiceId } from '../catalog/services'
import { BATCH_SOURCES, NO_DATA_OUT, STREAM_SOURCES } from './serviceTraffic'

/** Services whose own settings say how much data they produce. */
export function originatesTraffic(service: ServiceId): boolean {
  return STREAM_SOURCES.has(service) || BATCH_SOURCES.has(service)
}

/** Services that pass on data they are given (not metadata, queries, keys or orchestration). */
export function carriesTraffic(service: ServiceId): boolean {
  return !originatesTraffic(service) && !NO_DATA_OUT.has(service)
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(IoT|S3|SNS|SQS|RDS|EMR|MSK|HBase)\b/.test(word) ? 'an' : 'a'
}

function orList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}

/** At most this many upstream services are named; the rest are in the palette and the matrix. */
const MAX_NAMED = 3

function feedersOf(service: ServiceId): {
  sources: Array<{ id: ServiceId; mechanism: string }>
  upstream: ServiceId[]
} {
  const sources: Array<{ id: ServiceId; mechanism: string }> = []
  const upstream: ServiceId[] = []
  for (const row of integrationRows()) {
    // A path with a caveat (a preview, a connector to run) is not where to send people first.
    if (row.target !== service || row.source === service || row.verdict !== 'ok') continue
    const from = getService(row.source)
    // Retired services are not suggested, and an edge from a key carries no data.
    if (from.retired || from.category === 'security' || NO_DATA_OUT.has(row.source)) continue
    if (originatesTraffic(row.source)) sources.push({ id: row.source, mechanism: row.mechanism })
    else upstream.push(row.source)
  }
  return { sources, upstream }
}

/**
 * Where a service's traffic comes from, derived from the integration matrix: which sources to
 * add (the services whose settings set a rate), else which services to connect it after.
 * `undefined` for services that produce traffic themselves or pass no data on.
 */
export function whereTrafficComesFrom(service: ServiceId): string | undefined {
  if (!carriesTraffic(service)) return undefined
  const name = serviceName(service)
  const { sources, upstream } = feedersOf(service)
  const after = upstream.slice(0, MAX_NAMED).map(serviceName)
  if (sources.length > 0) {
    const names = sources.map((s) => serviceName(s.id))
    // The mechanism says how ("MQTT publish"); a long list of them says nothing more.
    const mechanisms = [...new Set(sources.map((s) => s.mechanism))]
    const how = mechanisms.length <= 2 ? ` (${mechanisms.join(', ')})` : ''
    const also = after.length > 0 ? `, or connect it after ${orList(after)}` : ''
    return `${name} receives what its sources send${how}: add ${article(names[0]!)} ${orList(names)} source${also}.`
  }
  if (after.length > 0)
    return `${name} receives what the services before it send: connect it after ${orList(after)}.`
  return `${name} takes no traffic of its own and nothing documented feeds it; enter its settings.`
}

/** Every message, computed once: the inspector asks on every render. */
export const TRAFFIC_SOURCE_NOTES: ReadonlyMap<ServiceId, string> = new Map(
  SERVICE_IDS.flatMap((id) => {
    const note = whereTrafficComesFrom(id)
    return note ? [[id, note] as const] : []
  })
)
