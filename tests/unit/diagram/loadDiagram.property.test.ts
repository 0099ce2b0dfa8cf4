import { deepStrictEqual } from 'node:assert/strict'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { SERVICE_IDS } from '../../../src/shared/catalog/services'
import {
  loadDiagram,
  type LoadErrorCode,
  type LoadResult
} from '../../../src/shared/diagram/loadDiagram'
import {
  embedDiagramInPng,
  extractDiagramFromPng,
  type PngExtractResult
} from '../../../src/shared/interchange/pngEmbed'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import type { ConfigValue } from '../../../src/shared/diagram/schema'
import type { Config, Diagram, DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import { PRICE_IDS } from '../../../src/shared/catalog/priceIds'
import type { Mutable } from '../helpers'
// Imported after the code under test: the package snapshots the globals when it is first
// imported, and zod adds its own globals while loading.
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning'

/**
 * The loader is the trust boundary for every file a user opens. These properties feed it valid
 * diagrams, mutations of them and arbitrary junk, and check that it never throws, never touches a
 * prototype, refuses with a readable error, and that whatever it accepts saves and reloads as-is.
 */

const RUNS = {
  valid: 1_500,
  mutated: 4_500,
  json: 2_000,
  text: 2_000,
  png: 1_000,
  pngChunks: 1_500,
  pngEmbedded: 300
}
const TIMEOUT_MS = 60_000

// ---------------------------------------------------------------------------------------------
// Prototype poisoning

// vitest keeps its per-test state on globals, and Node defines some web globals lazily (replaced on
// first use); none of them is something a loaded file could reach.
const ignoredRootRegex = /^(__vitest_\w+|AbortController|TextEncoder|TextDecoder)$/

const WATCHED_PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype
]
type Snapshot = Array<[PropertyKey, PropertyDescriptor | undefined]>
const snapshot = (o: object): Snapshot =>
  Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)])
const BASELINE = WATCHED_PROTOTYPES.map(snapshot)

function sameDescriptor(
  a: PropertyDescriptor | undefined,
  b: PropertyDescriptor | undefined
): boolean {
  if (!a || !b) return a === b
  return (
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  )
}

let runsSinceFullCheck = 0

/** Cheap after every run: the built-in prototypes a JSON document could reach. Every 250 runs: all globals. */
function assertPrototypesUntouched(): void {
  try {
    WATCHED_PROTOTYPES.forEach((proto, i) => {
      const before = BASELINE[i]!
      const now = snapshot(proto)
      const changed =
        now.length !== before.length ||
        now.some(([k, d], j) => before[j]![0] !== k || !sameDescriptor(before[j]![1], d))
      if (
        changed ||
        Object.getPrototypeOf(Object.prototype) !== null ||
        !Object.isExtensible(proto)
      ) {
        throw new Error(
          `A loaded document changed a built-in prototype (index ${i} of the watched list)`
        )
      }
    })
    if (++runsSinceFullCheck >= 250) {
      runsSinceFullCheck = 0
      assertNoPoisoning({ ignoredRootRegex })
    }
  } catch (err) {
    restoreGlobals({ ignoredRootRegex }) // so that one failure does not cascade into every later test
    throw err
  }
}

afterEach(() => {
  try {
    assertNoPoisoning({ ignoredRootRegex })
  } catch (err) {
    restoreGlobals({ ignoredRootRegex })
    throw err
  }
})

// ---------------------------------------------------------------------------------------------
// The loader's contract, checked on every generated document

const ERROR_CODES: Record<LoadErrorCode, true> = {
  'too-large': true,
  'invalid-json': true,
  'forbidden-key': true,
  'duplicate-key': true,
  'too-deep': true,
  'not-a-diagram': true,
  'newer-version': true,
  'bad-version': true,
  schema: true,
  'unknown-service': true,
  'duplicate-id': true,
  'reserved-id': true,
  'dangling-edge': true,
  'dangling-parent': true,
  'group-cycle': true
}
const KNOWN_SERVICES = new Set<string>(SERVICE_IDS)

/** What an equivalent file reloads as: the saver writes -0 as 0 and leaves out empty configs and overrides. */
function canonical(d: Diagram): Diagram {
  const plain = JSON.parse(JSON.stringify(d)) as Mutable<Diagram>
  for (const item of [...plain.nodes, ...plain.edges]) {
    if (item.config && Object.keys(item.config).length === 0) delete item.config
  }
  if (plain.pricing && Object.keys(plain.pricing.overrides).length === 0) delete plain.pricing
  if (plain.ignore && plain.ignore.length === 0) delete plain.ignore
  return plain
}

function load(text: string): LoadResult {
  try {
    return loadDiagram(text)
  } catch (err) {
    throw new Error(
      `loadDiagram threw instead of refusing the document: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
      { cause: err }
    )
  }
}

let documentsFed = 0

/** Loads a generated document and checks everything that must hold whether it is accepted or refused. */
function checkLoaderContract(text: string): LoadResult {
  documentsFed++
  const result = load(text)
  if (!result.ok) {
    expect(Object.keys(result).sort()).toEqual(['error', 'ok'])
    expect(Object.keys(ERROR_CODES)).toContain(result.error.code)
    expect(typeof result.error.message).toBe('string')
    expect(result.error.message.trim()).not.toBe('')
    if (result.error.path !== undefined) expect(typeof result.error.path).toBe('string')
    if (result.error.code === 'invalid-json') {
      // The place named must exist in the file.
      const { line, column } = result.error
      const lines = text.split('\n')
      expect(Number.isInteger(line) && Number.isInteger(column)).toBe(true)
      expect(line).toBeGreaterThanOrEqual(1)
      expect(line).toBeLessThanOrEqual(lines.length)
      expect(column).toBeGreaterThanOrEqual(1)
      expect(column).toBeLessThanOrEqual(lines[line! - 1]!.length + 1)
    }
    return result
  }

  const d = result.diagram
  const ids = [...d.nodes.map((n) => n.id), ...d.edges.map((e) => e.id)]
  expect(new Set(ids).size).toBe(ids.length)
  const nodeIds = new Set(d.nodes.map((n) => n.id))
  for (const e of d.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true)
  for (const n of d.nodes) expect(KNOWN_SERVICES.has(n.service)).toBe(true)

  // Re-saving gives an equivalent file, and saving is a fixed point from then on.
  const saved = serializeDiagram(d)
  const reloaded = load(saved)
  if (!reloaded.ok)
    throw new Error(
      `an accepted document was refused after re-saving it: ${reloaded.error.message}`
    )
  deepStrictEqual(reloaded.diagram, canonical(d)) // node's: vitest's toEqual is several times slower here
  expect(serializeDiagram(reloaded.diagram)).toBe(saved)
  return result
}

/** Runs a property with the prototype check after every run and confirms every run happened. */
function assertProperty<T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => void): void {
  const before = documentsFed
  fc.assert(fc.property(arb, check), {
    numRuns,
    plugins: [fc.afterEach(assertPrototypesUntouched)]
  })
  expect(documentsFed - before).toBeGreaterThanOrEqual(numRuns)
}

// ---------------------------------------------------------------------------------------------
// (a) Valid diagrams

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const

// fast-check slips in names such as "valueOf" and "__proto__": the loader refuses those as ids
// (tests/unit/diagram/reservedIds.test.ts), so a valid diagram's ids leave them out.
const idArb = fc
  .oneof(
    {
      arbitrary: fc.string({
        unit: fc.constantFrom(
          ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-'
        ),
        minLength: 1,
        maxLength: 12
      }),
      weight: 10
    },
    {
      arbitrary: fc.string({
        unit: fc.constantFrom('a', 'Z', '9', '_', '.', ':', '-'),
        minLength: 95,
        maxLength: 100
      }),
      weight: 1
    }
  )
  .filter((id) => id !== '__proto__' && !Object.getOwnPropertyNames(Object.prototype).includes(id))

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
/** Text a user might type or paste, plus what breaks naive escaping or HTML rendering. */
const textUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '"',
      '\\',
      '\n',
      '\u0000',
      '\u2028',
      '\uFEFF',
      '<b>',
      '</script>',
      '&amp;',
      '${x}',
      '__proto__'
    ),
    weight: 1
  }
)
const textArb = (maxUnits: number) => fc.string({ unit: textUnit, maxLength: maxUnits })
// Units are at most 9 characters, so 20 units stay within the 200-character limits.
const labelArb = fc.oneof(
  { arbitrary: textArb(20), weight: 10 },
  { arbitrary: fc.constantFrom('x'.repeat(200), '😀'.repeat(100)), weight: 1 }
)

const coordinateArb = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.double({ min: -10_000_000, max: 10_000_000, noNaN: true }),
  fc.constantFrom(10_000_000, -10_000_000, 0, -0, Number.MIN_VALUE)
)
const configNumberArb = fc.oneof(
  fc.integer(),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(1e15, -1e15, -0, Number.MIN_VALUE, 999_999_999_999_999.9)
)
const configKeyArb = textArb(12).filter(
  (k) => k.length >= 1 && k.length <= 100 && !(FORBIDDEN_KEYS as readonly string[]).includes(k)
)

const { value: configValueArb } = fc.letrec<{ value: ConfigValue }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'config' },
    fc.oneof(textArb(30), configNumberArb, fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(configKeyArb, tie('value'), { maxKeys: 3, noNullPrototype: true })
  )
}))
const configArb: fc.Arbitrary<Config> = fc.dictionary(configKeyArb, configValueArb, {
  maxKeys: 4,
  noNullPrototype: true
})

const nodeArb = (id: string): fc.Arbitrary<DiagramNode> =>
  fc.record(
    {
      id: fc.constant(id),
      service: fc.constantFrom(...SERVICE_IDS),
      position: fc.record({ x: coordinateArb, y: coordinateArb }),
      label: labelArb,
      config: configArb
    },
    { requiredKeys: ['id', 'service', 'position'] }
  )

const edgeArb = (id: string, nodeIds: readonly string[]): fc.Arbitrary<DiagramEdge> =>
  fc.record(
    {
      id: fc.constant(id),
      source: fc.constantFrom(...nodeIds),
      target: fc.constantFrom(...nodeIds),
      config: configArb
    },
    { requiredKeys: ['id', 'source', 'target'] }
  )

const pricingArb = fc
  .subarray([...PRICE_IDS])
  .chain((priceIds) =>
    fc
      .tuple(
        ...priceIds.map(() =>
          fc.oneof(
            fc.double({ min: 0, max: 1_000_000, noNaN: true }),
            fc.constantFrom(0, 1_000_000)
          )
        )
      )
      .map((prices) => ({ priceIds, prices }))
  )
  .map(({ priceIds, prices }) => ({
    region: 'us-east-1' as const,
    overrides: Object.fromEntries(priceIds.map((id, i) => [id, prices[i]]))
  }))

/** Ignore entries (format 5): a code, perhaps a node or an edge, and a reason that says something. */
const ignoreArb = (ids: readonly string[]) =>
  fc.array(
    fc.record(
      {
        code: fc.stringMatching(/^[a-z0-9-]{1,100}$/),
        nodeId: ids.length > 0 ? fc.constantFrom(...ids) : idArb,
        edgeId: idArb,
        reason: labelArb.filter((r) => r.trim().length > 0)
      },
      { requiredKeys: ['code', 'reason'] }
    ),
    { maxLength: 3 }
  )

const diagramArb = (maxItems: number, withIgnores = true): fc.Arbitrary<Diagram> =>
  fc
    .tuple(fc.uniqueArray(idArb, { maxLength: maxItems }), fc.nat())
    .chain(([ids, split]) => {
      const nodeIds = ids.slice(0, ids.length === 0 ? 0 : 1 + (split % ids.length))
      const edgeIds = ids.slice(nodeIds.length)
      return fc.record(
        {
          name: labelArb,
          pricing: pricingArb,
          nodes: fc.tuple(...nodeIds.map(nodeArb)),
          edges: fc.tuple(...edgeIds.map((id) => edgeArb(id, nodeIds))),
          ...(withIgnores ? { ignore: ignoreArb(nodeIds) } : {})
        },
        { requiredKeys: ['name', 'nodes', 'edges'] }
      )
    })
    .map((parts) => ({ format: 'pipewright/diagram' as const, version: 5 as const, ...parts }))

const validDiagramArb = diagramArb(12)

// ---------------------------------------------------------------------------------------------
// (b) Mutations, applied to a JSON tree that can hold raw text (numbers JavaScript cannot hold,
// unicode-escaped keys, duplicate keys) and then written out by hand.

class Raw {
  constructor(readonly text: string) {}
}
class Obj {
  constructor(readonly entries: Array<{ key: string; value: Tree; rawKey?: string }>) {}
}
type Tree = null | boolean | number | string | Raw | Obj | Tree[]

function toTree(value: unknown): Tree {
  if (Array.isArray(value)) return value.map(toTree)
  if (value !== null && typeof value === 'object')
    return new Obj(
      Object.keys(value).map((key) => ({
        key,
        value: toTree((value as Record<string, unknown>)[key])
      }))
    )
  return value as Tree
}

function cloneTree(t: Tree): Tree {
  if (Array.isArray(t)) return t.map(cloneTree)
  if (t instanceof Obj) return new Obj(t.entries.map((e) => ({ ...e, value: cloneTree(e.value) })))
  return t
}

function render(t: Tree): string {
  if (t instanceof Raw) return t.text
  if (Array.isArray(t)) return `[${t.map(render).join(',')}]`
  if (t instanceof Obj)
    return `{${t.entries.map((e) => `${e.rawKey ?? JSON.stringify(e.key)}:${render(e.value)}`).join(',')}}`
  return JSON.stringify(t)
}

interface Slot {
  get(): Tree
  set(value: Tree): void
  remove(): void
  duplicate(): void
}

function slotsOf(root: Tree): Slot[] {
  const out: Slot[] = []
  const visit = (t: Tree): void => {
    if (Array.isArray(t)) {
      t.forEach((child, i) => {
        out.push({
          get: () => t[i]!,
          set: (v) => void (t[i] = v),
          remove: () => void t.splice(i, 1),
          duplicate: () => void t.splice(i, 0, cloneTree(t[i]!))
        })
        visit(child)
      })
    } else if (t instanceof Obj) {
      t.entries.forEach((entry, i) => {
        out.push({
          get: () => entry.value,
          set: (v) => void (entry.value = v),
          remove: () => void t.entries.splice(i, 1),
          duplicate: () => void t.entries.splice(i, 0, { ...entry, value: cloneTree(entry.value) }) // a repeated key
        })
        visit(entry.value)
      })
    }
  }
  visit(root)
  return out
}

function objectsOf(root: Tree): Obj[] {
  const out: Obj[] = []
  const visit = (t: Tree): void => {
    if (Array.isArray(t)) t.forEach(visit)
    else if (t instanceof Obj) {
      out.push(t)
      t.entries.forEach((e) => visit(e.value))
    }
  }
  visit(root)
  return out
}

const pick = <T>(items: readonly T[], at: number): T | undefined =>
  items.length === 0 ? undefined : items[at % items.length]
const entryOf = (o: Obj, key: string) => o.entries.find((e) => e.key === key)
const withKey = (root: Tree, key: string) => objectsOf(root).filter((o) => entryOf(o, key))
const rootArray = (root: Tree, key: string): Tree[] | undefined => {
  const e = root instanceof Obj ? entryOf(root, key) : undefined
  return e && Array.isArray(e.value) ? e.value : undefined
}

/** Spellings of the forbidden keys that JSON.parse turns into the key itself. */
const FORBIDDEN_SPELLINGS: Record<(typeof FORBIDDEN_KEYS)[number], string[]> = {
  __proto__: [
    '"__proto__"',
    '"\\u005f_proto__"',
    '"__pr\\u006fto__"',
    '"\\u005F\\u005Fproto\\u005F\\u005F"'
  ],
  constructor: ['"constructor"', '"\\u0063onstructor"', '"construct\\u006fr"'],
  prototype: ['"prototype"', '"pr\\u006ftotype"']
}

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'retype'; at: number; value: Tree }
  | {
      kind: 'forbidden'
      at: number
      key: (typeof FORBIDDEN_KEYS)[number]
      spelling: number
      depth: number
      position: number
    }
  | { kind: 'number'; at: number; text: string; numbersOnly: boolean }
  | { kind: 'long-string'; at: number; text: string; asKey: boolean }
  | { kind: 'deep'; at: number; depth: number; shape: string }
  | { kind: 'unknown-service'; at: number; service: string }
  | { kind: 'dangling'; at: number; end: 'source' | 'target'; id: string }
  | { kind: 'duplicate-id'; at: number; from: number }
  | {
      kind: 'top-level'
      key: 'format' | 'version' | 'name' | 'nodes' | 'edges' | 'pricing'
      value: Tree
    }
  | { kind: 'unknown-field'; at: number; key: string; value: Tree }

const oddValueArb: fc.Arbitrary<Tree> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map(toTree),
  fc.constantFrom<Tree>(
    '',
    '0',
    'true',
    'null',
    0,
    -1,
    1.5,
    true,
    false,
    null,
    [],
    new Obj([]),
    new Raw('1e400'),
    new Raw('-0')
  )
)

const hugeNumberArb = fc.constantFrom(
  '1e400',
  '-1e400',
  '1e308',
  '-1e308',
  '1.7976931348623157e309',
  '1E400',
  '1e16',
  '-1e16',
  '1e15',
  '1000000000000001',
  '10000001',
  '-10000000.5',
  '-0',
  '0.1e-400',
  '5e-324',
  '123456789012345678901234567890',
  '1e-7',
  '2.0000000000000001'
)

const typo = (id: string, at: number, ch: string) =>
  id.slice(0, at % (id.length + 1)) + ch + id.slice((at % (id.length + 1)) + 1)
const unknownServiceArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SERVICE_IDS), fc.nat(), fc.constantFrom('', 'x', '-', 'S'))
    .map(([id, at, ch]) => typo(id, at, ch)),
  fc.constantFrom(...SERVICE_IDS).map((id) => id.toUpperCase()),
  fc.constantFrom(
    '',
    ' s3',
    's3 ',
    'toString',
    'hasOwnProperty',
    '__proto__',
    'constructor',
    'valueOf',
    'quantum-annealer'
  ),
  fc.string({ maxLength: 120 })
)

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: oddValueArb }),
  fc.record({
    kind: fc.constant('forbidden' as const),
    at: fc.nat(),
    key: fc.constantFrom(...FORBIDDEN_KEYS),
    spelling: fc.nat(),
    depth: fc.oneof(fc.constant(0), fc.nat({ max: 40 })),
    position: fc.nat()
  }),
  fc.record({
    kind: fc.constant('number' as const),
    at: fc.nat(),
    text: hugeNumberArb,
    numbersOnly: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('long-string' as const),
    at: fc.nat(),
    text: fc
      .tuple(
        fc.constantFrom('x', 'é', '😀', '\\n', '<img>'),
        fc.constantFrom(101, 201, 10_001, 100_000)
      )
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
    asKey: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 50, max: 500 }),
    shape: fc.string({ unit: fc.constantFrom('[', '{'), minLength: 1, maxLength: 8 })
  }),
  fc.record({
    kind: fc.constant('unknown-service' as const),
    at: fc.nat(),
    service: unknownServiceArb
  }),
  fc.record({
    kind: fc.constant('dangling' as const),
    at: fc.nat(),
    end: fc.constantFrom('source' as const, 'target' as const),
    id: fc.oneof(idArb, fc.constantFrom('ghost', ''))
  }),
  fc.record({ kind: fc.constant('duplicate-id' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({
    kind: fc.constant('top-level' as const),
    key: fc.constantFrom(
      'format' as const,
      'version' as const,
      'name' as const,
      'nodes' as const,
      'edges' as const,
      'pricing' as const
    ),
    value: fc.oneof(
      oddValueArb,
      fc.constantFrom<Tree>(
        1,
        3,
        99,
        2,
        'pipewright/diagram',
        'pipewright/Diagram',
        new Raw('2.0'),
        new Raw('1e0')
      )
    )
  }),
  fc.record({
    kind: fc.constant('unknown-field' as const),
    at: fc.nat(),
    key: fc.string({ maxLength: 20 }),
    value: oddValueArb
  })
)

/** `{"a": {"a": ... "<key>": <payload>}}`: a forbidden key `depth` levels below where it is put. */
function forbiddenEntry(
  key: (typeof FORBIDDEN_KEYS)[number],
  spelling: number,
  depth: number
): { key: string; value: Tree; rawKey: string } {
  const payload =
    key === 'constructor'
      ? new Obj([{ key: 'prototype', value: new Obj([{ key: 'polluted', value: true }]) }])
      : new Obj([{ key: 'polluted', value: true }])
  let entry: { key: string; value: Tree; rawKey: string } = {
    key,
    value: payload,
    rawKey: pick(FORBIDDEN_SPELLINGS[key], spelling)!
  }
  for (let i = 0; i < depth; i++) entry = { key: 'a', value: new Obj([entry]), rawKey: '"a"' }
  return entry
}

function deepJunk(depth: number, shape: string): Raw {
  let open = ''
  let close = ''
  for (let i = 0; i < depth; i++) {
    const ch = shape[i % shape.length]
    open += ch === '[' ? '[' : '{"k":'
    close = (ch === '[' ? ']' : '}') + close
  }
  return new Raw(`${open}1${close}`)
}

function applyMutation(root: Tree, m: Mutation): Tree {
  switch (m.kind) {
    case 'delete':
      pick(slotsOf(root), m.at)?.remove()
      return root
    case 'duplicate':
      pick(slotsOf(root), m.at)?.duplicate()
      return root
    case 'retype': {
      const slot = pick(slotsOf(root), m.at)
      if (!slot) return m.value
      slot.set(cloneTree(m.value))
      return root
    }
    case 'forbidden': {
      const target = pick(objectsOf(root), m.at)
      if (!target) return root
      target.entries.splice(
        m.position % (target.entries.length + 1),
        0,
        forbiddenEntry(m.key, m.spelling, m.depth)
      )
      return root
    }
    case 'number': {
      const slots = slotsOf(root)
      const numeric = slots.filter((s) => typeof s.get() === 'number')
      pick(m.numbersOnly && numeric.length > 0 ? numeric : slots, m.at)?.set(new Raw(m.text))
      return root
    }
    case 'long-string': {
      if (m.asKey) {
        pick(objectsOf(root), m.at)?.entries.push({ key: m.text, value: 1 })
      } else {
        const slots = slotsOf(root)
        const strings = slots.filter((s) => typeof s.get() === 'string')
        pick(strings.length > 0 ? strings : slots, m.at)?.set(m.text)
      }
      return root
    }
    case 'deep': {
      const slot = pick(slotsOf(root), m.at)
      if (!slot) return deepJunk(m.depth, m.shape)
      slot.set(deepJunk(m.depth, m.shape))
      return root
    }
    case 'unknown-service': {
      const node = pick(withKey(root, 'service'), m.at)
      if (node) entryOf(node, 'service')!.value = m.service
      else
        rootArray(root, 'nodes')?.push(
          new Obj([
            { key: 'id', value: 'added' },
            { key: 'service', value: m.service },
            { key: 'position', value: toTree({ x: 0, y: 0 }) }
          ])
        )
      return root
    }
    case 'dangling': {
      const edge = pick(withKey(root, m.end), m.at)
      if (edge) entryOf(edge, m.end)!.value = m.id
      else {
        const first = pick(withKey(root, 'service'), 0)
        const existing = first ? (entryOf(first, 'id')?.value ?? 'x') : 'x'
        rootArray(root, 'edges')?.push(
          toTree({
            id: 'dangling-edge',
            source: m.end === 'source' ? m.id : existing,
            target: m.end === 'target' ? m.id : existing
          })
        )
      }
      return root
    }
    case 'duplicate-id': {
      const withId = withKey(root, 'id')
      const to = pick(withId, m.at)
      const from = pick(withId, m.from)
      if (to && from && to !== from)
        entryOf(to, 'id')!.value = cloneTree(entryOf(from, 'id')!.value)
      else {
        const nodes = rootArray(root, 'nodes')
        if (nodes && nodes.length > 0) nodes.push(cloneTree(nodes[m.from % nodes.length]!))
      }
      return root
    }
    case 'top-level': {
      if (!(root instanceof Obj)) return root
      const entry = entryOf(root, m.key)
      if (entry) entry.value = cloneTree(m.value)
      else root.entries.push({ key: m.key, value: cloneTree(m.value) })
      return root
    }
    case 'unknown-field': {
      const target = pick(objectsOf(root), m.at)
      if (target && !(FORBIDDEN_KEYS as readonly string[]).includes(m.key))
        target.entries.push({ key: m.key, value: cloneTree(m.value) })
      return root
    }
  }
}

type TextMutation =
  | {
      kind: 'edits'
      edits: Array<{ op: 'insert' | 'delete' | 'replace'; at: number; text: string }>
    }
  | { kind: 'truncate'; at: number }
  | { kind: 'bom' } // Windows editors still write one
  | { kind: 'whitespace'; indent: number }

const editTextArb = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"',
    ':',
    ',',
    '\\',
    '\n',
    ' ',
    '0',
    '-',
    'e',
    '.',
    '\u0000',
    '\uFEFF',
    '/',
    '*',
    "'",
    'NaN',
    'Infinity',
    'true'
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  loneSurrogate
)
const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('edits' as const),
      edits: fc.array(
        fc.record({
          op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
          at: fc.nat(),
          text: editTextArb
        }),
        { minLength: 1, maxLength: 5 }
      )
    }),
    weight: 6
  },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 3 },
  { arbitrary: fc.constant({ kind: 'bom' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('whitespace' as const),
      indent: fc.constantFrom(0, 1, 2, 4, 8)
    }),
    weight: 1
  }
)

function applyTextMutation(text: string, m: TextMutation): string {
  switch (m.kind) {
    case 'edits':
      return m.edits.reduce((t, { op, at, text: s }) => {
        const i = at % (t.length + 1)
        if (op === 'insert') return t.slice(0, i) + s + t.slice(i)
        if (op === 'delete') return t.slice(0, i) + t.slice(i + 1)
        return t.slice(0, i) + s + t.slice(i + 1)
      }, text)
    case 'truncate':
      return text.slice(0, text.length === 0 ? 0 : m.at % text.length)
    case 'bom':
      return `\uFEFF${text}`
    case 'whitespace': {
      // Reindent through a safe parse when the text is still JSON; otherwise leave it.
      try {
        return JSON.stringify(JSON.parse(text), null, m.indent)
      } catch {
        return text
      }
    }
  }
}

const mutatedDocumentArb: fc.Arbitrary<string> = fc
  .tuple(
    // Its time goes on hostile structure; the valid-diagram property covers ignore entries.
    diagramArb(6, false),
    fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
    // Most text mutations make invalid JSON; leave most documents parseable so they reach the later checks.
    fc.oneof(
      { arbitrary: fc.constant([]), weight: 3 },
      { arbitrary: fc.array(textMutationArb, { minLength: 1, maxLength: 2 }), weight: 2 }
    )
  )
  .map(([d, mutations, textMutations]) => {
    const tree = mutations.reduce(applyMutation, toTree(JSON.parse(serializeDiagram(d))))
    return textMutations.reduce(applyTextMutation, render(tree))
  })

// ---------------------------------------------------------------------------------------------
// (c) Arbitrary JSON and text

/** Random values dropped into a diagram's frame, so they reach the schema rather than the format check. */
const framedJsonArb = fc
  .tuple(
    fc.constantFrom('nodes', 'edges', 'name', 'pricing', 'node', 'config', 'position'),
    fc.jsonValue({ maxDepth: 4 })
  )
  .map(([where, value]) => {
    const node = { id: 'n', service: 's3', position: { x: 0, y: 0 } }
    const frame: Record<string, unknown> = {
      format: 'pipewright/diagram',
      version: 5,
      name: 'n',
      nodes: [node],
      edges: []
    }
    if (where === 'node') frame.nodes = [value]
    else if (where === 'config') frame.nodes = [{ ...node, config: value }]
    else if (where === 'position') frame.nodes = [{ ...node, position: value }]
    else frame[where] = value
    return JSON.stringify(frame) // fast-check's own "__proto__" keys are own properties, so they are written out
  })

const jsonTextArb = fc.oneof(
  fc.json(),
  fc.json({ stringUnit: 'binary', maxDepth: 6 }),
  framedJsonArb
)
const arbitraryTextArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.oneof(fc.constantFrom(...'{}[]":,.-+0123456789eEtrufalsn \n\t\\/'), loneSurrogate),
    maxLength: 200
  }),
  fc.string({
    unit: fc.constantFrom('{', '[', '"a":', '"__proto__":', '1', ',', '}', ']', 'null'),
    maxLength: 60
  })
)

// ---------------------------------------------------------------------------------------------
// PNG

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0) & 255)

/** A chunk as meta-png reads it: length, type, data, CRC (not checked), any of which may lie. */
const chunkArb = fc
  .record({
    type: fc.oneof(
      fc.constantFrom('IHDR', 'tEXt', 'IDAT', 'IEND', 'zTXt', 'iTXt'),
      fc.string({ unit: 'binary-ascii', minLength: 4, maxLength: 4 })
    ),
    data: fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .tuple(
          fc.constantFrom(
            'pipewright-diagram\0',
            'pipewright-diagram',
            'pipewright-diagramX\0',
            'Software\0'
          ),
          fc.oneof(
            fc.string({ unit: 'binary-ascii', maxLength: 64 }),
            fc.constantFrom(
              '%',
              '%E0%A4%A',
              '%FF',
              '%7B%7D',
              encodeURIComponent('{"format":"pipewright/diagram"}')
            )
          )
        )
        .map(([head, body]) => Uint8Array.from(ascii(head + body)))
    ),
    length: fc.option(
      fc.oneof(fc.nat({ max: 80 }), fc.constantFrom(0xffffffff, 0x7fffffff, 0x80000000)),
      { nil: undefined }
    ),
    crc: fc.nat({ max: 0xffffffff })
  })
  .map(({ type, data, length, crc }) => [
    ...u32(length ?? data.length),
    ...ascii(type),
    ...data,
    ...u32(crc)
  ])

const pngLikeArb = fc
  .tuple(fc.array(chunkArb, { maxLength: 6 }), fc.nat(), fc.boolean())
  .map(([chunks, cut, truncate]) => {
    const bytes = [...PNG_SIGNATURE, ...chunks.flat()]
    return Uint8Array.from(truncate ? bytes.slice(0, 8 + (cut % (bytes.length - 7))) : bytes)
  })

/** The smallest layout meta-png accepts: signature, a 13-byte IHDR, IEND (CRCs are not checked). */
const MINIMAL_PNG = Uint8Array.from([
  ...PNG_SIGNATURE,
  ...u32(13),
  ...ascii('IHDR'),
  ...u32(1),
  ...u32(1),
  8,
  6,
  0,
  0,
  0,
  ...u32(0),
  ...u32(0),
  ...ascii('IEND'),
  ...u32(0)
])

function extract(bytes: Uint8Array): PngExtractResult {
  let result: PngExtractResult
  try {
    result = extractDiagramFromPng(bytes)
  } catch (err) {
    throw new Error(
      `extractDiagramFromPng threw: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
      { cause: err }
    )
  }
  if (result.ok) expect(typeof result.text).toBe('string')
  else expect(result.message.trim()).not.toBe('')
  return result
}

// ---------------------------------------------------------------------------------------------

describe('loadDiagram (property)', () => {
  it('feeds the loader at least 10,000 generated documents in all', () => {
    expect(RUNS.valid + RUNS.mutated + RUNS.json + RUNS.text).toBeGreaterThanOrEqual(10_000)
  })

  it(
    'accepts every valid diagram and gives back the same nodes, edges, name and prices',
    () => {
      assertProperty(validDiagramArb, RUNS.valid, (d) => {
        const text = serializeDiagram(d)
        const result = checkLoaderContract(text)
        if (!result.ok) throw new Error(`a valid diagram was refused: ${result.error.message}`)
        deepStrictEqual(result.diagram, canonical(d))
        expect(serializeDiagram(result.diagram)).toBe(text)
      })
    },
    TIMEOUT_MS
  )

  it(
    'refuses or accepts mutated and hostile documents without throwing, and accepted ones re-save as they were',
    () => {
      assertProperty(mutatedDocumentArb, RUNS.mutated, (text) => {
        checkLoaderContract(text)
      })
    },
    TIMEOUT_MS
  )

  it(
    'handles arbitrary JSON values',
    () => {
      assertProperty(jsonTextArb, RUNS.json, (text) => {
        checkLoaderContract(text)
      })
    },
    TIMEOUT_MS
  )

  it(
    'handles arbitrary text',
    () => {
      assertProperty(arbitraryTextArb, RUNS.text, (text) => {
        checkLoaderContract(text)
      })
    },
    TIMEOUT_MS
  )

  // Found by the mutation property: secure-json-parse skips one byte-order mark and JSON.parse none,
  // so the loader's re-parse to name a forbidden key's place used to throw.
  it.each<[string, LoadErrorCode]>([
    ['\uFEFF', 'forbidden-key'],
    ['\uFEFF\uFEFF', 'invalid-json']
  ])('refuses a "__proto__" key after %s without throwing', (bom, code) => {
    const prefix = JSON.parse(`"${bom}"`) as string
    const result = checkLoaderContract(
      `${prefix}{"__proto__": {"polluted": true}, "format": "pipewright/diagram"}`
    )
    expect(result.ok || result.error.code).toBe(code)
  })

  // A compact 6 MB file (20,000 nodes, 100,000 edges) loads, but its pretty-printed re-save is 10.4 MB
  // and over the 10 MB limit; too big for a property run, and the fix is a format decision.
  it.todo('re-opens the re-save of any accepted file, however close to the size limit it was')
})

describe('extractDiagramFromPng (property)', () => {
  it(
    'never throws on arbitrary bytes',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 128 }),
            fc.uint8Array({ maxLength: 64 }).map((b) => Uint8Array.from([...PNG_SIGNATURE, ...b]))
          ),
          (bytes) => {
            extract(bytes)
          }
        ),
        { numRuns: RUNS.png }
      )
    },
    TIMEOUT_MS
  )

  it(
    'never throws on a PNG signature followed by random, lying or truncated chunks, and the loader copes with what comes out',
    () => {
      fc.assert(
        fc.property(pngLikeArb, (bytes) => {
          const result = extract(bytes)
          if (result.ok) checkLoaderContract(result.text)
        }),
        { numRuns: RUNS.pngChunks, plugins: [fc.afterEach(assertPrototypesUntouched)] }
      )
    },
    TIMEOUT_MS
  )

  it(
    'gives back the diagram embedded in a PNG, and copes when the image is then damaged',
    () => {
      fc.assert(
        fc.property(validDiagramArb, fc.nat(), fc.nat({ max: 255 }), (d, at, byte) => {
          const text = serializeDiagram(d)
          const png = embedDiagramInPng(MINIMAL_PNG, text)
          expect(extract(png)).toEqual({ ok: true, text })
          const damaged = Uint8Array.from(png)
          damaged[at % damaged.length] = byte
          extract(damaged)
          extract(png.subarray(0, at % png.length))
        }),
        { numRuns: RUNS.pngEmbedded }
      )
    },
    TIMEOUT_MS
  )
})
