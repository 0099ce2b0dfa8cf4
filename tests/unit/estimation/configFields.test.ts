import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  configFields,
  parseNumberField,
  stepNumberField,
  type ConfigField
} from '../../../src/shared/estimation/configFields'
import { SERVICE_CONFIG } from '../../../src/shared/estimation/serviceConfig'

type NumberField = Extract<ConfigField, { kind: 'number' }>

function numberField(service: keyof typeof SERVICE_CONFIG, key: string): NumberField {
  const f = configFields(SERVICE_CONFIG[service]).find((x) => x.key === key)
  if (!f || f.kind !== 'number') throw new Error(`${service}.${key} is not a number field`)
  return f
}

const recordSize = numberField('producer-app', 'recordSizeKB') // 0.001 … 102,400
const bufferSize = numberField('kinesis-firehose', 'bufferSizeMB') // 1 … 128
const interval = numberField('kinesis-firehose', 'bufferIntervalSeconds') // whole, 0 … 900
const rate = numberField('producer-app', 'recordsPerSecond') // 0 … 100,000,000

/** What the field holds after each prefix of `text` is typed, as the form reads it live. */
function prefixes(field: NumberField, text: string) {
  return [...text].map((_, i) => parseNumberField(field, text.slice(0, i + 1), false))
}

describe('parseNumberField', () => {
  it('reads decimals as typed, including a leading point', () => {
    expect(parseNumberField(recordSize, '1.5')).toEqual({ value: 1.5 })
    expect(parseNumberField(recordSize, '0.25')).toEqual({ value: 0.25 })
    expect(parseNumberField(recordSize, '.5')).toEqual({ value: 0.5 })
    expect(parseNumberField(recordSize, '2.25')).toEqual({ value: 2.25 })
    expect(parseNumberField(recordSize, ' 3 ')).toEqual({ value: 3 })
  })

  it('treats text on its way to a number as incomplete while typing, never as a value', () => {
    for (const text of ['-', '.', '1.', '-.', '1e', '1e-', '150,', '150,0', '1,5']) {
      expect(parseNumberField(recordSize, text, false), text).toEqual({ incomplete: true })
    }
    // "1." is a finished number once the edit ends; a sign alone is not.
    expect(parseNumberField(recordSize, '1.', true)).toEqual({ value: 1 })
    expect(parseNumberField(recordSize, '-', true)).toHaveProperty('error')
    expect(parseNumberField(recordSize, '.', true)).toHaveProperty('error')
  })

  it('never reads a decimal comma as a larger number', () => {
    const oneComma5 = parseNumberField(recordSize, '1,5', true)
    expect(oneComma5).toEqual({ error: 'Use a point for decimals: 1.5.' })
    expect(parseNumberField(bufferSize, '2,25', true)).toEqual({
      error: 'Use a point for decimals: 2.25.'
    })
  })

  it('accepts thousands separators where they are unambiguous', () => {
    expect(parseNumberField(rate, '150,000')).toEqual({ value: 150_000 })
    expect(parseNumberField(rate, '1,234,567')).toEqual({ value: 1_234_567 })
    expect(parseNumberField(rate, '12,34,567', true)).toHaveProperty('error')
  })

  it('refuses out-of-range values with the limit, and a prefix is never the result', () => {
    expect(parseNumberField(bufferSize, '200')).toEqual({ error: 'Must be at most 128.' })
    expect(parseNumberField(interval, '1200')).toEqual({ error: 'Must be at most 900.' })
    expect(parseNumberField(rate, '150000000')).toEqual({ error: 'Must be at most 100,000,000.' })
    expect(parseNumberField(interval, '2.5')).toEqual({ error: 'Enter a whole number.' })
    expect(parseNumberField(bufferSize, '0', true)).toEqual({ error: 'Must be at least 1.' })
    expect(parseNumberField(recordSize, 'abc')).toHaveProperty('error')
    expect(parseNumberField(recordSize, '1..5')).toHaveProperty('error')
    expect(parseNumberField(recordSize, '1e999')).toHaveProperty('error')
  })

  it('says nothing about a minimum while more digits can still reach it', () => {
    const memory = numberField('lambda', 'memoryMB') // 128 … 10,240
    expect(prefixes(memory, '512').slice(0, 2)).toEqual([
      { incomplete: true },
      { incomplete: true }
    ])
    expect(parseNumberField(memory, '512', false)).toEqual({ value: 512 })
    expect(parseNumberField(memory, '5', true)).toEqual({ error: 'Must be at least 128.' })
  })

  it('an empty optional field goes back to automatic; an empty required one is refused when left', () => {
    const fixed = configFields(SERVICE_CONFIG['kinesis-data-streams']).find(
      (f) => f.kind === 'number' && f.optional
    ) as NumberField
    expect(parseNumberField(fixed, '')).toEqual({ value: undefined })
    expect(parseNumberField(recordSize, '', true)).toEqual({ error: 'Enter a number.' })
    expect(parseNumberField(recordSize, '', false)).toEqual({ incomplete: true })
  })

  it('property: any in-range decimal typed key by key ends as exactly that number, and no prefix is an error unless it is out of range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (units, decimals) => {
          const value = units / 10 ** decimals
          fc.pre(value >= recordSize.min && value <= recordSize.max)
          const text = value.toFixed(decimals)
          expect(parseNumberField(recordSize, text, true)).toEqual({ value: Number(text) })
          for (const p of prefixes(recordSize, text)) {
            if ('error' in p) expect(p.error).toMatch(/^Must be at most/)
          }
        }
      )
    )
  })
})

describe('stepNumberField', () => {
  it('steps by one, by a tenth below one, and stays in range', () => {
    expect(stepNumberField(recordSize, 1.5, 1)).toBe(2.5)
    expect(stepNumberField(recordSize, 0.3, -1)).toBe(0.2)
    expect(stepNumberField(bufferSize, 128, 1)).toBe(128)
    expect(stepNumberField(bufferSize, 1, -1)).toBe(1)
    expect(stepNumberField(interval, 300, 1, true)).toBe(310)
  })
})
