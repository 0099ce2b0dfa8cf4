import { serviceName } from '../catalog/services'
import type { Diagram, DiagramNode } from '../diagram/types'
import {
  FIREHOSE_DEFAULT_RECORDS_PER_REQUEST,
  KCL_LEASE_WRITE_UNITS,
  SIZE_RATIOS,
  TRAFFIC_CEILING
} from './assumptions'
import type { DiagramEstimate } from './estimate'
import { readServiceConfigCached } from './serviceConfig'
import { formatNumber } from './units'
import { multiplierText } from './whatIf'

/**
 * What a bill of materials assumes beyond the diagram's own settings, as sentences: the prices'
 * date and month, the user's own prices, the what-if multiplier, the traffic that enters, and
 * each modelling assumption of assumptions.ts that one of the diagram's services relies on. A
 * reviewer reads these to judge the figures; each is said only when it applies.
 */
export function bomAssumptions(
  diagram: Diagram,
  estimate: DiagramEstimate,
  pricing: { region: string; asOf: string; hoursPerMonth: number },
  trafficMultiplier: number
): string[] {
  const out: string[] = [
    `${pricing.region} list prices as of ${pricing.asOf} (the oldest list price used); a month is ${formatNumber(pricing.hoursPerMonth)} hours. Free tiers, taxes, data transfer and KMS are left out. Each line is rounded to the cent; the total is of the unrounded lines.`
  ]
  const labelOf = (n: DiagramNode) => n.label ?? serviceName(n.service)
  const quoted = (names: Iterable<string>) => [...new Set(names)].map((n) => `“${n}”`).join(', ')
  const nodeById = new Map(diagram.nodes.map((n) => [n.id, n]))
  const yours: string[] = []
  const entered: string[] = []
  for (const e of estimate.nodes) {
    for (const i of e.lineItems) {
      if (i.overridden) yours.push(i.item)
      else if (!i.priceId) entered.push(labelOf(nodeById.get(e.id)!))
    }
  }
  if (yours.length > 0)
    out.push(
      `Your own unit price (saved in the file) replaces the list price for ${quoted(yours)}.`
    )
  if (entered.length > 0)
    out.push(`The monthly cost of ${quoted(entered)} is the one entered in the diagram.`)
  if (trafficMultiplier !== 1)
    out.push(
      `What-if: every source's traffic is ${multiplierText(trafficMultiplier)} what the diagram says (a view in the app, not saved in the file).`
    )

  const fed = new Set(diagram.edges.map((e) => e.target))
  for (const n of diagram.nodes) {
    const t = estimate.byId.get(n.id)?.throughput
    if (!t || fed.has(n.id) || t.outRecordsPerSecond <= 0) continue
    out.push(
      `Traffic in: ${quoted([labelOf(n)])} sends ${formatNumber(t.outRecordsPerSecond)} records/s (${formatNumber(t.outMBps, 3)} MB/s) on average and ${formatNumber(t.peakOutRecordsPerSecond)} records/s at the peak.`
    )
  }

  const ratios: string[] = []
  const directPut: string[] = []
  let leases = false
  for (const n of diagram.nodes) {
    const capacity = estimate.byId.get(n.id)?.capacity
    if (capacity?.leases !== undefined) leases = true
    if (n.service === 'kinesis-firehose') {
      const c = readServiceConfigCached('kinesis-firehose', n.config).value
      if (c.compression !== 'none')
        ratios.push(`${c.compression} at ${SIZE_RATIOS.compression[c.compression]} (${labelOf(n)})`)
      if (c.formatConversion !== 'none')
        ratios.push(
          `${c.formatConversion} at ${SIZE_RATIOS.columnarFormat[c.formatConversion]} (${labelOf(n)})`
        )
      if (c.recordsPerRequest === undefined && capacity?.directPutRequestsPerSecond !== undefined)
        directPut.push(labelOf(n))
    }
    if (n.service === 'glue-etl') {
      const c = readServiceConfigCached('glue-etl', n.config).value
      if (c.outputFormat !== 'same')
        ratios.push(
          `${c.outputFormat} at ${SIZE_RATIOS.columnarFormat[c.outputFormat]} (${labelOf(n)})`
        )
    }
  }
  if (ratios.length > 0)
    out.push(
      `Compressed or converted data is this fraction of its JSON size: ${ratios.join(', ')}. Pipewright's typical ratios for JSON records; yours depend on the data.`
    )
  if (directPut.length > 0)
    out.push(
      `Producers writing straight to ${quoted(directPut)} send ${formatNumber(FIREHOSE_DEFAULT_RECORDS_PER_REQUEST)} records per PutRecordBatch call (an IoT rule sends 1); set "Records per request" if yours send fewer.`
    )
  if (leases)
    out.push(
      `Each KCL lease renewal or checkpoint is ${formatNumber(KCL_LEASE_WRITE_UNITS)} write unit (a lease-table row is well under 1 KB).`
    )
  if (estimate.problems.some((p) => p.code === 'traffic-overflow'))
    out.push(
      `Traffic past ${formatNumber(TRAFFIC_CEILING.recordsPerSecond)} records/s or ${formatNumber(TRAFFIC_CEILING.mbps)} MB/s through one service is held at that ceiling.`
    )
  return out
}
