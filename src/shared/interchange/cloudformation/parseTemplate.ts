import sjson from 'secure-json-parse'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'

/**
 * A template's text as plain values, with YAML's short-form tags (`!Ref`, `!GetAtt A.B`, `!Sub`…)
 * turned into the long JSON form CloudFormation documents (`{"Ref": …}`, `{"Fn::GetAtt": [A, B]}`),
 * so the rest of the importer reads one shape. Bounded: a hostile file (an alias bomb, absurd
 * nesting, a huge file) is refused with a message, never a throw or a hang.
 */
export const TEMPLATE_LIMITS = {
  /** CloudFormation itself takes at most 1 MB from S3; ten times that leaves room for SAM. */
  maxChars: 10 * 1024 * 1024,
  maxDepth: 100,
  /** Values built in all, aliases counted each time they are expanded. */
  maxValues: 2_000_000,
  maxAliasCount: 1000,
  /**
   * Brackets open at once, counted before parsing: the YAML parser recurses per level, and a
   * file of a few hundred thousand `[` exhausts memory before any error could be reported.
   */
  maxBracketDepth: 1000
} as const

export type ParsedTemplate = { ok: true; value: unknown } | { ok: false; message: string }

/** The short forms of the intrinsic functions, as the template reference lists them. */
const FN_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!GetAZs': 'Fn::GetAZs',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach'
}

class TemplateTooBig extends Error {}

/** Sets a key without letting `__proto__` or `constructor` reach the prototype chain. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

function withTag(tag: string | undefined, value: unknown): unknown {
  if (!tag) return value
  const fn = FN_TAGS[tag]
  if (!fn) return value
  if (fn === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    return { [fn]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] }
  }
  const out: Record<string, unknown> = {}
  put(out, fn, value)
  return out
}

function toValues(doc: Document, root: Node | null): unknown {
  let built = 0
  let aliases = 0
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > TEMPLATE_LIMITS.maxDepth)
      throw new TemplateTooBig(`it nests deeper than ${String(TEMPLATE_LIMITS.maxDepth)} levels`)
    if (++built > TEMPLATE_LIMITS.maxValues)
      throw new TemplateTooBig(
        `it expands to more than ${String(TEMPLATE_LIMITS.maxValues)} values (aliases expanded)`
      )
    if (isAlias(node)) {
      if (++aliases > TEMPLATE_LIMITS.maxAliasCount)
        throw new TemplateTooBig(
          `it uses more than ${String(TEMPLATE_LIMITS.maxAliasCount)} YAML aliases`
        )
      return walk(node.resolve(doc), depth + 1)
    }
    if (isScalar(node)) return withTag(node.tag, node.value)
    if (isSeq(node))
      return withTag(
        node.tag,
        node.items.map((item) => walk(item, depth + 1))
      )
    if (isMap(node)) {
      const out: Record<string, unknown> = {}
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : walk(pair.key, depth + 1)
        put(out, String(key), walk(pair.value, depth + 1))
      }
      return withTag(node.tag, out)
    }
    return null
  }
  return walk(root, 0)
}

/** The deepest `[`/`{` nesting outside double-quoted strings and comments; stops past the limit. */
function bracketDepth(text: string): number {
  let depth = 0
  let max = 0
  let quoted = false
  let comment = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (comment) {
      if (c === '\n') comment = false
    } else if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) comment = true
    else if (c === '[' || c === '{') {
      if (++depth > max) max = depth
      if (max > TEMPLATE_LIMITS.maxBracketDepth) return max
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return max
}

/** How deep a parsed JSON value nests, walked without recursion; stops past the limit. */
function valueDepth(value: unknown): number {
  const stack: [unknown, number][] = [[value, 0]]
  let max = 0
  while (stack.length) {
    const [v, d] = stack.pop()!
    if (d > max) max = d
    if (max > TEMPLATE_LIMITS.maxDepth) return max
    if (typeof v === 'object' && v !== null)
      for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, d + 1])
  }
  return max
}

function parseJson(text: string): unknown {
  try {
    return sjson.parse(text, undefined, { protoAction: 'remove', constructorAction: 'remove' })
  } catch {
    return undefined
  }
}

export function parseTemplateText(text: string, fileName: string): ParsedTemplate {
  if (text.length > TEMPLATE_LIMITS.maxChars)
    return {
      ok: false,
      message: `${fileName} is larger than ${String(TEMPLATE_LIMITS.maxChars / 1024 / 1024)} MB: not read as a template.`
    }
  const body = text.replace(/^\uFEFF/, '')
  if (bracketDepth(body) > TEMPLATE_LIMITS.maxBracketDepth)
    return {
      ok: false,
      message: `${fileName} is refused: it nests more than ${String(TEMPLATE_LIMITS.maxBracketDepth)} brackets deep.`
    }
  // JSON first: JSON templates are often indented with tabs, which YAML refuses.
  if (body.trimStart().startsWith('{')) {
    const json = parseJson(body)
    if (json !== undefined && valueDepth(json) > TEMPLATE_LIMITS.maxDepth)
      return {
        ok: false,
        message: `${fileName} is refused: it nests deeper than ${String(TEMPLATE_LIMITS.maxDepth)} levels.`
      }
    if (json !== undefined) return { ok: true, value: json }
  }
  // Aliases are expanded by the walk below, which counts them; yaml's own toJS is never called.
  const lines = new LineCounter()
  const doc = parseDocument(body, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: false,
    strict: false
  })
  const error = doc.errors[0]
  if (error) {
    const at = lines.linePos(error.pos[0])
    const where = ` at line ${String(at.line)}, column ${String(at.col)}`
    return {
      ok: false,
      message: `${fileName} is not valid YAML or JSON${where}: ${error.message.split('\n')[0] ?? ''}`
    }
  }
  try {
    return { ok: true, value: toValues(doc, doc.contents) }
  } catch (e) {
    if (e instanceof TemplateTooBig)
      return { ok: false, message: `${fileName} is refused: ${e.message}.` }
    throw e
  }
}
