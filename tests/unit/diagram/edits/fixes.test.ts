import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../../../src/shared/diagram/types'
import { applyFix } from '../../../../src/shared/diagram/edits/fixes'
import { rectsOverlap } from '../../../../src/shared/diagram/freeSpot'
import { validateDiagram } from '../../../../src/shared/validation/validator'
import { codes, diagram, edge, node, pipeline, withCode } from '../../helpers'

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
      [
        node('stream', 'kinesis-data-streams', { x: 0, y: 0 }),
        node('lake', 's3', { x: 1000, y: 0 })
      ],
      [edge('stream', 'lake', { id: 'bad', config: { startingPosition: 'LATEST' } })]
    )

    it('turns stream → s3 into stream → firehose → s3 with ok edges', () => {
      const result = applyFix(before, fixFor(before, 'not-integrated'), ids())!
      expect(result.addedNodeIds).toEqual(['new-1'])
      const inserted = result.diagram.nodes.find((n) => n.id === 'new-1')
      expect(inserted?.service).toBe('kinesis-firehose')
      expect(result.diagram.edges.find((e) => e.id === 'bad')).toBeUndefined()
      expect(result.diagram.edges.map((e) => [e.source, e.target])).toEqual([
        ['stream', 'new-1'],
        ['new-1', 'lake']
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
        [
          node('stream', 'kinesis-data-streams', { x: 0, y: 0 }),
          node('lake', 's3', { x: 100, y: 0 })
        ],
        [edge('stream', 'lake')]
      )
      const result = applyFix(close, fixFor(close, 'not-integrated'), ids())!
      const inserted = result.diagram.nodes.find((n) => n.id === 'new-1')!
      expect(inserted.position.y).not.toBe(0)
    })

    it('lays two or more inserted services out in a row between the ends, evenly spaced', () => {
      const d = diagram(
        [
          node('agent', 'kinesis-agent', { x: 0, y: 100 }),
          node('query', 'athena', { x: 1400, y: 100 })
        ],
        [edge('agent', 'query')]
      )
      const result = applyFix(d, fixFor(d, 'not-integrated'), ids())!
      const row = result.addedNodeIds.map(
        (id) => result.diagram.nodes.find((n) => n.id === id)!.position
      )
      expect(row).toHaveLength(2)
      expect(new Set(row.map((p) => p.y))).toEqual(new Set([100]))
      const xs = [0, ...row.map((p) => p.x), 1400]
      const gaps = xs.slice(1).map((x, i) => x - xs[i]!)
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1)
    })

    it('keeps the row clear of the ends and of each other when the ends are close together', () => {
      const d = diagram(
        [
          node('agent', 'kinesis-agent', { x: 0, y: 100 }),
          node('query', 'athena', { x: 300, y: 100 })
        ],
        [edge('agent', 'query')]
      )
      const result = applyFix(d, fixFor(d, 'not-integrated'), ids())!
      const boxes = result.diagram.nodes.map((n) => ({ ...n.position, width: 190, height: 60 }))
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(rectsOverlap(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false)
      const row = result.addedNodeIds.map(
        (id) => result.diagram.nodes.find((n) => n.id === id)!.position
      )
      expect(row[0]!.y).toBe(row[1]!.y)
      expect(row[1]!.x).toBeGreaterThan(row[0]!.x)
    })

    it('makes room when two side-by-side ends are too close for the row: what is right of the target moves right', () => {
      // Athena → DynamoDB inserts two services (S3, DMS); 390 px between the cards is not enough.
      const d = diagram(
        [
          node('q', 'athena', { x: 0, y: 100 }),
          node('t', 'dynamodb', { x: 580, y: 100 }),
          node('right', 'sqs', { x: 900, y: 300 }),
          node('left', 'sns', { x: 100, y: 400 })
        ],
        [edge('q', 't')]
      )
      const fix = fixFor(d, 'not-integrated')
      expect(fix.kind === 'insert-services' && fix.services.length).toBe(2)
      const result = applyFix(d, fix, ids())!
      const at = (id: string) => result.diagram.nodes.find((n) => n.id === id)!.position
      const row = result.addedNodeIds.map(at)
      // The row sits between the two ends, on their row, each hop with a label's room.
      expect(row.map((p) => p.y)).toEqual([100, 100])
      expect(row[0]!.x).toBeGreaterThanOrEqual(190 + 150)
      expect(row[1]!.x).toBeGreaterThanOrEqual(row[0]!.x + 190 + 150)
      expect(at('t').x).toBeGreaterThanOrEqual(row[1]!.x + 190 + 150)
      // Everything from the target rightwards moved by the same amount; the rest stayed.
      expect(at('right').x - 900).toBe(at('t').x - 580)
      expect(at('right').y).toBe(300)
      expect(at('left')).toEqual({ x: 100, y: 400 })
      expect(at('q')).toEqual({ x: 0, y: 100 })
    })

    it('never puts an inserted service on a card already there, or outside the view it is given', () => {
      const d = diagram(
        [
          node('stream', 'kinesis-data-streams', { x: 0, y: 0 }),
          node('lake', 's3', { x: 1000, y: 0 }),
          node('busy', 'sqs', { x: 480, y: 10 })
        ],
        [edge('stream', 'lake')]
      )
      const area = { x: -100, y: -100, width: 1400, height: 500 }
      const result = applyFix(d, fixFor(d, 'not-integrated'), ids(), { area })!
      const added = result.diagram.nodes.find((n) => n.id === 'new-1')!.position
      const box = { ...added, width: 190, height: 60 }
      for (const n of d.nodes)
        expect(rectsOverlap(box, { ...n.position, width: 190, height: 60 }), n.id).toBe(false)
      expect(
        box.x >= area.x &&
          box.y >= area.y &&
          box.x + box.width <= area.x + area.width &&
          box.y + box.height <= area.y + area.height
      ).toBe(true)
    })

    it("keeps the old edge's settings on the first new edge only", () => {
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

    it('puts the added service beside its anchor, clear of a card already there', () => {
      const d = pipeline('kinesis-data-streams', 'kcl-app')
      const anchor = d.nodes[1]!.position
      // Cards right where the lease table would naturally go.
      const busy = diagram(
        [
          ...d.nodes,
          node('beside', 'sqs', { x: anchor.x + 190 + 150, y: anchor.y }),
          node('below', 'sns', { x: anchor.x + 260, y: anchor.y + 140 })
        ],
        d.edges
      )
      const result = applyFix(busy, fixFor(busy, 'kcl-lease-table'), ids())!
      const added = result.diagram.nodes.find((n) => n.id === result.addedNodeIds[0])!.position
      for (const n of busy.nodes)
        expect(
          rectsOverlap(
            { ...added, width: 190, height: 60 },
            { ...n.position, width: 190, height: 60 }
          ),
          n.id
        ).toBe(false)
    })

    it('returns undefined when the node is gone', () => {
      const d = pipeline('kinesis-data-streams', 'kcl-app')
      const fix = fixFor(d, 'kcl-lease-table')
      expect(applyFix({ ...d, nodes: d.nodes.slice(0, 1), edges: [] }, fix, ids())).toBeUndefined()
    })
  })
})
