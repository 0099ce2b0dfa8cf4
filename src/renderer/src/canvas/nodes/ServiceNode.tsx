import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { getService } from '../../../../shared/catalog/services'
import { formatRate, formatUsd } from '../../format'
import { SERVICE_ICONS } from '../../icons/serviceIcons'
import type { ServiceFlowNode } from '../flowTypes'

function tooltip(description: string, data: ServiceFlowNode['data']): string {
  const t = data.throughput
  if (!t) return description
  return `${description}\nIn: ${formatRate(t.inMBps, t.inRecordsPerSecond)}\nOut: ${formatRate(t.outMBps, t.outRecordsPerSecond)}`
}

function ServiceNodeView({ data, selected }: NodeProps<ServiceFlowNode>) {
  const service = getService(data.service)
  const classes = ['service-node', `category-${service.category}`]
  if (selected) classes.push('selected')
  if (data.severity) classes.push(`has-${data.severity}`)
  if (service.retired) classes.push('retired')
  if (data.external !== undefined) classes.push('external')

  // Zoomed out: icon and name in the box the full card measured, so edges and neighbours stay put.
  const lite = data.lite
  if (lite) classes.push('lite')

  return (
    <div
      className={classes.join(' ')}
      data-service={data.service}
      title={tooltip(service.description, data)}
      style={lite ? { width: lite.width, height: lite.height } : undefined}
    >
      <Handle
        type="target"
        position={Position.Left}
        isConnectableStart={false}
        className="target-handle"
      />
      <img className="service-icon" src={SERVICE_ICONS[data.service]} alt="" draggable={false} />
      <div className="service-text">
        <div className="service-name">{service.name}</div>
        {!lite && data.label ? <div className="service-label">{data.label}</div> : null}
        {!lite && (data.estimate || data.costUSD) ? (
          <div className="service-figures">
            {data.estimate ? (
              <span className="figure-capacity" data-testid="capacity-badge">
                {data.estimate}
              </span>
            ) : null}
            {data.costUSD ? (
              <span className="figure-cost" data-testid="cost-badge">
                {formatUsd(data.costUSD)}/mo
              </span>
            ) : null}
          </div>
        ) : null}
        {!lite && data.freshness ? (
          <div className="service-freshness">
            <span
              className="figure-freshness"
              data-testid="freshness-badge"
              title={`Worst case from any source; ${data.freshness.average} behind on average. Select the service for the breakdown.`}
            >
              ≈ {data.freshness.worst} behind
            </span>
          </div>
        ) : null}
      </div>
      {!lite && data.problemCount > 0 ? (
        <span
          className={`problem-badge badge-${data.severity}`}
          aria-label={`${data.problemCount} problem${data.problemCount === 1 ? '' : 's'}`}
        >
          {data.problemCount}
        </span>
      ) : null}
      {!lite && data.external !== undefined ? (
        <span
          className="external-tag"
          data-testid="external-badge"
          title={`External resource, referenced as ${data.external}`}
        >
          external
        </span>
      ) : null}
      {!lite && service.retired ? (
        <span className="retired-tag">{service.retired.tag ?? 'retired'}</span>
      ) : null}
      <Handle type="source" position={Position.Right} className="source-handle" />
    </div>
  )
}

export const ServiceNode = memo(ServiceNodeView)
