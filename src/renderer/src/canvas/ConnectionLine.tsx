import { getBezierPath, type ConnectionLineComponentProps } from '@xyflow/react'
import { serviceName, type ServiceId } from '../../../shared/catalog/services'
import { checkServicePair } from '../../../shared/validation/edgeCheck'
import type { AppNode } from './flowTypes'

/** The line drawn while connecting: coloured by verdict, with the reason before the drop. */
export function ConnectionLine({
  fromX,
  fromY,
  toX,
  toY,
  fromPosition,
  toPosition,
  fromNode,
  toNode
}: ConnectionLineComponentProps<AppNode>) {
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition
  })
  const from = (fromNode.data as { service: ServiceId }).service
  const to =
    toNode && toNode.id !== fromNode.id && toNode.type === 'service'
      ? (toNode.data as { service: ServiceId }).service
      : undefined
  const check = to ? checkServicePair(from, to) : undefined
  const verdict = check?.verdict ?? 'pending'
  const message = check ? check.reason : `Drop on a service to connect ${serviceName(from)}`
  return (
    <g className={`connection-line verdict-${verdict}`}>
      <path d={path} fill="none" className="connection-path" />
      <circle cx={toX} cy={toY} r={4} className="connection-end" />
      <foreignObject
        x={toX + 14}
        y={toY + 10}
        width={300}
        height={120}
        style={{ overflow: 'visible' }}
      >
        <div className={`connection-hint verdict-${verdict}`} data-testid="connection-hint">
          {message}
        </div>
      </foreignObject>
    </g>
  )
}
