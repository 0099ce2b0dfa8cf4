import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../../src/shared/diagram/types'
import { applyFix } from '../../../src/shared/validation/applyFix'
import { validateDiagram } from '../../../src/shared/validation/validator'
import { codes, diagram, edge, node, pipeline, withCode } from '../helpers'

function ids(prefix = 'new') {
  let n = 0
  return () => `${prefix}-${++n}`
}

function fixFor(d: Diagram, code: string) {
  const fix = withCode(validateDiagram(d), code)[0]?.fix
  if (!fix) throw new Error(`no fix for ${code}`)
  return fix
}

describe('applyFix', () => {
  describe('insert-services', () => {
    const before = diagram(
      [node('stream', 'kinesis-data-streams', { x: 0, y: 0 }), node('lake', 's3', { x: 1000, y: 0 })],
      [edge('stream', 'lake', { id: 'bad', config: { startingPosition: 'LATEST' } })],
    )

    it('turns stream → s3 into stream → firehose → s3 with ok edges', () => {
      const result = applyFix(before, fixFor(before, 'not-integrated'), ids())!
      expect(result.addedNodeIds).toEqual(['new-1'])
      const inserted = result.diagram.nodes.find((n) => n.id === 'new-1')
      expect(inserted?.service).toBe('kinesis-firehose')
      expect(result.diagram.edges.find((e) => e.id === 'bad')).toBeUndefined()
      expect(result.diagram.edges.map((e) => [e.source, e.target])).toEqual([
        ['stream', 'new-1'],
        ['new-1', 'lake'],
      ])
      const validation = validateDiagram(result.diagram)
      for (const id of result.addedEdgeIds) expect(validation.edges.get(id)?.verdict).toBe('ok')
      expect(validation.counts).toEqual({ error: 0, warning: 0, info: 0 })
    })

    it('places the new node between the two ends', () => {
      const result = applyFix(before, fixFor(before, 'not-integrated'), ids())!
      const inserted = result.diagram.nodes.find((n) => n.id === 'new-1')!
      expect(inserted.position.x).toBeGreaterThan(0)
      expect(inserted.position.x).toBeLessThan(1000)
      expect(inserted.position).toEqual({ x: 500, y: 0 })
    })

    it('moves the new node aside when the ends are too close to fit it', () => {
      const close = diagram(
        [node('stream', 'kinesis-data-streams', { x: 0, y: 0 }), node('lake', 's3', { x: 100, y: 0 })],
        [edge('stream', 'lake')],
      )
      const result = applyFix(close, fixFor(close, 'not-integrated'), ids())!
      const inserted = result.diagram.nodes.find((n) => n.id === 'new-1')!
      expect(inserted.position.y).not.toBe(0)
    })

    it('keeps the old edge\'s settings on the first new edge only', () => {
      const result = applyFix(before, fixFor(before, 'not-integrated'), ids())!
      const [first, second] = result.diagram.edges
      expect(first?.config).toEqual({ startingPosition: 'LATEST' })
      expect(second?.config).toBeUndefined()
    })

    it('inserts several services in order', () => {
      const d = pipeline('kinesis-agent', 'athena')
      const fix = fixFor(d, 'not-integrated')
      expect(fix.kind === 'insert-services' && fix.services.length).toBe(2)
      const result = applyFix(d, fix, ids())!
      expect(result.addedNodeIds).toHaveLength(2)
      expect(result.addedEdgeIds).toHaveLength(3)
      const validation = validateDiagram(result.diagram)
      for (const id of result.addedEdgeIds) expect(validation.edges.get(id)?.verdict).toBe('ok')
      expect(codes(validation)).not.toContain('not-integrated')
    })

    it('leaves the original diagram untouched', () => {
      const copy = structuredClone(before)
      applyFix(before, fixFor(before, 'not-integrated'), ids())
      expect(before).toEqual(copy)
    })

    it('returns undefined when the edge is gone', () => {
      const fix = fixFor(before, 'not-integrated')
      expect(applyFix({ ...before, edges: [] }, fix, ids())).toBeUndefined()
    })
  })

  describe('add-connected', () => {
    it('adds the lease table a KCL app needs, which removes the problem', () => {
      const d = pipeline('kinesis-data-streams', 'kcl-app', 's3')
      const result = applyFix(d, fixFor(d, 'kcl-lease-table'), ids())!
      const added = result.diagram.nodes.find((n) => n.id === result.addedNodeIds[0])
      expect(added?.service).toBe('dynamodb')
      expect(result.diagram.edges.at(-1)).toMatchObject({ source: 'kcl-app', target: added!.id })
      const validation = validateDiagram(result.diagram)
      expect(codes(validation)).not.toContain('kcl-lease-table')
      expect(validation.edges.get(result.addedEdgeIds[0]!)?.verdict).toBe('ok')
      expect(validation.counts.error).toBe(0)
    })

    it('adds S3 feeding Athena for athena-needs-s3', () => {
      const d = pipeline('glue-data-catalog', 'athena')
      const result = applyFix(d, fixFor(d, 'athena-needs-s3'), ids())!
      const added = result.diagram.nodes.find((n) => n.id === result.addedNodeIds[0])!
      expect(added.service).toBe('s3')
      expect(added.position.x).toBeLessThan(d.nodes[1]!.position.x)
      expect(result.diagram.edges.at(-1)).toMatchObject({ source: added.id, target: 'athena' })
      expect(codes(validateDiagram(result.diagram))).toEqual([])
    })

    it('returns undefined when the node is gone', () => {
      const d = pipeline('kinesis-data-streams', 'kcl-app')
      const fix = fixFor(d, 'kcl-lease-table')
      expect(applyFix({ ...d, nodes: d.nodes.slice(0, 1), edges: [] }, fix, ids())).toBeUndefined()
    })
  })
})
