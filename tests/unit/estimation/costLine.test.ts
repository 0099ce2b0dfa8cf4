import { describe, expect, it } from 'vitest'
import {
  comparisonText,
  costLineText,
  oldestPriceDate,
  perUnitText,
  priceSourceText,
  quantityText,
  unitPriceText
} from '../../../src/shared/estimation/costLine'
import type { LineItem } from '../../../src/shared/estimation/pricing/priceBook'
import { US_EAST_1 } from '../../../src/shared/estimation/pricing/usEast1'
import { diagram, edge, node } from '../helpers'
import { estimate, lineItem, nodeEstimate } from './estimateHelpers'

function item(
  quantity: number,
  unit: string,
  unitPriceUSD: number,
  extra: Partial<LineItem> = {}
): LineItem {
  return { item: 'x', quantity, unit, unitPriceUSD, costUSD: quantity * unitPriceUSD, ...extra }
}

// 5,000 device messages/s of 1 KB → IoT Core: 5,000 × 2,628,000 s = 13,140 million messages.
const iot = diagram(
  [
    node('d', 'iot-devices', { config: { recordsPerSecond: 5000, recordSizeKB: 1 } }),
    node('iot', 'iot-core'),
    node('s', 's3')
  ],
  [edge('d', 'iot'), edge('iot', 's')]
)

describe('cost lines', () => {
  it('read as a person writes them', () => {
    // The month's first billion messages at $1.00, the next four billion at $0.80, the other 8,140 million at $0.70.
    expect(costLineText(lineItem(estimate(iot), 'iot', 'iot.messagesMillion'))).toBe(
      '1,000 million messages × $1.00 per million = $1,000.00'
    )
    expect(costLineText(lineItem(estimate(iot), 'iot', 'iot.messagesMillionTier2'))).toBe(
      '4,000 million messages × $0.80 per million = $3,200.00'
    )
    expect(costLineText(lineItem(estimate(iot), 'iot', 'iot.messagesMillionTier3'))).toBe(
      '8,140 million messages × $0.70 per million = $5,698.00'
    )
    // 3 shards × 730 h
    expect(costLineText(item(2190, 'shard-hour', 0.015))).toBe(
      '2,190 shard-hours × $0.015 per shard-hour = $32.85'
    )
    expect(costLineText(item(1, 'month', 120))).toBe('1 month × $120.00 per month = $120.00')
  })

  it('scale quantities: whole counts below a million, millions above', () => {
    expect(quantityText(item(525.6, '1,000 requests', 0.005))).toBe('525,600 requests')
    expect(quantityText(item(0.5, '1M requests', 0.4))).toBe('500,000 requests')
    expect(quantityText(item(7884, '1M write request units', 0.625))).toBe(
      '7,884 million write request units'
    )
    expect(quantityText(item(3.5, '100,000 deliveries', 0.6))).toBe('350,000 deliveries')
    expect(quantityText(item(2_190_000, 'WCU-hour', 0.00065))).toBe('2,190,000 WCU-hours')
    expect(quantityText(item(21_900_000, 'WCU-hour', 0.00065))).toBe('21.9 million WCU-hours')
    expect(quantityText(item(12_531.28, 'GB', 0.029))).toBe('12,531.28 GB')
    expect(quantityText(item(300, 'GB-month', 0.1))).toBe('300 GB-months')
    expect(quantityText(item(2.97, 'TB scanned', 5))).toBe('2.97 TB scanned')
  })

  it('say per what a price is, for every unit in the price table', () => {
    expect(perUnitText('1M messages')).toBe('per million')
    expect(perUnitText('1,000 requests')).toBe('per thousand')
    expect(perUnitText('100,000 objects per month')).toBe('per 100,000')
    expect(perUnitText('GB-month')).toBe('per GB-month')
    for (const price of Object.values(US_EAST_1.prices)) {
      expect(perUnitText(price.unit), price.unit).not.toMatch(/\d[MK]\b|per 1M/)
      expect(quantityText({ quantity: 2, unit: price.unit }), price.unit).not.toMatch(/\b1M\b|^2 1/)
    }
  })

  it('write money with two decimals and unit prices with every digit they need', () => {
    expect(unitPriceText(1)).toBe('$1.00')
    expect(unitPriceText(0.6)).toBe('$0.60')
    expect(unitPriceText(0.00065)).toBe('$0.00065')
    expect(costLineText(item(13_140, '1M messages', 1))).toMatch(/= \$13,140\.00$/)
    expect(costLineText(item(0.001, '1M messages', 1))).toMatch(/= \$0\.00$/)
  })

  it('show each price’s own date and grade, with grade U in words', () => {
    const e = estimate(iot)
    expect(priceSourceText(lineItem(e, 'iot', 'iot.messagesMillion'))).toBe(
      'as of 2026-09-20, grade C'
    )
    expect(priceSourceText(lineItem(e, 'iot', 'iot.rulesTriggeredMillion'))).toBe(
      'as of 2026-07-01, grade C'
    )
    const dms = estimate(
      diagram(
        [
          node('db', 'on-prem-database'),
          node('dms', 'dms', { config: { instanceClass: 'dms.t3.medium' } }),
          node('s', 's3')
        ],
        [edge('db', 'dms'), edge('dms', 's')]
      )
    )
    expect(priceSourceText(lineItem(dms, 'dms', 'dms.instance.dms.t3.medium'))).toBe(
      'as of 2026-09-22, unconfirmed'
    )
    expect(priceSourceText(lineItem(e, 's', 's3.putThousand'))).toBe('as of 2024-07-01, grade B')
    const overridden = estimate(iot, { overrides: { 'iot.messagesMillion': 0.8 } })
    expect(priceSourceText(lineItem(overridden, 'iot', 'iot.messagesMillion'))).toBe('your price')
  })

  it('date the whole estimate by the oldest list price it uses', () => {
    // IoT prices are from 2026; S3 PUTs (2024-07-01) are the oldest.
    expect(estimate(iot).pricing.asOf).toBe('2024-07-01')
    const iotOnly = diagram([node('d', 'iot-devices'), node('iot', 'iot-core')], [edge('d', 'iot')])
    expect(estimate(iotOnly).pricing.asOf).toBe('2026-09-20')
    // Nothing priced: the table's own date.
    expect(estimate(diagram([node('p', 'producer-app')])).pricing.asOf).toBe(US_EAST_1.asOf)
    // A price the user replaced has no list date.
    expect(
      oldestPriceDate([
        item(1, 'GB', 1, { asOf: '2020-01-01', overridden: true }),
        item(1, 'GB', 1, { asOf: '2025-01-01' })
      ])
    ).toBe('2025-01-01')
  })
})

describe('capacity-mode comparisons', () => {
  it('name the cheaper option only when it is strictly cheaper', () => {
    const a = { name: 'on-demand', usd: 4.14 }
    expect(comparisonText(a, { name: 'provisioned', usd: 2.97 })).toBe(
      'For this traffic, on-demand costs $4.14/month and provisioned $2.97/month: provisioned is cheaper.'
    )
    expect(comparisonText(a, { name: 'provisioned', usd: 9 })).toMatch(/: on-demand is cheaper\.$/)
    expect(comparisonText(a, { name: 'provisioned', usd: 4.141 })).toMatch(
      /: both cost the same\.$/
    )
  })

  it('say so when two modes cost the same to the cent', () => {
    // A table with no traffic: on-demand is storage only ($2.50); provisioned adds the 1 WCU and 1 RCU
    // minimum ($0.4745 + $0.0949), so the modes differ; the same rule says "both cost the same" on a tie.
    const db = nodeEstimate(estimate(diagram([node('db', 'dynamodb')])), 'db')
    expect(db.explanations.at(-1)).toBe(
      'For this traffic, on-demand costs $2.50/month and provisioned $3.07/month: on-demand is cheaper.'
    )
    expect(comparisonText({ name: 'a', usd: 1.004 }, { name: 'b', usd: 0.996 })).toBe(
      'For this traffic, a costs $1.00/month and b $1.00/month: both cost the same.'
    )
  })

  it('name the cheaper Kinesis mode from the priced figures', () => {
    // 100 records/s of 1 KB: provisioned 1 shard ($10.95 + $3.68) beats on-demand ($29.20 + ingest).
    const d = diagram(
      [node('p', 'producer-app'), node('k', 'kinesis-data-streams')],
      [edge('p', 'k')]
    )
    const k = nodeEstimate(estimate(d), 'k')
    expect(k.explanations.at(-1)).toMatch(
      /^For this traffic, provisioned \(1 shard\) costs \$\d+\.\d\d\/month, on-demand Standard \$\d+\.\d\d\/month and On-demand Advantage \$[\d,]+\.\d\d\/month: provisioned is cheapest\.$/
    )
    const big = diagram(
      [
        node('p', 'producer-app', { config: { recordsPerSecond: 1, recordSizeKB: 1 } }),
        node('k', 'kinesis-data-streams', { config: { shards: 400 } })
      ],
      [edge('p', 'k')]
    )
    expect(nodeEstimate(estimate(big), 'k').explanations.at(-1)).toMatch(
      /: on-demand Standard is cheapest\.$/
    )
  })
})
