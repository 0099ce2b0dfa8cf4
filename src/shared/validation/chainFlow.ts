import type { ServiceId } from '../catalog/services'
import type { PairOption } from '../mechanisms/derive'
import type { Carries } from '../mechanisms/types'

/** What a fix chain may pass through: which hops are allowed and what flows on after each. */

/**
 * Compute that reads the object a notification names, so that data flows on after it.
 * A notification into anything else still carries only the event.
 */
const READS_NOTIFIED_OBJECTS: ReadonlySet<ServiceId> = new Set<ServiceId>(['lambda'])

/** Topics, queues and buses pass a notification on unchanged, to compute that reads the object. */
const RELAYS_NOTIFICATIONS: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'sns',
  'sqs',
  'eventbridge'
])

/**
 * Where a state-change event ("the Glue job finished") is worth delivering: something that acts
 * on it or tells a person. A stream or a bucket would only store the event.
 */
const HANDLES_EVENTS: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'lambda',
  'step-functions',
  'sns',
  'sqs',
  'http-endpoint',
  'cloudwatch-logs'
])

/** Orchestrators and job runners whose work data may start (a pipe submits a Batch job). */
const STARTS_WITH_DATA: ReadonlySet<ServiceId> = new Set<ServiceId>([
  'step-functions',
  'batch',
  'glue-crawler',
  'mwaa'
])

/**
 * What is in flight at a service along a chain: data (records or objects), a notification on
 * its way to compute that reads the object, or table metadata (after a crawler or a job wrote
 * tables), or keys.
 */
export type Flow =
  'origin' | 'data' | 'notification' | 'event' | 'delivered' | 'started' | 'metadata' | 'keys'

/**
 * Whether a fix may use this option as a hop at all: never a transformation hook, a deleted or
 * closed mechanism, or a one-off import. (A `notABridge` hop may only end a chain.)
 */
export function isUsableHop(option: PairOption): boolean {
  return !(
    option.verdict === 'error' ||
    option.link.lifecycle ||
    option.link.oneOff ||
    option.mechanism.hook
  )
}

/**
 * What flows after the hop, given what flowed before it; `undefined` when the hop cannot follow.
 * - Data moves only through mechanisms that carry it onward.
 * - A notification that names data (an S3 object) travels on only through topics, queues and
 *   buses, into Lambda, which reads the data and carries it on, or into the chain's last service
 *   (`delivered`: it receives the event and nothing goes on from there).
 * - A state-change event (a Glue job finished) names no data: relays pass it on, anything else
 *   is where it is delivered, Lambda included.
 * - A control edge into Lambda (a Step Functions task) hands it the input, so data goes on; into
 *   an orchestrator or job runner it ends the chain (`started`: the data starts the work).
 * - Metadata never turns back into data; keys only follow keys. `origin` starts a notification
 *   chain: its first hop must be the notification itself.
 */
export function flowAfter(before: Flow, option: PairOption): Flow | undefined {
  const carries: Carries = option.carries
  const to = option.target
  if (before === 'delivered' || before === 'started') return undefined
  if (before === 'keys' || carries === 'keys')
    return before === 'keys' && carries === 'keys' ? 'keys' : undefined
  if (carries === 'checkpoints') return undefined
  if (carries === 'control') {
    if (before !== 'data') return undefined
    return READS_NOTIFIED_OBJECTS.has(to)
      ? 'data'
      : STARTS_WITH_DATA.has(to)
        ? 'started'
        : undefined
  }
  if (carries === 'metadata')
    return before === 'data' || before === 'metadata' ? 'metadata' : undefined
  if (before === 'metadata') return undefined
  if (before === 'notification' || before === 'event') return eventOnward(before, to)
  if (carries === 'notification')
    return eventOnward(option.mechanism.namesData ? 'notification' : 'event', to)
  return before === 'origin' ? undefined : 'data'
}

/** Where an event in flight goes next: on through a relay, into Lambda, or delivered. */
function eventOnward(event: 'notification' | 'event', to: ServiceId): Flow | undefined {
  if (RELAYS_NOTIFICATIONS.has(to)) return event
  // Only a notification that names data lets the Lambda it invokes carry the data on.
  if (event === 'notification') return READS_NOTIFIED_OBJECTS.has(to) ? 'data' : 'delivered'
  return HANDLES_EVENTS.has(to) ? 'delivered' : undefined
}
