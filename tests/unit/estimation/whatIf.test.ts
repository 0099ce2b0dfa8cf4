import { describe, expect, it } from 'vitest'
import {
  clampMultiplier,
  logSamples,
  multiplierAt,
  multiplierText,
  nextPreset,
  SLIDER_MAX,
  sliderPosition,
  WHAT_IF_PRESETS
} from '../../../src/shared/estimation/whatIf'

describe('the what-if multiplier', () => {
  it('is held between 0.1× and 100×, and a broken value is 1×', () => {
    expect(clampMultiplier(0.01)).toBe(0.1)
    expect(clampMultiplier(1000)).toBe(100)
    expect(clampMultiplier(Number.NaN)).toBe(1)
    expect(clampMultiplier(3)).toBe(3)
  })

  it('has a log-scale slider: 0 is 0.1×, 100 is 1×, 200 is 10×, 300 is 100×', () => {
    expect(SLIDER_MAX).toBe(300)
    expect([0, 100, 200, 300].map(multiplierAt)).toEqual([0.1, 1, 10, 100])
    expect([0.1, 1, 10, 100].map(sliderPosition)).toEqual([0, 100, 200, 300])
    // One step is ×10^0.01 ≈ 1.023, shown to three significant figures.
    expect(multiplierAt(101)).toBe(1.02)
    expect(multiplierAt(99)).toBe(0.977)
    expect(multiplierAt(250)).toBe(31.6)
  })

  it('lands exactly on every preset, and every slider position survives the round trip', () => {
    for (const p of WHAT_IF_PRESETS) expect(multiplierAt(sliderPosition(p))).toBe(p)
    // 2× is at log10(20) × 100 = 130.1 → 130; 5× at 169.9 → 170.
    expect(sliderPosition(2)).toBe(130)
    expect(sliderPosition(5)).toBe(170)
    for (let pos = 0; pos <= SLIDER_MAX; pos++) expect(sliderPosition(multiplierAt(pos))).toBe(pos)
  })

  it('steps to the next preset up or down, stopping at the ends', () => {
    expect(nextPreset(1, 1)).toBe(2)
    expect(nextPreset(1, -1)).toBe(0.5)
    expect(nextPreset(3, 1)).toBe(5)
    expect(nextPreset(3, -1)).toBe(2)
    expect(nextPreset(100, 1)).toBe(100)
    expect(nextPreset(0.1, -1)).toBe(0.1)
  })

  it('names a multiplier as a person writes it', () => {
    expect([0.1, 1, 2.5, 10, 31.6, 4.9123].map(multiplierText)).toEqual([
      '0.1×',
      '1×',
      '2.5×',
      '10×',
      '31.6×',
      '4.91×'
    ])
  })

  it('samples evenly on a log scale, both ends exact', () => {
    const s = logSamples(0.1, 100, 4)
    expect(s).toHaveLength(4)
    expect(s[0]).toBe(0.1)
    expect(s[1]).toBeCloseTo(1, 12)
    expect(s[2]).toBeCloseTo(10, 12)
    expect(s[3]).toBe(100)
    expect(logSamples(0.1, 100, 25)).toHaveLength(25)
    // 24 intervals over 3 decades: each sample is 10^(1/8) ≈ 1.3335 times the one before.
    const t = logSamples(0.1, 100, 25)
    expect(t[1]! / t[0]!).toBeCloseTo(10 ** (1 / 8), 12)
  })
})
