import { freshnessToJson } from './freshnessJson'
import type { DiagramEstimate } from './estimate'
import { roundFigure, roundUsd } from './units'

/** The CLI's JSON shape: figures rounded, internal fields left out. */
export function estimateToJson(estimate: DiagramEstimate) {
  return {
    nodes: estimate.nodes.map((n) => ({
      id: n.id,
      service: n.service,
      throughput: {
        inRecordsPerSecond: roundFigure(n.throughput.inRecordsPerSecond),
        inMBps: roundFigure(n.throughput.inMBps),
        outRecordsPerSecond: roundFigure(n.throughput.outRecordsPerSecond),
        outMBps: roundFigure(n.throughput.outMBps),
        peakInRecordsPerSecond: roundFigure(n.throughput.peakInRecordsPerSecond),
        peakInMBps: roundFigure(n.throughput.peakInMBps),
        peakOutRecordsPerSecond: roundFigure(n.throughput.peakOutRecordsPerSecond),
        peakOutMBps: roundFigure(n.throughput.peakOutMBps)
      },
      capacity: Object.fromEntries(Object.entries(n.capacity).map(([k, v]) => [k, roundFigure(v)])),
      lineItems: n.lineItems.map((i) => ({
        item: i.item,
        quantity: roundFigure(i.quantity),
        unit: i.unit,
        unitPriceUSD: i.unitPriceUSD,
        costUSD: roundUsd(i.costUSD)
      })),
      monthlyCostUSD: roundUsd(n.monthlyCostUSD),
      // Each capacity mode priced for this traffic (Kinesis streams, DynamoDB tables); `chosen` is the node's.
      ...(n.alternatives
        ? {
            modes: n.alternatives.map((a) => ({
              label: a.label,
              monthlyCostUSD: roundUsd(a.monthlyCostUSD),
              chosen: a.chosen
            }))
          }
        : {})
    })),
    totalMonthlyCostUSD: roundUsd(estimate.totalMonthlyCostUSD),
    pricing: estimate.pricing,
    freshness: freshnessToJson(estimate.freshness)
  }
}
