/**
 * A parsed file as the locator reads it, the same shape for JSON and YAML: where each value and
 * each key starts (an offset into the text), and the values themselves.
 */
export type SourceTree =
  | { kind: 'object'; offset: number; entries: SourceEntry[] }
  | { kind: 'array'; offset: number; items: SourceTree[] }
  | { kind: 'scalar'; offset: number; value: unknown }

export interface SourceEntry {
  key: string
  keyOffset: number
  value: SourceTree
}

/** The entry of an object with that key; the last one, as JSON.parse and YAML readers keep. */
export function entryOf(tree: SourceTree | undefined, key: string): SourceEntry | undefined {
  if (tree?.kind !== 'object') return undefined
  for (let i = tree.entries.length - 1; i >= 0; i--)
    if (tree.entries[i]!.key === key) return tree.entries[i]
  return undefined
}

/** The value of a string entry (`id`), if it is one. */
export function stringOf(tree: SourceTree | undefined, key: string): string | undefined {
  const value = entryOf(tree, key)?.value
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined
}
