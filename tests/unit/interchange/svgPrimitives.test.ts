import { describe, expect, it } from 'vitest'
import {
  bounds,
  estimateTextWidth,
  fit,
  n,
  text,
  wrap,
  type TextMeasure
} from '../../../src/shared/interchange/svgPrimitives'

/** One unit per character, so the expected cuts can be counted by eye. */
const perChar: TextMeasure = (t) => Array.from(t).length
const FONT = { size: 12, bold: false }

describe('the drawing primitives of the SVG export', () => {
  it('writes numbers with at most two decimals', () => {
    expect(n(2)).toBe('2')
    expect(n(1.2345)).toBe('1.23')
    expect(n(-0.5)).toBe('-0.5')
  })

  it('estimates wide glyphs wider than narrow ones, and bold wider than regular', () => {
    expect(estimateTextWidth('mmm', FONT)).toBeGreaterThan(estimateTextWidth('iii', FONT))
    expect(estimateTextWidth('Kinesis', { size: 12, bold: true })).toBeGreaterThan(
      estimateTextWidth('Kinesis', FONT)
    )
  })

  it('cuts text that does not fit and ends it in an ellipsis', () => {
    expect(fit('abc', 5, FONT, perChar)).toBe('abc')
    expect(fit('abcdefghij', 5, FONT, perChar)).toBe('abcd…')
  })

  it('wraps at spaces, breaks words wider than the block and keeps paragraphs', () => {
    expect(wrap('aa bb cc', 5, FONT, perChar)).toEqual(['aa bb', 'cc'])
    expect(wrap('abcdefgh', 3, FONT, perChar)).toEqual(['abc', 'def', 'gh'])
    expect(wrap('a\nb', 10, FONT, perChar)).toEqual(['a', 'b'])
  })

  it('escapes the text it draws', () => {
    expect(text(1, 2.006, 'a<b', ' fill="red"')).toBe(
      '<text x="1" y="2.01" fill="red">a&lt;b</text>'
    )
  })

  it('bounds a set of boxes, and nothing as an empty box at the origin', () => {
    expect(bounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 })
    expect(
      bounds([
        { x: 10, y: 20, width: 5, height: 5 },
        { x: -5, y: 30, width: 10, height: 10 }
      ])
    ).toEqual({ x: -5, y: 20, width: 20, height: 20 })
  })
})
