import { describe, expect, it } from 'vitest'
import { awsDoc, seed } from '../../../src/shared/catalog/citations'
import {
  andList,
  chainText,
  shortList,
  unique,
  uniqueCitations
} from '../../../src/shared/validation/reasonText'

describe('the wording helpers of edge verdicts', () => {
  it('lists one, two and more items as a sentence does', () => {
    expect(andList([])).toBe('')
    expect(andList(['A'])).toBe('A')
    expect(andList(['A', 'B'])).toBe('A and B')
    expect(andList(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('cuts a long list to its first items and a count of the rest', () => {
    expect(shortList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D')
    expect(shortList(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D and 2 more')
    expect(shortList(['A', 'B', 'C'], 2)).toBe('A, B and 1 more')
  })

  it('names a chain by its services, in order', () => {
    expect(chainText(['kinesis-data-streams', 's3'])).toMatch(/^.+ → Amazon S3$/)
  })

  it('keeps the first of repeated items and citations, skipping missing ones', () => {
    expect(unique(['b', 'a', 'b'])).toEqual(['b', 'a'])
    const page = awsDoc('https://docs.aws.amazon.com/x', 'X')
    const note = seed('kinesis', 'Shards')
    expect(uniqueCitations([undefined, page, note, { ...page }, undefined])).toEqual([page, note])
  })
})
