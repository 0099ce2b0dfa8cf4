import { describe, expect, it } from 'vitest'
import { getService, SERVICE_IDS, type ServiceId } from '../../../src/shared/catalog/services'
import { pairOptions, type PairOption } from '../../../src/shared/mechanisms/derive'
import { suggestChain, suggestChainOf } from '../../../src/shared/validation/integrationPaths'

/**
 * The rules a fix chain must follow, written here from the words rather than from the
 * search's code: data moves only through mechanisms that carry it; a notification only through
 * topics, queues and buses, into Lambda (which reads the object) or as the chain's last step;
 * metadata never turns back into data; keys chain only through keys; nothing deleted, closed,
 * hooked, one-off or retired. A notification chain starts with the source's own event.
 */
type Flow =
  'origin' | 'data' | 'notification' | 'event' | 'delivered' | 'started' | 'metadata' | 'keys'
const COMPUTE = new Set<ServiceId>(['lambda'])
const RELAYS = new Set<ServiceId>(['sns', 'sqs', 'eventbridge'])
/** A state-change event is delivered only where something acts on it or a person reads it. */
const HANDLERS = new Set<ServiceId>([
  'lambda',
  'step-functions',
  'sns',
  'sqs',
  'http-endpoint',
  'cloudwatch-logs'
])

/** A job runner data may start at the end of a chain (a pipe submits a Batch job). */
const STARTED = new Set<ServiceId>(['step-functions', 'batch', 'glue-crawler', 'mwaa'])

function usable(o: PairOption): boolean {
  return o.verdict !== 'error' && !o.link.lifecycle && !o.link.oneOff && !o.mechanism.hook
}

function next(flow: Flow, o: PairOption): Flow | null {
  const compute = COMPUTE.has(o.target)
  const relay = RELAYS.has(o.target)
  if (flow === 'delivered' || flow === 'started') return null
  if (flow === 'keys') return o.carries === 'keys' ? 'keys' : null
  switch (o.carries) {
    case 'keys':
    case 'checkpoints':
      return null
    case 'control':
      // A task hands Lambda its input; an orchestrator or job runner it starts ends the chain.
      if (flow !== 'data') return null
      return compute ? 'data' : STARTED.has(o.target) ? 'started' : null
    case 'metadata':
      return flow === 'data' || flow === 'metadata' ? 'metadata' : null
    case 'notification':
      if (flow === 'data' || flow === 'origin') {
        if (!o.mechanism.namesData)
          return relay ? 'event' : HANDLERS.has(o.target) ? 'delivered' : null
        return compute ? 'data' : relay ? 'notification' : 'delivered'
      }
      if (flow === 'metadata') return null
      if (flow === 'event' && !relay && !HANDLERS.has(o.target)) return null
      return relay ? flow : 'delivered'
    case 'data':
      if (flow === 'origin' || flow === 'metadata') return null
      if (flow === 'notification') return compute ? 'data' : relay ? 'notification' : 'delivered'
      if (flow === 'event') return relay ? 'event' : HANDLERS.has(o.target) ? 'delivered' : null
      return 'data'
  }
}

/** Kind, start flow, accepted end flows; at equal length the first kind wins. */
const KINDS: Array<[string, Flow, Flow[]]> = [
  ['data', 'data', ['data', 'started']],
  ['metadata', 'data', ['metadata']],
  ['notification', 'origin', ['notification', 'event', 'delivered']],
  ['keys', 'keys', ['keys']]
]

/** Can the chain be walked by some choice of one usable option per hop, ending in `end`? */
function walkable(chain: readonly ServiceId[], start: Flow, end: Flow[], okOnly = false): boolean {
  let flows = new Set<Flow>([start])
  for (let i = 1; i < chain.length; i++) {
    const after = new Set<Flow>()
    for (const o of pairOptions(chain[i - 1]!, chain[i]!)) {
      if (!usable(o) || (okOnly && o.verdict !== 'ok')) continue
      if (o.mechanism.membersOnly && i > 1) continue
      // A last-hop-only member may only end the chain.
      if (o.link.notABridge && i < chain.length - 1) continue
      for (const f of flows) {
        const n = next(f, o)
        if (n) after.add(n)
      }
    }
    flows = after
  }
  return end.some((f) => flows.has(f))
}

/**
 * Fewest hops by plain breadth-first search over (service, flow), at most four hops, each state
 * visited once (a chain never repeats a service).
 */
function fewestHops(
  from: ServiceId,
  to: ServiceId,
  start: Flow,
  end: Flow[],
  okOnly: boolean,
  firstNamesData = false
): number | null {
  const canPass = (id: ServiceId) => id !== 'producer-app' && !getService(id).retired
  const seen = new Set<string>()
  let frontier: Array<{ at: ServiceId; flow: Flow; path: ServiceId[] }> = [
    { at: from, flow: start, path: [from] }
  ]
  for (let hops = 1; hops <= 4 && frontier.length > 0; hops++) {
    const following: typeof frontier = []
    for (const { at, flow, path } of frontier) {
      if (at !== from && !canPass(at)) continue
      for (const target of SERVICE_IDS) {
        if (path.includes(target)) continue
        for (const o of pairOptions(at, target)) {
          if (
            !usable(o) ||
            (okOnly && o.verdict !== 'ok') ||
            (o.mechanism.membersOnly && at !== from)
          )
            continue
          if (firstNamesData && at === from && !o.mechanism.namesData) continue
          const n = next(flow, o)
          if (!n) continue
          if (target === to && end.includes(n)) return hops
          const key = `${target}:${n}`
          if (target === to || o.link.notABridge || seen.has(key)) continue
          seen.add(key)
          following.push({ at: target, flow: n, path: [...path, target] })
        }
      }
    }
    frontier = following
  }
  return null
}

const pairs = SERVICE_IDS.flatMap((a) => SERVICE_IDS.map((b) => [a, b] as const)).filter(
  ([a, b]) => a !== b
)
const chains = new Map(pairs.map(([a, b]) => [`${a}>${b}`, suggestChainOf(a, b)]))

describe('suggestChain', () => {
  it('inserts Firehose between Kinesis Data Streams and S3', () => {
    expect(suggestChain('kinesis-data-streams', 's3')).toEqual([
      'kinesis-data-streams',
      'kinesis-firehose',
      's3'
    ])
  })

  it('goes from MQTT devices to DynamoDB through IoT Core', () => {
    expect(suggestChain('iot-devices', 'dynamodb')).toEqual(['iot-devices', 'iot-core', 'dynamodb'])
  })

  it('goes from a crawler to Athena through the Data Catalog, as table metadata', () => {
    expect(suggestChainOf('glue-crawler', 'athena')).toEqual({
      services: ['glue-crawler', 'glue-data-catalog', 'athena'],
      kind: 'metadata'
    })
  })

  it('catalogs S3 data with a crawler, not by moving the data', () => {
    expect(suggestChainOf('s3', 'glue-data-catalog')).toEqual({
      services: ['s3', 'glue-crawler', 'glue-data-catalog'],
      kind: 'metadata'
    })
  })

  it('reads a stream into a database with a Lambda event source mapping (an architect’s answer, not a Spark job)', () => {
    expect(suggestChain('kinesis-data-streams', 'dynamodb')).toEqual([
      'kinesis-data-streams',
      'lambda',
      'dynamodb'
    ])
    expect(suggestChain('msk', 'dynamodb')).toEqual(['msk', 'lambda', 'dynamodb'])
  })

  it('moves an S3 object into Firehose with the Lambda its notification invokes, never through SNS', () => {
    // An S3 event notification names the object; SNS would forward only that event to Firehose.
    expect(suggestChain('s3', 'kinesis-firehose')).toEqual(['s3', 'lambda', 'kinesis-firehose'])
  })

  it('does not end a data chain in a queue that holds only a notification', () => {
    // cloudwatch-logs → s3 → sqs would put an event about a log export in the queue, not the logs.
    expect(suggestChain('cloudwatch-logs', 'sqs')).toEqual(['cloudwatch-logs', 'lambda', 'sqs'])
  })

  it('relays a notification through a topic to the Lambda that reads the results', () => {
    expect(suggestChain('rekognition-video', 'lambda')).toEqual([
      'rekognition-video',
      'sns',
      'lambda'
    ])
  })

  it('migrates a database with DMS and never routes other data into DMS', () => {
    expect(suggestChain('on-prem-database', 'dynamodb')).toEqual([
      'on-prem-database',
      'dms',
      'dynamodb'
    ])
    // DMS has no DynamoDB source, and a detour through S3 would be a redesign, not a fix.
    expect(suggestChain('dynamodb', 'dms')).toBeNull()
    expect(suggestChain('iot-core', 'dms')).toBeNull()
  })

  it('relays a service’s own state-change event through EventBridge, where AWS documents it', () => {
    expect(suggestChainOf('glue-etl', 'sns')).toEqual({
      services: ['glue-etl', 'eventbridge', 'sns'],
      kind: 'notification'
    })
    expect(suggestChainOf('emr', 'sns')).toEqual({
      services: ['emr', 'eventbridge', 'sns'],
      kind: 'notification'
    })
    // A queue in between is the documented way from S3 into a pipe.
    expect(suggestChain('s3', 'eventbridge-pipes')).toEqual(['s3', 'sqs', 'eventbridge-pipes'])
  })

  it('never passes Firehose records on through its transformation Lambda', () => {
    for (const [, chain] of chains) {
      if (!chain) continue
      const i = chain.services.indexOf('kinesis-firehose')
      if (i >= 0 && i < chain.services.length - 2)
        expect(chain.services[i + 1], chain.services.join(' → ')).not.toBe('lambda')
    }
  })

  it('replaces a deleted path to Managed Flink with a stream, never with the deleted hop', () => {
    expect(suggestChain('lambda', 'kinesis-data-analytics')).toEqual([
      'lambda',
      'kinesis-data-streams',
      'kinesis-data-analytics'
    ])
    for (const chain of chains.values()) {
      const s = chain?.services ?? []
      for (let i = 1; i < s.length; i++) {
        expect(
          pairOptions(s[i - 1]!, s[i]!).some((o) => usable(o)),
          s.join(' → ')
        ).toBe(true)
      }
    }
  })

  it('returns null when nothing leads to the target', () => {
    expect(suggestChain('athena', 'iot-devices')).toBeNull()
    expect(suggestChain('s3', 'kinesis-agent')).toBeNull()
    expect(suggestChain('lambda', 'on-prem-database')).not.toBeNull() // a Glue JDBC target
  })

  it('returns null when nothing leaves the source', () => {
    expect(suggestChain('quicksight', 's3')).toBeNull()
    expect(suggestChain('splunk', 'opensearch')).toBeNull()
  })

  it('returns null for a service to itself', () => {
    expect(suggestChain('s3', 's3')).toBeNull()
  })

  it('chains a key only through key services', () => {
    expect(suggestChainOf('cloudhsm', 's3')).toEqual({
      services: ['cloudhsm', 'kms', 's3'],
      kind: 'keys'
    })
    expect(suggestChain('cloudhsm', 'dynamodb')).toEqual(['cloudhsm', 'kms', 'dynamodb'])
  })
})

describe('suggestChain over every ordered pair of the catalog', () => {
  it('covers all ordered pairs', () => {
    expect(chains.size).toBe(SERVICE_IDS.length * (SERVICE_IDS.length - 1))
  })

  it('builds every chain from usable documented mechanisms that carry its kind end to end', () => {
    const bad: string[] = []
    for (const [, chain] of chains) {
      if (!chain) continue
      const [, start, end] = KINDS.find(([k]) => k === chain.kind)!
      if (!walkable(chain.services, start, end))
        bad.push(`${chain.services.join(' → ')} (${chain.kind})`)
    }
    expect(bad).toEqual([])
  })

  it('never puts a notification before anything but a relay or Lambda, nor metadata or control before data (but a task into Lambda, or a job it starts last)', () => {
    // Stricter restatement of the rule above, hop by hop, on the chain as suggested.
    const bad: string[] = []
    for (const [, chain] of chains) {
      if (!chain || chain.kind !== 'data') continue
      const s = chain.services
      for (let i = 1; i < s.length; i++) {
        const options = pairOptions(s[i - 1]!, s[i]!).filter(usable)
        if (
          options.every((o) => o.carries === 'notification') &&
          !COMPUTE.has(s[i]!) &&
          !RELAYS.has(s[i]!)
        )
          bad.push(s.join(' → '))
        // A control edge moves data on only as a task handing Lambda its input.
        const startsWork = i === s.length - 1 && STARTED.has(s[i]!)
        if (
          options.every(
            (o) =>
              o.carries === 'metadata' ||
              (o.carries === 'control' && !COMPUTE.has(s[i]!) && !startsWork)
          )
        )
          bad.push(s.join(' → '))
      }
    }
    expect(bad).toEqual([])
  })

  it('starts and ends at the requested services and never repeats one', () => {
    for (const [key, chain] of chains) {
      if (!chain) continue
      const [a, b] = key.split('>')
      expect(chain.services[0]).toBe(a)
      expect(chain.services.at(-1)).toBe(b)
      expect(new Set(chain.services).size).toBe(chain.services.length)
    }
  })

  it('never inserts a retired service or "your application"', () => {
    const bad: string[] = []
    for (const [, chain] of chains) {
      for (const mid of chain?.services.slice(1, -1) ?? []) {
        if (mid === 'producer-app' || getService(mid).retired) bad.push(chain!.services.join(' → '))
      }
    }
    expect(bad).toEqual([])
  })

  it('finds a chain exactly when one exists, with the fewest hops of any kind (data first at equal length)', () => {
    const mismatches: string[] = []
    for (const [a, b] of pairs) {
      // A job's state-change event competes on length; for other sources a relayed event is a last
      // resort, unless it is an S3 notification that names the object.
      const jobs = new Set<ServiceId>([
        'glue-etl',
        'glue-crawler',
        'glue-databrew',
        'emr',
        'batch',
        'athena',
        'dms',
        'sagemaker',
        'datasync',
        'step-functions',
        'mwaa'
      ])
      let expected: { kind: string; hops: number } | null = null
      let lastResort: { kind: string; hops: number } | null = null
      for (const [kind, start, end] of KINDS) {
        const strict = kind === 'notification' && !jobs.has(a)
        const hops =
          fewestHops(a, b, start, end, true, strict) ?? fewestHops(a, b, start, end, false, strict)
        if (hops !== null && (!expected || hops < expected.hops)) expected = { kind, hops }
        if (strict && hops === null) {
          const any = fewestHops(a, b, start, end, true) ?? fewestHops(a, b, start, end, false)
          if (any !== null) lastResort = { kind, hops: any }
        }
      }
      expected ??= lastResort
      const chain = chains.get(`${a}>${b}`)
      const got = chain ? { kind: chain.kind, hops: chain.services.length - 1 } : null
      if (JSON.stringify(got) !== JSON.stringify(expected))
        mismatches.push(
          `${a} → ${b}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`
        )
    }
    expect(mismatches).toEqual([])
  })

  it('prefers a chain of plain ok hops when one exists', () => {
    const bad: string[] = []
    for (const [key, chain] of chains) {
      if (!chain) continue
      const [, start, end] = KINDS.find(([k]) => k === chain.kind)!
      const [a, b] = key.split('>') as [ServiceId, ServiceId]
      if (
        !walkable(chain.services, start, end, true) &&
        fewestHops(a, b, start, end, true) !== null
      )
        bad.push(chain.services.join(' → '))
    }
    expect(bad).toEqual([])
  })
})
