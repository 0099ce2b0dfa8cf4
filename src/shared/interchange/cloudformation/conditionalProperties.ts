import { isRecord } from './templateModel'

/**
 * Conditions are not evaluated, so a property block written under `Fn::If`
 * (`NotificationConfiguration: !If [HasQueue, {…}, !Ref AWS::NoValue]`) is read as its first
 * branch that is not `AWS::NoValue`, and `AWS::NoValue` items drop out of lists. Only blocks (maps
 * and lists) are chosen here; an `Fn::If` between two references stays for the resolver, which
 * notes the condition itself. Returns the properties and the conditions so read.
 */
const MAX_DEPTH = 60

function isNoValue(v: unknown): boolean {
  return isRecord(v) && v.Ref === 'AWS::NoValue'
}

function isBlock(v: unknown): boolean {
  if (Array.isArray(v)) return true
  return isRecord(v) && !Object.keys(v).some((k) => k === 'Ref' || k.startsWith('Fn::'))
}

export function chooseConditionalBlocks(
  properties: Record<string, unknown>,
  conditions: Set<string>
): Record<string, unknown> {
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH) return v
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1)).filter((x) => !isNoValue(x))
    if (!isRecord(v)) return v
    const ifFn = v['Fn::If']
    if (Array.isArray(ifFn) && ifFn.length === 3 && typeof ifFn[0] === 'string') {
      const branches = (ifFn as unknown[]).slice(1).filter((b) => !isNoValue(b))
      const chosen = branches[0]
      if (chosen === undefined) return { Ref: 'AWS::NoValue' }
      if (isBlock(chosen) || branches.length === 1) {
        conditions.add(ifFn[0])
        return walk(chosen, depth + 1)
      }
      return v
    }
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      const w = walk(x, depth + 1)
      if (!isNoValue(w))
        Object.defineProperty(out, k, {
          value: w,
          enumerable: true,
          writable: true,
          configurable: true
        })
    }
    return out
  }
  return walk(properties, 0) as Record<string, unknown>
}
