import { formatCitation } from '../../catalog/citations'
import { DYNAMODB_LIMITS as D, KCL_DEFAULTS as K } from '../../catalog/limits'
import { edgeOption } from '../../mechanisms/derive'
import { KCL_LEASE_WRITE_UNITS } from '../assumptions'
import { comparisonText } from '../costLine'
import type { ServiceConfigOf } from '../serviceConfig'
import { secondsPerMonth } from '../units'
import {
  averageRecordKB,
  ceilUnits,
  fmt,
  totalOf,
  type NodeSizing,
  type SizingContext
} from './types'

/** What a KCL application's lease table takes: one row per shard, renewed and checkpointed. */
interface LeaseWrites {
  leases: number
  checkpointIntervalSeconds: number
  /** Writes per second: every lease renewed every failoverTimeMillis ÷ 3, and checkpointed once per interval. */
  perSecond: number
}

const RENEWAL_SECONDS = K.failoverTimeMillis.value / 1000 / K.renewalsPerFailoverTime.value

/**
 * The table's writes, edge by edge. A lease-table edge (`carries: 'checkpoints'`) writes lease
 * renewals and checkpoints, counted from the KCL application's leases; whatever records the
 * traffic engine puts on it are not item writes. Every other edge writes its records.
 */
function writesOf(ctx: SizingContext): {
  records: number
  mbps: number
  peakRecords: number
  leases: LeaseWrites[]
} {
  let records = 0
  let mbps = 0
  let peakRecords = 0
  const leases: LeaseWrites[] = []
  for (const i of ctx.incoming) {
    if (
      edgeOption(i.from.service, ctx.node.service, i.edge.config?.mechanism)?.carries ===
      'checkpoints'
    ) {
      const count = (i.fromSizing?.capacity.leases ?? 0) * K.leasesPerShard.value
      const interval = (i.fromConfig as ServiceConfigOf<'kcl-app'>).checkpointIntervalSeconds
      leases.push({
        leases: count,
        checkpointIntervalSeconds: interval,
        perSecond: count / RENEWAL_SECONDS + count / interval
      })
      continue
    }
    records += i.flow.recordsPerSecond
    mbps += i.flow.mbps
    peakRecords += i.flow.peakRecordsPerSecond
  }
  return { records, mbps, peakRecords, leases }
}

export function sizeDynamoDb(ctx: SizingContext): NodeSizing {
  const config = ctx.config as ServiceConfigOf<'dynamodb'>
  const { book, node } = ctx
  const H = book.hoursPerMonth
  const S = secondsPerMonth(H)
  const { records: writes, mbps, peakRecords, leases } = writesOf(ctx)
  const peakWrites = Math.max(peakRecords, writes)
  const itemKB = averageRecordKB(writes, mbps) || 1
  const writeFactor = config.writeMode === 'transactional' ? D.transactionFactor.value : 1
  const unitsPerWrite = Math.max(1, ceilUnits(itemKB / D.writeUnitKB.value)) * writeFactor
  const leaseWrites = leases.reduce((sum, l) => sum + l.perSecond, 0)
  const leaseUnits = leaseWrites * KCL_LEASE_WRITE_UNITS

  const readKB = config.readItemSizeKB ?? itemKB
  const readFactor =
    config.readConsistency === 'strong'
      ? 1
      : config.readConsistency === 'transactional'
        ? D.transactionFactor.value
        : D.eventualReadFactor.value
  const unitsPerRead = Math.max(1, ceilUnits(readKB / D.readUnitKB.value)) * readFactor
  const reads = config.readsPerSecond
  const peakReads = Math.max(config.peakReadsPerSecond ?? reads, reads)

  // Provisioned capacity is sized for the peak; request units are billed at the average.
  const wcu = ceilUnits(peakWrites * unitsPerWrite + leaseUnits)
  const rcu = ceilUnits(peakReads * unitsPerRead)
  // A provisioned table is billed for at least 1 WCU and 1 RCU, whatever it needs.
  const billedWcu = Math.max(D.minProvisionedUnits.value, wcu)
  const billedRcu = Math.max(D.minProvisionedUnits.value, rcu)
  const writeUnitsPerSecond = writes * unitsPerWrite + leaseUnits
  const readUnitsPerSecond = reads * unitsPerRead
  const partitions = Math.max(
    ceilUnits(rcu / D.rcuPerPartition.value),
    ceilUnits(wcu / D.wcuPerPartition.value),
    1
  )

  const onDemand = [
    book.item('dynamodb.od.writeMillion', 'Write request units', (writeUnitsPerSecond * S) / 1e6),
    book.item('dynamodb.od.readMillion', 'Read request units', (readUnitsPerSecond * S) / 1e6)
  ]
  const provisioned = [
    book.item(
      'dynamodb.wcuHour',
      `Provisioned write capacity (WCU-hours)${billedWcu > wcu ? ', the 1 WCU minimum' : ''}`,
      billedWcu * H
    ),
    book.item(
      'dynamodb.rcuHour',
      `Provisioned read capacity (RCU-hours)${billedRcu > rcu ? ', the 1 RCU minimum' : ''}`,
      billedRcu * H
    )
  ]
  const storage = book.item('dynamodb.storageGBMonth', 'Table storage', config.storageGB)
  const onDemandCost = totalOf(onDemand) + storage.costUSD
  const provisionedCost = totalOf(provisioned) + storage.costUSD
  const chosen = config.capacityMode === 'on-demand' ? onDemand : provisioned
  const explain = (): string[] => {
    const lines: string[] = []
    const writeUnitText = `⌈${fmt(itemKB)} KB ÷ ${D.writeUnitKB.value} KB⌉${writeFactor > 1 ? ` × ${writeFactor} (transactional)` : ''}`
    for (const l of leases) {
      lines.push(
        `Lease table: ${fmt(l.leases)} lease(s), one per shard, each renewed every ${fmt(RENEWAL_SECONDS, 2)} s (the KCL failover time of ${fmt(K.failoverTimeMillis.value)} ms ÷ ${K.renewalsPerFailoverTime.value}) and checkpointed every ${fmt(l.checkpointIntervalSeconds)} s (the application's choice) = ${fmt(l.perSecond, 3)} writes/s of under 1 KB each; the same at the peak as on average.`
      )
    }
    const lease = leases.length > 0
    if (writes > 0 || !lease) {
      lines.push(
        `Item writes: sized for the peak of ${fmt(peakWrites)} items/s × ${writeUnitText} = ${fmt(peakWrites * unitsPerWrite)} write units/s; on-demand bills the average of ${fmt(writes)} items/s.`
      )
    }
    lines.push(
      `Write capacity = ${fmt(wcu)} WCU${lease && writes > 0 ? ' (item writes + lease writes)' : ''}.`
    )
    lines.push(
      `Read capacity = sized for the peak of ${fmt(peakReads)} reads/s × ⌈${fmt(readKB)} KB ÷ ${D.readUnitKB.value} KB⌉ × ${readFactor} (${config.readConsistency}) = ${fmt(rcu)} RCU; on-demand bills the average of ${fmt(reads)} reads/s.`
    )
    lines.push(
      `Partitions = max(⌈${fmt(rcu)} RCU ÷ ${fmt(D.rcuPerPartition.value)}⌉, ⌈${fmt(wcu)} WCU ÷ ${fmt(D.wcuPerPartition.value)}⌉, 1) = ${fmt(partitions)}.`
    )
    if (lease)
      lines.push(
        'Lease-taker scans of the lease table are small and not counted; add them to reads per second if you need them.'
      )
    lines.push(
      comparisonText(
        { name: 'on-demand', usd: onDemandCost },
        { name: 'provisioned', usd: provisionedCost }
      )
    )
    return lines
  }
  const problems: NodeSizing['problems'] = []
  if (itemKB > D.maxItemSizeKB.value) {
    problems.push({
      severity: 'error',
      code: 'dynamodb-item-too-large',
      message: `Items average ${fmt(itemKB)} KB; a DynamoDB item holds at most ${D.maxItemSizeKB.value} KB. Store large payloads in S3 and keep a pointer.`,
      nodeId: node.id,
      citation: formatCitation(D.maxItemSizeKB.citation)
    })
  }
  return {
    capacity: {
      writeCapacityUnits: wcu,
      readCapacityUnits: rcu,
      partitions
    },
    lineItems: [...chosen, storage],
    explain,
    problems,
    badge: `${fmt(wcu)} WCU`,
    alternatives: [
      {
        label: 'On-demand',
        monthlyCostUSD: onDemandCost,
        chosen: config.capacityMode === 'on-demand'
      },
      {
        label: `Provisioned (${fmt(billedWcu)} WCU, ${fmt(billedRcu)} RCU)`,
        monthlyCostUSD: provisionedCost,
        chosen: config.capacityMode === 'provisioned'
      }
    ]
  }
}
