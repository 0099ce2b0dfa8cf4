import { describe, expect, it } from 'vitest'
import { CARRIES_KINDS } from '../../../src/shared/mechanisms/types'
import { carriesText, mechanismChoiceText } from '../../../src/shared/validation/carriesText'

describe('carriesText', () => {
  it('names every kind first and says in brackets what it means', () => {
    for (const kind of CARRIES_KINDS)
      expect(carriesText(kind)).toMatch(new RegExp(`^${kind} \\(.+\\)$`))
    expect(carriesText('notification')).toBe(
      'notification (an event about an object, not its content)'
    )
  })
})

describe('mechanismChoiceText', () => {
  it('is the label and what it carries, marking the default and any caveat', () => {
    const lease = {
      id: 'kcl-lease-table',
      label: 'lease table and checkpoints',
      carries: 'checkpoints',
      verdict: 'ok'
    } as const
    expect(mechanismChoiceText(lease, true)).toBe(
      'lease table and checkpoints — checkpoints (default)'
    )
    expect(mechanismChoiceText({ ...lease, verdict: 'warning' }, false)).toBe(
      '⚠ lease table and checkpoints — checkpoints'
    )
    expect(mechanismChoiceText({ ...lease, verdict: 'error' }, false)).toBe(
      '✗ lease table and checkpoints — checkpoints'
    )
  })
})
