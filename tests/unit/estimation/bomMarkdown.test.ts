import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { buildBillOfMaterials } from '../../../src/shared/estimation/billOfMaterials'
import { bomToMarkdown, markdownText } from '../../../src/shared/estimation/bomMarkdown'
import { moneyText } from '../../../src/shared/estimation/costLine'
import { diagram, edge, node } from '../helpers'
import { estimate } from './estimateHelpers'

const ROOT = resolve(__dirname, '../../..')

function billFor(streamLabel: string, name = 'Test diagram') {
  const d = diagram(
    [
      node('p', 'producer-app', { config: { recordsPerSecond: 1500, recordSizeKB: 3 } }),
      node('k', 'kinesis-data-streams', { label: streamLabel })
    ],
    [edge('p', 'k')],
    name
  )
  return buildBillOfMaterials(d, estimate(d))
}

/** The table rows of a Markdown text: lines that start with a pipe. */
const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('|'))
/** Cells of a row, split on pipes that are not escaped. */
const cells = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/)

describe('markdownText', () => {
  it('escapes what would be a table cell, emphasis, a link, HTML, an entity or math', () => {
    expect(markdownText('a | b')).toBe('a \\| b')
    expect(markdownText('*bold* _it_ `code`')).toBe('\\*bold\\* \\_it\\_ \\`code\\`')
    expect(markdownText('[x](http://e)')).toBe('\\[x\\](http://e)')
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>')
    expect(markdownText('&lt; ~~gone~~ $5 and $6')).toBe('\\&lt; \\~\\~gone\\~\\~ \\$5 and \\$6')
    expect(markdownText('back\\slash')).toBe('back\\\\slash')
  })

  it('keeps a label on one line and writes control and bidi characters as escapes', () => {
    expect(markdownText('two\nlines\r\nhere')).toBe('two lines here')
    expect(markdownText('evil\u202etxt.exe')).toBe('evil\\u202etxt.exe')
    expect(markdownText('\u001b[31mred')).toBe('\\u001b\\[31mred')
  })

  it('cannot mention someone or link an issue', () => {
    const text = markdownText('ping @octocat and @org/team about #12')
    expect(text).not.toMatch(/@\w|#\d/)
    expect(text.replace(/\u2060/g, '')).toBe('ping @octocat and @org/team about #12')
  })
})

describe('bomToMarkdown', () => {
  it('heads the bill with the total and the price date', () => {
    const bill = billFor('Clicks')
    const md = bomToMarkdown(bill)
    expect(md.split('\n')[0]).toBe('## Bill of materials: Test diagram')
    expect(md).toContain(
      `**\\${moneyText(bill.totalMonthlyUSD)} per month**, us-east-1 list prices as of ${bill.pricing.asOf}`
    )
  })

  it('has a row per service and per line item, all with the same five cells', () => {
    const bill = billFor('Clicks')
    const rows = tableRows(bomToMarkdown(bill))
    const items = bill.services.flatMap((s) => s.items)
    // header, alignment, services, items, total
    expect(rows).toHaveLength(2 + bill.services.length + items.length + 1)
    for (const r of rows) expect(cells(r), r).toHaveLength(5)
    expect(rows.at(-1)).toContain(`**\\${moneyText(bill.totalMonthlyUSD)}**`)
  })

  it('escapes a label so that it cannot break the table or add markup', () => {
    const md = bomToMarkdown(billFor('a | b <script> **x**\nnext', 'Name with [link](x) & `code`'))
    expect(md.split('\n')[0]).toBe('## Bill of materials: Name with \\[link\\](x) \\& \\`code\\`')
    const stream = tableRows(md).find((r) => r.includes('Kinesis Data Streams'))!
    expect(cells(stream)).toHaveLength(5)
    expect(stream).toContain('**a \\| b \\<script\\> \\*\\*x\\*\\* next** (Kinesis Data Streams)')
  })

  it('says when nothing costs anything, and still gives the assumptions', () => {
    const d = diagram([node('p', 'producer-app')])
    const md = bomToMarkdown(buildBillOfMaterials(d, estimate(d)))
    expect(md).toContain('Nothing in this diagram has a cost yet.')
    expect(tableRows(md)).toEqual([])
    expect(md).toContain('**Assumptions**')
  })

  it('matches the reviewed bill of the clickstream template', () => {
    const loaded = loadDiagram(
      readFileSync(
        resolve(ROOT, 'resources/templates/clickstream-data-lake.pipewright.json'),
        'utf8'
      )
    )
    if (!loaded.ok) throw new Error('the template does not load')
    const md = bomToMarkdown(buildBillOfMaterials(loaded.diagram, estimate(loaded.diagram)))
    expect(md).toBe(
      readFileSync(resolve(ROOT, 'tests/fixtures/bom/clickstream-data-lake.md'), 'utf8')
    )
  })
})
