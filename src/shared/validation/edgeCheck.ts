import { formatCitation } from '../catalog/citations'
import { serviceName, type ServiceId } from '../catalog/services'
import { edgeOption, pairOptions, type PairOption } from '../mechanisms/derive'
import { suggestChainOf } from './integrationPaths'
import type { MechanismChoice, PairCheck } from './pairCheck'
import { describeError } from './pairErrors'
import { andList, chainText, uniqueCitations } from './reasonText'

/**
 * The verdict for a pair of service types, with its reason and citations; why an undocumented
 * pair fails is worded in pairErrors.ts.
 */

/** source → target → mechanism id ('' for the default) → check; nested so that a lookup builds no key string. */
const memo = new Map<ServiceId, Map<ServiceId, Map<string, PairCheck>>>()

function choiceOf(option: PairOption): MechanismChoice {
  return {
    id: option.mechanism.id,
    label: option.label,
    carries: option.carries,
    verdict: option.verdict
  }
}

function describeOption(option: PairOption, all: readonly PairOption[]): PairCheck {
  const { source, target } = option
  const pair = `${serviceName(source)} → ${serviceName(target)}`
  const custom =
    (option.link.customCode
      ? ' This is code you write and run (custom code), not a managed integration.'
      : '') +
    (option.carries === 'notification'
      ? option.mechanism.namesData
        ? ' It carries an event about each object (about 1 KB), not the object’s content.'
        : ' It carries a small state-change event, none of the data.'
      : '')
  let reason: string
  if (option.verdict === 'error') {
    reason = option.link.refuted
      ? `${pair} is not a direct integration. ${option.note ?? ''}`.trim()
      : `${pair} is no longer an integration (${option.label}). ${option.note ?? ''}`.trim()
    // After a deletion, only a one-service replacement is a fix; a longer detour is a redesign.
    const found = suggestChainOf(source, target)
    const chain = found && found.services.length <= 3 ? found : null
    if (chain)
      reason += ` Insert ${andList(chain.services.slice(1, -1).map(serviceName))}: ${chainText(chain.services)}.`
    const result: PairCheck = {
      verdict: 'error',
      reason,
      mechanism: option.label,
      mechanismId: option.mechanism.id,
      carries: option.carries,
      citation: option.link.lifecycle?.citation ?? option.citation,
      citations: uniqueCitations([option.link.lifecycle?.citation, option.citation])
    }
    if (chain) result.insert = chain.services.slice(1, -1)
    if (all.length > 1) result.choices = all.map(choiceOf)
    return result
  }
  reason = option.note
    ? `${option.label}. ${option.note}${custom}`
    : `${option.label}: ${pair}.${custom}`
  const result: PairCheck = {
    verdict: option.verdict,
    reason,
    mechanism: option.label,
    mechanismId: option.mechanism.id,
    carries: option.carries,
    citation: option.citation,
    // The member's own source first (often a seed section), then the AWS page of the whole list.
    citations: uniqueCitations([
      option.citation,
      option.mechanism.citation,
      option.link.lifecycle?.citation
    ])
  }
  if (all.length > 1) result.choices = all.map(choiceOf)
  return result
}

/**
 * Verdict for an edge from one service type to another, by the edge's chosen mechanism (its
 * `config.mechanism`) or the pair's default. Pure and memoised per pair and mechanism; an id that
 * does not connect the pair falls back to the default (the validator says so).
 */
export function checkServicePair(
  source: ServiceId,
  target: ServiceId,
  mechanismId?: string
): PairCheck {
  const option = edgeOption(source, target, mechanismId)
  const key = mechanismId !== undefined && option?.mechanism.id === mechanismId ? mechanismId : ''
  let bySource = memo.get(source)
  let byTarget = bySource?.get(target)
  const cached = byTarget?.get(key)
  if (cached) return cached
  const result = option
    ? describeOption(option, pairOptions(source, target))
    : describeError(source, target)
  if (!bySource) memo.set(source, (bySource = new Map<ServiceId, Map<string, PairCheck>>()))
  if (!byTarget) bySource.set(target, (byTarget = new Map<string, PairCheck>()))
  byTarget.set(key, result)
  return result
}

export function citationText(check: PairCheck): string | undefined {
  const all =
    check.citations && check.citations.length > 0
      ? check.citations
      : check.citation
        ? [check.citation]
        : []
  return all.length > 0 ? all.map(formatCitation).join('; ') : undefined
}

/**
 * Services that can go between two others with both new edges documented: what "insert
 * service between" offers on an edge.
 */
export function servicesBetween(
  source: ServiceId,
  target: ServiceId,
  candidates: readonly ServiceId[]
): Array<{ service: ServiceId; verdict: 'ok' | 'warning' }> {
  const out: Array<{ service: ServiceId; verdict: 'ok' | 'warning' }> = []
  for (const service of candidates) {
    const first = checkServicePair(source, service)
    const second = checkServicePair(service, target)
    if (first.verdict === 'error' || second.verdict === 'error') continue
    out.push({
      service,
      verdict: first.verdict === 'ok' && second.verdict === 'ok' ? 'ok' : 'warning'
    })
  }
  return out
}
