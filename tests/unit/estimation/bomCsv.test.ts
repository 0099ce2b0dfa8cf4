import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../src/shared/diagram/loadDiagram'
import { buildBillOfMaterials } from '../../../src/shared/estimation/billOfMaterials'
import { BOM_CSV_HEADER, bomToCsv, csvField } from '../../../src/shared/estimation/bomCsv'
import { diagram, edge, node } from '../helpers'
import { readCsv } from './csvReader'
import { estimate } from './estimateHelpers'

const ROOT = resolve(__dirname, '../../..')

function billOf(labels: { producer?: string; stream?: string }) {
  const d = diagram(
    [
      node('p', 'producer-app', {
        ...(labels.producer !== undefined ? { label: labels.producer } : {}),
        config: { recordsPerSecond: 1500, recordSizeKB: 3 }
      }),
      node('k', 'kinesis-data-streams', {
        ...(labels.stream !== undefined ? { label: labels.stream } : {})
      }),
      node('rds', 'rds', { label: 'Orders DB', config: { monthlyCostUSD: 1234.5 } })
    ],
    [edge('p', 'k')]
  )
  return buildBillOfMaterials(d, estimate(d))
}

describe('csvField', () => {
  it('quotes a field with a comma, a quote, CR or LF, and doubles its quotes', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
  })

  it('keeps a text cell that a spreadsheet would run as a formula as text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/)
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)")
    expect(csvField('-2')).toBe("'-2")
    // A cell quoted for its comma still starts, inside the quotes, with the apostrophe.
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`)
    expect(csvField('a=b')).toBe('a=b')
  })

  it('writes numbers as plain numbers', () => {
    expect(csvField(1234.5)).toBe('1234.5')
    expect(csvField(0.0000166667)).toBe('0.0000166667')
    expect(csvField(Number.NaN)).toBe('')
  })
})

describe('bomToCsv', () => {
  it('is a header, one row per line item and a total, with CRLF line ends', () => {
    const bill = billOf({})
    const text = bomToCsv(bill)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const rows = readCsv(text)
    expect(rows[0]).toEqual([...BOM_CSV_HEADER])
    const items = bill.services.flatMap((s) => s.items)
    expect(rows).toHaveLength(items.length + 2)
    for (const r of rows) expect(r).toHaveLength(BOM_CSV_HEADER.length)
    const total = rows.at(-1)!
    expect(total[0]).toBe('Total')
    expect(Number(total[9])).toBe(Math.round(bill.totalMonthlyUSD * 100) / 100)
    // The entered cost is a row of its own, with no list-price date or grade.
    const rds = rows.find((r) => r[0] === 'Orders DB')!
    expect(rds.slice(3)).toEqual(['Entered monthly cost', '1', 'month', '1234.5', '', '', '1234.5'])
  })

  it('writes numbers a spreadsheet reads: no $, no thousands separators', () => {
    const rows = readCsv(bomToCsv(billOf({}))).slice(1)
    for (const r of rows)
      for (const i of [4, 6, 9]) if (r[i] !== '') expect(r[i], r.join('|')).toMatch(/^\d+(\.\d+)?$/)
  })

  it('reads back the labels exactly, commas, quotes and newlines included', () => {
    const producer = 'Orders, "EU"'
    const stream = 'Click\nstream'
    const bill = billOf({ producer, stream })
    const rows = readCsv(bomToCsv(bill))
    expect(rows.some((r) => r[0] === stream)).toBe(true)
    // The producer has nothing to charge: it is not a row, and no field leaks out of its quotes.
    expect(rows.every((r) => r.length === BOM_CSV_HEADER.length)).toBe(true)
  })

  it('guards labels from the file against formula injection', () => {
    const rows = readCsv(bomToCsv(billOf({ stream: '=HYPERLINK("http://evil","x")' })))
    const row = rows.find((r) => r[3] === 'Shard hours')!
    expect(row[0]).toBe(`'=HYPERLINK("http://evil","x")`)
  })

  it('matches the reviewed bill of the clickstream template', () => {
    const loaded = loadDiagram(
      readFileSync(
        resolve(ROOT, 'resources/templates/clickstream-data-lake.pipewright.json'),
        'utf8'
      )
    )
    if (!loaded.ok) throw new Error('the template does not load')
    const text = bomToCsv(buildBillOfMaterials(loaded.diagram, estimate(loaded.diagram)))
    expect(text).toBe(
      readFileSync(resolve(ROOT, 'tests/fixtures/bom/clickstream-data-lake.csv'), 'utf8')
    )
  })
})
