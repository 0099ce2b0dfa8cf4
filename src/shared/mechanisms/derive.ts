import type { Citation } from '../catalog/citations'
import type { ServiceId } from '../catalog/services'
import { MECHANISMS } from './all'
import type { Carries, Mechanism, MechanismLink } from './types'

export type OptionVerdict = 'ok' | 'warning' | 'error'

/** One way a (source, target) pair is connected: a mechanism and the link that names the pair. */
export interface PairOption {
  source: ServiceId
  target: ServiceId
  mechanism: Mechanism
  link: MechanismLink
  /** `error` only for a mechanism AWS has deleted. */
  verdict: OptionVerdict
  label: string
  carries: Carries
  citation: Citation
  /** The caveat, the lifecycle notice or the note, as one or two sentences. */
  note?: string
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

function optionOf(
  mechanism: Mechanism,
  link: MechanismLink,
  source: ServiceId,
  target: ServiceId
): PairOption {
  const lifecycle = link.lifecycle
  const verdict: OptionVerdict =
    lifecycle?.status === 'deleted' || link.refuted
      ? 'error'
      : lifecycle || link.caveat
        ? 'warning'
        : 'ok'
  const notes = [link.refuted, link.caveat, lifecycle?.notice, link.note]
    .filter((n): n is string => !!n)
    .map(sentence)
  const option: PairOption = {
    source,
    target,
    mechanism,
    link,
    verdict,
    label: link.label ?? mechanism.label,
    carries: mechanism.carries,
    citation: link.citation ?? mechanism.citation
  }
  if (notes.length > 0) option.note = notes.join(' ')
  return option
}

/** Preferred first, then the living before the deleted, then in the order the data lists them. */
function rank(option: PairOption): number {
  if (option.link.preferred) return 0
  return option.verdict === 'error' ? 2 : 1
}

function build(): Map<ServiceId, Map<ServiceId, PairOption[]>> {
  const index = new Map<ServiceId, Map<ServiceId, PairOption[]>>()
  for (const mechanism of MECHANISMS) {
    for (const link of mechanism.links) {
      for (const source of link.from) {
        for (const target of link.to) {
          let bySource = index.get(source)
          if (!bySource) index.set(source, (bySource = new Map<ServiceId, PairOption[]>()))
          let list = bySource.get(target)
          if (!list) bySource.set(target, (list = []))
          list.push(optionOf(mechanism, link, source, target))
        }
      }
    }
  }
  for (const bySource of index.values()) {
    for (const list of bySource.values()) list.sort((a, b) => rank(a) - rank(b))
  }
  return index
}

const INDEX = build()
const NONE: readonly PairOption[] = []

/** Every mechanism that connects the pair, the default first; empty when none does. */
export function pairOptions(source: ServiceId, target: ServiceId): readonly PairOption[] {
  return INDEX.get(source)?.get(target) ?? NONE
}

/** Every option out of a service, in target order of first appearance. */
export function optionsFrom(source: ServiceId): readonly PairOption[] {
  return [...(INDEX.get(source)?.values() ?? [])].flat()
}

let intoIndex: Map<ServiceId, PairOption[]> | undefined

/** Every option into a service. */
export function optionsInto(target: ServiceId): readonly PairOption[] {
  if (!intoIndex) {
    intoIndex = new Map()
    for (const bySource of INDEX.values()) {
      for (const list of bySource.values()) {
        for (const option of list) {
          let into = intoIndex.get(option.target)
          if (!into) intoIndex.set(option.target, (into = []))
          into.push(option)
        }
      }
    }
  }
  return intoIndex.get(target) ?? NONE
}

/** Every option of every pair: what docs and tests walk. */
export function allOptions(): PairOption[] {
  return [...INDEX.values()].flatMap((bySource) => [...bySource.values()].flat())
}

/**
 * The mechanism an edge uses: the one it names in `config.mechanism` when that connects the pair,
 * else the pair's default; undefined when nothing connects the pair.
 */
export function edgeOption(
  source: ServiceId,
  target: ServiceId,
  mechanismId: unknown
): PairOption | undefined {
  const options = pairOptions(source, target)
  return (
    (typeof mechanismId === 'string'
      ? options.find((o) => o.mechanism.id === mechanismId)
      : undefined) ?? options[0]
  )
}
