import { describe, expect, it } from 'vitest'
import { SERVICE_IDS, type ServiceId } from '../../../src/shared/catalog/services'
import type { Diagram, DiagramEdge, DiagramNode } from '../../../src/shared/diagram/types'
import {
  createValidator,
  validateDiagram,
  type ValidationResult
} from '../../../src/shared/validation/validator'
import { diagram, edge, node } from '../helpers'

/**
 * The validator keeps what it found by position and re-checks only what an edit touched. Whatever
 * the edit, its answer must be the one a fresh validation gives: these sequences of random edits
 * (the editor's and some it never makes) check that, step by step.
 */

function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Everything a result tells, as plain data. */
function contents(r: ValidationResult) {
  return {
    problems: [...r.problems],
    edges: [...r.edges],
    edgeCount: r.edges.size,
    nodeProblems: [...r.nodeProblems],
    nodeCount: r.nodeProblems.size,
    counts: { ...r.counts }
  }
}

function same(a: ValidationResult, b: ValidationResult) {
  expect(contents(a)).toEqual(contents(b))
  expect(a.edges.size).toBe([...a.edges].length)
  expect(a.nodeProblems.size).toBe([...a.nodeProblems].length)
  for (const [id, result] of b.edges) expect(a.edges.get(id)).toEqual(result)
  for (const [id, list] of b.nodeProblems) expect(a.nodeProblems.get(id)).toEqual(list)
}

const SERVICES: ServiceId[] = [
  'kinesis-data-streams',
  'lambda',
  's3',
  'athena',
  'glue-data-catalog',
  'kcl-app',
  'dynamodb',
  'kinesis-firehose',
  'sagemaker',
  'quicksight'
]

function start(rand: () => number): Diagram {
  const nodes: DiagramNode[] = []
  for (let i = 0; i < 12; i++)
    nodes.push(node(`n${i}`, SERVICES[Math.floor(rand() * SERVICES.length)]!))
  const edges: DiagramEdge[] = []
  for (let i = 0; i < 16; i++) {
    const a = Math.floor(rand() * nodes.length)
    const b = Math.floor(rand() * nodes.length)
    edges.push(edge(nodes[a]!.id, nodes[b]!.id, { id: `e${i}` }))
  }
  return diagram(nodes, edges)
}

function edit(d: Diagram, rand: () => number, step: number): Diagram {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const at = (list: readonly unknown[]) => Math.floor(rand() * list.length)
  const someNode = () => pick(d.nodes).id
  switch (Math.floor(rand() * 12)) {
    case 0: // connect
      return { ...d, edges: [...d.edges, edge(someNode(), someNode(), { id: `a${step}` })] }
    case 1: {
      // delete an edge
      const k = at(d.edges)
      return { ...d, edges: d.edges.filter((_, i) => i !== k) }
    }
    case 2: {
      // change a service
      const k = at(d.nodes)
      return {
        ...d,
        nodes: d.nodes.map((n, i) => (i === k ? { ...n, service: pick(SERVICE_IDS) } : n))
      }
    }
    case 3: {
      // rename
      const k = at(d.nodes)
      return {
        ...d,
        nodes: d.nodes.map((n, i) =>
          i === k ? { ...n, label: rand() < 0.5 ? `label ${step}` : undefined } : n
        )
      }
    }
    case 4: {
      // move (a new node object, same everything else)
      const k = at(d.nodes)
      return {
        ...d,
        nodes: d.nodes.map((n, i) => (i === k ? { ...n, position: { x: step, y: step } } : n))
      }
    }
    case 5: {
      // enhanced fan-out on or off
      const k = at(d.edges)
      return {
        ...d,
        edges: d.edges.map((e, i) =>
          i === k ? { ...e, config: { enhancedFanOut: rand() < 0.5 } } : e
        )
      }
    }
    case 6: // add a node, connected
      return {
        ...d,
        nodes: [...d.nodes, node(`m${step}`, pick(SERVICES))],
        edges: [...d.edges, edge(someNode(), `m${step}`, { id: `b${step}` })]
      }
    case 7: {
      // delete a node and its edges
      if (d.nodes.length < 3) return d
      const gone = someNode()
      return {
        ...d,
        nodes: d.nodes.filter((n) => n.id !== gone),
        edges: d.edges.filter((e) => e.source !== gone && e.target !== gone)
      }
    }
    case 8: // a self-loop or a second copy of an edge
      return rand() < 0.5 || d.edges.length === 0
        ? { ...d, edges: [...d.edges, edge(`n0`, `n0`, { id: `s${step}` })] }
        : { ...d, edges: [...d.edges, { ...pick(d.edges), id: `c${step}` }] }
    case 9: // an edge to a node that is not there
      return { ...d, edges: [...d.edges, edge(someNode(), 'missing', { id: `d${step}` })] }
    case 10: // reorder
      return rand() < 0.5
        ? { ...d, edges: [...d.edges].reverse() }
        : { ...d, nodes: [...d.nodes].reverse() }
    default: // nothing changed, or a copy of the same diagram
      return rand() < 0.5 ? d : { ...d, nodes: [...d.nodes], edges: [...d.edges] }
  }
}

describe('createValidator after any sequence of edits', () => {
  it('agrees with a fresh validation at every step', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rand = random(seed)
      const v = createValidator()
      let d = start(rand)
      for (let step = 0; step < 40; step++) {
        same(v.validate(d), validateDiagram(d))
        d = edit(d, rand, step)
      }
    }
  })

  it('leaves every earlier result as it was (later calls share and extend its arrays)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = random(seed)
      const v = createValidator()
      let d = start(rand)
      const kept: Array<{ result: ValidationResult; seen: ReturnType<typeof contents> }> = []
      for (let step = 0; step < 40; step++) {
        const result = v.validate(d)
        kept.push({ result, seen: structuredClone(contents(result)) })
        d = edit(d, rand, step)
      }
      for (const { result, seen } of kept) expect(contents(result)).toEqual(seen)
    }
  })

  it('agrees with a fresh validation through a long run of connections, one edge at a time', () => {
    const rand = random(7)
    const v = createValidator()
    let d = start(rand)
    v.validate(d)
    for (let step = 0; step < 200; step++) {
      const pick = () => d.nodes[Math.floor(rand() * d.nodes.length)]!.id
      const roll = rand()
      // Mostly new connections; now and then a self-loop, a second copy or a missing end.
      const target = roll < 0.05 ? 'missing' : pick()
      const source = roll < 0.1 ? target : pick()
      d = { ...d, edges: [...d.edges, edge(source, target, { id: `x${step}` })] }
      same(v.validate(d), validateDiagram(d))
      expect(v.stats.edgesChecked).toBe(target === 'missing' ? 0 : 1)
      expect(v.stats.nodesChecked).toBeLessThanOrEqual(2)
    }
  })

  it('re-checks only the added edge and its ends in a large diagram', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => node(`n${i}`, i % 2 ? 'lambda' : 's3'))
    const edges = Array.from({ length: 1999 }, (_, i) => edge(`n${i}`, `n${i + 1}`))
    const d = diagram(nodes, edges)
    const v = createValidator()
    v.validate(d)
    const next: Diagram = { ...d, edges: [...d.edges, edge('n10', 'n13')] }
    same(v.validate(next), validateDiagram(next))
    expect(v.stats).toEqual({ edgesChecked: 1, nodesChecked: 2 })
    // Moving a node (a new node object in the same place) re-checks nothing.
    const moved: Diagram = {
      ...next,
      nodes: next.nodes.map((n) => (n.id === 'n500' ? { ...n, position: { x: 1, y: 1 } } : n))
    }
    same(v.validate(moved), validateDiagram(moved))
    expect(v.stats).toEqual({ edgesChecked: 0, nodesChecked: 0 })
  })
})
