import { describe, expect, it } from 'vitest'
import { bySeverity, type Problem } from '../../../src/shared/validation/problems'

const p = (severity: Problem['severity'], code: string): Problem => ({
  severity,
  code,
  message: code
})

describe('bySeverity', () => {
  it('orders errors, then warnings, then info, keeping order within a severity', () => {
    const sorted = [
      p('info', 'i1'),
      p('warning', 'w1'),
      p('error', 'e1'),
      p('warning', 'w2'),
      p('error', 'e2')
    ].sort(bySeverity)
    expect(sorted.map((x) => x.code)).toEqual(['e1', 'e2', 'w1', 'w2', 'i1'])
  })
})
