import { formatCitation } from '../catalog/citations'
import { KINESIS_LIMITS as K } from '../catalog/limits'
import type { DiagramNode } from '../diagram/types'
import type { Problem } from '../validation/problems'
import type { LineItem, PriceBook } from './pricing/priceBook'
import type { Alternative } from './sizing/types'
import { ADVANTAGE_SHORTFALL_PREFIX, shortfallItems } from './sizing/kinesisModeItems'
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
  alternatives?: Alternative[]
}

const INGEST = new Set(['kds.oda.ingestGB'])
const RETRIEVAL = new Set(['kds.oda.retrievalGB', 'kds.oda.efoRetrievalGB'])
const ADVANTAGE_LABEL = 'On-demand Advantage'

/**
 * On-demand Advantage is one setting for the account in a Region: every on-demand stream there is
 * billed under it, and the 25 MiB/s commitments are met by all of them together
 * (streams/latest/dev/how-do-i-size-a-stream.html). Each stream's sizer prices Advantage as if the
 * stream were alone. When the diagram has an Advantage stream, this pass bills every on-demand
 * stream (Standard ones too, with a warning that says so) at the Advantage rates, works the
 * shortfall out once on their combined use, and bills it on the first Advantage stream.
 */
export function shareAdvantageCommitment(
  streams: readonly StreamEstimate[],
  book: PriceBook
): Problem[] {
  const first = streams.find((s) => s.mode === 'on-demand-advantage')
  if (!first) return []
  const problems: Problem[] = []
  const group = streams.filter((s) => s.mode === 'on-demand-advantage' || s.mode === 'on-demand')
  for (const s of group) {
    if (s.mode !== 'on-demand') continue
    const advantage = s.alternatives?.find((a) => a.label.startsWith(ADVANTAGE_LABEL))
    if (advantage?.lineItems) s.lineItems = advantage.lineItems
    const problem: Problem = {
      severity: 'warning',
      code: 'kds-advantage-account-wide',
      message: `On-demand Advantage is an account setting per Region: with ${label(first.node)} on it, this on-demand stream is billed under Advantage too, and is priced so here (its Standard price would not apply). Set its capacity mode to On-demand Advantage to say so, or keep the Advantage streams in another account or Region.`,
      nodeId: s.node.id,
      citation: formatCitation(K.advantageCommitmentMiBps.citation)
    }
    s.problems.push(problem)
    problems.push(problem)
  }
  const S = secondsPerMonth(book.hoursPerMonth)
  let ingest = 0
  let retrieval = 0
  for (const s of group) {
    for (const i of s.lineItems) {
      if (i.item.startsWith(ADVANTAGE_SHORTFALL_PREFIX)) continue
      const mibps = (i.quantity * KB_PER_MB) / S
      if (INGEST.has(i.priceId ?? '')) ingest += mibps
      else if (RETRIEVAL.has(i.priceId ?? '')) retrieval += mibps
    }
  }
  const together =
    group.length === 1 ? 'this stream alone' : `all ${group.length} on-demand streams together`
  for (const s of group) {
    const own = s.lineItems.filter((i) => !i.item.startsWith(ADVANTAGE_SHORTFALL_PREFIX))
    s.lineItems = s === first ? [...own, ...shortfallItems(book, ingest, retrieval, together)] : own
    s.monthlyCostUSD = totalOf(s.lineItems)
    if (group.length === 1) continue
    // The comparison's Advantage line now says what this stream pays in the shared account.
    s.alternatives = s.alternatives?.map((a) =>
      a.label.startsWith(ADVANTAGE_LABEL)
        ? {
            ...a,
            label: `${ADVANTAGE_LABEL} (${K.advantageCommitmentMiBps.value} MiB/s commitment shared by ${group.length} on-demand streams${s === first ? '; the shortfall billed here' : ''})`,
            monthlyCostUSD: s.monthlyCostUSD
          }
        : a
    )
  }
  return problems
}

function label(node: DiagramNode): string {
  return node.label ?? node.id
}
