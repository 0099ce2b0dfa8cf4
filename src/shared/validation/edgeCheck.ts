import { formatCitation, type Citation } from '../catalog/citations'
import { findIntegration, integrationRows, type Verdict } from '../catalog/integrationMatrix'
import { QUERY_ENGINES, type QueryEngine } from '../catalog/queryEngines'
import { getService, serviceName, type ServiceId } from '../catalog/services'
import { suggestChain } from './integrationPaths'

export interface PairCheck {
  verdict: Verdict
  /** One readable sentence: the mechanism, the caveat, or why not and what to do. */
  reason: string
  /** Short label for the edge, e.g. "Firehose delivery". */
  mechanism?: string
  citation?: Citation
  /** Services to insert, in order, when the pair is not a direct integration. */
  insert?: ServiceId[]
}

/** source → target → check; nested so that a lookup builds no key string (it runs once per edge). */
const memo = new Map<ServiceId, Map<ServiceId, PairCheck>>()

function chainText(chain: readonly ServiceId[]): string {
  return chain.map(serviceName).join(' → ')
}

/** The services a service reads from that could feed `target` directly. */
function sourcesFeeding(service: ServiceId, target: ServiceId): ServiceId[] {
  return integrationRows()
    .filter((r) => r.target === service && getService(r.source).category !== 'security' && findIntegration(r.source, target))
    .map((r) => r.source)
}

/** "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** A query engine drawn as if it pushed records: say what it is and where its results go. */
function describeQueryEngine(source: ServiceId, target: ServiceId, engine: QueryEngine, chain: ServiceId[] | null): PairCheck {
  const pair = `${serviceName(source)} → ${serviceName(target)} is not a direct integration. ${serviceName(source)} is ${engine.what}; ${engine.results}.`
  const results = engine.resultsIn
  if (chain && results && chain[1] === results.service) {
    const insert = chain.slice(1, -1)
    const names = andList(insert.map((s, i) => (i === 0 ? `${serviceName(s)} (${results.role})` : serviceName(s))))
    return {
      verdict: 'error',
      reason: `${pair} To take the results into ${serviceName(target)}, insert ${names}: ${chainText(chain)}.`,
      citation: engine.citation,
      insert,
    }
  }
  const feeding = sourcesFeeding(source, target)
  // QuickSight → S3: S3 is what QuickSight reads, so the edge is drawn the wrong way round.
  if (findIntegration(target, source)) {
    return {
      verdict: 'error',
      reason: `${pair} ${serviceName(source)} reads from ${serviceName(target)}, not the other way round: draw the edge from ${serviceName(target)} to ${serviceName(source)}.`,
      citation: engine.citation,
    }
  }
  const reads = feeding.filter((s) => s !== target).map(serviceName)
  const instead =
    reads.length > 0
      ? `Connect one of the sources ${serviceName(source)} reads (${reads.join(', ')}) to ${serviceName(target)} instead.`
      : `No chain of documented integrations leads to ${serviceName(target)} from its results either.`
  return { verdict: 'error', reason: `${pair} ${instead}`, citation: engine.citation }
}

function describeError(source: ServiceId, target: ServiceId): PairCheck {
  const chain = suggestChain(source, target)
  const engine = QUERY_ENGINES[source]
  if (engine) return describeQueryEngine(source, target, engine, chain)
  const pair = `${serviceName(source)} → ${serviceName(target)} is not a direct integration`
  if (chain) {
    const insert = chain.slice(1, -1)
    const names = insert.map(serviceName).join(' and ')
    return {
      verdict: 'error',
      reason: `${pair}; insert ${names}: ${chainText(chain)}.`,
      insert,
    }
  }
  const reverse = findIntegration(target, source)
  if (reverse) {
    return {
      verdict: 'error',
      reason: `${pair}. Did you mean the other direction? ${serviceName(target)} → ${serviceName(source)} is documented (${reverse.mechanism}).`,
    }
  }
  return {
    verdict: 'error',
    reason: `${pair}, and no chain of documented integrations leads from one to the other. Connect ${serviceName(target)} to a different upstream service.`,
  }
}

/** Verdict for data flowing from one service type to another; pure and memoised per pair. */
export function checkServicePair(source: ServiceId, target: ServiceId): PairCheck {
  let bySource = memo.get(source)
  const cached = bySource?.get(target)
  if (cached) return cached
  const row = findIntegration(source, target)
  const result: PairCheck = row
    ? {
        verdict: row.verdict,
        reason: row.note ? `${row.mechanism}. ${row.note}` : `${row.mechanism}: ${serviceName(source)} → ${serviceName(target)}.`,
        mechanism: row.mechanism,
        citation: row.citation,
      }
    : describeError(source, target)
  if (!bySource) {
    bySource = new Map()
    memo.set(source, bySource)
  }
  bySource.set(target, result)
  return result
}

export function citationText(check: PairCheck): string | undefined {
  return check.citation ? formatCitation(check.citation) : undefined
}

/**
 * Services that can go between two others with both new edges documented: what "insert
 * service between" offers on an edge. Retired services and keys are left out.
 */
export function servicesBetween(source: ServiceId, target: ServiceId, candidates: readonly ServiceId[]): Array<{ service: ServiceId; verdict: 'ok' | 'warning' }> {
  const out: Array<{ service: ServiceId; verdict: 'ok' | 'warning' }> = []
  for (const service of candidates) {
    const first = checkServicePair(source, service).verdict
    const second = checkServicePair(service, target).verdict
    if (first === 'error' || second === 'error') continue
    out.push({ service, verdict: first === 'ok' && second === 'ok' ? 'ok' : 'warning' })
  }
  return out
}
