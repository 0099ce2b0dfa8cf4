import { formatNumber } from './units'

/** How a figure reads: its label, and the unit after the number (one form, or singular and plural). */
export interface FigureLabel {
  label: string
  unit?: string | readonly [one: string, many: string]
}

/**
 * Every capacity figure a sizer reports, keyed as the estimate (and the CLI's JSON) names it.
 * The inspector and the CLI's text output show figures only through this table, so a key
 * without an entry is a type error, not a camelCase word on screen.
 */
export const FIGURE_LABELS = {
  shards: { label: 'Shards' },
  shardsNeeded: { label: 'Shards the peak needs' },
  kinesisRecordsPerSecond: { label: 'Kinesis records after KPL aggregation', unit: 'per second' },
  onDemandInitialWriteMBps: {
    label: 'Write capacity a new on-demand stream starts with',
    unit: 'MB/s'
  },
  ingestedGBPerMonth: { label: 'Data ingested', unit: 'GB per month' },
  writeCapacityUnits: { label: 'Write capacity', unit: 'WCU' },
  readCapacityUnits: { label: 'Read capacity', unit: 'RCU' },
  partitions: { label: 'Partitions' },
  concurrency: { label: 'Concurrent executions' },
  invocationsPerSecond: { label: 'Invocations', unit: 'per second' },
  brokers: { label: 'Brokers' },
  requestsPerSecond: { label: 'Queue requests', unit: 'per second' },
  publishesPerSecond: { label: 'Publish requests', unit: 'per second' },
  messagesPerSecond: { label: 'Metered messages', unit: 'per second' },
  storedGB: { label: 'Data stored', unit: 'GB' },
  putsPerSecond: { label: 'PUT requests', unit: 'per second' },
  tbScannedPerMonth: { label: 'Data scanned', unit: 'TB per month' },
  dpuHoursPerMonth: { label: 'DPU-hours', unit: 'per month' },
  dpus: { label: 'Capacity', unit: ['DPU', 'DPUs'] },
  objects: { label: 'Catalog objects' },
  nodeHoursPerMonth: { label: 'Node-hours', unit: 'per month' },
  rpus: { label: 'Base capacity', unit: ['RPU', 'RPUs'] },
  nodes: { label: 'Nodes' },
  instances: { label: 'Instances' },
  kpus: { label: 'Capacity', unit: ['KPU', 'KPUs'] },
  authors: { label: 'Authors' },
  readers: { label: 'Readers' },
  ingestGBPerMonth: { label: 'Video ingested', unit: 'GB per month' },
  transitionsPerMonth: { label: 'State transitions', unit: 'per month' },
  apiRequestsPerSecond: { label: 'API requests', unit: 'per second' },
  billedEventsPerSecond: { label: 'Billed custom events', unit: 'per second' },
  pipeRequestsPerSecond: { label: 'Pipe requests', unit: 'per second' },
  ocus: { label: 'Ingestion capacity (rule of thumb)', unit: ['OCU', 'OCUs'] },
  leases: { label: 'Lease-table leases (one per shard)' },
  directPutRequestsPerSecond: { label: 'Direct PUT requests at the peak', unit: 'per second' }
} as const satisfies Record<string, FigureLabel>

export type FigureKey = keyof typeof FIGURE_LABELS

/** A node's capacity figures. */
export type Figures = Partial<Record<FigureKey, number>>

/** "3,000 WCU", "2 DPUs", "1 DPU", "12.5 per second", "3" (a count whose label names the thing). */
export function figureValueText(key: FigureKey, value: number): string {
  const unit = (FIGURE_LABELS[key] as FigureLabel).unit
  const number = formatNumber(value)
  if (unit === undefined) return number
  const word = typeof unit === 'string' ? unit : value === 1 ? unit[0] : unit[1]
  return `${number} ${word}`
}

/** "Write capacity: 3,000 WCU". */
export function figureText(key: FigureKey, value: number): string {
  return `${FIGURE_LABELS[key].label}: ${figureValueText(key, value)}`
}

/** A node's figures in the order the sizer gave them, each with its label. */
export function labelledFigures(
  figures: Figures
): Array<{ key: FigureKey; label: string; value: string }> {
  const out: Array<{ key: FigureKey; label: string; value: string }> = []
  for (const [key, value] of Object.entries(figures) as Array<[FigureKey, number | undefined]>) {
    if (value === undefined) continue
    out.push({ key, label: FIGURE_LABELS[key].label, value: figureValueText(key, value) })
  }
  return out
}
