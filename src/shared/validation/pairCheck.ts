import type { Citation } from '../catalog/citations'
import type { ServiceId } from '../catalog/services'
import type { Verdict } from '../mechanisms/integrationMatrix'
import type { Carries } from '../mechanisms/types'

/** What an edge check answers; its own file so the check and its error wording share it without a cycle. */

/** One mechanism the user can pick for an edge (`edge.config.mechanism`). */
export interface MechanismChoice {
  id: string
  label: string
  carries: Carries
  verdict: Verdict
}

export interface PairCheck {
  verdict: Verdict
  /** One readable sentence or two: the mechanism, the caveat, or why not and what to do. */
  reason: string
  /** Short label for the edge, e.g. "Firehose delivery". */
  mechanism?: string
  /** The mechanism's id, as `edge.config.mechanism` names it. */
  mechanismId?: string
  /** What the edge moves. */
  carries?: Carries
  /** The main source; `citations` lists every list the verdict rests on, this one first. */
  citation?: Citation
  citations?: Citation[]
  /** Every mechanism connecting the pair, the default first; set when there is more than one. */
  choices?: MechanismChoice[]
  /** Services to insert, in order, when the pair is not a direct integration. */
  insert?: ServiceId[]
}
