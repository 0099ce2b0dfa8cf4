import { SERVICES, type ServiceDefinition } from './services'

/** "Data-Pipeline", "data_pipeline" and " data  pipeline " read the same; so do "(MSK)" and "MSK". */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

interface Indexed {
  service: ServiceDefinition
  /** The name and aliases, normalized: what people call the service. */
  names: string[]
  /** The same without spaces, so "dynamo db" finds "DynamoDB" and "opensearch" finds "Open Search". */
  compact: string[]
  /** Every word of the names, id and description. */
  words: string[]
  description: string
}

const INDEX: readonly Indexed[] = SERVICES.map((service) => {
  const names = [service.name, ...service.aliases, service.id].map(normalizeQuery)
  const description = normalizeQuery(service.description)
  return {
    service,
    names,
    compact: names.map((n) => n.replace(/ /g, '')),
    words: [...new Set([...names, description].join(' ').split(' '))],
    description
  }
})

function startsAWord(text: string, part: string): boolean {
  return text.startsWith(part) || text.includes(` ${part}`)
}

/**
 * How well a service matches: a whole name or alias beats the start of one, which beats every
 * query word starting a word of a name, which beats a match in the description only. 0 is no match.
 */
function score(entry: Indexed, query: string): number {
  const compactQuery = query.replace(/ /g, '')
  const parts = query.split(' ')
  let best = 0
  for (let i = 0; i < entry.names.length; i++) {
    const name = entry.names[i]!
    const compact = entry.compact[i]!
    if (name === query || compact === compactQuery) best = Math.max(best, 100)
    else if (name.startsWith(query) || compact.startsWith(compactQuery)) best = Math.max(best, 80)
    else if (parts.every((p) => startsAWord(name, p))) best = Math.max(best, 60)
    else if (name.includes(query) || compact.includes(compactQuery)) best = Math.max(best, 40)
  }
  if (best > 0) return best
  if (parts.every((p) => entry.words.some((w) => w.startsWith(p)))) return 20
  if (entry.description.includes(query)) return 10
  return 0
}

/**
 * Services matching what a person typed, best first; ties keep catalog order, which lists the
 * usual choice first ("stream" finds Kinesis Data Streams before DynamoDB Streams). An empty query
 * gives the whole catalog in its order.
 */
export function searchServices(query: string): ServiceDefinition[] {
  const q = normalizeQuery(query)
  if (q === '') return [...SERVICES]
  const scored: Array<{ entry: Indexed; score: number; order: number }> = []
  INDEX.forEach((entry, order) => {
    const s = score(entry, q)
    if (s > 0) scored.push({ entry, score: s, order })
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map((s) => s.entry.service)
}
