import { formatCitation } from '../../catalog/citations'
import { DYNAMODB_LIMITS as D } from '../../catalog/limits'
import { DYNAMODB_WCU_PER_PARTITION } from '../assumptions'
import { comparisonText } from '../costLine'
import type { ServiceConfigOf } from '../serviceConfig'
import { secondsPerMonth } from '../units'
import { averageRecordKB, ceilUnits, fmt, totalOf, type NodeSizing, type SizingContext } from './types'

export function sizeDynamoDb(ctx: SizingContext): NodeSizing {
  const config = ctx.config as ServiceConfigOf<'dynamodb'>
  const { book, throughput, node } = ctx
  const H = book.hoursPerMonth
  const S = secondsPerMonth(H)
  const writes = throughput.inRecordsPerSecond
  const itemKB = averageRecordKB(writes, throughput.inMBps) || 1
  const unitsPerWrite = Math.max(1, ceilUnits(itemKB / D.writeUnitKB.value))
  const readFactor = config.readConsistency === 'strong' ? 1 : D.eventualReadFactor.value
  const unitsPerRead = Math.max(1, ceilUnits(itemKB / D.readUnitKB.value)) * readFactor
  const wcu = ceilUnits(writes * unitsPerWrite)
  const rcu = ceilUnits(config.readsPerSecond * unitsPerRead)

  const onDemand = [
    book.item('dynamodb.od.writeMillion', 'Write request units', (writes * unitsPerWrite * S) / 1e6),
    book.item('dynamodb.od.readMillion', 'Read request units', (config.readsPerSecond * unitsPerRead * S) / 1e6),
  ]
  const provisioned = [
    book.item('dynamodb.wcuHour', 'Provisioned write capacity (WCU-hours)', wcu * H),
    book.item('dynamodb.rcuHour', 'Provisioned read capacity (RCU-hours)', rcu * H),
  ]
  const storage = book.item('dynamodb.storageGBMonth', 'Table storage', config.storageGB)
  const onDemandCost = totalOf(onDemand) + storage.costUSD
  const provisionedCost = totalOf(provisioned) + storage.costUSD
  const chosen = config.capacityMode === 'on-demand' ? onDemand : provisioned
  const explain = (): string[] => [
    `Write capacity = ${fmt(writes)} items/s × ⌈${fmt(itemKB)} KB ÷ ${D.writeUnitKB.value} KB⌉ = ${fmt(wcu)} WCU.`,
    `Read capacity = ${fmt(config.readsPerSecond)} reads/s × ⌈${fmt(itemKB)} KB ÷ ${D.readUnitKB.value} KB⌉ × ${readFactor} (${config.readConsistency}) = ${fmt(rcu)} RCU.`,
    comparisonText({ name: 'on-demand', usd: onDemandCost }, { name: 'provisioned', usd: provisionedCost }),
  ]
  const problems: NodeSizing['problems'] = []
  if (itemKB > D.maxItemSizeKB.value) {
    problems.push({
      severity: 'error',
      code: 'dynamodb-item-too-large',
      message: `Items average ${fmt(itemKB)} KB; a DynamoDB item holds at most ${D.maxItemSizeKB.value} KB. Store large payloads in S3 and keep a pointer.`,
      nodeId: node.id,
      citation: formatCitation(D.maxItemSizeKB.citation),
    })
  }
  return {
    capacity: {
      writeCapacityUnits: wcu,
      readCapacityUnits: rcu,
      partitions: Math.max(1, ceilUnits(wcu / DYNAMODB_WCU_PER_PARTITION)),
    },
    lineItems: [...chosen, storage],
    explain,
    problems,
    badge: `${fmt(wcu)} WCU`,
    alternatives: [
      { label: 'On-demand', monthlyCostUSD: onDemandCost, chosen: config.capacityMode === 'on-demand' },
      { label: `Provisioned (${fmt(wcu)} WCU, ${fmt(rcu)} RCU)`, monthlyCostUSD: provisionedCost, chosen: config.capacityMode === 'provisioned' },
    ],
  }
}
