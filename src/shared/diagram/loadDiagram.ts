import sjson from 'secure-json-parse'
import { findDuplicateKey } from './duplicateKeys'
import type { z } from 'zod'
import { isServiceId, SERVICE_IDS } from '../catalog/services'
import { migrateToCurrent } from './migrations'
import { CURRENT_DIAGRAM_VERSION, DIAGRAM_FORMAT, DIAGRAM_LIMITS, diagramSchema } from './schema'
import type { Diagram } from './types'

export type LoadErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'forbidden-key'
  | 'duplicate-key'
  | 'too-deep'
  | 'not-a-diagram'
  | 'newer-version'
  | 'bad-version'
  | 'schema'
  | 'unknown-service'
  | 'duplicate-id'
  | 'reserved-id'
  | 'dangling-edge'
  | 'dangling-parent'
  | 'group-cycle'

export interface LoadError {
  code: LoadErrorCode
  /** A sentence a person can act on: what is wrong, where, and what to do. */
  message: string
  /** JSON path of the offending value, e.g. `nodes[3].service`. */
  path?: string
  line?: number
  column?: number
}

export type LoadResult = { ok: true; diagram: Diagram } | { ok: false; error: LoadError }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function fail(error: LoadError): LoadResult {
  return { ok: false, error }
}

/** Text from the file quoted in a message is cut short, so a hostile key cannot flood it. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

const MAX_KEY_IN_PATH = 40
const MAX_PATH = 160

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else {
      const key = shorten(String(part), MAX_KEY_IN_PATH)
      out += out ? `.${key}` : key
    }
  }
  if (out.length > MAX_PATH) out = `${out.slice(0, 60)}…${out.slice(out.length - (MAX_PATH - 61))}`
  return out || '(document)'
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}

/**
 * V8 reports "Unexpected token" errors without a position, only with up to 10 characters of
 * context either side of the token (`..."<context>"...`); find the token from that context.
 */
const V8_UNEXPECTED_TOKEN =
  /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/
const V8_CONTEXT_CHARS = 10

function unexpectedTokenPosition(text: string, message: string): number | undefined {
  const m = V8_UNEXPECTED_TOKEN.exec(message)
  if (!m) return undefined
  const [, token, before, context = '', after] = m
  if (!before && !after) return text.indexOf(token!) // short text, shown whole
  if (!before) return context.length - V8_CONTEXT_CHARS // context starts at the beginning of the text
  if (!after) return text.length - context.length + V8_CONTEXT_CHARS // context runs to the end
  const at = text.indexOf(context)
  return at === -1 ? undefined : at + V8_CONTEXT_CHARS
}

function jsonErrorLocation(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message)
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) }
  const pos = /position (\d+)/.exec(message)
  const position = pos ? Number(pos[1]) : unexpectedTokenPosition(text, message)
  return lineAndColumn(text, position !== undefined && position >= 0 ? position : text.length)
}

function parseJson(input: string): { ok: true; value: unknown } | { ok: false; error: LoadError } {
  // secure-json-parse skips one leading byte-order mark (some Windows editors write one) and
  // JSON.parse does not: the re-parse and the line and column below must use the text it parsed,
  // or a BOM before a "__proto__" key makes JSON.parse throw out of the loader.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  try {
    return {
      ok: true,
      value: sjson.parse(input, undefined, { protoAction: 'error', constructorAction: 'error' })
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (/forbidden prototype property/.test(message)) {
      // Plain JSON.parse only defines own properties, so it is safe here and lets us name the place.
      return {
        ok: false,
        error: checkTree(JSON.parse(text)) ?? forbiddenKeyError('(document)', '__proto__')
      }
    }
    const { line, column } = jsonErrorLocation(text, message)
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/,? in JSON at position \d+.*$/, '')
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '')
    return {
      ok: false,
      error: {
        code: 'invalid-json',
        message: `Not valid JSON at line ${line}, column ${column}: ${reason}. Fix the syntax there (a missing comma, quote or bracket is the usual cause).`,
        line,
        column
      }
    }
  }
}

function forbiddenKeyError(path: string, key: string): LoadError {
  return {
    code: 'forbidden-key',
    message: `The key "${key}" at ${path} is not allowed in a diagram file (it could alter object prototypes). Remove it.`,
    path
  }
}

/** Rejects prototype-polluting keys anywhere and nesting deeper than any real diagram needs. */
function checkTree(value: unknown): LoadError | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[]; depth: number }> = [
    { value, path: [], depth: 0 }
  ]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (item.depth > DIAGRAM_LIMITS.maxDepth) {
      return {
        code: 'too-deep',
        message: `The file nests deeper than ${DIAGRAM_LIMITS.maxDepth} levels at ${formatPath(item.path)}; a diagram never needs that. Flatten or remove that value.`,
        path: formatPath(item.path)
      }
    }
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) =>
        stack.push({ value: child, path: [...item.path, i], depth: item.depth + 1 })
      )
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const key of Object.keys(item.value)) {
        if (FORBIDDEN_KEYS.has(key)) return forbiddenKeyError(formatPath([...item.path, key]), key)
        stack.push({
          value: (item.value as Record<string, unknown>)[key],
          path: [...item.path, key],
          depth: item.depth + 1
        })
      }
    }
  }
  return undefined
}

function schemaError(issues: readonly z.core.$ZodIssue[]): LoadError {
  const issue = issues[0]!
  const path = formatPath(issue.path)
  const extra =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : ''
  return {
    code: 'schema',
    message: `Invalid diagram at ${path}: ${shorten(issue.message, 200)}${extra}.`,
    path
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = temp
    }
  }
  return row[b.length]!
}

export function closestServiceId(unknown: string): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const id of SERVICE_IDS) {
    const d = editDistance(unknown.toLowerCase(), id)
    if (d < bestDistance) {
      best = id
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined
}

function duplicateIdError(id: string, path: string, earlier: string): LoadError {
  return {
    code: 'duplicate-id',
    message: `Duplicate id "${id}" at ${path}.id (already used by ${earlier}). Every node, group, note and edge needs its own id.`,
    path: `${path}.id`
  }
}

/**
 * Names every JavaScript object already answers to (`__proto__`, `constructor`, `toString`,
 * `hasOwnProperty`, …). As ids they broke layers that key plain objects by id (positions lost on
 * the canvas, a refused save after a drag, an export that would not reopen), so they are refused
 * here, where the file enters, with the place named.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  ...Object.getOwnPropertyNames(Object.prototype)
])

function reservedIdError(id: string, path: string): LoadError | undefined {
  if (!RESERVED_IDS.has(id)) return undefined
  return {
    code: 'reserved-id',
    message: `The id "${id}" at ${path}.id is a name every JavaScript object already has, which Pipewright cannot use as an id. Rename it: any other text works.`,
    path: `${path}.id`
  }
}

/** Checks that need the whole document: ids, references and the service catalog. */
function checkReferences(doc: z.infer<typeof diagramSchema>): LoadError | undefined {
  const seen = new Map<string, string>()
  for (const [i, node] of doc.nodes.entries()) {
    const path = `nodes[${i}]`
    if (!isServiceId(node.service)) {
      const guess = closestServiceId(node.service)
      return {
        code: 'unknown-service',
        message: `Unknown service id "${node.service}" at ${path}.service.${guess ? ` Did you mean "${guess}"?` : ''} See the README for the list of service ids.`,
        path: `${path}.service`
      }
    }
    const reserved = reservedIdError(node.id, path)
    if (reserved) return reserved
    const earlier = seen.get(node.id)
    if (earlier) {
      return duplicateIdError(node.id, path, earlier)
    }
    seen.set(node.id, path)
  }
  for (const [kind, list] of [
    ['groups', doc.groups ?? []],
    ['notes', doc.notes ?? []]
  ] as const) {
    for (const [i, item] of list.entries()) {
      const path = `${kind}[${i}]`
      const reserved = reservedIdError(item.id, path)
      if (reserved) return reserved
      const earlier = seen.get(item.id)
      if (earlier) {
        return duplicateIdError(item.id, path, earlier)
      }
      seen.set(item.id, path)
    }
  }
  const parentError = checkParents(doc)
  if (parentError) return parentError
  const nodeIds = new Set(doc.nodes.map((n) => n.id))
  for (const [i, edge] of doc.edges.entries()) {
    const path = `edges[${i}]`
    const reserved = reservedIdError(edge.id, path)
    if (reserved) return reserved
    const earlier = seen.get(edge.id)
    if (earlier) {
      return duplicateIdError(edge.id, path, earlier)
    }
    seen.set(edge.id, path)
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        return {
          code: 'dangling-edge',
          message: `Edge "${edge.id}" at ${path}.${end} points to a node "${edge[end]}" that does not exist. Remove the edge or add the node.`,
          path: `${path}.${end}`
        }
      }
    }
  }
  return undefined
}

/** Every parentId names a group, and groups do not contain themselves. */
function checkParents(doc: z.infer<typeof diagramSchema>): LoadError | undefined {
  const groups = new Map((doc.groups ?? []).map((g) => [g.id, g]))
  const lists = [
    ['nodes', doc.nodes],
    ['groups', doc.groups ?? []],
    ['notes', doc.notes ?? []]
  ] as const
  for (const [kind, list] of lists) {
    for (const [i, item] of (
      list as ReadonlyArray<{ id: string; parentId?: string | undefined }>
    ).entries()) {
      if (item.parentId !== undefined && !groups.has(item.parentId)) {
        return {
          code: 'dangling-parent',
          message: `"${item.id}" at ${kind}[${i}].parentId is in a group "${shorten(item.parentId, 40)}" that does not exist. Remove parentId or add the group.`,
          path: `${kind}[${i}].parentId`
        }
      }
    }
  }
  for (const [i, group] of (doc.groups ?? []).entries()) {
    const chain = new Set<string>([group.id])
    let parent = group.parentId
    while (parent !== undefined) {
      if (chain.has(parent)) {
        return {
          code: 'group-cycle',
          message: `Group "${group.id}" at groups[${i}] ends up inside itself through its parentId. Break the loop.`,
          path: `groups[${i}].parentId`
        }
      }
      chain.add(parent)
      parent = groups.get(parent)?.parentId
    }
  }
  return undefined
}

/** Size of the text once saved as UTF-8, without Node's Buffer or the DOM's TextEncoder. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // a surrogate pair is one code point
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * The one way a diagram enters the program (open, drop, CLI, template, recovery): parse,
 * check, migrate, validate. It never throws and never mutates anything it was given.
 */
export function loadDiagram(input: string): LoadResult {
  // Every UTF-16 unit takes at least one UTF-8 byte, so the cheap length test goes first.
  const bytes = input.length > DIAGRAM_LIMITS.maxFileBytes ? input.length : utf8ByteLength(input)
  if (bytes > DIAGRAM_LIMITS.maxFileBytes) {
    return fail({
      code: 'too-large',
      message: `The file is ${(bytes / 1048576).toFixed(1)} MB; diagrams are limited to ${DIAGRAM_LIMITS.maxFileBytes / 1048576} MB.`
    })
  }
  const parsed = parseJson(input)
  if (!parsed.ok) return parsed
  const duplicate = findDuplicateKey(input)
  if (duplicate) {
    const where = [...duplicate.path, duplicate.key]
    return fail({
      code: 'duplicate-key',
      message: `The key "${shorten(duplicate.key, MAX_KEY_IN_PATH)}" appears twice in one object at ${formatPath(duplicate.path)}; a JSON reader would keep only the last. Remove one of them.`,
      path: formatPath(where)
    })
  }
  return loadDiagramValue(parsed.value)
}

export function loadDiagramValue(value: unknown): LoadResult {
  const treeError = checkTree(value)
  if (treeError) return fail(treeError)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail({
      code: 'not-a-diagram',
      message: 'This file is not a Pipewright diagram: it should be a JSON object.'
    })
  }
  const doc = value as Record<string, unknown>
  if (doc.format !== DIAGRAM_FORMAT) {
    return fail({
      code: 'not-a-diagram',
      message: `This file is not a Pipewright diagram: "format" should be "${DIAGRAM_FORMAT}".`,
      path: 'format'
    })
  }
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({
      code: 'bad-version',
      message: 'The diagram\'s "version" must be a whole number from 1 up.',
      path: 'version'
    })
  }
  if (version > CURRENT_DIAGRAM_VERSION) {
    return fail({
      code: 'newer-version',
      message: `This diagram was made by a newer Pipewright (version ${version}); this one reads up to version ${CURRENT_DIAGRAM_VERSION}. Update Pipewright to open it.`,
      path: 'version'
    })
  }
  const migrated = migrateToCurrent(doc, version)
  const result = diagramSchema.safeParse(migrated)
  if (!result.success) return fail(schemaError(result.error.issues))
  const refError = checkReferences(result.data)
  if (refError) return fail(refError)
  return { ok: true, diagram: result.data as Diagram }
}
