import { integrationRows } from '../catalog/integrationMatrix'
import { getService, SERVICE_IDS, type ServiceId } from '../catalog/services'

/**
 * How much we prefer a service as the thing to insert between two others: managed, no-code
 * bridges first, custom code last. Always below 1 so that fewer hops always win.
 */
const BRIDGE_PENALTY: Partial<Record<ServiceId, number>> = {
  'kinesis-firehose': 0,
  'glue-crawler': 0.05,
  'glue-data-catalog': 0.05,
  'iot-core': 0.05,
  'dynamodb-streams': 0.05,
  'kinesis-data-streams': 0.1,
  s3: 0.15,
  'glue-etl': 0.3,
  sqs: 0.3,
  sns: 0.3,
  dms: 0.3,
  lambda: 0.35,
  athena: 0.4,
  redshift: 0.5,
  'kinesis-data-analytics': 0.5,
  emr: 0.6,
  'kcl-app': 0.7,
  'kinesis-connector-library': 0.8,
  'producer-app': 0.9,
}
const DEFAULT_PENALTY = 0.5
const HOP_WEIGHT = 10
const MAX_HOPS = 6

/**
 * Retired services are never suggested. Edges out of KMS or CloudHSM mean "this key protects that
 * service", not data flow, so a key chains only through other key services and data never
 * chains through a key.
 */
function canBridge(id: ServiceId, from: ServiceId): boolean {
  const service = getService(id)
  if (service.retired) return false
  return (service.category === 'security') === (getService(from).category === 'security')
}

type Adjacency = Map<ServiceId, ServiceId[]>

function buildAdjacency(includeWarnings: boolean): Adjacency {
  const adjacency: Adjacency = new Map(SERVICE_IDS.map((id) => [id, []]))
  for (const row of integrationRows()) {
    if (row.verdict === 'ok' || includeWarnings) adjacency.get(row.source)!.push(row.target)
  }
  return adjacency
}

let okOnly: Adjacency | undefined
let withWarnings: Adjacency | undefined
const memo = new Map<string, ServiceId[] | null>()

function shortest(adjacency: Adjacency, from: ServiceId, to: ServiceId): ServiceId[] | null {
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
    if (current !== from && !canBridge(current, from)) continue
    if ((hops.get(current) ?? 0) >= MAX_HOPS) continue
    for (const next of adjacency.get(current) ?? []) {
      if (done.has(next)) continue
      const penalty = next === to ? 0 : (BRIDGE_PENALTY[next] ?? DEFAULT_PENALTY)
      const candidate = best + HOP_WEIGHT + penalty
      if (candidate < (cost.get(next) ?? Infinity)) {
        cost.set(next, candidate)
        previous.set(next, current)
        hops.set(next, (hops.get(current) ?? 0) + 1)
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

/**
 * The shortest chain of documented integrations from one service to another, ends included,
 * preferring chains made only of `ok` rows. `null` when no chain exists.
 */
export function suggestChain(from: ServiceId, to: ServiceId): ServiceId[] | null {
  const key = `${from}>${to}`
  const cached = memo.get(key)
  if (cached !== undefined) return cached
  okOnly ??= buildAdjacency(false)
  withWarnings ??= buildAdjacency(true)
  const path = from === to ? null : (shortest(okOnly, from, to) ?? shortest(withWarnings, from, to))
  memo.set(key, path)
  return path
}
