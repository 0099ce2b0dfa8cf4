import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { SourceEntry, SourceTree } from './sourceTree'

function convert(node: unknown, fallbackOffset: number): SourceTree {
  if (isMap(node)) {
    const entries: SourceEntry[] = []
    for (const pair of node.items) {
      // Complex keys (a map as a key) name nothing a problem refers to.
      if (!isScalar(pair.key)) continue
      const keyOffset = pair.key.range?.[0] ?? fallbackOffset
      entries.push({
        key: String(pair.key.value),
        keyOffset,
        value: convert(pair.value, keyOffset)
      })
    }
    return { kind: 'object', offset: node.range?.[0] ?? fallbackOffset, entries }
  }
  if (isSeq(node)) {
    const offset = node.range?.[0] ?? fallbackOffset
    return { kind: 'array', offset, items: node.items.map((item) => convert(item, offset)) }
  }
  // A tag (`!Ref X`, `!GetAtt X.Arn`) stays on the node: the scalar keeps the text after it.
  if (isScalar(node))
    return { kind: 'scalar', offset: node.range?.[0] ?? fallbackOffset, value: node.value }
  // An alias or an empty value: nothing to read, only where it is. Aliases are never expanded.
  return { kind: 'scalar', offset: fallbackOffset, value: null }
}

/** YAML text (the first document) as a SourceTree; parse errors leave what was read. */
export function yamlTree(text: string): SourceTree | undefined {
  const doc = parseDocument(text, { strict: false, uniqueKeys: false, prettyErrors: false })
  return doc.contents ? convert(doc.contents, 0) : undefined
}
