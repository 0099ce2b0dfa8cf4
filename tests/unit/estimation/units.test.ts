import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../src/shared/estimation/units'

/** formatNumber skips Intl for whole figures; what it writes must not change. */
function intl(value: number, digits: number): string {
  if (value !== 0 && Math.abs(value) < 0.01) return value.toPrecision(2)
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value)
}

describe('formatNumber', () => {
  it('writes what Intl writes, whole figures and halves included', () => {
    const values = [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      999.5,
      999.4999999999999,
      1234.5,
      1e15 - 1,
      1e15,
      1e21,
      -3,
      -2.5,
      0.01,
      0.0099,
      NaN,
      Infinity,
      -Infinity
    ]
    for (let e = 0; e < 16; e++) {
      for (let i = 0; i < 50; i++) {
        const v = (i + 0.37 * e) * 10 ** e
        values.push(v, Math.round(v), Math.floor(v) + 0.5, Math.round(v * 100) / 100)
      }
    }
    for (const v of values)
      for (const digits of [0, 1, 2, 3])
        expect(formatNumber(v, digits), `${v} with ${digits} digits`).toBe(intl(v, digits))
  })

  it('groups thousands', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(123)).toBe('123')
    expect(formatNumber(1000, 0)).toBe('1,000')
  })
})
