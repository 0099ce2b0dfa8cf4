import type { DiagramEdge, DiagramNode } from '../../diagram/types'
import type { PairOption } from '../../mechanisms/derive'
import type { ActionSetId, PrincipalKind } from './exportActions'
import type { RefKind, TemplateBuild } from './exportBuild'
import { getAtt, ref, type CfnValue } from './exportModel'

/** One edge as a wiring rule sees it; `sourceId`/`targetId` are logical ids (resources or externals). */
export interface EdgeContext {
  b: TemplateBuild
  edge: DiagramEdge
  source: DiagramNode
  target: DiagramNode
  option: PairOption
  sourceId: string
  targetId: string
}

/** Writes an edge into the template; returns what it wrote, or undefined when it wrote nothing. */
export type Wiring = (e: EdgeContext) => string | undefined

/** A node the template creates (not external, not folded into another resource). */
export function owned(e: EdgeContext, node: DiagramNode): boolean {
  return node.external === undefined && e.b.resources.has(e.b.nodeIds.get(node.id) ?? '')
}

/** A reference to the node, or a parameter naming it when the template cannot say it. */
export function refTo(e: EdgeContext, node: DiagramNode, kind: RefKind): CfnValue {
  const value = e.b.refOf(node.id, kind)
  if (value) return value
  const id = e.b.nodeIds.get(node.id) ?? e.b.uniqueId(node.id)
  const words = { arn: 'ARN', name: 'name', url: 'URL', streamArn: 'stream ARN' }
  const suffix = { arn: 'Arn', name: 'Name', url: 'Url', streamArn: 'StreamArn' }
  return e.b.parameter(`${id}${suffix[kind]}`, {
    Type: 'String',
    Description: `${words[kind]} of ${node.label ?? node.id}`
  })
}

/**
 * The role a node runs as; for an external node there is none to write into, so the grant is
 * left to the user.
 */
export function grantOn(
  e: EdgeContext,
  holder: DiagramNode,
  kind: PrincipalKind,
  setId: ActionSetId,
  on: DiagramNode,
  kindOfRef: RefKind = 'arn'
): string | undefined {
  const holderId = e.b.nodeIds.get(holder.id)!
  if (holder.external !== undefined) {
    e.b.leave(
      `Grant the role of external ${holderId} the ${setId} actions on ${e.b.nodeIds.get(on.id) ?? on.id}.`
    )
    return undefined
  }
  const roleId = e.b.role(holder.id, kind, holderId)
  e.b.grant(roleId, setId, refTo(e, on, kindOfRef), e.b.nodeIds.get(on.id) ?? on.id)
  return roleId
}

/** A role of its own for one integration (a rule's targets, an SNS subscription to Firehose). */
export function roleArn(e: EdgeContext, holder: DiagramNode, kind: PrincipalKind): CfnValue {
  return getAtt(e.b.role(holder.id, kind, e.b.nodeIds.get(holder.id)!), 'Arn')
}

/** Lets a service principal invoke a function (S3, SNS, EventBridge, IoT, CloudWatch Logs). */
export function permitInvoke(
  e: EdgeContext,
  fn: DiagramNode,
  principal: string,
  sourceArn: CfnValue
): string {
  const caller = fn.id === e.source.id ? e.targetId : e.sourceId
  const id = e.b.uniqueId(`${e.b.nodeIds.get(fn.id)!}InvokeBy${caller}`)
  e.b.addResource(id, {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      FunctionName: refTo(e, fn, 'arn'),
      Action: 'lambda:InvokeFunction',
      Principal: principal,
      SourceArn: sourceArn,
      SourceAccount: ref('AWS::AccountId')
    }
  })
  return id
}

/** A policy on a queue or topic letting a service principal send to it from one source. */
export function allowSend(
  e: EdgeContext,
  into: DiagramNode,
  principal: string,
  sourceArn: CfnValue
): string | undefined {
  const isQueue = into.service === 'sqs'
  const intoId = e.b.nodeIds.get(into.id)!
  if (!owned(e, into)) {
    e.b.leave(`Allow ${principal} to send to external ${intoId} from ${e.sourceId}.`)
    return undefined
  }
  const id = e.b.uniqueId(`${intoId}PolicyFor${e.sourceId}`)
  e.b.addResource(id, {
    Type: isQueue ? 'AWS::SQS::QueuePolicy' : 'AWS::SNS::TopicPolicy',
    Properties: {
      [isQueue ? 'Queues' : 'Topics']: [ref(intoId)],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: principal },
            Action: isQueue ? 'sqs:SendMessage' : 'sns:Publish',
            Resource: isQueue ? getAtt(intoId, 'Arn') : ref(intoId),
            Condition: { ArnLike: { 'aws:SourceArn': sourceArn } }
          }
        ]
      }
    }
  })
  return id
}
