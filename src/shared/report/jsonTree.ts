import { parseTree, type Node } from 'jsonc-parser'
import type { SourceTree } from './sourceTree'

function convert(node: Node): SourceTree {
  if (node.type === 'object') {
    const entries = []
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (key?.type !== 'string' || !value) continue
      entries.push({ key: String(key.value), keyOffset: key.offset, value: convert(value) })
    }
    return { kind: 'object', offset: node.offset, entries }
  }
  if (node.type === 'array')
    return { kind: 'array', offset: node.offset, items: (node.children ?? []).map(convert) }
  return { kind: 'scalar', offset: node.offset, value: node.value as unknown }
}

/** JSON text as a SourceTree; jsonc-parser recovers from errors, so a damaged file gives what it can. */
export function jsonTree(text: string): SourceTree | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true })
  return root ? convert(root) : undefined
}
