import type { Citation } from '../catalog/citations'
import { QUERY_ENGINES, type QueryEngine } from '../catalog/queryEngines'
import { serviceName, type ServiceId } from '../catalog/services'
import { optionsFrom, optionsInto, pairOptions, type PairOption } from '../mechanisms/derive'
import type { Mechanism } from '../mechanisms/types'
import { isUsableHop } from './chainFlow'
import { suggestChainOf } from './integrationPaths'
import type { PairCheck } from './pairCheck'
import { andList, chainText, shortList, unique, uniqueCitations } from './reasonText'

/**
 * Why a pair is not a direct integration and what to do about it: the chain to insert, the other
 * direction, the closed list it is missing from, or where to connect instead.
 */

/** The lists a service's outgoing (or incoming) edges come from: its own, or else the others. */
function listsOf(service: ServiceId, options: readonly PairOption[]): Mechanism[] {
  const living = options.filter((o) => o.verdict !== 'error')
  // Every service takes KMS keys; that list says nothing about data unless keys are all there is.
  const dataLike = living.filter((o) => o.carries !== 'keys')
  const mechanisms = unique((dataLike.length > 0 ? dataLike : living).map((o) => o.mechanism))
  const own = mechanisms.filter((m) => m.owner === service)
  return own.length > 0 ? own : mechanisms
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
export function describeError(source: ServiceId, target: ServiceId): PairCheck {
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
