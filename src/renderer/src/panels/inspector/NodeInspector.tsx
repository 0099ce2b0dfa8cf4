import { formatCitation } from '../../../../shared/catalog/citations'
import { CATEGORIES, getService } from '../../../../shared/catalog/services'
import { SERVICE_ICONS } from '../../icons/serviceIcons'
import { useAnalysis } from '../../store/analysis'
import { useEditor } from '../../store/diagramStore'
import { ConfigForm } from './ConfigForm'
import { ConnectTo } from './ConnectTo'
import { EstimateDetails } from './EstimateDetails'
import { FreshnessDetails } from './FreshnessDetails'
import { ProblemList } from './ProblemList'

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useEditor((s) => s.diagram.nodes.find((n) => n.id === nodeId))
  const updateNode = useEditor((s) => s.updateNode)
  const analysis = useAnalysis()
  if (!node) return null
  const service = getService(node.service)
  const category = CATEGORIES.find((c) => c.id === service.category)
  const estimate = analysis.estimate.byId.get(node.id)
  return (
    <div className="inspector-body" data-testid="node-inspector" data-service={node.service}>
      <div className="inspector-heading">
        <img src={SERVICE_ICONS[service.id]} alt="" />
        <div>
          <h2>{service.name}</h2>
          <p className="muted">
            {category?.name} · <code>{service.id}</code>
          </p>
        </div>
      </div>
      <p>{service.description}</p>
      {node.external ? (
        <p className="external-note" data-testid="external-note">
          External: this {service.name} is not part of the diagram's own resources; it is referenced
          as <code>{node.external.reference}</code>. An exported template asks for it as a
          parameter.
        </p>
      ) : null}
      {service.retired ? (
        <p className="retired-note">
          {service.name} is {service.retired.status}. Source:{' '}
          {formatCitation(service.retired.citation)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`label-${node.id}`}>Label</label>
        <input
          id={`label-${node.id}`}
          value={node.label ?? ''}
          maxLength={200}
          placeholder={service.name}
          onChange={(e) => {
            updateNode(node.id, { label: e.target.value })
          }}
        />
      </div>
      <ConnectTo nodeId={node.id} />
      <h3>Problems</h3>
      <ProblemList problems={analysis.nodeProblems.get(node.id) ?? []} />
      <h3>Settings</h3>
      <ConfigForm node={node} />
      {estimate ? <EstimateDetails estimate={estimate} /> : null}
      <FreshnessDetails nodeId={node.id} freshness={analysis.estimate.freshness} />
    </div>
  )
}
