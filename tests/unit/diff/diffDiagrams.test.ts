import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { diffDiagrams, type DiffSide } from '../../../src/shared/diff/diffDiagrams'
import { diagram, edge, node, type Mutable } from '../helpers'

const side = (d: Diagram): DiffSide => ({ diagram: d, analysis: analyzeDiagram(d) })
const diff = (a: Diagram, b: Diagram) => diffDiagrams(side(a), side(b))
const copy = <T>(value: T): Mutable<T> => structuredClone(value) as Mutable<T>

/** A producer writing to a provisioned stream read by Firehose into S3: documented throughout. */
function ingest(): Mutable<Diagram> {
  return diagram(
    [
      node('app', 'producer-app', {
        label: 'App',
        config: { recordsPerSecond: 500, recordSizeKB: 1 }
      }),
      node('stream', 'kinesis-data-streams', {
        x: 250,
        label: 'Events',
        config: { capacityMode: 'provisioned', shards: 2 }
      }),
      node('firehose', 'kinesis-firehose', { x: 500, config: { bufferIntervalSeconds: 300 } }),
      node('lake', 's3', { x: 750, label: 'Lake' })
    ],
    [edge('app', 'stream'), edge('stream', 'firehose'), edge('firehose', 'lake')]
  )
}

describe('diffDiagrams: services and connections', () => {
  it('finds nothing between a diagram and itself, and counts moves without listing them', () => {
    const a = ingest()
    expect(diff(a, a)).toMatchObject({
      diagram: [],
      nodes: { added: [], removed: [], changed: [], moved: 0 },
      edges: { added: [], removed: [], changed: [] },
      capacity: [],
      problems: { new: [], resolved: [], changed: [] }
    })
    const b = copy(a)
    b.nodes[1]!.position.x += 40
    b.nodes[2]!.parentId = 'some-frame'
    const moved = diff(a, b)
    expect(moved.nodes.moved).toBe(2)
    expect(moved.nodes.changed).toEqual([])
  })

  it('lists nodes added and removed, matched by id, with their service and label', () => {
    const a = ingest()
    const b = copy(a)
    b.nodes = b.nodes.filter((n) => n.id !== 'lake')
    b.edges = b.edges.filter((e) => e.target !== 'lake')
    b.nodes.push(node('table', 'dynamodb', { label: 'Orders' }))
    const d = diff(a, b)
    expect(d.nodes.added).toEqual([{ id: 'table', service: 'dynamodb', label: 'Orders' }])
    expect(d.nodes.removed).toEqual([{ id: 'lake', service: 's3', label: 'Lake' }])
    expect(d.edges.removed.map((e) => e.id)).toEqual(['firehose:lake'])
    expect(d.edges.removed[0]!.mechanism).toBeDefined()
  })

  it('lists each changed setting by path with both values, nested keys walked, absent left out', () => {
    const a = ingest()
    a.nodes[2]!.config = { bufferIntervalSeconds: 300, processing: { lambda: 'x', retries: 1 } }
    const b = copy(a)
    b.nodes[0]!.label = 'Checkout app'
    b.nodes[1]!.config = { capacityMode: 'provisioned', shards: 10, retentionHours: 48 }
    b.nodes[2]!.config = { bufferIntervalSeconds: 300, processing: { lambda: 'y', retries: 1 } }
    delete b.nodes[3]!.label
    const changes = Object.fromEntries(diff(a, b).nodes.changed.map((n) => [n.id, n.changes]))
    expect(changes).toEqual({
      app: [{ path: 'label', before: 'App', after: 'Checkout app' }],
      stream: [
        { path: 'config.shards', before: 2, after: 10 },
        { path: 'config.retentionHours', after: 48 }
      ],
      firehose: [{ path: 'config.processing.lambda', before: 'x', after: 'y' }],
      lake: [{ path: 'label', before: 'Lake' }]
    })
  })

  it('quotes a key that is not a plain name, and compares lists whole', () => {
    const a = diagram([node('a', 's3', { config: { 'odd.key': 1, tags: ['x', 'y'] } })])
    const b = diagram([node('a', 's3', { config: { 'odd.key': 2, tags: ['x', 'z'] } })])
    expect(diff(a, b).nodes.changed[0]!.changes).toEqual([
      { path: 'config["odd.key"]', before: 1, after: 2 },
      { path: 'config.tags', before: ['x', 'y'], after: ['x', 'z'] }
    ])
  })

  it('matches an edge with a new id by its ends and mechanism, and lists it only if it changed', () => {
    const a = ingest()
    const b = copy(a)
    b.edges[1]!.id = 'redrawn'
    const same = diff(a, b)
    expect(same.edges).toEqual({ added: [], removed: [], changed: [] })
    b.edges[1]!.config = { startingPosition: 'TRIM_HORIZON' }
    const changed = diff(a, b).edges.changed
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({
      id: 'redrawn',
      beforeId: 'stream:firehose',
      changes: [{ path: 'config.startingPosition', after: 'TRIM_HORIZON' }]
    })
  })

  it('says an edge that was pointed elsewhere changed its target, and the mechanism with it', () => {
    const a = ingest()
    a.nodes.push(node('fn', 'lambda', { x: 500, y: 200 }))
    const b = copy(a)
    b.edges[1]!.target = 'fn'
    const change = diff(a, b).edges.changed[0]!
    expect(change.changes[0]).toEqual({ path: 'target', before: 'firehose', after: 'fn' })
    const mechanism = change.changes.find((c) => c.path === 'mechanism')
    expect(mechanism?.before).not.toEqual(mechanism?.after)
  })

  it('reports the diagram name and price overrides as diagram settings', () => {
    const a = ingest()
    const b = copy(a)
    b.name = 'Renamed'
    b.pricing = { region: 'us-east-1', overrides: { 'kds.shardHour': 0.01 } }
    expect(diff(a, b).diagram).toEqual([
      { path: 'name', before: 'Test diagram', after: 'Renamed' },
      { path: 'pricing.overrides["kds.shardHour"]', after: 0.01 }
    ])
  })
})

describe('diffDiagrams: verdicts', () => {
  it('a new undocumented connection is a new error, listed before new warnings', () => {
    const a = ingest()
    const b = copy(a)
    b.edges.push(edge('stream', 'lake'))
    // A caveat (a warning): Kinesis to OpenSearch needs an Ingestion pipeline in between.
    b.nodes.push(node('search', 'opensearch', { x: 750, y: 200 }))
    b.edges.push(edge('stream', 'search'))
    const d = diff(a, b)
    expect(d.problems.new.length).toBeGreaterThan(0)
    const error = d.problems.new.find((p) => p.code === 'not-integrated')
    expect(error).toMatchObject({ severity: 'error', edgeId: 'stream:lake' })
    const rank = { error: 0, warning: 1, info: 2 }
    const ranks = d.problems.new.map((p) => rank[p.severity])
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
    expect(ranks).toContain(1)
    expect(d.problems.after.error).toBe(
      side(b).analysis.problems.filter((p) => p.severity === 'error').length
    )
    // Removing it again resolves exactly what it brought.
    const back = diff(b, a)
    expect(back.problems.resolved.map((p) => p.code).sort()).toEqual(
      d.problems.new.map((p) => p.code).sort()
    )
    expect(back.problems.new).toEqual([])
  })

  it('keys a problem by code and subject: a message with other numbers is "changed", not new', () => {
    const a = ingest()
    a.nodes[0]!.config = { recordsPerSecond: 20_000, recordSizeKB: 1 }
    const b = copy(a)
    b.nodes[0]!.config = { recordsPerSecond: 40_000, recordSizeKB: 1 }
    const before = side(a).analysis.problems.filter((p) => p.code === 'kds-under-provisioned')
    expect(before).toHaveLength(1)
    const d = diff(a, b)
    const changed = d.problems.changed.find((c) => c.after.code === 'kds-under-provisioned')
    expect(changed?.before.message).not.toBe(changed?.after.message)
    expect(d.problems.new.map((p) => p.code)).not.toContain('kds-under-provisioned')
    expect(d.problems.resolved.map((p) => p.code)).not.toContain('kds-under-provisioned')
  })

  it('a problem on an edge that only got a new id is still there, not resolved and new', () => {
    const a = ingest()
    a.edges.push(edge('stream', 'lake', { id: 'bad' }))
    const b = copy(a)
    b.edges[3]!.id = 'bad-redrawn'
    const d = diff(a, b)
    expect(d.problems.new).toEqual([])
    expect(d.problems.resolved).toEqual([])
    expect(d.problems.unchanged).toBe(side(b).analysis.problems.length)
  })
})

describe('diffDiagrams: capacity and cost', () => {
  it('raising the traffic raises the shards the peak needs, figure by figure', () => {
    const a = ingest()
    const b = copy(a)
    b.nodes[0]!.config = { recordsPerSecond: 5000, recordSizeKB: 1 }
    const stream = diff(a, b).capacity.find((c) => c.node.id === 'stream')!
    const needed = stream.figures.find((f) => f.key === 'shardsNeeded')!
    expect(needed.before).toBe(side(a).analysis.estimate.byId.get('stream')!.capacity.shardsNeeded)
    expect(needed.after).toBe(side(b).analysis.estimate.byId.get('stream')!.capacity.shardsNeeded)
    expect(needed.after!).toBeGreaterThan(needed.before!)
    // The shards set in the file did not change, so they are not listed.
    expect(stream.figures.map((f) => f.key)).not.toContain('shards')
  })

  it('per-service deltas sum to the total delta, added and removed services included', () => {
    const a = ingest()
    const b = copy(a)
    b.nodes[0]!.config = { recordsPerSecond: 3000, recordSizeKB: 2 }
    b.nodes = b.nodes.filter((n) => n.id !== 'lake')
    b.edges = b.edges.filter((e) => e.target !== 'lake')
    b.nodes.push(node('archive', 's3', { config: { retentionDays: 30 } }))
    b.edges.push(edge('firehose', 'archive'))
    const { cost } = diff(a, b)
    const sum = cost.services.reduce((s, c) => s + c.deltaUSD, 0)
    expect(cost.deltaUSD).not.toBe(0)
    expect(sum).toBeCloseTo(cost.deltaUSD, 6)
    expect(cost.beforeUSD).toBe(side(a).analysis.estimate.totalMonthlyCostUSD)
    expect(cost.afterUSD).toBe(side(b).analysis.estimate.totalMonthlyCostUSD)
    const lake = cost.services.find((c) => c.node.id === 'lake')!
    expect(lake.afterUSD).toBe(0)
    expect(lake.beforeUSD).toBe(side(a).analysis.estimate.byId.get('lake')!.monthlyCostUSD)
    const deltas = cost.services.map((c) => Math.abs(c.deltaUSD))
    expect(deltas).toEqual([...deltas].sort((x, y) => y - x))
  })

  it('an empty diagram before makes everything added, and every cost new', () => {
    const b = ingest()
    const d = diff(diagram([]), b)
    expect(d.nodes.added.map((n) => n.id)).toEqual(b.nodes.map((n) => n.id))
    expect(d.edges.added).toHaveLength(b.edges.length)
    expect(d.cost.beforeUSD).toBe(0)
    expect(d.cost.deltaUSD).toBe(d.cost.afterUSD)
  })
})
