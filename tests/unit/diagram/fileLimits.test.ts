import { describe, expect, it } from 'vitest'
import { isTooLarge, tooLargeMessage } from '../../../src/shared/diagram/fileLimits'
import { DIAGRAM_LIMITS } from '../../../src/shared/diagram/schema'

describe('the diagram file-size limit', () => {
  it('allows a file of exactly the limit and refuses one byte more', () => {
    expect(isTooLarge(DIAGRAM_LIMITS.maxFileBytes)).toBe(false)
    expect(isTooLarge(DIAGRAM_LIMITS.maxFileBytes + 1)).toBe(true)
  })

  it('says how large the file is and what the limit is, in MB', () => {
    expect(tooLargeMessage(12.5 * 1024 * 1024)).toBe(
      'The file is 12.5 MB; diagrams are limited to 10 MB.'
    )
  })

  it('names the file when asked to', () => {
    expect(tooLargeMessage(11 * 1024 * 1024, 'big.pipewright.json')).toBe(
      'big.pipewright.json is 11.0 MB; diagrams are limited to 10 MB.'
    )
  })
})
