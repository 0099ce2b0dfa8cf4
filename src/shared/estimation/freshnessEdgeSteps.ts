/** Which edges delay data, and the delay an edge adds itself (a Kinesis read, an S3 event). */
import { usesEnhancedFanOut } from '../catalog/consumerCapabilities'
import type { ServiceId } from '../catalog/services'
import type { DiagramEdge, DiagramNode } from '../diagram/types'
import type { PairOption } from '../mechanisms/derive'
import { F, figureStep, formatDelay, type FreshnessStep } from './freshnessStep'

const MOVES = 1
export const METADATA = 2

/** Whether data moves along the edge (and so delay adds up along it), or only metadata does. */
export function propagates(option: PairOption | undefined, from: ServiceId, to: ServiceId): number {
  // A crawler reads the data store itself on its schedule: new data is in the catalog only after a run.
  if (to === 'glue-crawler') return MOVES
  const carries = option?.carries ?? 'data'
  if (carries === 'data' || (carries === 'notification' && from === 's3')) return MOVES
  return carries === 'metadata' ? METADATA : 0
}

export function edgeStep(
  edge: DiagramEdge,
  option: PairOption | undefined,
  from: DiagramNode,
  to: DiagramNode,
  sharedConsumers: number,
  text: boolean
): FreshnessStep | undefined {
  if (from.service === 'kinesis-data-streams') {
    if (usesEnhancedFanOut(edge, to.service)) {
      const s = F.kdsEnhancedFanOutPropagation.value
      return figureStep(
        to.id,
        text
          ? `Kinesis enhanced fan-out pushes records to this consumer in about ${formatDelay(s)}`
          : '',
        s,
        s,
        'kdsEnhancedFanOutPropagation',
        edge.id
      )
    }
    const consumers = Math.min(Math.max(sharedConsumers, 1), 5)
    const s =
      consumers === 1
        ? F.kdsClassicPropagation.value
        : F.kdsClassicPropagation.value +
          ((F.kdsClassicPropagationFiveConsumers.value - F.kdsClassicPropagation.value) *
            (consumers - 1)) /
            4
    if (consumers === 1)
      return figureStep(
        to.id,
        text
          ? `Kinesis classic consumer read: about ${formatDelay(s)} with one shared consumer`
          : '',
        s,
        s,
        'kdsClassicPropagation',
        edge.id
      )
    return figureStep(
      to.id,
      text
        ? `Kinesis classic consumer read: about ${formatDelay(s)} with ${consumers} shared consumers`
        : '',
      s,
      s,
      'kdsClassicPropagationFiveConsumers',
      edge.id
    )
  }
  if (from.service === 's3' && to.service !== 'glue-crawler') {
    const carries = option?.carries
    if (carries === 'notification') {
      return figureStep(
        to.id,
        'S3 event notification: typically delivered in seconds, sometimes a minute or longer',
        F.s3EventSlowSeconds.value,
        F.s3EventTypicalSeconds.value,
        's3EventSlowSeconds',
        edge.id
      )
    }
  }
  return undefined
}
