import type { Citation } from '../catalog/citations'
import type { ServiceId } from '../catalog/services'

/**
 * What an edge made by a mechanism moves. Only `data` carries records or objects onward; a
 * `notification` says an object exists (about 1 KB, not its content); `metadata` is tables and
 * partitions; `control` starts a job or runs a query; `keys` protect another service's data;
 * `checkpoints` are a consumer's lease and progress state.
 */
export type Carries = 'data' | 'notification' | 'metadata' | 'control' | 'keys' | 'checkpoints'

export const CARRIES_KINDS: readonly Carries[] = [
  'data',
  'notification',
  'metadata',
  'control',
  'keys',
  'checkpoints'
]

/** AWS's own notice that a mechanism has gone or is going. */
export interface Lifecycle {
  /** `deleted`: the mechanism no longer exists (an error); `closed`: closed to new customers (a warning). */
  status: 'deleted' | 'closed'
  /** ISO date the notice takes effect, when AWS gives one. */
  since?: string
  /** One sentence for people: what happened and what to use instead. */
  notice: string
  citation: Citation
}

/** One set of (source, target) pairs a mechanism connects, with what sets it apart. */
export interface MechanismLink {
  from: readonly ServiceId[]
  to: readonly ServiceId[]
  /** Edge label when it differs from the mechanism's, e.g. "IoT rule action (Kafka)". */
  label?: string
  /** A caveat makes the pair a warning; the note says what it takes. */
  caveat?: string
  /** Worth knowing but no reason for a warning (how AWS implements it, a prerequisite). */
  note?: string
  /** A more specific source than the mechanism's (a seed statement, a page for this member). */
  citation?: Citation
  /** The user writes and runs this code (an SDK call from a function); said in the reason. */
  customCode?: boolean
  /**
   * A fix may end with this hop but not go on through its target: a path to one destination
   * (a bulk load into a database, a function's logs), not a way onward.
   */
  notABridge?: boolean
  /** Never part of a fix: a one-off import that creates a new table, a migration source. */
  oneOff?: boolean
  /** The pair's default when several mechanisms connect it (the most common use). */
  preferred?: boolean
  lifecycle?: Lifecycle
  /**
   * A pair the seed notes claim and AWS's own list contradicts: kept so the verdict can say
   * so, but an error (AWS wins). The text says what AWS documents instead.
   */
  refuted?: string
}

export interface Mechanism {
  /** Stable id, saved in `edge.config.mechanism`; never renamed once shipped. */
  id: string
  /** As AWS titles the list, e.g. "Firehose destinations". */
  name: string
  /** The service whose documentation owns the list. */
  owner: ServiceId
  carries: Carries
  /** Short edge label, e.g. "Firehose delivery". */
  label: string
  citation: Citation
  links: readonly MechanismLink[]
  /**
   * A transformation hook (Firehose's Lambda transform): the hook's target returns records to the
   * caller rather than forwarding them, so a fix never routes data through it.
   */
  hook?: boolean
  /**
   * A notification that names data compute can then read (an S3 object, a finished job's
   * results): Lambda invoked by it can carry the data on. A state-change event names none.
   */
  namesData?: boolean
  /**
   * The owner's list is the whole list: what the owner sends to (as a source) is exactly these
   * targets. An error out of the owner then says what it delivers to.
   */
  exhaustive?: boolean
  /** When the target is not on an exhaustive list: what to use instead, as a clause. */
  instead?: string
  /**
   * `instead` is the better design even when a chain exists: a detour of two services or more
   * out of the owner is not offered (Firehose → S3 → Lambda → DynamoDB).
   */
  insteadOverDetour?: boolean
  /**
   * The owner takes data only from the members themselves (DMS reads databases): a fix never
   * routes other data into it through a chain.
   */
  membersOnly?: boolean
}

export function link(
  from: readonly ServiceId[],
  to: readonly ServiceId[],
  extra: Omit<MechanismLink, 'from' | 'to'> = {}
): MechanismLink {
  return { from, to, ...extra }
}
