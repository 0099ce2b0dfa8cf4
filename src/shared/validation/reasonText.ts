import { formatCitation, type Citation } from '../catalog/citations'
import { serviceName, type ServiceId } from '../catalog/services'

/** Wording and citation helpers that both the verdict sentences and the error sentences use. */

export function chainText(chain: readonly ServiceId[]): string {
  return chain.map(serviceName).join(' → ')
}

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** At most `max` items, then "and N more". */
export function shortList(items: readonly string[], max = 4): string {
  if (items.length <= max) return andList(items)
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

export function uniqueCitations(citations: Iterable<Citation | undefined>): Citation[] {
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
