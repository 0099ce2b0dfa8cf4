import { describe, expect, it } from 'vitest'
import { diagram, edge, node } from '../helpers'
import { estimate, lineItem, nodeEstimate, priceIds } from './estimateHelpers'

// A KCL application's lease table: one row per shard (streams/latest/dev/kcl-dynamoDB.html), each
// renewed every failoverTimeMillis ÷ 3 (default 10,000 ms, streams/latest/dev/kcl-configuration.html)
// and written again at each checkpoint (the application's interval; 60 s as in the KCL samples).
// Lease rows are under 1 KB: one write unit each. A month is 730 h = 2,628,000 s.

/** producer → stream "k" (fixed shards) → KCL app "app" → DynamoDB "db" (the default mechanism: the lease table). */
function leaseTable(
  shards: number,
  kclConfig: Record<string, number> = {},
  dbConfig: Record<string, string | number> = {},
  edgeConfig?: Record<string, string>
) {
  return diagram(
    [
      node('p', 'producer-app', { config: { recordsPerSecond: 1000, recordSizeKB: 1 } }),
      node('k', 'kinesis-data-streams', { config: { shards } }),
      node('app', 'kcl-app', { config: kclConfig }),
      node('db', 'dynamodb', { config: dbConfig })
    ],
    [edge('p', 'k'), edge('k', 'app'), edge('app', 'db', edgeConfig ? { config: edgeConfig } : {})]
  )
}

describe('KCL lease table', () => {
  it('counts one lease per shard of the streams the application reads', () => {
    expect(nodeEstimate(estimate(leaseTable(10)), 'app').capacity.leases).toBe(10)
  })

  it('sizes a 10-shard lease table from renewals and checkpoints, not from the stream’s records', () => {
    // renewals: 10 leases ÷ (10,000 ms ÷ 3 = 3.333 s) = 3 writes/s
    // checkpoints: 10 leases ÷ 60 s = 0.1667 writes/s → 3.1667 writes/s × 1 unit
    // provisioned: ⌈3.1667⌉ = 4 WCU (not the 1,000 items/s the stream carries); 4 ÷ 1,000 per partition → 1 partition
    const db = nodeEstimate(estimate(leaseTable(10)), 'db')
    expect(db.capacity.writeCapacityUnits).toBe(4)
    expect(db.capacity.partitions).toBe(1)
    expect(db.badge).toBe('4 WCU')
    expect(db.explanations.join(' ')).toContain('10 lease(s), one per shard')
  })

  it('bills the lease writes on demand: about $7.70 a month with the default 10 GB of storage', () => {
    // 3.16667 writes/s × 2,628,000 s = 8,322,000 WRU = 8.322 M × $0.625 = $5.20125
    // storage 10 GB × $0.25 = $2.50 → $7.70125
    const e = estimate(leaseTable(10))
    const w = lineItem(e, 'db', 'dynamodb.od.writeMillion')
    expect(w.quantity).toBeCloseTo(8.322, 9)
    expect(w.costUSD).toBeCloseTo(5.20125, 9)
    expect(nodeEstimate(e, 'db').monthlyCostUSD).toBeCloseTo(7.70125, 9)
  })

  it('prices provisioned lease capacity at 4 WCU', () => {
    // 4 WCU × 730 h = 2,920 WCU-hours × $0.00065 = $1.898; no reads, but the 1 RCU minimum
    // × 730 × $0.00013 = $0.0949; storage $2.50 → $4.4929
    const e = estimate(leaseTable(10, {}, { capacityMode: 'provisioned' }))
    expect(priceIds(e, 'db')).toEqual([
      'dynamodb.wcuHour',
      'dynamodb.rcuHour',
      'dynamodb.storageGBMonth'
    ])
    expect(lineItem(e, 'db', 'dynamodb.wcuHour').quantity).toBe(2920)
    expect(nodeEstimate(e, 'db').monthlyCostUSD).toBeCloseTo(4.4929, 9)
  })

  it('follows the checkpoint interval the application sets', () => {
    // 10 s checkpoints: 10 ÷ 3.333 + 10 ÷ 10 = 3 + 1 = 4 writes/s → 4 WCU; 4 × 2,628,000 = 10.512 M WRU
    const e = estimate(leaseTable(10, { checkpointIntervalSeconds: 10 }))
    expect(nodeEstimate(e, 'db').capacity.writeCapacityUnits).toBe(4)
    expect(lineItem(e, 'db', 'dynamodb.od.writeMillion').quantity).toBeCloseTo(10.512, 9)
    // 100 shards at 60 s: 100 ÷ 3.333 + 100 ÷ 60 = 30 + 1.6667 = 31.6667 → 32 WCU
    expect(nodeEstimate(estimate(leaseTable(100)), 'db').capacity.writeCapacityUnits).toBe(32)
  })

  it('counts the records when the edge is the application’s own writes (kcl-consumer-output)', () => {
    // 1,000 records/s of 1 KB written by the record processor: 1,000 WCU
    const e = estimate(leaseTable(10, {}, {}, { mechanism: 'kcl-consumer-output' }))
    expect(nodeEstimate(e, 'db').capacity.writeCapacityUnits).toBe(1000)
  })
})
