import { formatCitation, type Citation } from '../catalog/citations'
import type { Verdict } from '../mechanisms/integrationMatrix'
import { QUERY_ENGINES, type QueryEngine } from '../catalog/queryEngines'
import { serviceName, type ServiceId } from '../catalog/services'
import {
  edgeOption,
  optionsFrom,
  optionsInto,
  pairOptions,
  type PairOption
} from '../mechanisms/derive'
import type { Carries, Mechanism } from '../mechanisms/types'
import { isUsableHop, suggestChainOf } from './integrationPaths'

/** One mechanism the user can pick for an edge (`edge.config.mechanism`). */
export interface MechanismChoice {
  id: string
  label: string
  carries: Carries
  verdict: Verdict
}

export interface PairCheck {
  verdict: Verdict
  /** One readable sentence or two: the mechanism, the caveat, or why not and what to do. */
  reason: string
  /** Short label for the edge, e.g. "Firehose delivery". */
  mechanism?: string
  /** The mechanism's id, as `edge.config.mechanism` names it. */
  mechanismId?: string
  /** What the edge moves. */
  carries?: Carries
  /** The main source; `citations` lists every list the verdict rests on, this one first. */
  citation?: Citation
  citations?: Citation[]
  /** Every mechanism connecting the pair, the default first; set when there is more than one. */
  choices?: MechanismChoice[]
  /** Services to insert, in order, when the pair is not a direct integration. */
  insert?: ServiceId[]
}

/** source → target → mechanism id ('' for the default) → check; nested so that a lookup builds no key string. */
const memo = new Map<ServiceId, Map<ServiceId, Map<string, PairCheck>>>()

function chainText(chain: readonly ServiceId[]): string {
  return chain.map(serviceName).join(' → ')
}

/** "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** At most `max` items, then "and N more". */
function shortList(items: readonly string[], max = 4): string {
  if (items.length <= max) return andList(items)
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

/** The lists a service's outgoing (or incoming) edges come from: its own, or else the others. */
function listsOf(service: ServiceId, options: readonly PairOption[]): Mechanism[] {
  const living = options.filter((o) => o.verdict !== 'error')
  // Every service takes KMS keys; that list says nothing about data unless keys are all there is.
  const dataLike = living.filter((o) => o.carries !== 'keys')
  const mechanisms = unique((dataLike.length > 0 ? dataLike : living).map((o) => o.mechanism))
  const own = mechanisms.filter((m) => m.owner === service)
  return own.length > 0 ? own : mechanisms
}

function uniqueCitations(citations: Iterable<Citation | undefined>): Citation[] {
  const seen = new Set<string>()
  const out: Citation[] = []
  for (const c of citations) {
    if (!c) continue
    const key = formatCitation(c)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(c)
  }
  return out
}

/**
 * The sentence that names the lists an error rests on (the source's own lists of what it sends
 * to, the target's own lists of what it takes from), and their citations.
 */
function decidedBy(source: ServiceId, target: ServiceId): { text: string; citations: Citation[] } {
  // A pure destination sends nothing and a pure source takes nothing: the lists that show it are
  // what the one takes from and what the other sends to.
  const out = listsOf(source, optionsFrom(source)).slice(0, 2)
  const into = listsOf(target, optionsInto(target)).slice(0, 2)
  const sourceSide = out.length > 0 ? out : listsOf(source, optionsInto(source)).slice(0, 1)
  const targetSide = into.length > 0 ? into : listsOf(target, optionsFrom(target)).slice(0, 1)
  // Named: the source's own lists, and the target's own list of what it takes (DMS source
  // endpoints, Pipes sources) when it has one; a target fed by everything has no list worth naming.
  const targetsOwn = into
    .filter(
      (m) => m.owner === target && m.links.every((l) => l.to.length === 1 && l.to[0] === target)
    )
    .slice(0, 1)
  const names = unique([...sourceSide, ...targetsOwn].map((m) => m.name))
  const endsText = out.length === 0 ? `${serviceName(source)} sends nothing on.` : ''
  return {
    text: `${endsText}${names.length > 0 ? ` Lists checked: ${andList(names)}.` : ''}`.trim(),
    citations: uniqueCitations([sourceSide[0]?.citation, targetSide[0]?.citation])
  }
}

/** Targets that a service's data reaches directly, by the given list. */
function targetsBy(mechanism: Mechanism, source: ServiceId): ServiceId[] {
  return unique(
    mechanism.links
      .filter((l) => l.from.includes(source) && !l.lifecycle && !l.refuted)
      .flatMap((l) => l.to)
  )
}

function sourcesBy(mechanism: Mechanism, target: ServiceId): ServiceId[] {
  return unique(
    mechanism.links
      .filter((l) => l.to.includes(target) && !l.lifecycle && !l.refuted)
      .flatMap((l) => l.from)
  )
}

/**
 * When the source's list of what it sends to (or the target's list of what it takes from) is
 * the whole list, say so: "Data Firehose sends only to …; Amazon DynamoDB is not one of them".
 * `instead` is what to do when no chain is offered.
 */
interface ClosedList {
  text: string
  instead?: string
  insteadOverDetour?: boolean
  citation: Citation
}

function closedListSentence(source: ServiceId, target: ServiceId): ClosedList | undefined {
  for (const option of optionsFrom(source)) {
    const m = option.mechanism
    if (
      !m.exhaustive ||
      m.owner !== source ||
      m.carries !== 'data' ||
      !m.links.every((l) => l.from.length === 1 && l.from[0] === source)
    )
      continue
    const names = targetsBy(m, source)
      .filter((t) => t !== source)
      .map(serviceName)
    const closed: ClosedList = {
      text: `${serviceName(source)} sends only to ${andList(names)} (${m.name}); ${serviceName(target)} is not one of them.`,
      citation: m.citation
    }
    if (m.instead) closed.instead = `To get its data into ${serviceName(target)}, ${m.instead}.`
    if (m.insteadOverDetour) closed.insteadOverDetour = true
    return closed
  }
  for (const option of optionsInto(target)) {
    const m = option.mechanism
    if (
      !m.exhaustive ||
      m.owner !== target ||
      m.carries !== 'data' ||
      !m.links.every((l) => l.to.length === 1 && l.to[0] === target)
    )
      continue
    const names = sourcesBy(m, target).map(serviceName)
    return {
      text: `${serviceName(target)} takes data only from ${andList(names)} (${m.name}); ${serviceName(source)} is not one of them.`,
      citation: m.citation
    }
  }
  return undefined
}

/** What the target takes data from, for an error with no chain: where to connect it instead. */
function acceptsSentence(target: ServiceId): string {
  const feeding = optionsInto(target).filter(
    (o) => o.carries === 'data' && (o.verdict === 'ok' || isUsableHop(o))
  )
  const from = unique(feeding.map((o) => o.source)).map(serviceName)
  if (from.length === 0) {
    return optionsFrom(target).some((o) => o.carries === 'keys')
      ? `${serviceName(target)} holds keys: draw an edge from it to each service its keys protect.`
      : `Nothing sends data to ${serviceName(target)}: it is where data starts.`
  }
  return `${serviceName(target)} takes data from ${shortList(from, 6)}: connect one of those instead.`
}

/** An orchestrator drawn as if it moved data: say what it starts instead. */
function controlSentence(source: ServiceId): string | undefined {
  const out = optionsFrom(source).filter((o) => o.verdict !== 'error')
  if (out.length === 0 || out.some((o) => o.carries !== 'control')) return undefined
  const names = unique(out.map((o) => o.target)).map(serviceName)
  const lists = unique(out.map((o) => o.mechanism.name))
  return `${serviceName(source)} starts work in other services and moves no data itself; it controls ${shortList(names, 6)} (${andList(lists)}).`
}

/** A query engine drawn as if it pushed records: say what it is and where its results go. */
function describeQueryEngine(
  source: ServiceId,
  target: ServiceId,
  engine: QueryEngine,
  chain: ServiceId[] | null
): PairCheck {
  const pair = `${serviceName(source)} → ${serviceName(target)} is not a direct integration. ${serviceName(source)} is ${engine.what}; ${engine.results}.`
  const results = engine.resultsIn
  const citations = uniqueCitations([engine.citation, decidedBy(source, target).citations[1]])
  if (chain && results && chain[1] === results.service) {
    const insert = chain.slice(1, -1)
    const names = andList(
      insert.map((s, i) => (i === 0 ? `${serviceName(s)} (${results.role})` : serviceName(s)))
    )
    const reverse = pairOptions(target, source).find((o) => o.verdict !== 'error')
    const meant = reverse
      ? ` If you meant ${serviceName(source)} to read ${serviceName(target)}, draw the edge from ${serviceName(target)} to ${serviceName(source)} (${reverse.label}).`
      : ''
    return {
      verdict: 'error',
      reason: `${pair} To take the results into ${serviceName(target)}, insert ${names}: ${chainText(chain)}.${meant}`,
      citation: engine.citation,
      citations,
      insert
    }
  }
  // QuickSight → S3: S3 is what QuickSight reads, so the edge is drawn the wrong way round.
  if (pairOptions(target, source).some((o) => o.verdict !== 'error')) {
    return {
      verdict: 'error',
      reason: `${pair} ${serviceName(source)} reads from ${serviceName(target)}, not the other way round: draw the edge from ${serviceName(target)} to ${serviceName(source)}.`,
      citation: engine.citation,
      citations
    }
  }
  const reads = unique(
    optionsInto(source)
      .filter(
        (o) =>
          o.carries === 'data' &&
          o.source !== target &&
          pairOptions(o.source, target).some((p) => p.verdict !== 'error' && p.carries !== 'keys')
      )
      .map((o) => o.source)
  ).map(serviceName)
  const instead =
    reads.length > 0
      ? `Connect one of the sources ${serviceName(source)} reads (${reads.join(', ')}) to ${serviceName(target)} instead.`
      : `No chain of documented integrations leads to ${serviceName(target)} from its results either.`
  return { verdict: 'error', reason: `${pair} ${instead}`, citation: engine.citation, citations }
}

function describeError(source: ServiceId, target: ServiceId): PairCheck {
  const engine = QUERY_ENGINES[source]
  // A query engine's results are data in its results location: only a data chain takes them on.
  if (engine)
    return describeQueryEngine(
      source,
      target,
      engine,
      suggestChainOf(source, target, ['data'])?.services ?? null
    )
  const found = suggestChainOf(source, target)
  const chain = found?.services ?? null
  const pair = `${serviceName(source)} → ${serviceName(target)} is not a direct integration`
  const decided = decidedBy(source, target)
  const closed = closedListSentence(source, target)
  const citations = uniqueCitations([closed?.citation, ...decided.citations])
  const base: Pick<PairCheck, 'verdict' | 'citation' | 'citations'> = {
    verdict: 'error',
    citations
  }
  if (citations[0]) base.citation = citations[0]
  const closedText = closed ? ` ${closed.text}` : ''
  // A closed list with a better design to suggest: a detour of two services or more is a redesign.
  const redesign = closed?.insteadOverDetour === true && chain !== null && chain.length > 3
  if (chain && !redesign) {
    const insert = chain.slice(1, -1)
    const names = andList(insert.map(serviceName))
    const what = {
      data: '',
      metadata: ' to write the tables',
      notification: ', which relays the event (no data)',
      keys: ''
    }[found!.kind]
    const insertText = closed
      ? `${pair}. ${closed.text} Insert ${names}${what}: ${chainText(chain)}.`
      : `${pair}; insert ${names}${what}: ${chainText(chain)}.`
    return { ...base, reason: `${insertText} ${decided.text}`.trim(), insert }
  }
  const reverse = pairOptions(target, source).find((o) => o.verdict !== 'error')
  const insteadText = closed?.instead ? ` ${closed.instead}` : ''
  if (reverse) {
    return {
      ...base,
      reason:
        `${pair}. Did you mean the other direction? ${serviceName(target)} → ${serviceName(source)} is documented (${reverse.label}).${closedText}${insteadText} ${decided.text}`.trim()
    }
  }
  const accepts = closed ? insteadText : ` ${controlSentence(source) ?? acceptsSentence(target)}`
  return {
    ...base,
    reason:
      `${pair}${redesign ? '.' : ', and no chain of documented integrations leads from one to the other.'}${closedText}${accepts} ${decided.text}`.trim()
  }
}

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
