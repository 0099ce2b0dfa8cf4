import { describe, expect, it } from 'vitest'
import type { Diagram } from '../../../src/shared/diagram/types'
import { estimateToJson } from '../../../src/shared/estimation/estimateJson'
import type { DiagramFreshness } from '../../../src/shared/estimation/freshness'
import { formatDelay } from '../../../src/shared/estimation/freshnessStep'
import { FRESHNESS_FIGURES } from '../../../src/shared/estimation/freshnessFigures'
import { diagram, edge, node } from '../helpers'
import { estimate } from './estimateHelpers'

function freshnessOf(d: Diagram): DiagramFreshness {
  return estimate(d).freshness
}

function worst(f: DiagramFreshness, id: string): number {
  const n = f.byId.get(id)
  if (!n) throw new Error(`data does not reach ${id}`)
  return n.worstSeconds
}

function average(f: DiagramFreshness, id: string): number {
  return f.byId.get(id)!.averageSeconds
}

// 50 records/s × 0.2048 KB = 10.24 KB/s = 0.01 MiB/s (1 MiB = 1,024 KB).
const producer = node('p', 'producer-app', {
  config: { recordsPerSecond: 50, recordSizeKB: 0.2048 }
})

/** producer → KDS → Lambda → Firehose → S3 → crawler, with the Lambda's settings given. */
function lakePipeline(lambdaConfig: Record<string, number>): Diagram {
  return diagram(
    [
      producer,
      node('k', 'kinesis-data-streams'),
      node('fn', 'lambda', { config: lambdaConfig }),
      node('fh', 'kinesis-firehose'),
      node('s3', 's3'),
      node('crawl', 'glue-crawler', { config: { runsPerDay: 24, minutesPerRun: 5 } })
    ],
    [edge('p', 'k'), edge('k', 'fn'), edge('fn', 'fh'), edge('fh', 's3'), edge('s3', 'crawl')]
  )
}

describe('freshness: producer → KDS → Lambda → Firehose → S3 → crawler', () => {
  // Lambda with a 5 s batching window (Lambda API, CreateEventSourceMapping:
  // MaximumBatchingWindowInSeconds "0 seconds to 300 seconds"), batch size 100, 100 ms duration.
  const f = freshnessOf(
    lakePipeline({ batchSize: 100, maximumBatchingWindowSeconds: 5, avgDurationMs: 100 })
  )

  it('adds a classic consumer read on the stream edge (~200 ms, seeds: Kinesis Streams)', () => {
    // Lambda: 0.2 s read + min(100 records ÷ 50 records/s = 2 s, 5 s window) = 2 s + 0.1 s run = 2.3 s.
    expect(worst(f, 'fn')).toBeCloseTo(2.3, 9)
    // Average: 0.2 + 2 ÷ 2 + 0.1 = 1.3 s (a record waits half a batch on average).
    expect(average(f, 'fn')).toBeCloseTo(1.3, 9)
  })

  it('buffers in Firehose until the first condition: size or interval (Firehose API, BufferingHints)', () => {
    // 5 MiB at 0.01 MiB/s would take 500 s, so the 300 s interval comes first: 2.3 + 300 = 302.3 s.
    expect(worst(f, 'fh')).toBeCloseTo(302.3, 9)
    expect(average(f, 'fh')).toBeCloseTo(1.3 + 150, 9)
    // S3 adds nothing of its own.
    expect(worst(f, 's3')).toBeCloseTo(302.3, 9)
  })

  it('waits for the next crawler run (AWS Glue, time-based schedules)', () => {
    // 24 runs a day = every 3,600 s; worst: the whole interval + a 5 min (300 s) run; 302.3 + 3,900 = 4,202.3 s.
    expect(worst(f, 'crawl')).toBeCloseTo(4202.3, 9)
    // Average: half the interval + the run: 151.3 + 1,800 + 300 = 2,251.3 s.
    expect(average(f, 'crawl')).toBeCloseTo(2251.3, 9)
  })

  it('breaks the worst path down step by step, source first, each step cited', () => {
    const steps = f.breakdown('crawl')
    expect(steps.map((s) => [s.nodeId, s.seconds])).toEqual([
      ['fn', 0.2],
      ['fn', 2],
      ['fn', 0.1],
      ['fh', 300],
      ['crawl', 3900]
    ])
    expect(steps[0]!.edgeId).toBe('k:fn')
    expect(steps.reduce((sum, s) => sum + s.seconds, 0)).toBeCloseTo(worst(f, 'crawl'), 9)
    expect(steps[3]!.what).toContain('500 s')
    expect(steps[3]!.citation).toEqual(FRESHNESS_FIGURES.firehoseDefaultIntervalSeconds.citation)
    // Every step but the function's own run time (the user's setting) cites its source.
    for (const s of steps)
      if (!s.what.includes('your average duration')) expect(s.citation, s.what).toBeDefined()
  })

  it('marks the crawler as the sink (its edge to the catalog carries metadata) and S3 as badged storage', () => {
    expect(f.byId.get('crawl')!.sink).toBe(true)
    expect(f.byId.get('s3')!.sink).toBe(false)
    expect(f.byId.get('s3')!.badged).toBe(true)
    expect(f.byId.get('fn')!.badged).toBe(false)
  })
})

describe('freshness: each figure', () => {
  it("uses AWS's default batching window of 0 s for a stream: Lambda invokes as soon as records are available", () => {
    // Lambda API: "For streams and Amazon SQS event sources, the default batching window is 0 seconds."
    // 0.2 s read + min(2 s, 0 s) + 0.1 s run = 0.3 s.
    const f = freshnessOf(lakePipeline({ batchSize: 100, avgDurationMs: 100 }))
    expect(worst(f, 'fn')).toBeCloseTo(0.3, 9)
  })

  it('caps a slow batch by the window', () => {
    // batch 10,000 ÷ 50 records/s = 200 s to fill; the 5 s window comes first: 0.2 + 5 + 0.1 = 5.3 s.
    const f = freshnessOf(
      lakePipeline({ batchSize: 10_000, maximumBatchingWindowSeconds: 5, avgDurationMs: 100 })
    )
    expect(worst(f, 'fn')).toBeCloseTo(5.3, 9)
  })

  it('fills a Firehose buffer by size when that comes first', () => {
    // 1,000 records/s × 1 KB = 1,000 KB/s = 0.9765625 MiB/s; 5 MiB ÷ 0.9765625 = 5.12 s < 300 s.
    const d = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } }),
        node('fh', 'kinesis-firehose'),
        node('s3', 's3')
      ],
      [edge('p', 'fh'), edge('fh', 's3')]
    )
    const f = freshnessOf(d)
    expect(worst(f, 's3')).toBeCloseTo(5.12, 9)
    expect(average(f, 's3')).toBeCloseTo(2.56, 9)
  })

  it('reads enhanced fan-out in ~70 ms and a classic consumer in ~200 ms (seeds: Kinesis Streams)', () => {
    const d = diagram(
      [
        producer,
        node('k', 'kinesis-data-streams'),
        node('efo', 'lambda', { config: { avgDurationMs: 1 } }),
        node('classic', 'lambda', { config: { avgDurationMs: 1 } })
      ],
      [edge('p', 'k'), edge('k', 'efo', { config: { enhancedFanOut: true } }), edge('k', 'classic')]
    )
    const f = freshnessOf(d)
    // EFO: 0.07 s + 0 s window + 0.001 s run; classic: one shared consumer, 0.2 s + 0.001 s.
    expect(worst(f, 'efo')).toBeCloseTo(0.071, 9)
    expect(worst(f, 'classic')).toBeCloseTo(0.201, 9)
  })

  it("slows classic reads as shared consumers are added, through AWS's 200 ms (one) and 1,000 ms (five)", () => {
    // Kinesis "read data" page: ~200 ms with one consumer, ~1,000 ms with five. Three consumers:
    // 0.2 + (1 − 0.2) × (3 − 1) ÷ 4 = 0.6 s (Pipewright's straight line between the two).
    const consumers = ['a', 'b', 'c']
    const d = diagram(
      [
        producer,
        node('k', 'kinesis-data-streams'),
        ...consumers.map((id) => node(id, 'lambda', { config: { avgDurationMs: 1 } }))
      ],
      [edge('p', 'k'), ...consumers.map((id) => edge('k', id))]
    )
    const f = freshnessOf(d)
    expect(worst(f, 'a')).toBeCloseTo(0.601, 9)
    expect(f.breakdown('a')[0]!.assumption).toBeDefined()
  })

  it('delivers an S3 event notification in seconds, sometimes a minute (Amazon S3 Event Notifications)', () => {
    // "Typically, event notifications are delivered in seconds but can sometimes take a minute or longer."
    // Worst: 60 s (shown); average: 2 s (assumption). The SQS queue adds nothing of its own.
    const d = diagram([node('s3', 's3'), node('q', 'sqs')], [edge('s3', 'q')])
    const f = freshnessOf(d)
    expect(worst(f, 'q')).toBe(60)
    expect(average(f, 'q')).toBe(2)
    expect(f.breakdown('q')[0]!.assumption).toContain('minute')
  })

  it('holds a crawler to the 5-minute shortest schedule (AWS Glue: "the minimum precision for a schedule is 5 minutes")', () => {
    // 1,440 runs a day would be every 60 s; AWS schedules no closer than 300 s: 300 s + a 0 min run.
    const d = diagram(
      [
        node('s3', 's3'),
        node('c', 'glue-crawler', { config: { runsPerDay: 1440, minutesPerRun: 0 } })
      ],
      [edge('s3', 'c')]
    )
    expect(worst(freshnessOf(d), 'c')).toBe(300)
  })

  it('shows a daily crawler as a day behind, a run on demand as nothing counted', () => {
    // 1 run a day: 86,400 s + a 10 min (600 s) run = 87,000 s worst; 43,200 + 600 = 43,800 s average.
    const daily = freshnessOf(
      diagram([node('s3', 's3'), node('c', 'glue-crawler')], [edge('s3', 'c')])
    )
    expect(worst(daily, 'c')).toBe(87_000)
    expect(average(daily, 'c')).toBe(43_800)
    const onDemand = freshnessOf(
      diagram(
        [node('s3', 's3'), node('c', 'glue-crawler', { config: { runsPerDay: 0 } })],
        [edge('s3', 'c')]
      )
    )
    expect(worst(onDemand, 'c')).toBe(0)
    expect(onDemand.breakdown('c')[0]!.what).toContain('on demand')
  })

  it('refreshes Redshift streaming ingestion on its interval (an assumed 60 s unless set)', () => {
    // KDS → Redshift: 0.2 s read + 60 s refresh = 60.2 s; with a 10 s setting: 10.2 s.
    const d = (config: Record<string, number>) =>
      diagram(
        [producer, node('k', 'kinesis-data-streams'), node('rs', 'redshift', { config })],
        [edge('p', 'k'), edge('k', 'rs')]
      )
    const byDefault = freshnessOf(d({}))
    expect(worst(byDefault, 'rs')).toBeCloseTo(60.2, 9)
    expect(byDefault.breakdown('rs')[1]!.assumption).toBeDefined()
    const set = freshnessOf(d({ streamingRefreshSeconds: 10 }))
    expect(worst(set, 'rs')).toBeCloseTo(10.2, 9)
    expect(set.breakdown('rs')[1]!.assumption).toBeUndefined()
  })

  it('reads on query in Athena and waits for the SPICE refresh in QuickSight (QuickSight API: RefreshFrequency)', () => {
    // S3 (no writer: 0 s) → Athena (on read, 0 s) → QuickSight hourly: worst 3,600 s, average 1,800 s.
    const d = (config: Record<string, number>) =>
      diagram(
        [node('s3', 's3'), node('ath', 'athena'), node('qs', 'quicksight', { config })],
        [edge('s3', 'ath'), edge('ath', 'qs')]
      )
    const hourly = freshnessOf(d({}))
    expect(worst(hourly, 'ath')).toBe(0)
    expect(worst(hourly, 'qs')).toBe(3600)
    expect(average(hourly, 'qs')).toBe(1800)
    // 96 a day (every 15 min, incremental only): 900 s; 0 = direct query: nothing added.
    expect(worst(freshnessOf(d({ spiceRefreshesPerDay: 96 })), 'qs')).toBe(900)
    expect(worst(freshnessOf(d({ spiceRefreshesPerDay: 0 })), 'qs')).toBe(0)
  })

  it('shows no badge where nothing is modelled (0 s): producer → stream', () => {
    const f = freshnessOf(diagram([producer, node('k', 'kinesis-data-streams')], [edge('p', 'k')]))
    expect(f.byId.get('k')).toMatchObject({ worstSeconds: 0, sink: true, badged: false })
  })

  it('adds nothing along metadata edges: the catalog is not reached by data', () => {
    const d = diagram(
      [node('s3', 's3'), node('c', 'glue-crawler'), node('cat', 'glue-data-catalog')],
      [edge('s3', 'c'), edge('c', 'cat')]
    )
    const f = freshnessOf(d)
    expect(f.byId.get('cat')).toBeUndefined()
    expect(f.breakdown('cat')).toEqual([])
  })

  it('takes the slower of two inputs as the worst case', () => {
    // Firehose path: 300 s interval (0.01 MiB/s); direct Lambda → S3 path: 0.2 + 0 + 0.1 = 0.3 s.
    const d = diagram(
      [
        producer,
        node('k', 'kinesis-data-streams'),
        node('fn', 'lambda'),
        node('fh', 'kinesis-firehose'),
        node('s3', 's3')
      ],
      [edge('p', 'k'), edge('k', 'fn'), edge('fn', 's3'), edge('k', 'fh'), edge('fh', 's3')]
    )
    const f = freshnessOf(d)
    // KDS → Firehose: two shared consumers → 0.2 + 0.8 × 1 ÷ 4 = 0.4 s read, then 300 s: 300.4 s.
    expect(worst(f, 's3')).toBeCloseTo(300.4, 9)
    expect(f.breakdown('s3').map((s) => s.nodeId)).toEqual(['fh', 'fh'])
  })
})

describe('freshness: loops and size', () => {
  it('ends on a loop: KDS → Lambda → back into the same stream', () => {
    const d = diagram(
      [producer, node('k', 'kinesis-data-streams'), node('fn', 'lambda'), node('s3', 's3')],
      [edge('p', 'k'), edge('k', 'fn'), edge('fn', 'k'), edge('fn', 's3')]
    )
    const f = freshnessOf(d)
    // The loop edge fn → k closes the loop and is left out: k 0 s; fn 0.2 + 0 + 0.1 = 0.3 s; s3 the same.
    expect(worst(f, 'k')).toBe(0)
    expect(worst(f, 's3')).toBeCloseTo(0.3, 9)
    expect(f.breakdown('s3').length).toBe(3)
  })

  // Its speed is measured by the engine benchmark (npm run bench), which reads freshness too.
  it('adds up a 10,000-node chain', () => {
    const nodes = [
      producer,
      ...Array.from({ length: 9999 }, (_, i) =>
        node(`n${i}`, i % 2 === 0 ? 'kinesis-data-streams' : 'lambda')
      )
    ]
    const edges = nodes.slice(1).map((n, i) => edge(nodes[i]!.id, n.id))
    const d = diagram(nodes, edges)
    const f = freshnessOf(d)
    // n0 … n9998 alternate stream, Lambda, …, stream: 4,999 stream → Lambda reads (0.2 s) and
    // 4,999 Lambda runs (0.1 s; window 0 s): 4,999 × 0.3 = 1,499.7 s at the last stream.
    expect(worst(f, 'n9998')).toBeCloseTo(1499.7, 6)
    // Three steps per Lambda: the read, its (0 s) batching, its run.
    expect(f.breakdown('n9998').length).toBe(4999 * 3)
  })
})

describe('freshness: display and JSON', () => {
  it('reads in ms, s, min and h', () => {
    expect(formatDelay(0.07)).toBe('70 ms')
    expect(formatDelay(2.34)).toBe('2.3 s')
    expect(formatDelay(65)).toBe('65 s')
    expect(formatDelay(302.3)).toBe('5 min')
    expect(formatDelay(4202.3)).toBe('70 min')
    expect(formatDelay(87_000)).toBe('24.2 h')
  })

  it('is in the CLI JSON, seconds to the millisecond, steps for badged nodes', () => {
    const json = estimateToJson(estimate(lakePipeline({ maximumBatchingWindowSeconds: 5 })))
    const crawl = json.freshness.nodes.find((n) => n.id === 'crawl')!
    expect(crawl).toMatchObject({ worstSeconds: 4202.3, sink: true })
    expect(crawl.steps!.map((s) => s.seconds)).toEqual([0.2, 2, 0.1, 300, 3900])
    expect(crawl.steps![3]!.source).toContain('BufferingHints')
    expect(json.freshness.nodes.find((n) => n.id === 'fn')!.steps).toBeUndefined()
  })
})

// lambda/latest/dg/with-kinesis.html: a mapping reads each shard in its own batches (times the
// parallelization factor); with KPL aggregation a batch counts aggregated Kinesis records.
describe('Lambda batches fill per shard, in the records the mapping hands over', () => {
  const lambdaBehind = (producer: Record<string, number | boolean>, fn: Record<string, number>) =>
    diagram(
      [
        node('p', 'producer-app', { config: producer }),
        node('k', 'kinesis-data-streams'),
        node('fn', 'lambda', { config: fn })
      ],
      [edge('p', 'k'), edge('k', 'fn')]
    )

  it('fills a batch of 1,000 from 10 shards at 10,000 records/s in 1 s, not 0.1 s', () => {
    // 10,000 records/s × 1 KB = 9.77 MB/s → 10 shards; 1,000 records/s per shard → 1,000 ÷ 1,000 = 1 s (window 30 s)
    // worst = 0.2 s classic read + 1 s batch + 0.1 s run = 1.3 s
    const f = freshnessOf(
      lambdaBehind(
        { recordsPerSecond: 10_000, recordSizeKB: 1 },
        { batchSize: 1000, maximumBatchingWindowSeconds: 30 }
      )
    )
    expect(worst(f, 'fn')).toBeCloseTo(1.3, 9)
    expect(f.breakdown('fn').some((s) => s.what.includes('per shard (10 batches at a time)'))).toBe(
      true
    )
  })

  it('counts aggregated Kinesis records behind a KPL producer', () => {
    // 8,000 records/s of 0.25 KB, aggregated: 40 Kinesis records/s over 2 shards = 20/s per shard;
    // a batch of 100 fills in 5 s (window 30 s) → 0.2 + 5 + 0.1 = 5.3 s
    const f = freshnessOf(
      lambdaBehind(
        { recordsPerSecond: 8000, recordSizeKB: 0.25, kplAggregation: true },
        { maximumBatchingWindowSeconds: 30 }
      )
    )
    expect(worst(f, 'fn')).toBeCloseTo(5.3, 9)
  })
})
