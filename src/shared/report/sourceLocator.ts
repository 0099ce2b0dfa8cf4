import type { Diagram } from '../diagram/types'
import type { ImportReport } from '../interchange/import/importReport'
import type { Problem } from '../validation/problems'
import type { CheckedFile } from './checkRun'
import { jsonTree } from './jsonTree'
import { lineIndex } from './lineIndex'
import { entryOf, stringOf, type SourceTree } from './sourceTree'
import { yamlTree } from './yamlTree'

export interface LocatorSource {
  kind: CheckedFile['kind']
  /** The file's text; none for a PNG or SVG export (its lines are not the diagram's). */
  text?: string
  diagram: Diagram
  /** An imported template's report: which resource made each node and edge. */
  imported?: ImportReport
}

type Locate = CheckedFile['locate']

const nowhere: Locate = () => undefined

/** Keys that are CloudFormation's intrinsic functions, not the property that makes an edge. */
const INTRINSIC = /^(Ref|Condition|Fn::.+)$/

/** An offset, or undefined: what each lookup below returns before it becomes a line and column. */
type Offset = number | undefined

/**
 * Where the node, edge or setting a problem names is written in its file, for SARIF regions and
 * GitHub annotations. The file is parsed once, on the first question (a clean file costs nothing),
 * and never throws: a text it cannot read locates nothing.
 */
export function createLocator(source: LocatorSource): Locate {
  if (source.text === undefined || source.kind === 'drawio') return nowhere
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text
  let find: ((problem: Problem) => Offset) | undefined
  let lines: ReturnType<typeof lineIndex> | undefined
  return (problem) => {
    try {
      if (!find) {
        lines = lineIndex(text)
        find =
          source.kind === 'diagram'
            ? diagramFinder(jsonTree(text), source.diagram)
            : templateFinder(
                /^\s*[{[]/.test(text) ? jsonTree(text) : yamlTree(text),
                source.diagram,
                source.imported
              )
      }
      const offset = find(problem)
      return offset === undefined ? undefined : lines!.positionAt(offset)
    } catch {
      // A stack overflow on absurd nesting, say: no position rather than no report.
      find = () => undefined
      return undefined
    }
  }
}

/** Objects of an array by their `id`, the first of each (the loader refuses duplicates anyway). */
function byId(list: SourceTree | undefined): Map<string, SourceTree> {
  const out = new Map<string, SourceTree>()
  if (list?.kind !== 'array') return out
  for (const item of list.items) {
    const id = stringOf(item, 'id')
    if (id !== undefined && !out.has(id)) out.set(id, item)
  }
  return out
}

/** Where an object's id is written, else where the object starts. */
function idOffset(item: SourceTree): number {
  return entryOf(item, 'id')?.value.offset ?? item.offset
}

/**
 * `nodes[2].config.recordsPerSecond` → the value's offset. Positions are the diagram's, which a
 * migration may have reordered, so the element is found by its id; past it the path is walked as
 * far as the file goes (a setting's key may itself hold dots).
 */
function pathOffset(
  path: string,
  diagram: Diagram,
  files: { nodes: Map<string, SourceTree>; edges: Map<string, SourceTree> },
  root: SourceTree | undefined
): Offset {
  const match = /^(nodes|edges)\[(\d+)\](?:\.(.*))?$/.exec(path)
  if (!match) return undefined
  const which = match[1] as 'nodes' | 'edges'
  const position = Number(match[2])
  const id = (which === 'nodes' ? diagram.nodes : diagram.edges)[position]?.id
  const array = entryOf(root, which)?.value
  let at: SourceTree | undefined =
    (id === undefined ? undefined : files[which].get(id)) ??
    (array?.kind === 'array' ? array.items[position] : undefined)
  if (!at) return undefined
  const rest = match[3] === undefined ? [] : match[3].split('.')
  let offset = at.offset
  for (let i = 0; i < rest.length;) {
    let step = 0
    let next: SourceTree | undefined
    // The longest run of segments that is one key: `config.a.b` may be the key `a.b`.
    for (let j = rest.length; j > i && !next; j--) {
      const key = rest.slice(i, j).join('.')
      if (at.kind === 'object') {
        const entry = entryOf(at, key)
        if (entry) {
          next = entry.value
          step = j - i
        }
      } else if (at.kind === 'array' && j === i + 1 && /^\d+$/.test(key)) {
        next = at.items[Number(key)]
        step = 1
      }
    }
    if (!next) break
    at = next
    offset = next.offset
    i += step
  }
  return offset
}

function diagramFinder(root: SourceTree | undefined, diagram: Diagram): (p: Problem) => Offset {
  const files = {
    nodes: byId(entryOf(root, 'nodes')?.value),
    edges: byId(entryOf(root, 'edges')?.value)
  }
  return (problem) => {
    if (problem.path !== undefined) {
      const offset = pathOffset(problem.path, diagram, files, root)
      if (offset !== undefined) return offset
    }
    const edge = problem.edgeId === undefined ? undefined : files.edges.get(problem.edgeId)
    if (edge) return idOffset(edge)
    const node = problem.nodeId === undefined ? undefined : files.nodes.get(problem.nodeId)
    return node ? idOffset(node) : undefined
  }
}

/** The strings inside a value, each with the nearest key above it that is not an intrinsic. */
function stringsUnder(tree: SourceTree, keyOffset: number): Array<[string, number]> {
  const out: Array<[string, number]> = []
  const stack: Array<[SourceTree, number]> = [[tree, keyOffset]]
  while (stack.length > 0) {
    const [node, key] = stack.pop()!
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string') out.push([node.value, key])
    } else if (node.kind === 'array') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i]!, key])
    } else {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const e = node.entries[i]!
        stack.push([e.value, INTRINSIC.test(e.key) ? key : e.keyOffset])
      }
    }
  }
  return out
}

/** `!Ref X`, `!GetAtt X.Arn`, `{"Fn::GetAtt": ["X", …]}`, `${X}` or `${X.Arn}` in a `!Sub`. */
function names(value: string, id: string): boolean {
  return (
    value === id ||
    value.startsWith(`${id}.`) ||
    value.includes(`\${${id}}`) ||
    value.includes(`\${${id}.`)
  )
}

/**
 * Node ids of an imported template are its logical ids (`Resources.<id>`); an edge's place is the
 * property that makes it (`EventSourceArn: !GetAtt Stream.Arn`), found in the resource that made
 * it (the import report says which), else in its source or its target; else that resource's key.
 */
function templateFinder(
  root: SourceTree | undefined,
  diagram: Diagram,
  imported: ImportReport | undefined
): (p: Problem) => Offset {
  const resources = entryOf(root, 'Resources')?.value
  const parameters = entryOf(root, 'Parameters')?.value
  // What Pipewright's own export records beside the resources: nodes with no resource, edges none carries.
  const metadata = entryOf(entryOf(root, 'Metadata')?.value, 'Pipewright')?.value
  const metadataList = (key: string) => {
    const list = entryOf(metadata, key)?.value
    return list?.kind === 'array' ? list.items : []
  }
  const metadataNode = (nodeId: string): Offset => {
    const item = metadataList('Nodes').find((n) => stringOf(n, 'Id') === nodeId)
    return item ? (entryOf(item, 'Id')?.value.offset ?? item.offset) : undefined
  }
  const connection = (from: readonly string[], to: readonly string[]): Offset => {
    const end = (value: string | undefined, ids: readonly string[]) =>
      value !== undefined && ids.some((id) => value === id || value.startsWith(`${id}.`))
    const item = metadataList('Connections').find(
      (c) => end(stringOf(c, 'From'), from) && end(stringOf(c, 'To'), to)
    )
    return item ? (entryOf(item, 'From')?.keyOffset ?? item.offset) : undefined
  }
  const nodeOwners = new Map<string, string>()
  const edgeOwners = new Map<string, string[]>()
  for (const entry of imported?.entries ?? []) {
    for (const id of entry.nodeIds ?? [])
      if (!nodeOwners.has(id)) nodeOwners.set(id, entry.sourceId)
    for (const id of entry.edgeIds ?? []) {
      const owners = edgeOwners.get(id) ?? []
      owners.push(entry.sourceId)
      edgeOwners.set(id, owners)
    }
  }
  const strings = new Map<string, Array<[string, number]>>()
  const stringsOf = (logicalId: string) => {
    let found = strings.get(logicalId)
    if (!found) {
      const entry = entryOf(resources, logicalId)
      found = entry ? stringsUnder(entry.value, entry.keyOffset) : []
      strings.set(logicalId, found)
    }
    return found
  }
  /** The resource (or parameter) a node stands for. */
  const logicalIdOf = (nodeId: string): string | undefined =>
    entryOf(resources, nodeId) ? nodeId : (nodeOwners.get(nodeId) ?? nodeId)
  const keyOf = (id: string | undefined): Offset =>
    id === undefined
      ? undefined
      : (entryOf(resources, id)?.keyOffset ?? entryOf(parameters, id)?.keyOffset)
  const edges = new Map(diagram.edges.map((e) => [e.id, e]))

  const edgeOffset = (edgeId: string): Offset => {
    const edge = edges.get(edgeId)
    if (!edge) return undefined
    const ends = [edge.source, edge.target]
    const namesOf = (n: string) => [...new Set([n, logicalIdOf(n)!])]
    const endNames = [...new Set(ends.flatMap(namesOf))]
    const recorded = connection(namesOf(edge.source), namesOf(edge.target))
    if (recorded !== undefined) return recorded
    const owners = [...(edgeOwners.get(edgeId) ?? []), ...ends.map((n) => logicalIdOf(n)!)]
    for (const owner of owners) {
      const others = endNames.filter((n) => n !== owner)
      const hit = stringsOf(owner).find(([value]) => others.some((n) => names(value, n)))
      if (hit) return hit[1]
    }
    for (const owner of owners) {
      const key = keyOf(owner)
      if (key !== undefined) return key
    }
    return undefined
  }

  return (problem) => {
    if (problem.edgeId !== undefined) {
      const offset = edgeOffset(problem.edgeId)
      if (offset !== undefined) return offset
    }
    if (problem.nodeId === undefined) return undefined
    return (
      keyOf(logicalIdOf(problem.nodeId)) ?? keyOf(problem.nodeId) ?? metadataNode(problem.nodeId)
    )
  }
}
