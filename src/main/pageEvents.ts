import type { WebContents } from 'electron'
import type { z } from 'zod'
import { type BridgeEvent, IPC_EVENTS } from '../shared/ipc/channels'
import { IPC_EVENT_CONTRACT } from '../shared/ipc/contract'

export type EventPayload<E extends BridgeEvent> = z.infer<(typeof IPC_EVENT_CONTRACT)[E]>

export interface PageTarget {
  isDestroyed(): boolean
  webContents: Pick<WebContents, 'send'>
}

/**
 * Sends a main → renderer event, checked against the contract first (an invalid payload is a bug
 * in main and throws here rather than confusing the page). Returns false when there is no page.
 */
export function sendToPage<E extends BridgeEvent>(
  target: PageTarget | null | undefined,
  event: E,
  payload: EventPayload<E>
): boolean {
  const checked: unknown = IPC_EVENT_CONTRACT[event].parse(payload)
  if (!target || target.isDestroyed()) return false
  if (checked === undefined) target.webContents.send(IPC_EVENTS[event])
  else target.webContents.send(IPC_EVENTS[event], checked)
  return true
}
