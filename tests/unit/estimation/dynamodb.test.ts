import { describe, expect, it } from 'vitest'
import { estimate, fedBy, lineItem, nodeEstimate, priceIds, problemCodes } from './estimateHelpers'

// Writes reach the table through a pass-through Lambda: producer "p" → Lambda "t" → DynamoDB "c1".
// A month is 730 h = 2,628,000 s.
function table(
  itemsPerSecond: number,
  itemKB: number,
  config: Record<string, string | number> = {}
) {
  const d = fedBy(itemsPerSecond, itemKB, 'lambda', {}, [{ service: 'dynamodb' }])
  d.nodes.find((n) => n.id === 'c1')!.config = config
  return d
}

describe('DynamoDB capacity', () => {
  it('needs items/s × ⌈KB ÷ 1 KB⌉ write units: 1,500 items/s of 1.5 KB → 3,000 WCU', () => {
    // ⌈1.5 ÷ 1⌉ = 2 units per write × 1,500 = 3,000 WCU; 3,000 ÷ 1,000 WCU per partition = 3 partitions
    const db = nodeEstimate(estimate(table(1500, 1.5)), 'c1')
    expect(db.capacity.writeCapacityUnits).toBe(3000)
    expect(db.capacity.partitions).toBe(3)
    expect(db.badge).toBe('3,000 WCU')
  })

  it('needs one write unit for an item of exactly 1 KB or less', () => {
    // 800 items/s × ⌈0.3⌉ = 800 WCU; 800 × ⌈1⌉ = 800 WCU
    expect(nodeEstimate(estimate(table(800, 0.3)), 'c1').capacity.writeCapacityUnits).toBe(800)
    expect(nodeEstimate(estimate(table(800, 1)), 'c1').capacity.writeCapacityUnits).toBe(800)
  })

  it('needs 4 KB read units: strong = 1 per unit, eventual = 0.5', () => {
    // items of 6 KB: ⌈6 ÷ 4⌉ = 2 read units; 1,000 reads/s
    // strong: 1,000 × 2 = 2,000 RCU; eventual: 1,000 × 2 × 0.5 = 1,000 RCU
    const strong = nodeEstimate(
      estimate(table(300, 6, { readsPerSecond: 1000, readConsistency: 'strong' })),
      'c1'
    )
    const eventual = nodeEstimate(
      estimate(table(300, 6, { readsPerSecond: 1000, readConsistency: 'eventual' })),
      'c1'
    )
    expect(strong.capacity.readCapacityUnits).toBe(2000)
    expect(eventual.capacity.readCapacityUnits).toBe(1000)
    // items of 3 KB, eventual: 1,000 × ⌈3 ÷ 4⌉ = 1 × 0.5 = 500 RCU
    expect(
      nodeEstimate(estimate(table(300, 3, { readsPerSecond: 1000 })), 'c1').capacity
        .readCapacityUnits
    ).toBe(500)
  })

  it('flags items over 400 KB', () => {
    const e = estimate(table(1, 500))
    const p = nodeEstimate(e, 'c1').problems.find((x) => x.code === 'dynamodb-item-too-large')
    expect(p?.severity).toBe('error')
    expect(problemCodes(estimate(table(1, 400)), 'c1')).not.toContain('dynamodb-item-too-large')
  })
})

describe('DynamoDB cost', () => {
  it('bills on-demand (the default) per write request unit, plus storage', () => {
    // 1,500 items/s × 2 units × 2,628,000 s = 7,884,000,000 = 7,884 M WRU × $0.625 = $4,927.50
    // no reads: 0 RRU; storage 10 GB (default) × $0.25 = $2.50 → $4,930.00
    const e = estimate(table(1500, 1.5))
    expect(priceIds(e, 'c1')).toEqual([
      'dynamodb.od.writeMillion',
      'dynamodb.od.readMillion',
      'dynamodb.storageGBMonth'
    ])
    const w = lineItem(e, 'c1', 'dynamodb.od.writeMillion')
    expect(w.quantity).toBeCloseTo(7884, 6)
    expect(w.costUSD).toBeCloseTo(4927.5, 2)
    expect(lineItem(e, 'c1', 'dynamodb.od.readMillion').costUSD).toBe(0)
    expect(lineItem(e, 'c1', 'dynamodb.storageGBMonth').costUSD).toBeCloseTo(2.5, 2)
    expect(nodeEstimate(e, 'c1').monthlyCostUSD).toBeCloseTo(4930, 2)
  })

  it('bills provisioned WCU-hours and RCU-hours', () => {
    // 3,000 WCU × 730 h = 2,190,000 WCU-hours × $0.00065 = $1,423.50; no reads, but the 1 RCU minimum
    // × 730 × $0.00013 = $0.0949; storage $2.50 → $1,426.0949
    const e = estimate(table(1500, 1.5, { capacityMode: 'provisioned' }))
    expect(priceIds(e, 'c1')).toEqual([
      'dynamodb.wcuHour',
      'dynamodb.rcuHour',
      'dynamodb.storageGBMonth'
    ])
    expect(lineItem(e, 'c1', 'dynamodb.wcuHour').quantity).toBe(2_190_000)
    expect(lineItem(e, 'c1', 'dynamodb.wcuHour').costUSD).toBeCloseTo(1423.5, 2)
    expect(nodeEstimate(e, 'c1').monthlyCostUSD).toBeCloseTo(1426.0949, 6)
  })

  it('prices strongly consistent reads in both modes', () => {
    // 300 items/s of 6 KB, 1,000 strong reads/s
    // on-demand: writes 300 × 6 × 2,628,000 = 4,730.4 M × $0.625 = $2,956.50; reads 1,000 × 2 × 2,628,000 = 5,256 M × $0.125 = $657.00
    // provisioned: 1,800 WCU × 730 × $0.00065 = $854.10; 2,000 RCU × 730 × $0.00013 = $189.80
    const od = estimate(table(300, 6, { readsPerSecond: 1000, readConsistency: 'strong' }))
    expect(lineItem(od, 'c1', 'dynamodb.od.writeMillion').costUSD).toBeCloseTo(2956.5, 2)
    expect(lineItem(od, 'c1', 'dynamodb.od.readMillion').quantity).toBeCloseTo(5256, 6)
    expect(lineItem(od, 'c1', 'dynamodb.od.readMillion').costUSD).toBeCloseTo(657, 2)
    const prov = estimate(
      table(300, 6, {
        readsPerSecond: 1000,
        readConsistency: 'strong',
        capacityMode: 'provisioned'
      })
    )
    expect(lineItem(prov, 'c1', 'dynamodb.wcuHour').costUSD).toBeCloseTo(854.1, 2)
    expect(lineItem(prov, 'c1', 'dynamodb.rcuHour').costUSD).toBeCloseTo(189.8, 2)
  })

  it('shows both modes and names the cheaper one', () => {
    // on-demand $4,930.00 vs provisioned $1,426.0949 (as above): provisioned is cheaper
    const db = nodeEstimate(estimate(table(1500, 1.5)), 'c1')
    expect(db.alternatives).toHaveLength(2)
    const [onDemand, provisioned] = db.alternatives!
    expect(onDemand!.chosen).toBe(true)
    expect(onDemand!.monthlyCostUSD).toBeCloseTo(4930, 2)
    expect(provisioned!.chosen).toBe(false)
    expect(provisioned!.label).toContain('3,000 WCU')
    expect(provisioned!.monthlyCostUSD).toBeCloseTo(1426.0949, 6)
    expect(db.explanations.some((x) => x.includes('provisioned is cheaper'))).toBe(true)
  })

  it('names provisioned as cheaper even for a trickle, since the traffic is steady', () => {
    // 1 item/s of 1 KB: on-demand 2.628 M × $0.625 = $1.6425 + $2.50 = $4.1425
    // provisioned: 1 WCU × 730 × $0.00065 = $0.4745 + the 1 RCU minimum × 730 × $0.00013 = $0.0949 + $2.50 = $3.0694
    const db = nodeEstimate(estimate(table(1, 1)), 'c1')
    expect(db.alternatives![0]!.monthlyCostUSD).toBeCloseTo(4.1425, 4)
    expect(db.alternatives![1]!.monthlyCostUSD).toBeCloseTo(3.0694, 6)
    expect(db.explanations.some((x) => x.includes('provisioned is cheaper'))).toBe(true)
  })
})

describe('DynamoDB explanations', () => {
  it('says 0 RCU, not -0, when nothing reads the table', () => {
    const db = nodeEstimate(estimate(table(100, 1)), 'c1')
    expect(Object.is(db.capacity.readCapacityUnits, 0)).toBe(true)
    expect(db.explanations.join(' ')).not.toContain('-0')
    // A provisioned table is billed for at least 1 RCU (DynamoDB's minimum provisioned throughput).
    expect(db.alternatives![1]!.label).toBe('Provisioned (100 WCU, 1 RCU)')
  })
})
