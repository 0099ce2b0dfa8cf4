import { describe, expect, it } from 'vitest'
import { toFlowEdges, toFlowNodes } from '../../../src/renderer/src/canvas/flowMapping'
import { deepFreeze } from '../../../src/shared/diagram/deepFreeze'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateDiagram } from '../../../src/shared/estimation/estimate'
import { validateDiagram } from '../../../src/shared/validation/validator'
import type { Analysis } from '../../../src/renderer/src/store/analysis'
import { diagram, edge, node } from '../helpers'

function analyse(d: Diagram): Analysis {
  const validation = validateDiagram(d)
  return {
    validation,
    estimate: estimateDiagram(d),
    problems: [],
    ignored: [],
    nodeProblems: new Map(validation.nodeProblems),
    counts: { error: 0, warning: 0, info: 0 }
  }
}

const selection = (nodeIds: string[] = [], edgeIds: string[] = []) => ({
  nodeIds: new Set(nodeIds),
  edgeIds: new Set(edgeIds)
})

// Frozen, as the store hands diagrams out: the mapping must only read them.
const framed: Diagram = deepFreeze({
  ...diagram(
    [node('s', 's3', { x: 1100, y: 150 }), node('a', 'athena', { x: 0, y: 0 })],
    [edge('s', 'a')]
  ),
  nodes: [
    { id: 's', service: 's3', position: { x: 1100, y: 150 }, parentId: 'vpc' },
    { id: 'a', service: 'athena', position: { x: 0, y: 0 } }
  ],
  groups: [
    {
      id: 'az',
      kind: 'availability-zone',
      label: 'AZ a',
      position: { x: 1050, y: 100 },
      size: { width: 300, height: 200 },
      parentId: 'vpc'
    },
    {
      id: 'vpc',
      kind: 'vpc',
      label: 'VPC',
      position: { x: 1000, y: 0 },
      size: { width: 400, height: 300 }
    }
  ],
  notes: [{ id: 'n', text: 'hello', position: { x: 1010, y: 10 }, parentId: 'vpc' }]
})

describe('toFlowNodes with frames and notes', () => {
  const nodes = toFlowNodes(framed, analyse(framed), {}, {}, selection(['s']))

  it('lists frames parents first, then notes, then services, as React Flow needs', () => {
    expect(nodes.map((n) => n.id)).toEqual(['vpc', 'az', 'n', 's', 'a'])
  })

  it('places what is inside a frame relative to it, and the rest as it is', () => {
    const at = (id: string) => nodes.find((n) => n.id === id)
    expect(at('az')).toMatchObject({ position: { x: 50, y: 100 }, parentId: 'vpc' })
    expect(at('n')).toMatchObject({ position: { x: 10, y: 10 }, parentId: 'vpc' })
    expect(at('s')).toMatchObject({ position: { x: 100, y: 150 }, parentId: 'vpc', selected: true })
    expect(at('a')).toMatchObject({ position: { x: 0, y: 0 }, selected: false })
    expect(at('vpc')).toMatchObject({ width: 400, height: 300, ariaLabel: 'VPC (group)' })
  })

  it('shows a live drag position and a resize preview over what the diagram holds', () => {
    const live = toFlowNodes(framed, analyse(framed), { s: { x: 5, y: 6 } }, {}, selection(), {
      vpc: { width: 500, height: 320 }
    })
    expect(live.find((n) => n.id === 's')?.position).toEqual({ x: 5, y: 6 })
    expect(live.find((n) => n.id === 'vpc')).toMatchObject({ width: 500, height: 320 })
  })
})

describe('toFlowEdges', () => {
  it('gives each edge its verdict and selection', () => {
    const d = diagram([node('s', 's3'), node('a', 'athena')], [edge('s', 'a')])
    const validation = validateDiagram(d)
    const [e] = toFlowEdges(d, validation, selection([], ['s:a']))
    expect(e).toMatchObject({
      id: 's:a',
      source: 's',
      target: 'a',
      type: 'verdict',
      selected: true
    })
    expect(e!.data!.verdict).toBe(validation.edges.get('s:a')!.verdict)
    expect(e!.data!.reason).toBe(validation.edges.get('s:a')!.reason)
  })
})
