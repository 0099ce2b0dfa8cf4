import { formatCitation } from '../catalog/citations'
import { KINESIS_LIMITS as K } from '../catalog/limits'
import type { DiagramNode } from '../diagram/types'
import type { Problem } from '../validation/problems'
import type { LineItem, PriceBook } from './pricing/priceBook'
import { ADVANTAGE_SHORTFALL_PREFIX, shortfallItems } from './sizing/kinesisStreams'
import { totalOf } from './sizing/types'
import { KB_PER_MB, secondsPerMonth } from './units'

/** What the account-wide pass needs of a stream's estimate; it replaces the line items. */
export interface StreamEstimate {
  node: DiagramNode
  /** The stream's capacity mode, as its settings were read. */
  mode: string
  lineItems: LineItem[]
  monthlyCostUSD: number
  problems: Problem[]
}

const INGEST = new Set(['kds.oda.ingestGB'])
const RETRIEVAL = new Set(['kds.oda.retrievalGB', 'kds.oda.efoRetrievalGB'])

/**
 * On-demand Advantage is one setting for the account in a Region: every on-demand stream there is
 * billed under it, and the 25 MiB/s commitments are met by all of them together. Each stream's
 * sizer prices the commitment as if it were alone; with several Advantage streams in the diagram,
 * their shortfall is worked out once, on their combined use, and billed on the first of them.
 * A Standard on-demand stream beside an Advantage one is told that it, too, is billed as Advantage.
 */
export function shareAdvantageCommitment(streams: readonly StreamEstimate[], book: PriceBook): Problem[] {
  const advantage = streams.filter((s) => s.mode === 'on-demand-advantage')
  if (advantage.length === 0) return []
  const problems: Problem[] = []
  for (const s of streams) {
    if (s.mode !== 'on-demand') continue
    const problem: Problem = {
      severity: 'warning',
      code: 'kds-advantage-account-wide',
      message: `On-demand Advantage is an account setting per Region: with ${label(advantage[0]!.node)} on it, this on-demand stream is billed under Advantage too (its Standard price here would not apply). Set its capacity mode to On-demand Advantage, or keep Advantage streams in another account or Region.`,
      nodeId: s.node.id,
      citation: formatCitation(K.advantageCommitmentMiBps.citation),
    }
    s.problems.push(problem)
    problems.push(problem)
  }
  if (advantage.length < 2) return problems
  const S = secondsPerMonth(book.hoursPerMonth)
  let ingest = 0
  let retrieval = 0
  for (const s of advantage) {
    for (const i of s.lineItems) {
      if (i.item.startsWith(ADVANTAGE_SHORTFALL_PREFIX)) continue
      const mibps = (i.quantity * KB_PER_MB) / S
      if (INGEST.has(i.priceId ?? '')) ingest += mibps
      else if (RETRIEVAL.has(i.priceId ?? '')) retrieval += mibps
    }
  }
  advantage.forEach((s, n) => {
    const own = s.lineItems.filter((i) => !i.item.startsWith(ADVANTAGE_SHORTFALL_PREFIX))
    s.lineItems = n === 0 ? [...own, ...shortfallItems(book, ingest, retrieval, `all ${advantage.length} Advantage streams together`)] : own
    s.monthlyCostUSD = totalOf(s.lineItems)
  })
  return problems
}

function label(node: DiagramNode): string {
  return node.label ?? node.id
}
