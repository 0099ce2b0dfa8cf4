/**
 * The first key that appears twice in one JSON object, with the path to it, or undefined.
 * JSON.parse keeps the last of two equal keys and drops the first in silence, so a file edited
 * by hand (or written to mislead: one value for a reviewer's eye, another for the parser) would
 * load with data nobody sees. Runs on text that has already parsed, so it only tracks strings
 * and nesting; it costs one pass over the text.
 */
export function findDuplicateKey(text: string): { path: PropertyKey[]; key: string } | undefined {
  // Each frame points at its parent (no path copied per level: a file nested 100,000 deep must not
  // cost 100,000² steps); the path is built only for a duplicate found.
  type Frame = {
    keys: Set<string> | undefined
    parent: Frame | undefined
    segment: PropertyKey | undefined
    index: number
    key: string | undefined
  }
  const pathOf = (frame: Frame): PropertyKey[] => {
    const path: PropertyKey[] = []
    for (let f: Frame = frame; f.parent; f = f.parent) path.push(f.segment!)
    return path.reverse()
  }
  const stack: Frame[] = []
  let expectKey = false
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      let j = i + 1
      let escaped = false
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === 0x5c /* \ */) {
          escaped = true
          j += 2
          continue
        }
        if (d === 0x22) break
        j++
      }
      const top = stack[stack.length - 1]
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j)
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : raw
        if (top.keys.has(key)) return { path: pathOf(top), key }
        top.keys.add(key)
        top.key = key
        expectKey = false
      }
      i = j
      continue
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1]
      const segment = parent === undefined ? undefined : parent.keys ? parent.key! : parent.index
      stack.push({
        keys: c === 0x7b ? new Set() : undefined,
        parent,
        segment,
        index: 0,
        key: undefined
      })
      expectKey = c === 0x7b
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
      expectKey = false
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]
      if (top?.keys) expectKey = true
      else if (top) top.index++
    }
  }
  return undefined
}
