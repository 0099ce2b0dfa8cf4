import { describe, expect, it } from 'vitest'
import { toFlowEdges } from '../../../src/renderer/src/canvas/flowMapping'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { serializeDiagram } from '../../../src/shared/diagram/saveDiagram'
import type { Config, Diagram } from '../../../src/shared/diagram/types'
import { edgeLabelContent } from '../../../src/shared/diagram/edgeLabelContent'
import { checkServicePair } from '../../../src/shared/validation/edgeCheck'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { diagram, edge, node, withCode } from '../helpers'

/** `edge.config.mechanism`: which of a pair's documented mechanisms an edge is. */

const NO_SELECTION = { nodeIds: new Set<string>(), edgeIds: new Set<string>() }
const choices = checkServicePair('kcl-app', 'dynamodb').choices!
const writes = choices.find((c) => c.carries === 'data')!

function kclToDynamo(config?: Config): Diagram {
  return diagram(
    [node('kcl', 'kcl-app'), node('table', 'dynamodb', { x: 300 })],
    [edge('kcl', 'table', { id: 'e', ...(config ? { config } : {}) })]
  )
}

function loaded(d: Diagram): Diagram {
  const result = loadDiagram(serializeDiagram(d))
  if (!result.ok) throw new Error(result.error.message)
  return result.diagram
}

/** A file written by hand or by another tool: the edge config exactly as given. */
function fileWith(mechanism: unknown): string {
  const d = kclToDynamo()
  return JSON.stringify({
    ...d,
    edges: [{ id: 'e', source: 'kcl', target: 'table', config: { mechanism } }]
  })
}

describe('edge.config.mechanism in a file', () => {
  it('survives save → load → save unchanged', () => {
    const d = kclToDynamo({ mechanism: writes.id })
    const back = loaded(d)
    expect(back.edges[0]!.config).toEqual({ mechanism: writes.id })
    expect(serializeDiagram(back)).toBe(serializeDiagram(d))
  })

  it('is written in one key order, whatever order the settings were made in', () => {
    const a = serializeDiagram(kclToDynamo({ mechanism: writes.id, enhancedFanOut: false }))
    const b = serializeDiagram(kclToDynamo({ enhancedFanOut: false, mechanism: writes.id }))
    expect(a).toBe(b)
    expect(a.indexOf('"enhancedFanOut"')).toBeLessThan(a.indexOf('"mechanism"'))
  })

  it('drives the verdict, the canvas label and the exported label', () => {
    const d = loaded(kclToDynamo({ mechanism: writes.id }))
    const result = validateDiagram(d)
    const edgeResult = result.edges.get('e')!
    expect(edgeResult).toMatchObject({
      verdict: 'ok',
      mechanism: writes.label,
      mechanismId: writes.id,
      carries: 'data'
    })
    // The canvas and the SVG export both read the label from the flow edge's data.
    const [flowEdge] = toFlowEdges(d, result, NO_SELECTION)
    expect(flowEdge!.data!.mechanism).toBe(writes.label)
    expect(edgeLabelContent(edgeResult.verdict, flowEdge!.data!.mechanism, undefined).text).toBe(
      `✓ ${writes.label}`
    )

    const byDefault = validateDiagram(kclToDynamo()).edges.get('e')!
    expect(byDefault).toMatchObject({
      mechanismId: choices[0]!.id,
      carries: 'checkpoints',
      mechanism: choices[0]!.label
    })
  })
})

describe('hostile mechanism values', () => {
  it('refuses a string longer than any config string, naming where it is', () => {
    const result = loadDiagram(fileWith('x'.repeat(10_001)))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('schema')
    expect(result.error.path).toBe('edges[0].config.mechanism')
    expect(result.error.message.length).toBeLessThan(300)
  })

  it('loads a long unknown id, checks the edge by its default and warns in a short message', () => {
    const result = loadDiagram(fileWith('y'.repeat(5_000)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const validation = validateDiagram(result.diagram)
    expect(validation.edges.get('e')!.mechanismId).toBe(choices[0]!.id)
    const [warning] = withCode(validation, 'unknown-mechanism')
    expect(warning!.severity).toBe('warning')
    expect(warning!.message.length).toBeLessThan(400)
    expect(warning!.message).toContain(writes.id)
  })

  it('ignores a value that is not a string, as the rest of edge config is, and keeps it in the file', () => {
    for (const value of [42, true, null, { id: writes.id }, [writes.id]]) {
      const result = loadDiagram(fileWith(value))
      expect(result.ok, JSON.stringify(value)).toBe(true)
      if (!result.ok) continue
      const validation = validateDiagram(result.diagram)
      expect(validation.edges.get('e')!.mechanismId).toBe(choices[0]!.id)
      expect(validation.problems).toEqual([])
      // Never dropped silently: saving writes back what was read.
      expect(JSON.parse(serializeDiagram(result.diagram)).edges[0].config).toEqual({
        mechanism: value
      })
    }
  })
})
