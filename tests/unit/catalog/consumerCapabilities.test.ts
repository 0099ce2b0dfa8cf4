import { describe, expect, it } from 'vitest'
import {
  asksForEnhancedFanOut,
  supportsEnhancedFanOut,
  usesEnhancedFanOut
} from '../../../src/shared/catalog/consumerCapabilities'

const on = { config: { enhancedFanOut: true } }

describe('enhanced fan-out', () => {
  it('is asked for only by the edge setting being exactly true', () => {
    expect(asksForEnhancedFanOut(on)).toBe(true)
    expect(asksForEnhancedFanOut({})).toBe(false)
    expect(asksForEnhancedFanOut({ config: { enhancedFanOut: false } })).toBe(false)
    expect(asksForEnhancedFanOut({ config: { enhancedFanOut: 'true' } })).toBe(false)
  })

  it('is used by consumers that can register for it, when the edge asks', () => {
    for (const consumer of ['lambda', 'kcl-app', 'kinesis-data-analytics'] as const) {
      expect(supportsEnhancedFanOut(consumer)).toBe(true)
      expect(usesEnhancedFanOut(on, consumer)).toBe(true)
      expect(usesEnhancedFanOut({}, consumer)).toBe(false)
    }
  })

  it('is not used by a consumer that cannot register, even when the edge asks', () => {
    expect(supportsEnhancedFanOut('kinesis-firehose')).toBe(false)
    expect(usesEnhancedFanOut(on, 'kinesis-firehose')).toBe(false)
  })
})
