import { useConnection } from '@xyflow/react'
import { useEffect } from 'react'
import type { ServiceId } from '../../../shared/catalog/services'
import { checkServicePair } from '../../../shared/validation/edgeCheck'

/**
 * While a connection is dragged, every service node shows the verdict it would get. One
 * subscription here marks the nodes once when the drag starts, instead of each of a thousand
 * nodes watching the connection on every mouse move.
 */
export function ConnectionHighlighter() {
  const from = useConnection((c) =>
    c.inProgress
      ? { id: c.fromNode.id, service: (c.fromNode.data as { service?: ServiceId }).service }
      : undefined
  )
  const fromId = from?.id
  const fromService = from?.service
  useEffect(() => {
    const root = document.querySelector('.canvas')
    if (!root || !fromId || !fromService) return
    root.classList.add('is-connecting')
    const marked: HTMLElement[] = []
    for (const el of root.querySelectorAll<HTMLElement>('.react-flow__node-service')) {
      const card = el.querySelector<HTMLElement>('.service-node')
      const service = card?.dataset.service as ServiceId | undefined
      if (!card || !service || el.dataset.id === fromId) continue
      card.dataset.connectVerdict = checkServicePair(fromService, service).verdict
      marked.push(card)
    }
    return () => {
      root.classList.remove('is-connecting')
      for (const card of marked) delete card.dataset.connectVerdict
    }
  }, [fromId, fromService])
  return null
}
