import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import type { TemplateBuild } from './exportBuild'
import { finishFirehose } from './exportFirehose'
import { isObject } from './exportModel'
import { finishDms } from './exportWiringApi'
import { finishPipe, finishRule, finishStateMachine } from './exportWiringFlows'

type Finisher = (b: TemplateBuild, node: DiagramNode, id: string) => void

/** A crawler with nothing to crawl or no database to write to is named, not left silent. */
function finishCrawler(b: TemplateBuild, node: DiagramNode, id: string): void {
  const props = b.props(id)
  if (isObject(props.Targets) && Object.keys(props.Targets).length === 0)
    b.leave(`Give crawler ${id} its targets: the diagram has no data store it crawls.`)
  if (props.DatabaseName === undefined) {
    props.DatabaseName = b.parameter(`${id}DatabaseName`, {
      Type: 'String',
      Description: `Glue database crawler ${node.label ?? node.id} writes tables to`
    })
    b.leave(`Name the Glue database crawler ${id} writes to (parameter ${id}DatabaseName).`)
  }
}

function finishTopicRule(b: TemplateBuild, _node: DiagramNode, id: string): void {
  const payload = b.props(id).TopicRulePayload
  if (isObject(payload) && Array.isArray(payload.Actions) && payload.Actions.length === 0)
    b.leave(`Give IoT rule ${id} its actions: the diagram has none the template can write.`)
}

function finishWorkGroup(b: TemplateBuild, _node: DiagramNode, id: string): void {
  if (b.props(id).WorkGroupConfiguration === undefined)
    b.leave(
      `Set where workgroup ${id} writes query results (no S3 bucket follows it in the diagram).`
    )
}

/** What a resource needs once every edge is seen. */
export const FINISHERS: Partial<Record<ServiceId, Finisher>> = {
  'kinesis-firehose': finishFirehose,
  'step-functions': finishStateMachine,
  eventbridge: finishRule,
  'eventbridge-pipes': finishPipe,
  dms: finishDms,
  'glue-crawler': finishCrawler,
  'iot-core': finishTopicRule,
  athena: finishWorkGroup
}
