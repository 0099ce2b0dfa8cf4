import type { Carries } from '../mechanisms/types'
import type { MechanismChoice } from './pairCheck'

/**
 * What an edge moves, for people: the kind, then in brackets what that means. Only `data` moves
 * records onward; the brackets say so for the rest, so that a lease-table or notification edge is
 * not read as a data path.
 */
const CARRIES_TEXT: Record<Carries, string> = {
  data: 'data (records or objects)',
  notification: 'notification (an event about an object, not its content)',
  metadata: 'metadata (tables and partitions, not the data)',
  control: 'control (starts a job or runs a query; no data)',
  keys: 'keys (encryption keys for the other service, not data)',
  checkpoints: "checkpoints (a consumer's lease and progress, not the records)"
}

export function carriesText(carries: Carries): string {
  return CARRIES_TEXT[carries]
}

const VERDICT_SIGN = { ok: '', warning: '⚠ ', error: '✗ ' } as const

/** One choice of mechanism as a menu item says it: "lease table and checkpoints — checkpoints". */
export function mechanismChoiceText(choice: MechanismChoice, isDefault: boolean): string {
  return `${VERDICT_SIGN[choice.verdict]}${choice.label} — ${choice.carries}${isDefault ? ' (default)' : ''}`
}
