import { useShallow } from 'zustand/react/shallow'
import {
  asksForEnhancedFanOut,
  supportsEnhancedFanOut
} from '../../../../shared/catalog/consumerCapabilities'
import { KINESIS_LIMITS } from '../../../../shared/catalog/limits'
import { serviceName } from '../../../../shared/catalog/services'
import { carriesText } from '../../../../shared/validation/carriesText'
import { formatRate } from '../../format'
import { useAnalysis } from '../../store/analysis'
import { useEditor } from '../../store/diagramStore'
import { MechanismSelect } from './MechanismSelect'
import { ProblemList } from './ProblemList'

export function EdgeInspector({ edgeId }: { edgeId: string }) {
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
