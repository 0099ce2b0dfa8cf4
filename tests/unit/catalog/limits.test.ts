import { describe, expect, it } from 'vitest'
import { SEED_FILES } from '../../../src/shared/catalog/citations'
import * as LIMITS from '../../../src/shared/catalog/limits'
import {
  FIREHOSE_DESTINATIONS,
  KINESIS_LIMITS,
  type Limit
} from '../../../src/shared/catalog/limits'

const ALL: Array<[string, Limit]> = (Object.values(LIMITS) as unknown[])
  .filter((table): table is Record<string, Limit> => typeof table === 'object' && table !== null)
  .flatMap((table) => Object.entries(table))

describe('limits', () => {
  // Values read from the seeds (001 "Kinesis Data Streams Limits", 004 "Streams") and the KDS quotas page.
  it.each<[keyof typeof KINESIS_LIMITS, number]>([
    ['sharedReadTransactionsPerShard', 5],
    ['enhancedFanOutConsumersPerStream', 20],
    ['shardWriteMBps', 1],
    ['shardWriteRecordsPerSecond', 1000],
    ['shardReadMBps', 2],
    ['maxRecordSizeKB', 10_240]
  ])('Kinesis %s is %d', (key, value) => {
    expect(KINESIS_LIMITS[key].value).toBe(value)
  })

  it('allows one Firehose destination per delivery stream', () => {
    expect(FIREHOSE_DESTINATIONS.destinationsPerStream.value).toBe(1)
  })

  it.each(ALL)('%s has a unit, a citation and an ISO date', (_key, limit) => {
    expect(limit.unit.trim()).not.toBe('')
    expect(limit.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Number.isNaN(Date.parse(limit.asOf))).toBe(false)
    if (limit.citation.kind === 'seed') {
      expect(Object.values(SEED_FILES)).toContain(limit.citation.file)
      expect(limit.citation.section.trim()).not.toBe('')
    } else {
      expect(limit.citation.url).toMatch(
        /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[a-z0-9-]+(\/[a-z0-9-]+)?\/pricing\/)/
      )
    }
  })
})
