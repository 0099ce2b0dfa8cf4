import { describe, expect, it } from 'vitest'
import { PRICE_IDS } from '../../../src/shared/catalog/priceIds'
import { US_EAST_1 } from '../../../src/shared/estimation/pricing/usEast1'

const TABLE_DATE = '2026-12-01'
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isRealIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s
}

const rows = PRICE_IDS.map((id) => [id, US_EAST_1.prices[id]] as const)

describe('US_EAST_1 price table', () => {
  it('describes us-east-1 with a 730-hour month', () => {
    expect(US_EAST_1.region).toBe('us-east-1')
    expect(US_EAST_1.asOf).toBe(TABLE_DATE)
    expect(US_EAST_1.hoursPerMonth).toBe(730)
  })

  it('has a price for every price id and nothing else', () => {
    for (const [id, price] of rows) expect(price, id).toBeDefined()
    expect(Object.keys(US_EAST_1.prices).sort()).toEqual([...PRICE_IDS].sort())
  })

  it.each(rows)('%s is a positive finite price with unit, description and source', (_id, price) => {
    expect(Number.isFinite(price.usd)).toBe(true)
    expect(price.usd).toBeGreaterThan(0)
    expect(price.unit.trim()).not.toBe('')
    expect(price.description.trim()).not.toBe('')
    expect(price.source.trim()).not.toBe('')
  })

  it.each(rows)('%s is dated no later than the table', (_id, price) => {
    expect(isRealIsoDate(price.asOf), price.asOf).toBe(true)
    expect(price.asOf <= TABLE_DATE).toBe(true)
  })

  it.each(rows)('%s has a known grade', (_id, price) => {
    expect(['A', 'B', 'C', 'U']).toContain(price.grade)
  })

  it('explains every unconfirmed (grade U) price in a note', () => {
    const unconfirmed = rows.filter(([, p]) => p.grade === 'U')
    expect(unconfirmed.length).toBeGreaterThan(0)
    for (const [id, price] of unconfirmed) expect(price.note?.trim(), id).toBeTruthy()
  })

  // Typed from ../shared/reference/aws-pricing-facts.md, not copied from the module.
  it.each([
    ['kds.shardHour', 0.015],
    ['lambda.requestsMillion', 0.2],
    ['athena.scannedTB', 5],
    ['s3.standardGBMonth', 0.023],
    ['dynamodb.od.writeMillion', 0.625],
    // The facts file listed $0.0085 and $0.011 for this one; AWS's own pricing example (German copy) gives
    // $0.0085 per GB consumed in US East, and $0.0119 is the separate HLS rate.
    ['kvs.consumedGB', 0.0085],
    // From ../shared/reference/aws-pricing-2026-check.md (2026-12-01).
    ['apigateway.restRequestsMillion', 3.5],
    ['apigateway.restRequestsMillionTier4', 1.51],
    ['apigateway.httpRequestsMillion', 1],
    ['eventbridge.customEventsMillion', 1],
    ['eventbridge.pipesRequestsMillion', 0.4],
    ['mwaa.environment.mw1.small', 0.49],
    ['mwaa.environment.mw1.large', 0.99]
  ] as const)('%s costs $%s', (id, usd) => {
    expect(US_EAST_1.prices[id].usd).toBe(usd)
  })
})
