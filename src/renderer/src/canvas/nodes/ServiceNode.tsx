import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { getService, type ServiceId } from '../../../../shared/catalog/services'
import { checkServicePair } from '../../../../shared/validation/edgeCheck'
import { formatRate, formatUsd } from '../../format'
import { SERVICE_ICONS } from '../../icons/serviceIcons'
import type { ServiceFlowNode } from '../flowTypes'

/** While a connection is dragged, every node shows whether it would be a valid target. */
function useConnectionVerdict(nodeId: string, service: ServiceId): string | undefined {
  const from = useConnection((c) =>
    c.inProgress && c.fromNode.id !== nodeId ? (c.fromNode.data as { service: ServiceId }).service : undefined,
  )
  return from ? checkServicePair(from, service).verdict : undefined
}

function tooltip(description: string, data: ServiceFlowNode['data']): string {
  const t = data.throughput
  if (!t) return description
  return `${description}\nIn: ${formatRate(t.inMBps, t.inRecordsPerSecond)}\nOut: ${formatRate(t.outMBps, t.outRecordsPerSecond)}`
}

function ServiceNodeView({ id, data, selected }: NodeProps<ServiceFlowNode>) {
  const service = getService(data.service)
  const verdict = useConnectionVerdict(id, data.service)
  const classes = ['service-node', `category-${service.category}`]
  if (selected) classes.push('selected')
  if (data.severity) classes.push(`has-${data.severity}`)
  if (verdict) classes.push('connect-candidate', `connect-${verdict}`)
  if (service.retired) classes.push('retired')

  return (
    <div className={classes.join(' ')} data-service={data.service} data-connect-verdict={verdict} title={tooltip(service.description, data)}>
      <Handle
        type="target"
        position={Position.Left}
        isConnectableStart={false}
        className={verdict ? 'target-handle drop-zone' : 'target-handle'}
      />
      <img className="service-icon" src={SERVICE_ICONS[data.service]} alt="" draggable={false} />
      <div className="service-text">
        <div className="service-name">{service.name}</div>
        {data.label ? <div className="service-label">{data.label}</div> : null}
        {data.estimate || data.costUSD ? (
          <div className="service-figures">
            {data.estimate ? <span className="figure-capacity" data-testid="capacity-badge">{data.estimate}</span> : null}
            {data.costUSD ? <span className="figure-cost" data-testid="cost-badge">{formatUsd(data.costUSD)}/mo</span> : null}
          </div>
        ) : null}
      </div>
      {data.problemCount > 0 ? (
        <span
          className={`problem-badge badge-${data.severity}`}
          aria-label={`${data.problemCount} problem${data.problemCount === 1 ? '' : 's'}`}
        >
          {data.problemCount}
        </span>
      ) : null}
      {service.retired ? <span className="retired-tag">retired</span> : null}
      <Handle type="source" position={Position.Right} className="source-handle" />
    </div>
  )
}

export const ServiceNode = memo(ServiceNodeView)
