import { describe, expect, it } from 'vitest'
import { analyzeDiagram } from '../../../src/shared/analysis/analyzeDiagram'
import type { Diagram } from '../../../src/shared/diagram/types'
import { changeText, signedMoneyText } from '../../../src/shared/diff/deltaText'
import { diffDiagrams } from '../../../src/shared/diff/diffDiagrams'
import { diffToJson } from '../../../src/shared/diff/diffJson'
import { formatDiffMarkdown } from '../../../src/shared/diff/diffMarkdown'
import type { DiffReport } from '../../../src/shared/diff/diffModel'
import { formatDiffText } from '../../../src/shared/diff/diffText'
import { markdownText } from '../../../src/shared/diff/markdownText'
import { diagram, edge, node } from '../helpers'

function report(before: Diagram, after: Diagram): DiffReport {
  return {
    diff: diffDiagrams(
      { diagram: before, analysis: analyzeDiagram(before) },
      { diagram: after, analysis: analyzeDiagram(after) }
    ),
    before: { label: 'before.json', diagram: before },
    after: { label: 'after.json', diagram: after },
    notes: []
  }
}

describe('diff figures', () => {
  it('signs money changes with + and a minus sign, and gives a percentage only from a cost', () => {
    expect(signedMoneyText(12.344)).toBe('+$12.34')
    expect(signedMoneyText(-5)).toBe('\u2212$5.00')
    expect(signedMoneyText(0.004)).toBe('$0.00')
    expect(changeText(100, 25)).toBe('+$25.00 (+25.0%)')
    expect(changeText(2000, -500)).toBe('\u2212$500.00 (\u221225.0%)')
    expect(changeText(0, 80)).toBe('+$80.00')
  })
})

describe('diff Markdown', () => {
  it('shows a hostile label as text: no table break, link, HTML, math, mention or issue link', () => {
    const text = markdownText(
      'a | b [x](https://e.invalid) <img src=x> $1$ @team #12\n# h *b* _i_ `c`'
    )
    expect(text).not.toMatch(/(^|[^\\])[|[\]`*_$#]/)
    expect(text).not.toContain('<')
    expect(text).not.toMatch(/@team|#12/)
    expect(text).not.toContain('\n')
    expect(text).toContain('&lt;img src=x&gt;')
  })

  it('escapes labels in the comment and names new errors in the heading', () => {
    const before = diagram([node('s', 's3', { label: 'Lake' })])
    const after = diagram(
      [
        node('s', 's3', { label: 'Lake | @ops' }),
        node('k', 'kinesis-data-streams', { label: '<b>Stream</b>' })
      ],
      [edge('k', 's')]
    )
    const md = formatDiffMarkdown(report(before, after))
    expect(md).toMatch(/^### Pipewright diff: \+\\\$[\d,.]+ per month, 1 new error\n/)
    expect(md).toContain('&lt;b&gt;Stream&lt;/b&gt; `k`')
    expect(md).toContain('Lake \\| @\u200bops')
    expect(md).not.toContain('<b>')
    for (const row of md.split('\n').filter((l) => l.startsWith('| ')))
      expect(row.split(/(?<!\\)\|/).length).toBe(6)
  })

  it('folds a long list into <details>, but never the cost table', () => {
    const before = diagram([])
    const after = diagram(
      Array.from({ length: 12 }, (_, i) => node(`q${i}`, 'quicksight', { config: { authors: 1 } }))
    )
    const md = formatDiffMarkdown(report(before, after))
    expect(md).toContain('<details><summary>Services (12)</summary>')
    expect(md).toContain('#### Cost')
  })
})

describe('diff text and JSON', () => {
  it('says "No changes." for a diagram against itself, and the JSON is empty lists', () => {
    const d = diagram(
      [node('a', 'producer-app'), node('b', 'kinesis-data-streams')],
      [edge('a', 'b')]
    )
    const r = report(d, d)
    expect(formatDiffText(r)).toMatch(/\nNo changes\.\n$/)
    const json = diffToJson(r)
    expect(json.nodes).toEqual({ added: [], removed: [], changed: [], moved: 0 })
    expect(json.problems.new).toEqual([])
    expect(json.cost.deltaUSD).toBe(0)
  })
})
