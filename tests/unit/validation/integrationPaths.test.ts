import { describe, expect, it } from 'vitest'
import { findIntegration, integrationRows } from '../../../src/shared/catalog/integrationMatrix'
import { getService, SERVICE_IDS, type ServiceId } from '../../../src/shared/catalog/services'
import { suggestChain } from '../../../src/shared/validation/integrationPaths'

/** Plain breadth-first search, written here without looking at the weights of the real one. */
function fewestHops(from: ServiceId, to: ServiceId, verdicts: ReadonlyArray<'ok' | 'warning'>): number | null {
  const next = new Map<ServiceId, ServiceId[]>()
  for (const r of integrationRows()) {
    if (!verdicts.includes(r.verdict)) continue
    next.set(r.source, [...(next.get(r.source) ?? []), r.target])
  }
  // Keys chain only through keys, data only through data services; nothing retired is inserted.
  const isKey = (id: ServiceId) => getService(id).category === 'security'
  const canPassThrough = (id: ServiceId) => !getService(id).retired && isKey(id) === isKey(from)
  const seen = new Set<ServiceId>([from])
  let frontier: ServiceId[] = [from]
  for (let hops = 1; frontier.length > 0; hops++) {
    const following: ServiceId[] = []
    for (const id of frontier) {
      if (id !== from && !canPassThrough(id)) continue
      for (const t of next.get(id) ?? []) {
        if (t === to) return hops
        if (!seen.has(t)) {
          seen.add(t)
          following.push(t)
        }
      }
    }
    frontier = following
  }
  return null
}

describe('suggestChain', () => {
  it('inserts Firehose between Kinesis Data Streams and S3', () => {
    expect(suggestChain('kinesis-data-streams', 's3')).toEqual(['kinesis-data-streams', 'kinesis-firehose', 's3'])
  })

  it('goes from MQTT devices to DynamoDB through IoT Core', () => {
    expect(suggestChain('iot-devices', 'dynamodb')).toEqual(['iot-devices', 'iot-core', 'dynamodb'])
  })

  it('goes from a crawler to Athena through the Data Catalog', () => {
    expect(suggestChain('glue-crawler', 'athena')).toEqual(['glue-crawler', 'glue-data-catalog', 'athena'])
  })

  it('returns null when nothing leads to the target', () => {
    // No row ends at iot-devices, kinesis-agent or on-prem-database: they are pure sources.
    expect(suggestChain('athena', 'iot-devices')).toBeNull()
    expect(suggestChain('s3', 'kinesis-agent')).toBeNull()
    expect(suggestChain('lambda', 'on-prem-database')).toBeNull()
  })

  it('returns null when nothing leaves the source', () => {
    // QuickSight and Splunk are pure destinations.
    expect(suggestChain('quicksight', 's3')).toBeNull()
    expect(suggestChain('splunk', 'opensearch')).toBeNull()
  })

  it('returns null for a service to itself', () => {
    expect(suggestChain('s3', 's3')).toBeNull()
  })

  it('chains a key only through key services, never through data services', () => {
    // CloudHSM protects S3 through a KMS custom key store, not by way of Redshift's data.
    expect(findIntegration('cloudhsm', 'kms')).toBeDefined()
    expect(findIntegration('kms', 's3')).toBeDefined()
    expect(suggestChain('cloudhsm', 's3')).toEqual(['cloudhsm', 'kms', 's3'])
    expect(suggestChain('cloudhsm', 'dynamodb')).toEqual(['cloudhsm', 'kms', 'dynamodb'])
  })

  describe('over every pair of services', () => {
    const pairs = SERVICE_IDS.flatMap((a) => SERVICE_IDS.map((b) => [a, b] as const)).filter(([a, b]) => a !== b)

    it('covers all ordered pairs', () => {
      expect(pairs.length).toBe(SERVICE_IDS.length * (SERVICE_IDS.length - 1))
    })

    it('builds every chain from documented rows, preferring chains of ok rows', () => {
      const bad: string[] = []
      for (const [a, b] of pairs) {
        const chain = suggestChain(a, b)
        if (!chain) continue
        const verdicts = chain.slice(1).map((to, i) => findIntegration(chain[i]!, to)?.verdict)
        if (verdicts.some((v) => v === undefined)) bad.push(`${chain.join(' → ')} uses an undocumented hop`)
        else if (verdicts.some((v) => v !== 'ok') && fewestHops(a, b, ['ok']) !== null) {
          bad.push(`${chain.join(' → ')} uses a warning row although an all-ok chain exists`)
        }
      }
      expect(bad).toEqual([])
    })

    it('makes every hop of every chain an ok row in the current matrix', () => {
      const notOk: string[] = []
      for (const [a, b] of pairs) {
        const chain = suggestChain(a, b)
        chain?.slice(1).forEach((to, i) => {
          if (findIntegration(chain[i]!, to)?.verdict !== 'ok') notOk.push(`${chain[i]} → ${to} in ${a} → ${b}`)
        })
      }
      expect(notOk).toEqual([])
    })

    it('starts and ends at the requested services and never repeats one', () => {
      for (const [a, b] of pairs) {
        const chain = suggestChain(a, b)
        if (!chain) continue
        expect(chain[0]).toBe(a)
        expect(chain[chain.length - 1]).toBe(b)
        expect(new Set(chain).size).toBe(chain.length)
      }
    })

    it('never inserts a retired service, nor a key service into a data chain (or the reverse)', () => {
      const bad: string[] = []
      for (const [a, b] of pairs) {
        const fromKey = getService(a).category === 'security'
        for (const mid of suggestChain(a, b)?.slice(1, -1) ?? []) {
          const s = getService(mid)
          if (s.retired || (s.category === 'security') !== fromKey) bad.push(`${a} → ${b} via ${mid}`)
        }
      }
      expect(bad).toEqual([])
    })

    it('finds a chain exactly when one exists, with the fewest hops', () => {
      const mismatches: string[] = []
      for (const [a, b] of pairs) {
        const chain = suggestChain(a, b)
        const best = fewestHops(a, b, ['ok']) ?? fewestHops(a, b, ['ok', 'warning'])
        const got = chain ? chain.length - 1 : null
        if (got !== best) mismatches.push(`${a} → ${b}: got ${got}, expected ${best}`)
      }
      expect(mismatches).toEqual([])
    })
  })
})
