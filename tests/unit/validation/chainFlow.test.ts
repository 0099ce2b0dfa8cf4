import { describe, expect, it } from 'vitest'
import type { ServiceId } from '../../../src/shared/catalog/services'
import { pairOptions, type PairOption } from '../../../src/shared/mechanisms/derive'
import { flowAfter, isUsableHop } from '../../../src/shared/validation/chainFlow'

function option(source: ServiceId, target: ServiceId): PairOption {
  const found = pairOptions(source, target)[0]
  if (!found) throw new Error(`no option ${source} → ${target}`)
  return found
}

describe('what flows on after a hop of a fix chain', () => {
  it('carries data on through a data mechanism, never from a notification chain start', () => {
    const hop = option('kinesis-data-streams', 'kinesis-firehose')
    expect(flowAfter('data', hop)).toBe('data')
    expect(flowAfter('origin', hop)).toBeUndefined()
    expect(flowAfter('metadata', hop)).toBeUndefined()
    expect(flowAfter('delivered', hop)).toBeUndefined()
    expect(flowAfter('started', hop)).toBeUndefined()
  })

  it('turns an S3 notification into data in the Lambda that reads the object', () => {
    expect(flowAfter('origin', option('s3', 'lambda'))).toBe('data')
  })

  it('relays a state-change event through EventBridge as an event', () => {
    expect(flowAfter('origin', option('glue-etl', 'eventbridge'))).toBe('event')
  })

  it('writes metadata after data, and chains keys only after keys', () => {
    expect(flowAfter('data', option('glue-crawler', 'glue-data-catalog'))).toBe('metadata')
    expect(flowAfter('keys', option('kms', 's3'))).toBe('keys')
    expect(flowAfter('data', option('kms', 's3'))).toBeUndefined()
  })

  it('never uses an error as a hop', () => {
    const hop = option('s3', 'lambda')
    expect(isUsableHop(hop)).toBe(true)
    expect(isUsableHop({ ...hop, verdict: 'error' })).toBe(false)
  })
})
