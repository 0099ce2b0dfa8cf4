import { describe, expect, it } from 'vitest'
import { diagram, edge, node } from '../helpers'
import { estimate, lineItem, nodeEstimate } from './estimateHelpers'

// DynamoDB units (amazondynamodb/latest/developerguide/read-write-operations.html): a write unit per
// 1 KB, a read unit per 4 KB (½ eventually consistent, 1 strong, 2 transactional); transactional
// writes use 2 units per KB. Each partition serves at most 3,000 RCU and 1,000 WCU
// (warm-throughput-scenarios.html). A month is 730 h = 2,628,000 s.

/** producer (average, optional peak) → Lambda → DynamoDB "db". */
function table(
  itemsPerSecond: number,
  itemKB: number,
  config: Record<string, string | number> = {},
  peak?: number
) {
  const producer = {
    recordsPerSecond: itemsPerSecond,
    recordSizeKB: itemKB,
    ...(peak === undefined ? {} : { peakRecordsPerSecond: peak })
  }
  return diagram(
    [
      node('p', 'producer-app', { config: producer }),
      node('fn', 'lambda'),
      node('db', 'dynamodb', { config })
    ],
    [edge('p', 'fn'), edge('fn', 'db')]
  )
}

describe('DynamoDB reads', () => {
  it('reads items of the size it is told: 1,000 eventual reads/s of 10 KB need 1,500 RCU', () => {
    // ⌈10 ÷ 4⌉ = 3 units × 0.5 × 1,000 = 1,500 RCU (written items are 1 KB)
    const db = nodeEstimate(
      estimate(table(100, 1, { readsPerSecond: 1000, readItemSizeKB: 10 })),
      'db'
    )
    expect(db.capacity.readCapacityUnits).toBe(1500)
  })

  it('doubles strong reads for transactional ones, and adds partitions for reads', () => {
    // 1,000 transactional reads/s of 10 KB: 3 × 2 × 1,000 = 6,000 RCU → ⌈6,000 ÷ 3,000⌉ = 2 partitions
    const db = nodeEstimate(
      estimate(
        table(100, 1, {
          readsPerSecond: 1000,
          readItemSizeKB: 10,
          readConsistency: 'transactional'
        })
      ),
      'db'
    )
    expect(db.capacity.readCapacityUnits).toBe(6000)
    expect(db.capacity.partitions).toBe(2)
  })

  it('sizes RCU for the peak reads and bills read units at the average', () => {
    // 4 KB items, eventual: 1 × 0.5 = 0.5 units per read
    // RCU = 400 peak reads/s × 0.5 = 200; RRU = 100 reads/s × 0.5 × 2,628,000 = 131.4 M × $0.125 = $16.425
    const e = estimate(table(100, 4, { readsPerSecond: 100, peakReadsPerSecond: 400 }))
    expect(nodeEstimate(e, 'db').capacity.readCapacityUnits).toBe(200)
    expect(lineItem(e, 'db', 'dynamodb.od.readMillion').quantity).toBeCloseTo(131.4, 9)
    expect(lineItem(e, 'db', 'dynamodb.od.readMillion').costUSD).toBeCloseTo(16.425, 9)
    expect(nodeEstimate(e, 'db').explanations.join(' ')).toContain(
      'sized for the peak of 400 reads/s'
    )
  })
})

describe('DynamoDB writes', () => {
  it('doubles the write units of transactional writes', () => {
    // 1,500 items/s of 1.5 KB: ⌈1.5⌉ = 2 × 2 (transactional) × 1,500 = 6,000 WCU → 6 partitions
    // on-demand: 6,000 × 2,628,000 = 15,768 M WRU × $0.625 = $9,855.00
    const e = estimate(table(1500, 1.5, { writeMode: 'transactional' }))
    expect(nodeEstimate(e, 'db').capacity.writeCapacityUnits).toBe(6000)
    expect(nodeEstimate(e, 'db').capacity.partitions).toBe(6)
    expect(lineItem(e, 'db', 'dynamodb.od.writeMillion').costUSD).toBeCloseTo(9855, 6)
  })

  it('sizes WCU for the peak of 2,000 items/s and bills on-demand writes at the 1,000 items/s average', () => {
    // WCU = 2,000 × ⌈1⌉ = 2,000 → ⌈2,000 ÷ 1,000⌉ = 2 partitions
    // WRU = 1,000 × 2,628,000 = 2,628 M × $0.625 = $1,642.50
    // provisioned: 2,000 WCU × 730 h × $0.00065 = $949.00 + the 1 RCU minimum × 730 × $0.00013 = $0.0949
    const e = estimate(table(1000, 1, {}, 2000))
    const db = nodeEstimate(e, 'db')
    expect(db.capacity.writeCapacityUnits).toBe(2000)
    expect(db.capacity.partitions).toBe(2)
    expect(lineItem(e, 'db', 'dynamodb.od.writeMillion').costUSD).toBeCloseTo(1642.5, 6)
    expect(db.alternatives![1]!.monthlyCostUSD).toBeCloseTo(949 + 0.0949 + 2.5, 6)
    expect(db.explanations.join(' ')).toContain('sized for the peak of 2,000 items/s')
  })
})
