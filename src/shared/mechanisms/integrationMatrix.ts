/**
 * The documented integrations, derived from the mechanism data in `src/shared/mechanisms/`:
 * nothing here lists a pair by hand. An edge A → B is documented when some living mechanism
 * connects A to B; a pair no mechanism connects (or only a deleted one) is an error.
 */

import { allOptions, pairOptions, type PairOption } from './derive'
import type { Carries } from './types'
import type { Citation } from '../catalog/citations'
import type { ServiceId } from '../catalog/services'

/** An edge's verdict: documented, documented with a caveat, or not a direct integration. */
export type Verdict = 'ok' | 'warning' | 'error'

/** One documented way a source reaches a target, as the matrix and the docs list it. */
export interface IntegrationRow {
  source: ServiceId
  target: ServiceId
  verdict: Exclude<Verdict, 'error'>
  /** The edge label, e.g. "Firehose delivery". */
  mechanism: string
  mechanismId: string
  carries: Carries
  citation: Citation
  note?: string
}

function rowOf(option: PairOption): IntegrationRow {
  const row: IntegrationRow = {
    source: option.source,
    target: option.target,
    verdict: option.verdict === 'warning' ? 'warning' : 'ok',
    mechanism: option.label,
    mechanismId: option.mechanism.id,
    carries: option.carries,
    citation: option.citation
  }
  if (option.note) row.note = option.note
  return row
}

/** Every living mechanism of every pair, as rows (a pair may have several). */
export const INTEGRATION_ROWS: readonly IntegrationRow[] = allOptions()
  .filter((o) => o.verdict !== 'error')
  .map(rowOf)

const DEFAULT_ROWS = new Map<string, IntegrationRow>()
for (const row of INTEGRATION_ROWS) {
  const key = `${row.source}>${row.target}`
  if (!DEFAULT_ROWS.has(key)) DEFAULT_ROWS.set(key, row)
}

/** The pair's default living mechanism, or undefined when the pair is not documented. */
export function findIntegration(source: ServiceId, target: ServiceId): IntegrationRow | undefined {
  const first = pairOptions(source, target).find((o) => o.verdict !== 'error')
  return first ? DEFAULT_ROWS.get(`${source}>${target}`) : undefined
}

/** One row per documented pair: its default mechanism. */
export function integrationRows(): IntegrationRow[] {
  return [...DEFAULT_ROWS.values()]
}
