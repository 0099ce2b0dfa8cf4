import { describe, expect, it } from 'vitest'
import type { DiagramNode } from '../../../src/shared/diagram/types'
import { diagram, edge, node, pipeline } from '../helpers'
import { estimate, nodeEstimate, trafficOf } from './estimateHelpers'

function throughputOf(d: ReturnType<typeof diagram>, id: string) {
  const t = trafficOf(d).nodes.get(id)
  if (!t) throw new Error(`no throughput for ${id}`)
  return t
}

describe('source traffic', () => {
  it('turns records/s and KB into MB/s with KB = 1,024 bytes and MB = 1,048,576 bytes', () => {
    // 2,000 records/s × 2 KB = 4,000 KB/s ÷ 1,024 KB/MB = 3.90625 MB/s
    const d = diagram([
      node('p', 'producer-app', { config: { recordsPerSecond: 2000, recordSizeKB: 2 } })
    ])
    expect(throughputOf(d, 'p')).toMatchObject({
      inRecordsPerSecond: 0,
      inMBps: 0,
      outRecordsPerSecond: 2000,
      outMBps: 3.90625
    })
  })

  it('does not use decimal kilobytes', () => {
    // 1,000 records/s × 1 KB = 1,000 KB/s ÷ 1,024 = 0.9765625 MB/s (decimal units would say 1 MB/s)
    const d = diagram([
      node('p', 'kinesis-agent', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } })
    ])
    expect(throughputOf(d, 'p').outMBps).toBe(0.9765625)
  })

  it('gives a source without config its defaults (100 records/s of 1 KB)', () => {
    // 100 × 1 KB = 100 KB/s ÷ 1,024 = 0.09765625 MB/s
    const t = throughputOf(diagram([node('p', 'iot-devices')]), 'p')
    expect(t.outRecordsPerSecond).toBe(100)
    expect(t.outMBps).toBeCloseTo(0.09765625, 12)
  })

  it('spreads a batch source’s GB per day evenly over the day', () => {
    // 675 GB/day × 1,024 MB/GB = 691,200 MB ÷ 86,400 s = 8 MB/s
    // 8 MB/s × 1,024 KB/MB ÷ 4 KB per record = 2,048 records/s
    const d = diagram([node('sb', 'snowball', { config: { gbPerDay: 675, recordSizeKB: 4 } })])
    const t = throughputOf(d, 'sb')
    expect(t.outMBps).toBeCloseTo(8, 12)
    expect(t.outRecordsPerSecond).toBeCloseTo(2048, 9)
  })

  it('treats datasync and on-prem databases as batch sources too', () => {
    // 84.375 GB/day × 1,024 = 86,400 MB ÷ 86,400 s = 1 MB/s; 1 MB/s of 1 KB records = 1,024 records/s
    for (const service of ['datasync', 'on-prem-database'] as const) {
      const t = throughputOf(diagram([node('b', service, { config: { gbPerDay: 84.375 } })]), 'b')
      expect(t.outMBps, service).toBeCloseTo(1, 12)
      expect(t.outRecordsPerSecond, service).toBeCloseTo(1024, 9)
    }
  })

  it('moves what DMS is fed on the canvas instead of adding its own GB/day to it', () => {
    // on-prem database: 84.375 GB/day = 1 MB/s → DMS (its own default 10 GB/day is for when nothing feeds it)
    // DMS out = 1 MB/s, 1,024 records/s (not 1 + 10 × 1,024 ÷ 86,400 = 1.1185 MB/s)
    const d = diagram(
      [
        node('db', 'on-prem-database', { config: { gbPerDay: 84.375 } }),
        node('dms', 'dms'),
        node('k', 'kinesis-data-streams')
      ],
      [edge('db', 'dms'), edge('dms', 'k')]
    )
    const t = throughputOf(d, 'dms')
    expect(t.inMBps).toBeCloseTo(1, 12)
    expect(t.outMBps).toBeCloseTo(1, 12)
    expect(t.outRecordsPerSecond).toBeCloseTo(1024, 9)
    expect(throughputOf(d, 'k').inMBps).toBeCloseTo(1, 12)
  })

  it('uses DMS’s own GB/day when nothing feeds it data', () => {
    // rds carries no traffic of its own; DMS 168.75 GB/day × 1,024 ÷ 86,400 = 2 MB/s
    const d = diagram(
      [node('rds', 'rds'), node('dms', 'dms', { config: { gbPerDay: 168.75 } }), node('s3', 's3')],
      [edge('rds', 'dms'), edge('dms', 's3')]
    )
    expect(throughputOf(d, 'dms').outMBps).toBeCloseTo(2, 12)
  })
})

describe('propagation along edges', () => {
  it('sums a node’s incoming edges', () => {
    // p1: 1,000 records/s × 1 KB = 1,000 KB/s; p2: 500 records/s × 2 KB = 1,000 KB/s
    // stream in = 1,500 records/s, 2,000 KB/s ÷ 1,024 = 1.953125 MB/s
    const d = diagram(
      [
        node('p1', 'producer-app', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } }),
        node('p2', 'producer-app', { config: { recordsPerSecond: 500, recordSizeKB: 2 } }),
        node('k', 'kinesis-data-streams')
      ],
      [edge('p1', 'k'), edge('p2', 'k')]
    )
    expect(throughputOf(d, 'k')).toMatchObject({
      inRecordsPerSecond: 1500,
      inMBps: 1.953125,
      outRecordsPerSecond: 1500,
      outMBps: 1.953125
    })
  })

  it('copies the whole output onto every outgoing edge (fan-out does not split)', () => {
    // 1,024 records/s × 2 KB = 2 MB/s into the stream; each of its three consumers gets all of it
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1024, recordSizeKB: 2 } }),
        node('k', 'kinesis-data-streams'),
        node('l', 'lambda'),
        node('f', 'kinesis-firehose'),
        node('a', 'kinesis-data-analytics')
      ],
      [edge('p', 'k'), edge('k', 'l'), edge('k', 'f'), edge('k', 'a')]
    )
    const t = trafficOf(d)
    for (const id of ['k:l', 'k:f', 'k:a'])
      expect(t.edges.get(id), id).toMatchObject({ recordsPerSecond: 1024, mbps: 2 })
    for (const id of ['l', 'f', 'a']) {
      expect(t.nodes.get(id)!.inRecordsPerSecond, id).toBe(1024)
      expect(t.nodes.get(id)!.inMBps, id).toBe(2)
    }
  })

  it('adds fan-out copies back up where the branches meet again', () => {
    // 1,024 records/s × 1 KB = 1 MB/s; two pass-through Lambdas each carry 1 MB/s; the bucket gets 2 MB/s, 2,048 records/s
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1024, recordSizeKB: 1 } }),
        node('k', 'kinesis-data-streams'),
        node('l1', 'lambda'),
        node('l2', 'lambda'),
        node('s3', 's3')
      ],
      [edge('p', 'k'), edge('k', 'l1'), edge('k', 'l2'), edge('l1', 's3'), edge('l2', 's3')]
    )
    expect(throughputOf(d, 's3')).toMatchObject({ inRecordsPerSecond: 2048, inMBps: 2 })
  })

  it('lists nodes in data-flow order', () => {
    const d = diagram(
      [
        node('s3', 's3'),
        node('f', 'kinesis-firehose'),
        node('k', 'kinesis-data-streams'),
        node('p', 'producer-app')
      ],
      [edge('p', 'k'), edge('k', 'f'), edge('f', 's3')]
    )
    expect(trafficOf(d).order).toEqual(['p', 'k', 'f', 's3'])
  })
})

describe('transforms', () => {
  const source = (recordsPerSecond: number, recordSizeKB: number) =>
    node('p', 'producer-app', { config: { recordsPerSecond, recordSizeKB } })

  it('filters with a Lambda output ratio of 0.1 and keeps the record size', () => {
    // in: 2,000 records/s × 2 KB = 4,000 KB/s = 3.90625 MB/s
    // out: 2,000 × 0.1 = 200 records/s × 2 KB = 400 KB/s ÷ 1,024 = 0.390625 MB/s
    const d = diagram(
      [source(2000, 2), node('l', 'lambda', { config: { outputRatio: 0.1 } })],
      [edge('p', 'l')]
    )
    const t = throughputOf(d, 'l')
    expect(t.inRecordsPerSecond).toBe(2000)
    expect(t.inMBps).toBe(3.90625)
    expect(t.outRecordsPerSecond).toBeCloseTo(200, 9)
    expect(t.outMBps).toBeCloseTo(0.390625, 12)
  })

  it('aggregates with a Lambda output ratio and output record size', () => {
    // 2,000 records/s × 0.1 = 200 records/s of 8 KB = 1,600 KB/s ÷ 1,024 = 1.5625 MB/s
    const d = diagram(
      [
        source(2000, 2),
        node('l', 'lambda', { config: { outputRatio: 0.1, outputRecordSizeKB: 8 } }),
        node('s3', 's3')
      ],
      [edge('p', 'l'), edge('l', 's3')]
    )
    expect(throughputOf(d, 'l').outMBps).toBeCloseTo(1.5625, 12)
    expect(throughputOf(d, 's3').inMBps).toBeCloseTo(1.5625, 12)
    expect(throughputOf(d, 's3').inRecordsPerSecond).toBeCloseTo(200, 9)
  })

  it('applies the same ratio to Managed Flink', () => {
    // 1,000 records/s × 0.5 = 500 records/s of 1 KB = 500 KB/s ÷ 1,024 = 0.48828125 MB/s
    const d = diagram(
      [source(1000, 1), node('a', 'kinesis-data-analytics', { config: { outputRatio: 0.5 } })],
      [edge('p', 'a')]
    )
    expect(throughputOf(d, 'a').outRecordsPerSecond).toBe(500)
    expect(throughputOf(d, 'a').outMBps).toBeCloseTo(0.48828125, 12)
  })

  it('compresses Firehose output (gzip 0.2) only on the edge to S3, not to Redshift', () => {
    // 1,024 records/s × 1 KB = 1 MB/s into Firehose
    // to S3: 1 MB/s × 0.2 (gzip) = 0.2 MB/s, still 1,024 records/s; to Redshift: 1 MB/s unchanged
    const d = diagram(
      [
        source(1024, 1),
        node('f', 'kinesis-firehose', { config: { compression: 'gzip' } }),
        node('s3', 's3'),
        node('rs', 'redshift')
      ],
      [edge('p', 'f'), edge('f', 's3'), edge('f', 'rs')]
    )
    const t = trafficOf(d)
    expect(t.edges.get('f:s3')!.recordsPerSecond).toBe(1024)
    expect(t.edges.get('f:s3')!.mbps).toBeCloseTo(0.2, 12)
    expect(t.edges.get('f:rs')).toMatchObject({ recordsPerSecond: 1024, mbps: 1 })
    expect(t.nodes.get('s3')!.inMBps).toBeCloseTo(0.2, 12)
    expect(t.nodes.get('rs')!.inMBps).toBe(1)
    // the node's own output is the uncompressed stream
    expect(t.nodes.get('f')!.outMBps).toBe(1)
  })

  it('converts Firehose output to Parquet (0.25) on the S3 edge, compounding with compression', () => {
    // 1 MB/s × 0.4 (snappy) × 0.25 (parquet) = 0.1 MB/s
    const d = diagram(
      [
        source(1024, 1),
        node('f', 'kinesis-firehose', {
          config: { compression: 'snappy', formatConversion: 'parquet' }
        }),
        node('s3', 's3')
      ],
      [edge('p', 'f'), edge('f', 's3')]
    )
    expect(throughputOf(d, 's3').inMBps).toBeCloseTo(0.1, 12)
  })

  it('shrinks Glue ETL output to Parquet by 0.25 and keeps the record count', () => {
    // raw bucket 1 MB/s (1,024 records/s × 1 KB) → Glue ETL parquet: 1 × 0.25 = 0.25 MB/s, 1,024 records/s
    const d = diagram(
      [
        source(1024, 1),
        node('raw', 's3'),
        node('etl', 'glue-etl', { config: { outputFormat: 'parquet' } }),
        node('curated', 's3')
      ],
      [edge('p', 'raw'), edge('raw', 'etl'), edge('etl', 'curated')]
    )
    expect(throughputOf(d, 'etl')).toMatchObject({
      inRecordsPerSecond: 1024,
      inMBps: 1,
      outRecordsPerSecond: 1024,
      outMBps: 0.25
    })
    expect(throughputOf(d, 'curated').inMBps).toBe(0.25)
  })

  it('passes Glue ETL output through unchanged with the default format ("same")', () => {
    const d = diagram(
      [source(1024, 1), node('raw', 's3'), node('etl', 'glue-etl')],
      [edge('p', 'raw'), edge('raw', 'etl')]
    )
    expect(throughputOf(d, 'etl').outMBps).toBe(1)
  })

  it('emits nothing from metadata and query services (crawler, catalog, Athena)', () => {
    const d = diagram(
      [
        source(1024, 1),
        node('s3', 's3'),
        node('crawler', 'glue-crawler'),
        node('catalog', 'glue-data-catalog'),
        node('athena', 'athena'),
        node('qs', 'quicksight')
      ],
      [
        edge('p', 's3'),
        edge('s3', 'crawler'),
        edge('crawler', 'catalog'),
        edge('catalog', 'athena'),
        edge('athena', 'qs')
      ]
    )
    const t = trafficOf(d)
    // The crawler data-store edge carries metadata (the crawler reads samples to infer tables,
    // priced in DPU-hours), so no volume flows into it, and what it writes is metadata too.
    expect(t.nodes.get('crawler')).toMatchObject({
      inRecordsPerSecond: 0,
      inMBps: 0,
      outRecordsPerSecond: 0,
      outMBps: 0
    })
    expect(t.nodes.get('s3')!.inMBps).toBe(1)
    for (const id of ['catalog', 'athena']) {
      expect(t.nodes.get(id)!.outRecordsPerSecond, id).toBe(0)
      expect(t.nodes.get(id)!.outMBps, id).toBe(0)
    }
    expect(t.nodes.get('qs')!.inMBps).toBe(0)
  })
})

describe('cycles', () => {
  const lambdas = (order: string[]): DiagramNode[] => {
    const all: Record<string, DiagramNode> = {
      src: node('src', 'producer-app', { config: { recordsPerSecond: 100, recordSizeKB: 1 } }),
      a: node('a', 'lambda'),
      b: node('b', 'lambda'),
      out: node('out', 's3')
    }
    return order.map((id) => all[id]!)
  }
  const loopEdges = [edge('src', 'a'), edge('a', 'b'), edge('b', 'a'), edge('b', 'out')]

  it('detects a → b → a fed by a source, and ends with one pass', () => {
    const d = diagram(lambdas(['src', 'a', 'b', 'out']), loopEdges)
    const t = trafficOf(d)
    expect([...t.cycleNodeIds].sort()).toEqual(['a', 'b'])
    expect(t.order).toHaveLength(4)
    // the loop's closing edge carries nothing: a gets only the source's 100 records/s, and passes them on once
    expect(t.nodes.get('a')!.inRecordsPerSecond).toBe(100)
    expect(t.nodes.get('b')!.inRecordsPerSecond).toBe(100)
    expect(t.edges.get('b:a')).toMatchObject({ recordsPerSecond: 0, mbps: 0 })
  })

  it('gives the same traffic whatever order the file lists the nodes in', () => {
    // 100 records/s × 1 KB = 100 KB/s ÷ 1,024 = 0.09765625 MB/s reaches a, b and the bucket after the loop
    for (const order of [
      ['src', 'a', 'b', 'out'],
      ['out', 'b', 'a', 'src'],
      ['b', 'out', 'src', 'a']
    ]) {
      const t = trafficOf(diagram(lambdas(order), loopEdges))
      for (const id of ['a', 'b', 'out']) {
        expect(t.nodes.get(id)!.inRecordsPerSecond, `${id} with ${order.join(',')}`).toBe(100)
        expect(t.nodes.get(id)!.inMBps, `${id} with ${order.join(',')}`).toBeCloseTo(0.09765625, 12)
      }
      expect([...t.cycleNodeIds].sort()).toEqual(['a', 'b'])
    }
  })

  it('does not count nodes that only hang off a loop as on it', () => {
    const t = trafficOf(diagram(lambdas(['src', 'a', 'b', 'out']), loopEdges))
    expect(t.cycleNodeIds).not.toContain('out')
    expect(t.cycleNodeIds).not.toContain('src')
  })

  it('reports a traffic-cycle problem from estimateDiagram', () => {
    const e = estimate(diagram(lambdas(['src', 'a', 'b', 'out']), loopEdges))
    const cycle = e.problems.filter((p) => p.code === 'traffic-cycle')
    expect(cycle).toHaveLength(1)
    expect(cycle[0]!.severity).toBe('warning')
    expect(['a', 'b']).toContain(cycle[0]!.nodeId)
    expect(nodeEstimate(e, 'out').throughput.inRecordsPerSecond).toBe(100)
  })

  it('has no cycle in a straight pipeline', () => {
    const e = estimate(pipeline('producer-app', 'kinesis-data-streams', 'lambda'))
    expect(e.problems.map((p) => p.code)).not.toContain('traffic-cycle')
  })
})

describe('what each edge carries (issue 12, part 1)', () => {
  const source = (recordsPerSecond: number, recordSizeKB: number) =>
    node('p', 'producer-app', { config: { recordsPerSecond, recordSizeKB } })
  it('an S3 notification carries one ~1 KB event per object written, not the objects', () => {
    // 1,024 records/s of 1 KB = 1 MB/s into a bucket of 5 MB objects: 0.2 objects/s, so
    // 0.2 events/s × 1 KB = 0.2 KB/s on the S3 → SQS edge.
    const d = diagram(
      [source(1024, 1), node('s3', 's3'), node('q', 'sqs')],
      [edge('p', 's3'), edge('s3', 'q')]
    )
    const t = trafficOf(d)
    const flow = t.edges.get('s3:q')!
    expect(flow.recordsPerSecond).toBeCloseTo(0.2, 9)
    expect(flow.mbps).toBeCloseTo(0.2 / 1024, 12)
  })

  it('a Firehose writer puts one object per buffer, so the bucket notifies per buffer', () => {
    // 1 MB/s through Firehose with 5 MB / 300 s buffers: max(1/5, 1/300) = 0.2 objects/s.
    const d = diagram(
      [
        source(1024, 1),
        node('f', 'kinesis-firehose', { config: { bufferSizeMB: 5, bufferIntervalSeconds: 300 } }),
        node('s3', 's3'),
        node('fn', 'lambda')
      ],
      [edge('p', 'f'), edge('f', 's3'), edge('s3', 'fn')]
    )
    expect(trafficOf(d).edges.get('s3:fn')!.recordsPerSecond).toBeCloseTo(0.2, 9)
  })

  it('metadata, control and keys edges carry nothing billable by volume; data edges carry the records', () => {
    const d = diagram(
      [
        source(1024, 1),
        node('fn', 'lambda'),
        node('sfn', 'step-functions'),
        node('cat', 'glue-data-catalog'),
        node('db', 'dynamodb')
      ],
      [edge('p', 'fn'), edge('fn', 'sfn'), edge('fn', 'cat'), edge('fn', 'db')]
    )
    const t = trafficOf(d)
    expect(t.edges.get('fn:sfn')).toMatchObject({ recordsPerSecond: 0, mbps: 0 })
    expect(t.edges.get('fn:cat')).toMatchObject({ recordsPerSecond: 0, mbps: 0 })
    expect(t.edges.get('fn:db')!.recordsPerSecond).toBe(1024)
  })
})
