import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { checkServicePair } from '../../../shared/validation/edgeCheck'
import { carriesText, mechanismChoiceText } from '../../../shared/validation/carriesText'
import { formatCitation } from '../../../shared/catalog/citations'
import { KINESIS_LIMITS } from '../../../shared/catalog/limits'
import {
  asksForEnhancedFanOut,
  supportsEnhancedFanOut
} from '../../../shared/catalog/consumerCapabilities'
import {
  CATEGORIES,
  getService,
  serviceName,
  type ServiceId
} from '../../../shared/catalog/services'
import type { DiagramEdge } from '../../../shared/diagram/types'
import type { Problem } from '../../../shared/validation/problems'
import { formatRate } from '../format'
import { SERVICE_ICONS } from '../icons/serviceIcons'
import { useAnalysis } from '../store/analysis'
import { GROUP_LABELS, useEditor } from '../store/diagramStore'
import { FixButton } from './FixButton'
import { ConfigForm } from './inspector/ConfigForm'
import { EstimateDetails } from './inspector/EstimateDetails'
import { FreshnessDetails } from './inspector/FreshnessDetails'

function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <p className="muted">No problems.</p>
  return (
    <ul className="inspector-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={`severity-${p.severity}`}>
          <p>{p.message}</p>
          {p.citation ? <p className="citation">Source: {p.citation}</p> : null}
          <FixButton problem={p} />
        </li>
      ))}
    </ul>
  )
}

/** Connecting without a mouse: pick a target, see its verdict, connect. */
function ConnectTo({ nodeId }: { nodeId: string }) {
  const nodes = useEditor((s) => s.diagram.nodes)
  const edges = useEditor((s) => s.diagram.edges)
  const connect = useEditor((s) => s.connect)
  const [target, setTarget] = useState('')
  const source = nodes.find((n) => n.id === nodeId)
  if (!source) return null
  const candidates = nodes.filter(
    (n) => n.id !== nodeId && !edges.some((e) => e.source === nodeId && e.target === n.id)
  )
  if (candidates.length === 0) return null
  const chosen = candidates.find((n) => n.id === target)
  const check = chosen ? checkServicePair(source.service, chosen.service) : undefined
  return (
    <div className="field connect-to">
      <label htmlFor={`connect-${nodeId}`}>Connect to</label>
      <div className="connect-row">
        <select
          id={`connect-${nodeId}`}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value)
          }}
        >
          <option value="">Choose a service…</option>
          {candidates.map((n) => {
            const v = checkServicePair(source.service, n.service).verdict
            return (
              <option key={n.id} value={n.id}>
                {v === 'ok' ? '✓' : v === 'warning' ? '⚠' : '✗'} {n.label ?? serviceName(n.service)}
              </option>
            )
          })}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            if (chosen) connect(nodeId, chosen.id)
            setTarget('')
          }}
        >
          Connect
        </button>
      </div>
      {check ? (
        <span className={`field-help verdict-text-${check.verdict}`}>{check.reason}</span>
      ) : null}
    </div>
  )
}

function NodeInspector({ nodeId }: { nodeId: string }) {
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

function GroupInspector({ id }: { id: string }) {
  const group = useEditor((s) => s.diagram.groups?.find((g) => g.id === id))
  const updateGroup = useEditor((s) => s.updateGroup)
  if (!group) return null
  return (
    <div className="inspector-body" data-testid="group-inspector">
      <h2>{GROUP_LABELS[group.kind]}</h2>
      <p className="muted">
        Services dropped inside this frame move with it. Drag the bottom-right corner to resize it.
      </p>
      <div className="field">
        <label htmlFor={`group-${id}`}>Label</label>
        <input
          id={`group-${id}`}
          value={group.label}
          maxLength={200}
          onChange={(e) => {
            updateGroup(id, { label: e.target.value })
          }}
        />
      </div>
    </div>
  )
}

function NoteInspector({ id }: { id: string }) {
  const note = useEditor((s) => s.diagram.notes?.find((n) => n.id === id))
  const updateNote = useEditor((s) => s.updateNote)
  if (!note) return null
  return (
    <div className="inspector-body" data-testid="note-inspector">
      <h2>Sticky note</h2>
      <div className="field">
        <label htmlFor={`note-${id}`}>Text</label>
        <textarea
          id={`note-${id}`}
          rows={6}
          value={note.text}
          maxLength={2000}
          onChange={(e) => {
            updateNote(id, { text: e.target.value })
          }}
        />
      </div>
    </div>
  )
}

function ItemInspector({ id }: { id: string }) {
  const kind = useEditor((s) =>
    s.diagram.nodes.some((n) => n.id === id)
      ? 'node'
      : s.diagram.groups?.some((g) => g.id === id)
        ? 'group'
        : s.diagram.notes?.some((n) => n.id === id)
          ? 'note'
          : undefined
  )
  if (kind === 'node') return <NodeInspector nodeId={id} />
  if (kind === 'group') return <GroupInspector id={id} />
  if (kind === 'note') return <NoteInspector id={id} />
  return null
}

/**
 * Which documented mechanism the edge is, when AWS documents several for the pair. Choosing the
 * default removes the setting, as every other setting in the inspector does.
 */
function MechanismSelect({
  edge,
  sourceService,
  targetService,
  current
}: {
  edge: DiagramEdge
  sourceService: ServiceId
  targetService: ServiceId
  current: string | undefined
}) {
  const updateEdgeConfig = useEditor((s) => s.updateEdgeConfig)
  const choices = checkServicePair(sourceService, targetService).choices
  if (!choices || choices.length < 2) return null
  const defaultId = choices[0]!.id
  const chosen = choices.find((c) => c.id === current) ?? choices[0]!
  const id = `mechanism-${edge.id}`
  return (
    <div className="field">
      <label htmlFor={id}>Mechanism</label>
      <select
        id={id}
        // The inspector is narrow: the whole choice is in the tooltip and in "Carries" below.
        title={mechanismChoiceText(chosen, chosen.id === defaultId)}
        value={chosen.id}
        onChange={(e) => {
          const next = { ...edge.config }
          if (e.target.value === defaultId) delete next.mechanism
          else next.mechanism = e.target.value
          updateEdgeConfig(edge.id, next)
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {mechanismChoiceText(c, c.id === defaultId)}
          </option>
        ))}
      </select>
      <span className="field-help">
        AWS documents {choices.length} ways to connect these services; the verdict and the edge
        label follow the one chosen.
      </span>
    </div>
  )
}

function EdgeInspector({ edgeId }: { edgeId: string }) {
  const { edge, source, target } = useEditor(
    useShallow((s) => {
      const e = s.diagram.edges.find((x) => x.id === edgeId)
      return {
        edge: e,
        source: s.diagram.nodes.find((n) => n.id === e?.source),
        target: s.diagram.nodes.find((n) => n.id === e?.target)
      }
    })
  )
  const updateEdgeConfig = useEditor((s) => s.updateEdgeConfig)
  const analysis = useAnalysis()
  if (!edge || !source || !target) return null
  const result = analysis.validation.edges.get(edge.id)
  const flow = analysis.estimate.edgeFlows.get(edge.id)
  const problems = analysis.problems.filter((p) => p.edgeId === edge.id)
  const efo = asksForEnhancedFanOut(edge)
  return (
    <div className="inspector-body" data-testid="edge-inspector">
      <h2>
        {serviceName(source.service)} → {serviceName(target.service)}
      </h2>
      {result ? (
        <div className={`verdict-box verdict-${result.verdict}`}>
          <strong>
            {result.verdict === 'ok'
              ? 'Documented integration'
              : result.verdict === 'warning'
                ? 'Works, with a caveat'
                : 'Not a direct integration'}
          </strong>
          <p>{result.reason}</p>
          {result.citation ? <p className="citation">Source: {result.citation}</p> : null}
        </div>
      ) : null}
      {edge.source !== edge.target ? (
        <MechanismSelect
          edge={edge}
          sourceService={source.service}
          targetService={target.service}
          current={result?.mechanismId}
        />
      ) : null}
      {result?.carries ? (
        <p data-testid="edge-carries">Carries: {carriesText(result.carries)}</p>
      ) : null}
      {flow ? <p>Estimated traffic: {formatRate(flow.mbps, flow.recordsPerSecond)}.</p> : null}
      {source.service === 'kinesis-data-streams' &&
      (supportsEnhancedFanOut(target.service) || efo) ? (
        <label className="field checkbox">
          <input
            type="checkbox"
            checked={efo}
            onChange={(e) => {
              updateEdgeConfig(edge.id, { ...edge.config, enhancedFanOut: e.target.checked })
            }}
          />
          <span>
            Enhanced fan-out (dedicated {KINESIS_LIMITS.shardReadMBps.value} MB/s per shard for this
            consumer)
          </span>
        </label>
      ) : null}
      {source.service === 'kinesis-data-streams' &&
      result?.verdict !== 'error' &&
      !supportsEnhancedFanOut(target.service) ? (
        <p className="muted">
          {serviceName(target.service)} reads with the shard&apos;s shared throughput:{' '}
          {KINESIS_LIMITS.shardReadMBps.value} MB/s and{' '}
          {KINESIS_LIMITS.sharedReadTransactionsPerShard.value} reads per second per shard, split
          across all shared consumers.
        </p>
      ) : null}
      <h3>Problems</h3>
      <ProblemList problems={problems} />
    </div>
  )
}

export function Inspector() {
  const { nodeIds, edgeIds } = useEditor(
    useShallow((s) => ({ nodeIds: s.selection.nodeIds, edgeIds: s.selection.edgeIds }))
  )
  const counts = useEditor(
    useShallow((s) => ({ nodes: s.diagram.nodes.length, edges: s.diagram.edges.length }))
  )
  const single = nodeIds.size + edgeIds.size === 1
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="panel-title">Inspector</div>
      {single && nodeIds.size === 1 ? <ItemInspector id={[...nodeIds][0]!} /> : null}
      {single && edgeIds.size === 1 ? <EdgeInspector edgeId={[...edgeIds][0]!} /> : null}
      {!single ? (
        <div className="inspector-body muted">
          {nodeIds.size + edgeIds.size > 1 ? (
            <p>{nodeIds.size + edgeIds.size} items selected. Press Delete to remove them.</p>
          ) : (
            <>
              <p>
                {counts.nodes} services, {counts.edges} connections.
              </p>
              <p>
                Select a service to set its traffic and sizing, or a connection to see the rule
                behind its verdict.
              </p>
            </>
          )}
        </div>
      ) : null}
    </aside>
  )
}
